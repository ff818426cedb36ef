"""Render the HTML templates in ``resources/templates`` with Jinja2 (autoescaped)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from send_routes import paths

if TYPE_CHECKING:
    import jinja2


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2  # about 40 ms: only when a document is first made, not at start-up

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
