"""Gather the content a plan view needs, once, and fill the printed plan's template from it.

The printout shows the same PlanView as the screen and the text format; this module only
chooses what each paper size and option adds (the full guide's glossary, sources and notes
pages).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from send_routes.content_store.content import ContentStore
from send_routes.core import page_words, plan_words
from send_routes.core.case_log import LogEntry, answer_sources
from send_routes.core.guidance import plain
from send_routes.core.plan import Plan
from send_routes.core.plan_language import PlanText, contact_details, source_line
from send_routes.core.plan_view import PlanView, build_plan_view
from send_routes.core.plan_view import terms_used as terms_in_texts
from send_routes.core.plan_view_parts import PlanFacts
from send_routes.core.read_back import read_back
from send_routes.core.translate_text import Translator
from send_routes.core.translation import Language
from send_routes.export.script_fonts import families as script_families
from send_routes.export.script_fonts import script_font


@dataclass(frozen=True)
class DocumentOptions:
    """How the plan is printed: paper size, large print, black and white, the full guide.

    The full guide adds what to prepare for each later route and what happens next, the
    answers the plan was made from, the words used, the sources (as titles) and a page for
    notes; without it the plan stays short (the screen always shows what to prepare).
    """

    paper: str = "a4"
    large_print: bool = False
    black_and_white: bool = False
    child_name: str = ""
    full_guide: bool = False
    #: The family's language: page 1 bilingual, the rest in the language (None: English).
    language: Language | None = None

    @property
    def base_size_pt(self) -> int:
        return 16 if self.large_print else 11


def situation(plan: Plan, content: ContentStore) -> tuple[tuple[str, str], ...]:
    """The answers as (question, answer) pairs in plain words: the questions asked, read back
    as "Check your answers" reads them (``core.read_back``)."""
    rows = read_back(content.questions, plan.answers.to_dict())
    return tuple((plain(question.text), words.replace("\n", "; ")) for question, words in rows)


def plan_facts(plan: Plan, content: ContentStore, log: Sequence[LogEntry] = ()) -> PlanFacts:
    """What the view of ``plan`` needs from the content, read once; with a case's ``log``,
    which letter each date it gave came from."""
    *areas, fallback = content.areas
    area = next((a for a in areas if a["id"] == plan.answers.area), fallback)
    others = [a for a in areas if a is not area]
    return PlanFacts(
        route_texts=content.route_texts,
        terms=content.terms,
        source_titles={i: str(s.get("title") or "") for i, s in content.sources.items()},
        area=area,
        national_help=tuple(
            c
            for c in content.contacts
            if c.kind == "national_advice" and not c.local_authority
            if c.phone or c.email or c.website
        ),
        fallback=fallback,
        other_areas=tuple(n for a in others for n in (a["name"], a.get("council")) if n),
        situation=situation(plan, content),
        letter_sources=(
            answer_sources(plan.answers.dates, log, content.case_file.kinds) if log else {}
        ),
    )


def plan_view(plan: Plan, content: ContentStore, log: Sequence[LogEntry] = ()) -> PlanView:
    """The one view of ``plan`` that every format renders (made from a case: with its log)."""
    return build_plan_view(plan, plan_facts(plan, content, log))


def terms_used(texts: Iterable[str], content: ContentStore) -> tuple[tuple[str, str], ...]:
    """The glossary terms the texts use, with their definitions, sorted by term."""
    return terms_in_texts(texts, content.terms)


def plan_context(
    view: PlanView,
    options: DocumentOptions,
    translator: Translator | None = None,
    page_one_scale: float = 1.0,
) -> dict[str, Any]:
    """The values the plan template needs; in ``options.language``, through ``translator``
    when given (it then holds every line left in English, for the check). A bilingual
    page 1 is drawn at ``page_one_scale`` of the text size, so that it fits on one page."""
    from send_routes.export.bilingual_text import page_one_pairs  # it imports this module

    if translator is None and options.language is not None:
        translator = Translator(options.language)
    say = PlanText(translator)
    name = say.name(options.child_name.strip())  # a typed name: see core/bidi.py
    english_title = (
        page_words.fill_in(plan_words.NAMED_PLAN, {"name": name}) if name else plan_words.YOUR_PLAN
    )
    language = translator.language if translator else None
    return {
        "plan": view,
        "name": name,
        "full": options.full_guide,
        "size": options.base_size_pt,
        "bw": options.black_and_white,
        "t": say,
        "pw": plan_words,
        "page": page_words,
        "contact_details": contact_details,
        "source_line": source_line,
        "pairs": list(page_one_pairs(view, translator)) if translator else None,
        "notice": bool(language and not language.all_reviewed),
        "rtl": say.right_to_left,
        "dir": "rtl" if say.right_to_left else "ltr",
        "script": script_font(language.code) if language else None,
        "script_families": script_families(language.code) if language else (),
        "title": say.fill(plan_words.NAMED_PLAN, {"name": name})
        if name
        else say(plan_words.YOUR_PLAN),
        "english_title": english_title,
        "p1": round(options.base_size_pt * page_one_scale, 1),
        "p1en": round(options.base_size_pt * page_one_scale * 0.8, 1),
    }
