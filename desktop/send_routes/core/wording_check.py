"""The EHC plan wording check: vague phrases in section F, each with the question to ask.

The phrases, the words that make a line "provision", and the words that say who gives it,
how often and for how long are content (``case_file.yaml``); this module only finds them.
A phrase matches as whole words in any case, across any spacing. A line that describes
provision but says nothing of who, how often or how long is flagged for what it leaves
out; a well-specified line (who, what, how often, how long) is not flagged at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from send_routes.core.case_content import WordingContent

#: Longest line looked at: a pasted plan is prose, not a megabyte on one line.
LINE_LIMIT = 10_000
#: The rule id of a provision line that leaves out who, how often or how long.
MISSING = "missing_detail"


@dataclass(frozen=True)
class Finding:
    """One phrase found on one line (1-based), with the question to ask about it."""

    line: int
    phrase: str
    rule: str
    question: str
    text: str

    def as_line(self) -> str:
        shown = self.phrase if self.rule == MISSING else f'"{self.phrase}"'
        return f"line {self.line}: {shown}: {self.question}"


@lru_cache(maxsize=256)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words, any case, any spacing; the longest phrase tried first."""
    parts = [
        r"\s+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(phrases, key=len, reverse=True)
        if phrase.strip()
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


def check_line(number: int, text: str, content: WordingContent) -> list[Finding]:
    """The findings on one line of text."""
    line = text[:LINE_LIMIT]
    found: list[Finding] = []
    for rule in content.rules:
        match = _pattern(rule.phrases).search(line) if rule.phrases else None
        if match:
            phrase = " ".join(match.group(0).split())
            found.append(Finding(number, phrase, rule.id, rule.question, text.strip()))
    if content.provision_words and _pattern(content.provision_words).search(line):
        missing = [d for d in content.details if d.words and not _pattern(d.words).search(line)]
        if missing:
            names = [detail.id.replace("_", " ") for detail in missing]
            said = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
            question = " ".join(detail.question for detail in missing)
            phrase = f"says nothing of {said}"
            found.append(Finding(number, phrase, MISSING, question, text.strip()))
    return found


def check_text(text: str, content: WordingContent) -> list[Finding]:
    """Every finding in ``text``, line by line (blank lines are never flagged)."""
    return check_lines(text.splitlines(), content)


def check_lines(lines: Iterable[str], content: WordingContent) -> list[Finding]:
    found: list[Finding] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            found.extend(check_line(number, line, content))
    return found
