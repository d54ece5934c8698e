"""Management commands: `python manage.py migrate`, plus Flask's own (`routes`, `shell`)."""

import click
from alembic import command
from alembic.config import Config
from flask.cli import FlaskGroup

from src.app import create_app

cli = FlaskGroup(create_app=create_app)


@cli.command(with_appcontext=False)
@click.argument("revision", default="head")
def migrate(revision: str) -> None:
    """Applies the database migrations up to REVISION (the latest by default)."""
    command.upgrade(Config("alembic.ini"), revision)


if __name__ == "__main__":
    cli()
