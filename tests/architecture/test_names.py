"""Request and response bodies follow one naming scheme, so a reader knows a model's role from its name:

XCreate   a request body that creates an X           (CoverLetterCreate, JobCreate)
XCheck    a request body that asks for a check of X  (LetterCheck)
XPublic   one X as the API shows it                  (CVPublic, CoverLetterPublic, ErrorPublic, HealthPublic)
XSummary  an X as a list shows it                    (CVSummary, JobSummary)
XList     a list of X with its count                 (CVList, LetterVersionList)
"""

from __future__ import annotations

import re
from pathlib import Path

from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.handlers.api import create_app

SCHEME = re.compile(r"^[A-Z][A-Za-z]*(Create|Check|Public|Summary|List)$")


def _bodies(tmp_path: Path) -> dict[str, set[str]]:
    """Every model named directly as a request or response body, with the operations that use it."""
    app = create_app(build(Settings(data_dir=tmp_path, jwt_secret="naming-test-secret-0123456789")))
    found: dict[str, set[str]] = {}
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            bodies = [operation.get("requestBody", {}), *operation.get("responses", {}).values()]
            for body in bodies:
                for media in body.get("content", {}).values():
                    schema = media.get("schema", {})
                    if "$ref" in schema:
                        found.setdefault(schema["$ref"].rsplit("/", 1)[-1], set()).add(f"{method.upper()} {path}")
    return found


def test_every_request_and_response_body_follows_the_scheme(tmp_path: Path) -> None:
    bodies = _bodies(tmp_path)
    assert {"CoverLetterCreate", "CoverLetterPublic", "ErrorPublic", "JobCreate", "CVPublic", "HealthPublic"} <= set(
        bodies
    )
    offenders = {name: sorted(routes) for name, routes in bodies.items() if not SCHEME.match(name)}
    assert offenders == {}
