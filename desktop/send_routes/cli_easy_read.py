"""``send-routes plan --easy-read``: the Easy Read plan as text, PDF or ODT."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from send_routes.content_store.content import ContentStore
from send_routes.core.plan import Plan


def easy_read_plan(
    args: argparse.Namespace,
    plan: Plan,
    content: ContentStore,
    require_out: Callable[[argparse.Namespace], Path],
    emit: Callable[[str, Path | None], None],
) -> int:
    """Write the Easy Read plan in ``args.format`` (text, pdf or odt); 0 when done."""
    if args.format in ("pdf", "odt"):
        from send_routes.export.plan_context import DocumentOptions
        from send_routes.qt_offscreen import document_application

        out = require_out(args)
        options = DocumentOptions(args.paper, args.large_print, args.black_and_white)
        with document_application():
            from send_routes.export.easy_read import save_easy_read

            save_easy_read(plan, content, options, out, args.format)
        print(f"Saved your Easy Read plan to {out}", file=sys.stderr)
        return 0
    from send_routes.export.easy_read_text import easy_read_text_of

    emit(easy_read_text_of(plan, content), args.out)
    return 0
