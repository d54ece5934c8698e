"""The service's route table: route templates for logs and metrics, and Allow headers."""

from collections.abc import Iterable

from starlette.routing import BaseRoute, Route
from starlette.types import Scope

UNMATCHED_ROUTE = "unmatched"
_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


class RouteTable:
    def __init__(self, routes: Iterable[BaseRoute]) -> None:
        self.routes = [route for route in routes if isinstance(route, Route)]

    def find_template(self, scope: Scope) -> str:
        """The route template (`/api/v1/products/{id}`) of a request, never its raw path."""
        route = scope.get("route")
        if isinstance(route, Route):
            return route.path_format
        path = scope["path"]
        for candidate in self.routes:
            if candidate.path_regex.match(path):
                return candidate.path_format
        return UNMATCHED_ROUTE

    def allowed_methods(self, path: str) -> str:
        """The Allow header of a path: every method any of its routes has, HEAD with GET."""
        methods: set[str] = set()
        for route in self.routes:
            if route.methods and route.path_regex.match(path):
                methods |= route.methods
        if "GET" in methods:
            methods.add("HEAD")
        return ", ".join(method for method in _METHOD_ORDER if method in methods)
