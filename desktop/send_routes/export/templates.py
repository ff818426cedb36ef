"""Render the HTML templates in ``resources/templates`` with Jinja2 (autoescaped)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2

from send_routes import paths


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths.resources_dir() / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render(template: str, context: dict[str, Any]) -> str:
    """The template filled with ``context``; a missing value is an error, not a blank."""
    return _environment().get_template(template).render(**context)
