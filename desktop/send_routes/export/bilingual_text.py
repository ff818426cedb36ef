"""The plan in the family's language as text: page 1 with the English under each line.

The family can read it, and show the same page to the school, the council or SENDIASS. A
line with no translation is given once, in English, marked ``EN:``; nothing is guessed.
While any translation shown is a draft, the page opens with the draft notice in the
language and in English (docs/design/translations.md).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

from send_routes.core import page_words as words
from send_routes.core.page_words import fill_in
from send_routes.core.plan_language import PlanText
from send_routes.core.plan_view import PlanView
from send_routes.core.plan_view_parts import ContactView
from send_routes.core.translate_text import Translator
from send_routes.core.translation import DRAFT_NOTICE, Language
from send_routes.export.text import date_values, rest_of_plan, urgent_values, who_can_help
from send_routes.wording import NOT_LEGAL_ADVICE

ENGLISH_MARK = "EN: "
WIDTH = 78


@dataclass(frozen=True)
class Pair:
    """One line of page 1: the English, and its translation (None when there is none)."""

    english: str
    translated: str | None
    indent: str = ""
    mark: str = ""


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=WIDTH, initial_indent=indent, subsequent_indent=indent)


def render_pair(pair: Pair) -> Iterator[str]:
    """The translated line, then the English under it (indented one step more)."""
    if pair.translated is not None:
        yield _wrap(pair.mark + pair.translated, pair.indent)
    english_indent = pair.indent + ("  " if pair.translated is not None else "")
    yield _wrap(ENGLISH_MARK + pair.mark + pair.english, english_indent)


def page_one_pairs(view: PlanView, translator: Translator) -> Iterator[Pair]:
    """Every line of page 1, in the order the English page gives them."""

    def pair(english: str, indent: str = "", mark: str = "") -> Pair:
        return Pair(english, translator.line(english), indent, mark)

    language = translator.language
    if not language.all_reviewed:
        yield Pair(DRAFT_NOTICE, language.notice or None)
    yield pair(words.YOUR_PLAN)
    made = fill_in(words.MADE, {"date": view.made})
    yield pair(made)
    yield pair(NOT_LEGAL_ADVICE)
    summary = view.summary
    if summary.urgent:
        yield pair(fill_in(words.BY_WHEN, urgent_values(summary.urgent)), mark="! ")
        yield pair(summary.urgent.text, "  ")
    for warning in view.warnings:
        yield pair(fill_in(words.WARNING, {"warning": warning}), mark="! ")
    yield pair(fill_in(words.DO_FIRST, {"title": summary.first.title}))
    yield pair(summary.first.short, "  ")
    if summary.first_step:
        yield pair(fill_in(words.START_HERE, {"step": summary.first_step}), "  ")
    if summary.helpers:
        yield pair(who_can_help(summary), "  ")
        for helper in summary.helpers:
            yield Pair(helper.brief, _contact(helper, translator), "    ")
    if summary.find_local:
        yield pair(words.FINDING_HELP, "  ")
        for line in summary.find_local:
            yield pair(line, "    ")
    if summary.dates:
        yield pair(words.DATES, "  ")
        for date in summary.dates:
            yield pair(fill_in(words.DATE_LINE, date_values(date)), "    ")
    if summary.take:
        yield pair(words.TAKE, "  ")
        for item in summary.take:
            yield pair(item, "    ", "- ")


def _contact(contact: ContactView, translator: Translator) -> str | None:
    """A summary contact: its name as written (as on letters), the labels translated, and
    the phone number, email and website kept exactly, isolated in a right-to-left line."""
    details = []
    for what, value in contact.known_details():
        label = translator.line(what)
        if label is None:
            return None
        details.append(f"{label} {translator.isolate(value)}")
    caution = translator.line(contact.caution) if contact.caution else ""
    if caution is None:
        return None
    return " ".join(filter(None, [f"{contact.name}: {' · '.join(details)}", caution]))


def bilingual_page_one(
    view: PlanView, language: Language, translator: Translator | None = None
) -> tuple[str, list[str]]:
    """Page 1 as text, and the English lines that had no translation (for the check)."""
    translator = translator or Translator(language)
    lines = [line for pair in page_one_pairs(view, translator) for line in render_pair(pair)]
    return "\n".join(lines) + "\n", translator.missing


def language_plan_text(view: PlanView, language: Language) -> tuple[str, list[str]]:
    """The whole plan as text: page 1 bilingual, then the rest in the language (English
    where there is no translation); and every English line left, page 1's first."""
    translator = Translator(language)
    page_one, _ = bilingual_page_one(view, language, translator)
    rest = "\n".join(rest_of_plan(view, PlanText(translator)))
    return page_one + "\n" + rest + "\n", translator.missing
