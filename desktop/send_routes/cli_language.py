"""``send-routes plan --language CODE``: the plan in a language, page 1 bilingual.

Text, PDF and ODT (issue 23): page 1 with the English beside (PDF, ODT) or under (text)
each line, the draft notice first; the rest of the plan in the language, each line with
no translation kept in English. Not JSON (the plan's data is not words) nor Easy Read (its
sentences are written separately and not yet translated).
"""

from __future__ import annotations

import argparse
import sys
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
    require_out: Callable[[argparse.Namespace], Path],
) -> int:
    """Write the plan in ``args.language`` as text, PDF or ODT; 0 when done."""
    from send_routes.export.bilingual_text import language_plan_text
    from send_routes.export.plan_context import plan_view

    code = str(args.language)
    if args.format == "json" or args.easy_read:
        raise UsageError(
            "--language works with --format text, pdf or odt (not json or --easy-read)"
        )
    language = content.language(code)
    if language is None:
        known = ", ".join(choice.code for choice in content.languages()) or "none"
        raise UsageError(f"no translation for the language '{code[:20]}'; languages: {known}")
    view = plan_view(plan, content)
    if args.format == "text":
        text, _missing = language_plan_text(view, language)
        emit(text, args.out)
        return 0
    from send_routes.export.plan_context import DocumentOptions
    from send_routes.qt_offscreen import document_application

    out = require_out(args)
    options = DocumentOptions(
        args.paper, args.large_print, args.black_and_white, args.name, args.full_guide, language
    )
    with document_application():
        from send_routes.export.documents import save_plan_view

        save_plan_view(view, options, out, args.format)
    print(f"Saved your plan to {out}", file=sys.stderr)
    return 0
