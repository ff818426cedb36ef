"""Which layout of a saved case's content this app writes, and what it must not save over.

Format 1 (no ``format`` key) held the answers, the child's first name, ticks and notes.
Format 2 (``core.case_file.CASE_FORMAT``) adds the case file: ``log`` (letters, calls and
meetings) and ``reasons`` (the reasons for appeal), inside the same encrypted record as
everything else. A format-1 case needs no rewriting: it reads as one with an empty log and
no reasons (``core.case_file.case_file_from``) and is written in format 2 at its next save.
A case saved by a newer app (a higher format) is never saved over, so that nothing the
newer app keeps is lost.
"""

from __future__ import annotations

from typing import Any

from send_routes.core.case_file import CASE_FORMAT


def format_of(content: dict[str, Any]) -> int:
    found = content.get("format", 1)
    return found if isinstance(found, int) and not isinstance(found, bool) else 1


def is_newer(content: dict[str, Any]) -> bool:
    """Saved by a newer SEND Routes, whose extra data this one would not keep."""
    return format_of(content) > CASE_FORMAT
