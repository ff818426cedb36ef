"""Cut a value a person gave before it goes into a message, so every message stays short.

An error names the bad value so that the person can find it, but a 200,000-character value
echoed whole buries the sentence (and fills a terminal). ``clip`` keeps the start and the
end of a long value, with how much was left out between them.
"""

from __future__ import annotations

from pathlib import Path

#: Long enough to recognise a value or a path, short enough for several in one line.
SHOWN = 60


def clip(value: object, limit: int = SHOWN) -> str:
    """``value`` as text, at most about ``limit`` characters (its start and end kept)."""
    text = str(value)
    if len(text) <= limit:
        return text
    keep = max(limit - 20, 8)
    head, tail = text[: keep * 2 // 3], text[-(keep // 3) :]
    return f"{head}…({len(text) - len(head) - len(tail):,} more)…{tail}"


def clip_repr(value: object, limit: int = SHOWN) -> str:
    """``repr(value)`` cut like ``clip``: quotes kept for text, so a value reads as a value."""
    if isinstance(value, str) and len(value) > limit:
        return repr(clip(value, limit))
    return clip(repr(value), limit)


def clip_path(path: Path | str, limit: int = 120) -> str:
    """A path for a message: whole when it is ordinary, its start and end when it is huge."""
    return clip(path, limit)
