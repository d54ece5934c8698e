"""The migrations and the models describe the same schema."""

from alembic import command
from alembic.config import Config


def test_the_migrations_leave_the_schema_the_models_declare() -> None:
    """Fails while a model changed without a migration (alembic check finds something to add)."""
    config = Config("alembic.ini")
    command.upgrade(config, "head")
    command.check(config)
