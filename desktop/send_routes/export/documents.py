"""Make the plan and the letters as documents: HTML, PDF, ODT; and the deadlines as .ics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from send_routes.content_store.content import ContentStore
from send_routes.core import plan_words
from send_routes.core.bidi import isolate
from send_routes.core.letters import Letter
from send_routes.core.plan import Plan
from send_routes.core.plan_language import PlanText
from send_routes.core.plan_view import PlanView
from send_routes.core.translate_text import Translator
from send_routes.export.pages import Footer, make_document, odt_bytes, page_one_fits, pdf_bytes
from send_routes.export.plan_context import DocumentOptions, plan_context, plan_view
from send_routes.export.script_fonts import families as script_families
from send_routes.export.script_fonts import register_language_font
from send_routes.export.templates import render
from send_routes.fileio.atomic import write_atomically
from send_routes.wording import NOT_LEGAL_ADVICE

#: A bilingual page 1 is drawn smaller, step by step, until it fits on one page.
PAGE_ONE_SCALES = (1.0, 0.9, 0.82, 0.75, 0.68, 0.62, 0.56, 0.5)


def plan_html(
    view: PlanView,
    options: DocumentOptions,
    translator: Translator | None = None,
    page_one_scale: float = 1.0,
) -> str:
    return render("plan.html", plan_context(view, options, translator, page_one_scale))


def plan_document(
    view: PlanView, options: DocumentOptions, translator: Translator | None = None
) -> QTextDocument:
    """The one document behind the preview, the printer, the PDF and the ODT; in the
    family's language (``options.language``) with its bundled font added to Qt first, and
    page 1 (twice the words: the language and the English) made to fit on one page."""
    if options.language is None:
        return make_document(plan_html(view, options, translator), options.base_size_pt)
    register_language_font(options.language.code)
    fonts = script_families(options.language.code)
    for scale in PAGE_ONE_SCALES:
        attempt = Translator(options.language)
        html = plan_html(view, options, attempt, scale)
        document = make_document(html, options.base_size_pt, fonts)
        if page_one_fits(document, options.paper):
            break
    if translator is not None:
        translator.missing.extend(attempt.missing)
    return document


def plan_footer(options: DocumentOptions | None = None) -> Footer:
    """Every page's footer. The content build's hash is for reporting a mistake: it is in
    Help > About and the full guide, not on every page a family reads. In a language: the
    disclaimer in it and in English, and "Page 1 of 3" in its words."""
    language = options.language if options else None
    if language is None:
        return Footer(NOT_LEGAL_ADVICE)
    say = PlanText(Translator(language))
    text = say(NOT_LEGAL_ADVICE)
    both = text if text == NOT_LEGAL_ADVICE else f"{text}   ·   {NOT_LEGAL_ADVICE}"
    return Footer(both, say(plan_words.PAGE))


def plan_title(options: DocumentOptions) -> str:
    name = options.child_name.strip()
    return f"{isolate(name)}'s plan" if name else "Your plan"


def save_plan(
    plan: Plan, content: ContentStore, options: DocumentOptions, path: Path, kind: str
) -> None:
    """Write the plan to ``path`` as ``kind`` (pdf or odt); WriteError if it cannot be saved."""
    save_plan_view(plan_view(plan, content), options, path, kind)


def save_plan_view(view: PlanView, options: DocumentOptions, path: Path, kind: str) -> None:
    """Write a plan view (the one the screen shows) to ``path`` as pdf or odt."""
    write_atomically(path, plan_bytes(view, options, kind))


def plan_bytes(
    view: PlanView, options: DocumentOptions, kind: str, translator: Translator | None = None
) -> bytes:
    """The plan as pdf or odt; with a ``translator``, it keeps every line left in English."""
    document = plan_document(view, options, translator)
    if kind == "pdf":
        return pdf_bytes(document, options.paper, plan_footer(options), plan_title(options))
    return odt_bytes(document)


def letter_html(letter: Letter, body: str | None = None, base_size_pt: int = 11) -> str:
    """A letter (or its edited text) with what to attach and where to send it."""
    return render(
        "letter.html",
        {
            "letter": letter,
            "paragraphs": (body or letter.text).split("\n\n"),
            "size": base_size_pt,
            "disclaimer": NOT_LEGAL_ADVICE,
        },
    )


def letter_document(letter: Letter, body: str | None = None) -> QTextDocument:
    """The one document behind a letter's preview, printer, PDF and ODT."""
    return make_document(letter_html(letter, body), 11)


def letter_footer(letter: Letter) -> Footer:
    return Footer(f"{letter.title}   ·   {NOT_LEGAL_ADVICE}")


def save_letter(
    letter: Letter, path: Path, kind: str, body: str | None = None, paper: str = "a4"
) -> None:
    """Write a letter as pdf, odt or txt; WriteError if it cannot be saved."""
    if kind == "txt":
        write_atomically(path, letter.with_instructions(body).encode("utf-8"))
        return
    document = letter_document(letter, body)
    if kind == "pdf":
        data = pdf_bytes(document, paper, letter_footer(letter), letter.title)
    else:
        data = odt_bytes(document)
    write_atomically(path, data)
