"""Token verification and the method-based roles."""

from datetime import UTC, datetime, timedelta

import jwt
import pytest

from app.core.config import Settings
from app.core.security import REQUIRED_ROLES, Role, TokenVerifier, read_bearer_token

SECRET = "unit-test-secret-long-enough-for-hs256-and-for-the-hs512-forgery-0123"


@pytest.fixture
def verifier() -> TokenVerifier:
    settings = Settings(
        database_url="postgresql://localhost/unused",
        jwt_secret=SECRET,
        jwt_issuer="issuer",
        jwt_audience="audience",
    )
    return TokenVerifier(settings)


def token(**claims: object) -> str:
    now = datetime.now(UTC)
    base: dict[str, object] = {
        "exp": now + timedelta(minutes=5),
        "iss": "issuer",
        "aud": "audience",
    }
    return jwt.encode({**base, **claims}, SECRET, algorithm="HS256")


async def test_a_valid_token_yields_its_highest_role(verifier: TokenVerifier) -> None:
    principal = await verifier.verify(token(sub="ada", roles=["reader", "writer"]))

    assert principal is not None
    assert principal.role is Role.WRITER
    assert principal.may(REQUIRED_ROLES["PATCH"])
    assert not principal.may(REQUIRED_ROLES["DELETE"])


@pytest.mark.parametrize(
    "claims",
    [
        {"exp": datetime.now(UTC) - timedelta(seconds=5)},
        {"iss": "elsewhere"},
        {"aud": "someone-else"},
        {"nbf": datetime.now(UTC) + timedelta(minutes=5)},
    ],
)
async def test_invalid_claims_are_refused(
    verifier: TokenVerifier, claims: dict[str, object]
) -> None:
    assert await verifier.verify(token(**claims)) is None


async def test_another_algorithm_is_refused(verifier: TokenVerifier) -> None:
    forged = jwt.encode(
        {"exp": datetime.now(UTC) + timedelta(minutes=5)}, SECRET, algorithm="HS512"
    )

    assert await verifier.verify(forged) is None


async def test_roles_that_are_not_a_list_of_strings_grant_nothing(verifier: TokenVerifier) -> None:
    principal = await verifier.verify(token(roles="admin"))

    assert principal is not None
    assert principal.role is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Bearer abc", "abc"),
        ("bEaReR abc", "abc"),
        ("Basic abc", None),
        ("Bearer ", None),
        (None, None),
    ],
)
def test_bearer_tokens_are_read_case_insensitively(
    header: str | None, expected: str | None
) -> None:
    assert read_bearer_token(header) == expected
