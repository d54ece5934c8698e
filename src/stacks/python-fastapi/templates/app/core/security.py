"""JWT bearer authentication and the contract's method-based roles."""

import asyncio
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import jwt

from app.core.config import Settings

HS256_ALGORITHMS = ["HS256"]
JWKS_ALGORITHMS = ["RS256", "ES256"]


class Role(IntEnum):
    """Roles are hierarchical: each one may do everything the ones below it may."""

    READER = 1
    WRITER = 2
    ADMIN = 3


# The role a request needs depends on its method only.
REQUIRED_ROLES = {
    "GET": Role.READER,
    "HEAD": Role.READER,
    "POST": Role.WRITER,
    "PUT": Role.WRITER,
    "PATCH": Role.WRITER,
    "DELETE": Role.ADMIN,
}


# Tokens name roles in lower case: `reader`, `writer`, `admin`.
ROLE_NAMES = {role.name.lower(): role for role in Role}


@dataclass(frozen=True)
class Principal:
    subject: str | None
    role: Role | None

    def may(self, required: Role) -> bool:
        return self.role is not None and self.role >= required


def find_highest_role(claim: object) -> Role | None:
    """The highest role in a roles claim; a claim that is not a list of strings grants none."""
    if not isinstance(claim, list) or not all(isinstance(name, str) for name in claim):
        return None
    return max((ROLE_NAMES[name] for name in claim if name in ROLE_NAMES), default=None)


class TokenVerifier:
    """Verifies tokens with a pinned algorithm: HS256 and JWT_SECRET, or RS256/ES256 and a JWKS."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._secret = settings.jwt_secret.get_secret_value() if settings.jwt_secret else ""
        self._jwks = (
            jwt.PyJWKClient(settings.jwt_jwks_url, cache_keys=True, timeout=5)
            if settings.jwt_jwks_url
            else None
        )

    async def verify(self, token: str) -> Principal | None:
        """The token's principal, or None when the token is not valid in every respect."""
        try:
            claims = await self._decode(token)
        except (jwt.PyJWTError, ValueError):
            return None
        subject = claims.get("sub")
        return Principal(
            subject=subject if isinstance(subject, str) else None,
            role=find_highest_role(claims.get(self._settings.jwt_roles_claim)),
        )

    async def _decode(self, token: str) -> dict[str, Any]:
        settings = self._settings
        options: dict[str, Any] = {
            "require": ["exp"],
            "verify_aud": settings.jwt_audience is not None,
            "verify_iss": settings.jwt_issuer is not None,
        }
        common: dict[str, Any] = {
            "audience": settings.jwt_audience,
            "issuer": settings.jwt_issuer,
            "leeway": settings.jwt_leeway_seconds,
            "options": options,
        }
        if self._jwks is not None:
            key = await asyncio.to_thread(self._jwks.get_signing_key_from_jwt, token)
            return jwt.decode(token, key, algorithms=JWKS_ALGORITHMS, **common)
        return jwt.decode(token, self._secret, algorithms=HS256_ALGORITHMS, **common)


def read_bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header; the scheme is case-insensitive."""
    if authorization is None:
        return None
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None
