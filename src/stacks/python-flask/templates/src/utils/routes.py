"""Route templates for logs and metrics, and the Allow header of a path."""

import re

from flask import current_app, request
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Rule

UNMATCHED_ROUTE = "unmatched"
_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
_VARIABLE = re.compile(r"<(?:[^<>:]+:)?([^<>]+)>")


def to_openapi_path(rule: str) -> str:
    """`/api/v1/products/<uuid:id>` → `/api/v1/products/{id}`."""
    return _VARIABLE.sub(r"{\1}", rule)


def find_route_template() -> str:
    """The request's route template in OpenAPI syntax, never its raw path."""
    rule = request.url_rule
    if rule is None and isinstance(request.routing_exception, MethodNotAllowed):
        rule = find_rule_for_path(request.routing_exception)
    return to_openapi_path(rule.rule) if rule is not None else UNMATCHED_ROUTE


def find_rule_for_path(error: MethodNotAllowed) -> Rule | None:
    """The rule a path matched with another method, for requests answered 405."""
    adapter = current_app.url_map.bind_to_environ(request.environ)
    for method in error.valid_methods or ():
        try:
            rule, _ = adapter.match(method=method, return_rule=True)
        except (MethodNotAllowed, NotFound):
            continue
        return rule
    return None


def describe_allowed_methods(error: MethodNotAllowed) -> str:
    """The Allow header of a 405: the path's methods, HEAD with GET, in a stable order."""
    methods = set(error.valid_methods or ())
    return ", ".join(method for method in _METHOD_ORDER if method in methods)
