"""``send-routes plan --language CODE``: page 1 bilingual, the rest of the plan in English.

For now the text plan only (issue 23: PDF and ODT need the bundled fonts first).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from send_routes.cli_commands import UsageError
from send_routes.content_store.content import ContentStore
from send_routes.core.plan import Plan


def language_plan(
    args: argparse.Namespace,
    plan: Plan,
    content: ContentStore,
    emit: Callable[[str, Path | None], None],
) -> int:
    """Write the plan with a bilingual page 1 in ``args.language``; 0 when done."""
    from send_routes.export.bilingual_text import bilingual_page_one
    from send_routes.export.plan_context import plan_view
    from send_routes.export.text import rest_of_plan

    code = str(args.language)
    if args.format != "text" or args.easy_read:
        raise UsageError(
            "--language works with --format text for now (not json, pdf, odt or --easy-read)"
        )
    language = content.language(code)
    if language is None:
        known = ", ".join(choice.code for choice in content.languages()) or "none"
        raise UsageError(f"no translation for the language '{code[:20]}'; languages: {known}")
    view = plan_view(plan, content)
    page_one, _missing = bilingual_page_one(view, language)
    emit(page_one + "\n" + "\n".join(rest_of_plan(view)) + "\n", args.out)
    return 0
