"""Draft letters: the content's wording filled from the answers, blanks where unknown."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from send_routes.core.answers import Answers
from send_routes.core.bidi import isolate
from send_routes.core.conditions import Condition, holds
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import Statement, plain
from send_routes.core.letter_ids import LETTER_IDS as LETTER_IDS

PLACEHOLDERS = (
    "today",
    "your_name",
    "child_name",
    "about",
    "whose",
    "setting_name",
    "council",
    "setting",
    "decision_date",
    "issues",
    "school_or_council",
)
BLANK = "______________"
#: The words a letter fills into its sentences besides the content's phrases: {about} and
#: {whose} for a young person writing for themselves, {whose} for a child, and the council
#: when the content has no phrase for it. Translated like the content (listed by
#: ``check-content --missing-translations``), so a letter in a language fills its own words.
ME = "me"
MY = "my"
CHILDS = "{child_name}'s"
THE_COUNCIL = "the council"
BEFORE_YOU_SEND = "Before you send this letter"
SEND_IT_TO = "Send it to: {to}"
WHAT_TO_ATTACH = "What to attach:"
LETTER_WORDS = (ME, MY, CHILDS, THE_COUNCIL, BEFORE_YOU_SEND, SEND_IT_TO, WHAT_TO_ATTACH)


@dataclass(frozen=True)
class LetterTemplate:
    """A letter's wording as the content gives it."""

    id: str
    title: str
    to: str
    subject: str
    paragraphs: tuple[str, ...]
    attach: tuple[str, ...]
    send_to: tuple[Statement, ...]
    sources: tuple[str, ...]
    when: Condition = field(default_factory=dict)
    greeting: str = ""
    closing: str = ""


@dataclass(frozen=True)
class Letter:
    """A filled-in letter: editable text plus what to attach and where to send it."""

    id: str
    title: str
    to: str
    subject: str
    body: str
    attach: tuple[str, ...]
    send_to: tuple[str, ...]

    @property
    def text(self) -> str:
        """The letter as plain text, ready to edit, print or save."""
        return f"{self.subject}\n\n{self.body}\n"

    def with_instructions(
        self, body: str | None = None, say: Callable[[str], str] | None = None
    ) -> str:
        """The letter (or its edited text), then where to send it and what to attach, in
        the words ``say`` gives (the letter's language; English when None).

        A saved letter keeps these: the "send to" text holds time limits such as the
        2 months to contact the mediation adviser.
        """
        say = say or _as_is
        lines = [
            (body or self.text).rstrip("\n"),
            "",
            say(BEFORE_YOU_SEND),
            "",
            say(SEND_IT_TO).format(to=self.to),
            *self.send_to,
            "",
            say(WHAT_TO_ATTACH),
            *(f"- {item}" for item in self.attach),
        ]
        return "\n".join(lines) + "\n"


def suggested(templates: Sequence[LetterTemplate], answers: Answers) -> list[LetterTemplate]:
    """The letters that fit these answers, in the content's order."""
    return [template for template in templates if fits(template, answers)]


def fits(template: LetterTemplate, answers: Answers) -> bool:
    """Whether the letter's conditions hold for these answers."""
    return holds(template.when, answers)


def letter_values(
    answers: Answers,
    phrases: Mapping[str, Mapping[str, str]],
    issue_labels: Mapping[str, str],
    today: dt.date,
    names: Mapping[str, str] | None = None,
    say: Callable[[str], str] | None = None,
    date: Callable[[dt.date], str] = long_date,
) -> dict[str, str]:
    """The words each placeholder stands for; unknown ones become a blank line.

    ``say`` gives a word in the letter's language (the catalogue's translation, or the
    English when it has none) and ``date`` a date in its words; a letter in English needs
    neither.
    """
    names = names or {}
    say = say or _as_is
    area = answers.area or "other"
    council = say(phrases.get("council", {}).get(area, THE_COUNCIL))
    setting = say(phrases.get("setting", {}).get(answers.setting, "the setting"))
    decision = answers.dates.get("decision_date")
    involves_council = "local_authority" in answers.disagree_with
    # Names are typed by a person: isolated, so a right-to-left mark in one cannot
    # reorder the rest of its line (core/bidi.py).
    child_name = isolate(names.get("child_name", "")) or BLANK
    own = answers.role == "young_person"  # a young person writes about themselves
    return {
        "today": date(today),
        "your_name": isolate(names.get("your_name", "")) or BLANK,
        "child_name": child_name,
        "about": say(ME) if own else child_name,
        "whose": say(MY) if own else say(CHILDS).format(child_name=child_name),
        "setting_name": isolate(names.get("setting_name", "")) or setting,
        "council": council if answers.area else f"{say(THE_COUNCIL)} ({BLANK})",
        "setting": setting,
        "decision_date": date(decision) if decision else BLANK,
        "issues": "\n".join(f"- {say(plain(issue_labels.get(i, i)))}" for i in answers.issues),
        "school_or_council": council if involves_council else setting,
    }


def _as_is(english: str) -> str:
    return english


def in_language(template: LetterTemplate, say: Callable[[str], str]) -> LetterTemplate:
    """``template`` with each of its sentences in the language ``say`` gives (each one
    the catalogue does not translate stays English); fill it with ``letter_values(...,
    say=say)`` so the words filled in are in the language too."""

    def each(texts: Sequence[str]) -> tuple[str, ...]:
        return tuple(say(plain(text)) for text in texts)

    return replace(
        template,
        title=say(plain(template.title)),
        to=say(plain(template.to)),
        subject=say(template.subject),
        paragraphs=each(template.paragraphs),
        attach=each(template.attach),
        send_to=tuple(replace(s, text=say(plain(s.text))) for s in template.send_to),
        greeting=say(template.greeting),
        closing=say(template.closing),
    )


def fill_letter(template: LetterTemplate, values: Mapping[str, str]) -> Letter:
    """``template`` with every placeholder filled from ``values``."""

    def fill(text: str) -> str:
        return plain(string.Formatter().vformat(text, (), _Known(values)))

    body = "\n\n".join(fill(paragraph) for paragraph in template.paragraphs)
    signature = f"{values.get('your_name', BLANK)}\n{values.get('today', '')}"
    closing = f"{template.closing}\n\n\n{signature}"
    return Letter(
        id=template.id,
        title=plain(template.title),
        to=plain(template.to),
        subject=fill(template.subject),
        body=f"{template.greeting}\n\n{body}\n\n{closing}",
        attach=tuple(plain(item) for item in template.attach),
        send_to=tuple(plain(statement.text) for statement in template.send_to),
    )


class _Known(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return BLANK


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders in ``text`` that the letters do not know how to fill."""
    names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    return [name for name in names if name not in PLACEHOLDERS]
