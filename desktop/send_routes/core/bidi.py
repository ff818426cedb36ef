"""Keep a name someone typed from reordering the sentence around it.

A name may hold right-to-left text (Arabic, Hebrew: "سارة") or control characters such as
the right-to-left override U+202E, which reverses everything after it on the line:
"Dear ‮Sam, the appeal is due 1 June" would print the deadline backwards. Wrapping the name
in a first-strong isolate (U+2068) and a pop directional isolate (U+2069) keeps its
direction inside it: the isolate's end closes any override or embedding left open in the
name, so the rest of the line reads as written (Unicode Bidirectional Algorithm, X6a).
"""

from __future__ import annotations

import unicodedata

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
#: Bidirectional classes that can move text around them: right-to-left letters and digits,
#: and the embedding, override and isolate controls.
_MOVING = frozenset(
    {"R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
)


def isolate(text: str) -> str:
    """``text`` in an isolate when anything in it could reorder the text around it.

    A name written left to right ("Sam", "Zoë") is left as it is, so that copied or
    extracted text holds no invisible characters it does not need.
    """
    if not any(unicodedata.bidirectional(char) in _MOVING for char in text):
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
