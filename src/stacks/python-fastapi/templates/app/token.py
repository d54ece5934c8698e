"""Mints a development token signed with JWT_SECRET: `python -m app.token --role admin`."""

import argparse
import sys
from datetime import UTC, datetime, timedelta

import jwt
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class TokenSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore")

    jwt_secret: SecretStr
    jwt_issuer: str | None = None
    jwt_audience: str | None = None
    jwt_roles_claim: str = "roles"


def mint_token(settings: TokenSettings, role: str, subject: str, minutes: int) -> str:
    now = datetime.now(UTC)
    claims: dict[str, object] = {
        "sub": subject,
        settings.jwt_roles_claim: [role],
        "iat": now,
        "exp": now + timedelta(minutes=minutes),
    }
    if settings.jwt_issuer:
        claims["iss"] = settings.jwt_issuer
    if settings.jwt_audience:
        claims["aud"] = settings.jwt_audience
    return jwt.encode(claims, settings.jwt_secret.get_secret_value(), algorithm="HS256")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--role", choices=["reader", "writer", "admin"], default="admin")
    parser.add_argument("--subject", default="developer")
    parser.add_argument("--minutes", type=int, default=60)
    arguments = parser.parse_args()
    settings = TokenSettings()
    print(mint_token(settings, arguments.role, arguments.subject, arguments.minutes))  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
