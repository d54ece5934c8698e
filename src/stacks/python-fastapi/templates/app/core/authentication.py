"""Checks the bearer token and the role before a request reaches its route or its body is read."""

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.errors import problem_response
from app.core.security import REQUIRED_ROLES, TokenVerifier, read_bearer_token

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="api"'}


class AuthenticationMiddleware:
    def __init__(self, app: ASGIApp, verifier: TokenVerifier, path_prefix: str) -> None:
        self.app = app
        self.verifier = verifier
        self.path_prefix = path_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.path_prefix):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        required = REQUIRED_ROLES.get(scope["method"])
        if required is None:
            # A CORS preflight or a method no route has: the router answers it.
            await self.app(scope, receive, send)
            return
        token = read_bearer_token(headers.get("authorization"))
        if token is None:
            principal = None
        elif self.verifier.fetches_keys:
            # Verifying may fetch the JWKS document: off the event loop.
            principal = await run_in_threadpool(self.verifier.verify, token)
        else:
            # An HMAC check takes microseconds: a thread hop would cost more than it saves.
            principal = self.verifier.verify(token)
        if principal is None:
            detail = "A valid bearer token is required"
            response = problem_response(401, detail, scope["path"], headers=CHALLENGE)
            await response(scope, receive, send)
            return
        if not principal.may(required):
            detail = f"This request needs the {required.name.lower()} role"
            await problem_response(403, detail, scope["path"])(scope, receive, send)
            return
        scope.setdefault("state", {})["principal"] = principal
        await self.app(scope, receive, send)
