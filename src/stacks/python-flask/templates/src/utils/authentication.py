"""Checks the bearer token and the role before a view reads the request's body."""

from collections.abc import Callable

from flask import g, request

from src.utils.problems import ProblemError
from src.utils.security import REQUIRED_ROLES, TokenVerifier, read_bearer_token

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="api"'}


def require_token(verifier: TokenVerifier) -> Callable[[], None]:
    """A `before_request` hook: 401 without a valid token, 403 without the method's role."""

    def authenticate() -> None:
        required = REQUIRED_ROLES.get(request.method)
        if required is None:
            # A CORS preflight or a method no route has: answered elsewhere.
            return
        token = read_bearer_token(request.headers.get("Authorization"))
        principal = verifier.verify(token) if token else None
        if principal is None:
            raise ProblemError(401, "A valid bearer token is required", headers=CHALLENGE)
        if not principal.may(required):
            raise ProblemError(403, f"This request needs the {required.name.lower()} role")
        g.principal = principal

    return authenticate
