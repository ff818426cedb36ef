"""The command line's error lines: one line each, short however long the value it names.

A refusal names the bad value so that the person can find it; a 200,000-character value
echoed whole buried the sentence. Every error goes through ``say`` (or ``one_line``).
"""

from __future__ import annotations

import re
import sys

from send_routes.fileio.clip import clip, clip_repr

#: Every error line is shorter than this, however long the value it names.
LINE_LIMIT = 399
#: argparse quotes a refused choice whole: "invalid choice: '<value>' (choose from ...".
_CHOICE = re.compile(r"(invalid choice: )'(.*)'( \(choose from )")


def one_line(message: object) -> str:
    """An error message as one line under ``LINE_LIMIT`` characters: a refused choice cut
    to its start and end, then the whole line if it is still too long."""
    text = " ".join(str(message).split())
    text = _CHOICE.sub(lambda found: found[1] + clip_repr(found[2]) + found[3], text)
    return clip(text, LINE_LIMIT) if len(text) > LINE_LIMIT else text


def say(message: object) -> None:
    """Print ``send-routes: message`` on standard error, as one short line."""
    print(one_line(f"send-routes: {message}"), file=sys.stderr)
