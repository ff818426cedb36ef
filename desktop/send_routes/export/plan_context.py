"""Everything the printed plan shows, gathered from the plan and the content (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import DATE_KEYS, KNOWN_AREAS
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import Contact, plain
from send_routes.core.plan import Plan
from send_routes.wording import MAY_HAVE_CHANGED, MISSING_DETAIL, NOT_LEGAL_ADVICE


@dataclass(frozen=True)
class DocumentOptions:
    """How the plan is printed: paper size, large print, black and white."""

    paper: str = "a4"
    large_print: bool = False
    black_and_white: bool = False
    child_name: str = ""

    @property
    def base_size_pt(self) -> int:
        return 16 if self.large_print else 11


def situation(plan: Plan, content: ContentStore) -> list[tuple[str, str]]:
    """The answers as (question, answer) pairs in plain words, in the wizard's order."""
    answers = plan.answers
    rows = []
    for question in content.questions:
        value = answers.value(question.key)
        if value is None or value == () or value == "":
            continue
        if question.key in DATE_KEYS:
            shown = long_date(answers.dates[question.key])
        elif question.key == "local_authority":
            area = answers.area
            shown = question.label_for(area) if area in KNOWN_AREAS else answers.local_authority
        elif isinstance(value, tuple):
            shown = "; ".join(question.label_for(item) for item in value)
        else:
            shown = question.label_for(str(value))
        rows.append((plain(question.text), plain(shown)))
    return rows


def contact_view(contact: Contact, content: ContentStore) -> dict[str, Any]:
    """A contact's details for print; a missing detail says so instead of being guessed."""
    return {
        "name": contact.name,
        "phone": contact.phone or MISSING_DETAIL,
        "email": contact.email or MISSING_DETAIL,
        "website": contact.website or MISSING_DETAIL,
        "source": "; ".join(content.sources.get(s, {}).get("title", s) for s in contact.source),
        "read": contact.source_read,
        "caution": MAY_HAVE_CHANGED if contact.confidence == "L" else "",
        "note": contact.note,
        "added_locally": contact.added_locally,
    }


def _statements(content: ContentStore, route_id: str, section: str) -> list[str]:
    return [plain(s.text) for s in content.route_texts[route_id].section(section)]


def route_views(plan: Plan, content: ContentStore) -> list[dict[str, Any]]:
    return [
        {
            "number": number,
            "title": route.title,
            "short": route.short,
            "why": " ".join(route.why),
            "steps": list(route.steps),
            "prepare": _statements(content, route.id, "prepare"),
            "after": _statements(content, route.id, "after"),
            "contacts": [contact_view(c, content) for c in plan.contacts_for(route)],
            "already_tried": route.already_tried,
        }
        for number, route in enumerate(plan.routes, start=1)
    ]


def deadline_views(plan: Plan) -> list[dict[str, str]]:
    views = []
    for deadline in plan.deadlines:
        days = deadline.days_left(plan.today)
        warning = " ".join(filter(None, [deadline.status, deadline.uncertain]))
        views.append(
            {
                "date": long_date(deadline.date),
                "label": deadline.label,
                "rule": deadline.rule,
                "counted_from": f"{deadline.counted_from}: {long_date(deadline.from_date)}",
                "left": "Passed" if days < 0 else ("Today" if days == 0 else f"{days} days left"),
                "warning": warning,
            }
        )
    return views


def terms_used(texts: Iterable[str], content: ContentStore) -> list[tuple[str, str]]:
    """The glossary terms the texts use, with their definitions, sorted by term."""
    terms = content.terms
    found = {term for text in texts for term in terms.terms_in(text)}
    return [(term, terms.definition(term)) for term in sorted(found, key=str.casefold)]


def cited_sources(plan: Plan, content: ContentStore) -> list[tuple[str, str]]:
    ids: dict[str, None] = {}
    for route in plan.routes:
        ids.update(dict.fromkeys(route.sources))
    for note in plan.notes:
        ids.update(dict.fromkeys(note.sources))
    for deadline in plan.deadlines:
        ids.update(dict.fromkeys(deadline.sources))
    for contact in plan.contacts:
        ids.update(dict.fromkeys(contact.source))
    known = content.sources
    return [(i, known[i]["title"]) for i in ids if i in known]


def plan_context(plan: Plan, content: ContentStore, options: DocumentOptions) -> dict[str, Any]:
    """The values the plan template needs."""
    routes = route_views(plan, content)
    texts = [
        " ".join([r["short"], r["why"], *r["steps"], *r["prepare"], *r["after"]]) for r in routes
    ]
    texts += [note.text for note in plan.notes] + [d.rule for d in plan.deadlines]
    return {
        "name": options.child_name.strip(),
        "made": long_date(plan.today),
        "content_version": plan.content_version,
        "situation": situation(plan, content),
        "warnings": list(plan.warnings),
        "first": routes[0]["title"],
        "routes": routes,
        "deadlines": deadline_views(plan),
        "notes": [{"title": n.title, "text": n.text} for n in plan.notes],
        "glossary": terms_used(texts, content),
        "sources": cited_sources(plan, content),
        "disclaimer": NOT_LEGAL_ADVICE,
        "size": options.base_size_pt,
        "bw": options.black_and_white,
    }
