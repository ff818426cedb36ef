"""Make the plan and the letters as documents: HTML, PDF, ODT; and the deadlines as .ics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from send_routes.content_store.content import ContentStore
from send_routes.core.bidi import isolate
from send_routes.core.letters import Letter
from send_routes.core.plan import Plan
from send_routes.core.plan_view import PlanView
from send_routes.export.pages import Footer, make_document, odt_bytes, pdf_bytes
from send_routes.export.plan_context import DocumentOptions, plan_context, plan_view
from send_routes.export.templates import render
from send_routes.fileio.atomic import write_atomically
from send_routes.wording import NOT_LEGAL_ADVICE


def plan_html(view: PlanView, options: DocumentOptions) -> str:
    return render("plan.html", plan_context(view, options))


def plan_document(view: PlanView, options: DocumentOptions) -> QTextDocument:
    """The one document behind the preview, the printer, the PDF and the ODT."""
    return make_document(plan_html(view, options), options.base_size_pt)


def plan_footer() -> Footer:
    """Every page's footer. The content build's hash is for reporting a mistake: it is in
    Help > About and the full guide, not on every page a family reads."""
    return Footer(NOT_LEGAL_ADVICE)


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


def plan_bytes(view: PlanView, options: DocumentOptions, kind: str) -> bytes:
    document = plan_document(view, options)
    if kind == "pdf":
        return pdf_bytes(document, options.paper, plan_footer(), plan_title(options))
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
