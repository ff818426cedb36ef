"""The Easy Read plan's view from the content store, and the plan as plain text (no Qt)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from send_routes.content_store.content import ContentStore
from send_routes.core.deadlines import long_date
from send_routes.core.easy_read import EasyReadContent, easy_read_content
from send_routes.core.easy_read_view import EasyPlanView, EasySection, build_easy_read_view
from send_routes.core.plan import Plan
from send_routes.core.plan_view import PlanView
from send_routes.core.planner import reviewed_on
from send_routes.core.wording import placeholders
from send_routes.export.plan_context import plan_view


def easy_content(content: ContentStore) -> EasyReadContent:
    return easy_read_content(content.engine_texts.get("easy_read") or {})


def easy_read_of(view: PlanView, plan: Plan, content: ContentStore) -> EasyPlanView:
    """The Easy Read view of a plan whose ordinary view is ``view``."""
    guidance = content.guidance
    values = placeholders(plan.answers, guidance.phrases, guidance.areas)
    values.update({d.id: long_date(d.date) for d in plan.deadlines})
    values["reviewed_on"] = reviewed_on(guidance)
    return build_easy_read_view(view, easy_content(content), values)


def easy_read_view(plan: Plan, content: ContentStore) -> EasyPlanView:
    return easy_read_of(plan_view(plan, content), plan, content)


def easy_read_text_of(plan: Plan, content: ContentStore) -> str:
    return easy_read_text(easy_read_view(plan, content))


def easy_read_text(view: EasyPlanView) -> str:
    """The Easy Read plan as plain text: one line for each idea, headings underlined."""
    return "\n".join(_text_lines(view)) + "\n"


def _heading(text: str, mark: str) -> Iterator[str]:
    yield ""
    yield text
    yield mark * len(text)


def _section(section: EasySection, depth: int) -> Iterator[str]:
    yield from _heading(section.heading, "=-~"[min(depth, 2)])
    for line in section.lines:
        yield from textwrap.wrap(line.text, 78, initial_indent="* ", subsequent_indent="  ")
    for part in section.parts:
        yield from _section(part, depth + 1)


def _text_lines(view: EasyPlanView) -> Iterator[str]:
    yield view.title
    yield "=" * len(view.title)
    yield f"{view.made}. Content version {view.content_version}."
    if view.draft:
        yield view.draft
    for line in view.intro:
        yield f"* {line.text}"
    for section in view.page_one:
        yield from _section(section, 0)
    for section in view.sections():
        yield from _section(section, 0)
    if view.words:
        yield from _heading(view.words_heading, "=")
        for word, line in view.words:
            yield from textwrap.wrap(f"{word}: {line.text}", 78, subsequent_indent="  ")
    yield ""
    yield view.credit
