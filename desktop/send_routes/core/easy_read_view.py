"""The plan in Easy Read: what the screen, the text, the PDF and the ODT show, in order.

Built from the ordinary plan's view (so the routes, dates and contacts are the same ones)
and the written Easy Read content: page 1 says what to do first, by when, and who to
contact; then each route with its steps; then the dates, the things to know and the key
words. Every line carries one idea and a picture (facts H41, H42).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from send_routes.core.deadlines import long_date
from send_routes.core.easy_read import EasyLine, EasyReadContent
from send_routes.core.guidance import marked_terms, plain
from send_routes.core.plan_view import PlanView
from send_routes.core.plan_view_parts import ContactView, DateView, RouteView
from send_routes.core.wording import fill

#: The picture for a line whose Easy Read text is missing (the content check refuses that).
MISSING_PICTURE = "papers"
#: Page 1 names this many contacts, each with one way to reach them (the rest come later).
PAGE_ONE_CONTACTS = 2


@dataclass(frozen=True)
class ReadLine:
    """A line as shown: its words (placeholders filled, marks removed) and its picture."""

    text: str
    picture: str
    alt: str


@dataclass(frozen=True)
class EasySection:
    """A heading and its lines; ``parts`` are sub-headings with their own lines."""

    heading: str
    lines: tuple[ReadLine, ...] = ()
    parts: tuple[EasySection, ...] = ()


@dataclass(frozen=True)
class EasyPlanView:
    """The Easy Read plan: page 1, then the rest, then the key words."""

    title: str
    made: str
    content_version: str
    intro: tuple[ReadLine, ...]
    page_one: tuple[EasySection, ...]
    routes: EasySection
    contacts: EasySection
    dates: EasySection
    notes: EasySection
    words: tuple[tuple[str, ReadLine], ...]
    words_heading: str
    credit: str
    #: Says the Easy Read words are a draft ("" once they have been reviewed).
    draft: str = ""
    #: What had no Easy Read text and was shown in ordinary English (should stay empty).
    missing: tuple[str, ...] = ()

    def sections(self) -> tuple[EasySection, ...]:
        """Everything after page 1, in order (empty sections left out)."""
        every = (self.routes, self.contacts, self.dates, self.notes)
        return tuple(s for s in every if s.lines or s.parts)

    def reading_order(self) -> list[str]:
        """What read aloud says, in order: the title, each heading, then its lines."""
        texts = [self.title, *(line.text for line in self.intro)]
        for section in (*self.page_one, *self.sections()):
            texts += _section_texts(section)
        if self.words:
            texts.append(self.words_heading)
            texts += [f"{word}: {line.text}" for word, line in self.words]
        return texts

    def all_lines(self) -> Iterable[ReadLine]:
        """Every line, in reading order (for read-aloud and for the tests)."""
        yield from self.intro
        for section in (*self.page_one, *self.sections()):
            yield from _section_lines(section)
        for _, line in self.words:
            yield line


def _section_texts(section: EasySection) -> list[str]:
    texts = [section.heading, *(line.text for line in section.lines)]
    for part in section.parts:
        texts += _section_texts(part)
    return texts


def _section_lines(section: EasySection) -> Iterable[ReadLine]:
    yield from section.lines
    for part in section.parts:
        yield from _section_lines(part)


class _Writer:
    """Turns Easy Read lines into shown lines, noting the key words they mark."""

    def __init__(self, easy: EasyReadContent, values: Mapping[str, str]) -> None:
        self.easy = easy
        self.values = values
        self.words: dict[str, None] = {}
        self.missing: list[str] = []

    def line(self, text: str, picture: str) -> ReadLine:
        self.words.update(dict.fromkeys(w.casefold() for w in marked_terms(text)))
        return ReadLine(fill(text, self.values), picture, self.easy.pictures.get(picture, ""))

    def lines(self, lines: Iterable[EasyLine]) -> tuple[ReadLine, ...]:
        return tuple(self.line(line.text, line.picture) for line in lines)

    def english(self, text: str, what: str) -> tuple[ReadLine, ...]:
        self.missing.append(what)
        alt = self.easy.pictures.get(MISSING_PICTURE, "")
        return (ReadLine(plain(text), MISSING_PICTURE, alt),)

    def frame(self, *path: str, **values: str) -> str:
        return self.easy.text(*path).format(**values) if values else self.easy.text(*path)


def build_easy_read_view(
    view: PlanView, easy: EasyReadContent, values: Mapping[str, str]
) -> EasyPlanView:
    """The Easy Read plan for ``view``; ``values`` fill the steps' {placeholders}."""
    w = _Writer(easy, values)
    made = [_route(w, route) for route in view.routes]
    routes = tuple(section for section, _ in made)
    page_one = (
        EasySection(w.frame("headings", "first"), made[0][1] if made else ()),
        _by_when(w, view),
        _who(w, view, brief=True),
    )
    heading = w.frame("headings", "routes")
    dates = EasySection(w.frame("headings", "dates"), tuple(_dates(w, view.dates)))
    notes = EasySection(w.frame("headings", "notes"), parts=tuple(_notes(w, view)))
    intro = w.lines(easy.frame_lines("intro"))
    words = tuple(
        (word.word, ReadLine(word.text, word.picture, easy.pictures.get(word.picture, "")))
        for word in sorted(easy.words, key=lambda word: word.word.casefold())
        if word.word.casefold() in w.words
    )
    return EasyPlanView(
        title=w.frame("title"),
        made=view.made,
        content_version=view.content_version,
        intro=intro,
        page_one=page_one,
        routes=EasySection(heading, parts=routes),
        contacts=_who(w, view, brief=False),
        dates=dates,
        notes=notes,
        words=words,
        words_heading=w.frame("headings", "words"),
        credit=w.frame("credit"),
        draft=w.frame("draft"),
        missing=tuple(w.missing),
    )


def _route(w: _Writer, route: RouteView) -> tuple[EasySection, tuple[ReadLine, ...]]:
    """The route as a section, and the lines of its first step (for page 1)."""
    easy = w.easy.routes.get(route.id)
    if easy is None:
        title = route.title
        about: tuple[ReadLine, ...] = w.english(route.short, f"route {route.id}")
        known: dict[str, tuple[EasyLine, ...]] = {}
    else:
        title, about, known = easy.title, w.lines(easy.about), dict(easy.steps)
    for (route_id, english), extra in w.easy.extra_steps.items():
        if route_id == route.id:
            known[fill(english, w.values)] = extra
    steps: list[tuple[ReadLine, ...]] = []
    for number, step in enumerate(route.steps, start=1):
        written = known.get(step)
        what = f"route {route.id} step {number}"
        steps.append(w.lines(written) if written else w.english(step, what))
    tried = (w.line(w.frame("headings", "tried"), "done"),) if route.already_tried else ()
    section = EasySection(
        f"{route.number}. {title}",
        parts=(
            EasySection(w.frame("headings", "about"), tried + about),
            EasySection(w.frame("headings", "steps"), tuple(line for s in steps for line in s)),
        ),
    )
    return section, (w.line(f"{title}.", "plan"), *(steps[0] if steps else ()))


def _by_when(w: _Writer, view: PlanView) -> EasySection:
    heading = w.frame("headings", "by_when")
    urgent = view.summary.urgent
    date = next((d for d in view.dates if urgent and d.id == urgent.id), None)
    if date is None:
        date = next((d for d in view.dates if not d.done and d.days_left >= 0), None)
    if date is None:
        return EasySection(heading, (w.line(w.frame("dates", "none"), "calendar"),))
    return EasySection(heading, tuple(_date_lines(w, date)))


def _date_lines(w: _Writer, date: DateView) -> Iterable[ReadLine]:
    easy = w.easy.deadlines.get(date.id)
    if easy is None:
        yield from w.english(date.label, f"deadline {date.id}")
    else:
        yield w.line(f"{easy.label}.", easy.picture)
    yield w.line(f"{long_date(date.date)}.", "calendar")
    yield w.line(_left(w, date), "warning" if date.days_left <= 7 else "time")
    if date.uncertain and not date.done:
        yield w.line(w.frame("dates", "uncertain"), "question")


def _left(w: _Writer, date: DateView) -> str:
    if date.done:
        return w.frame("dates", "done")
    if date.maybe_later and date.days_left < 0:
        return w.frame("dates", "maybe_later")
    if date.days_left < 0:
        return w.frame("dates", "passed")
    if date.days_left == 0:
        return w.frame("dates", "today")
    if date.days_left == 1:
        return w.frame("dates", "one_day")
    return w.frame("dates", "soon", days=str(date.days_left))


def _who(w: _Writer, view: PlanView, *, brief: bool) -> EasySection:
    """Who to contact: on page 1 (``brief``) the first two, each with one way to reach
    them; after the routes, every one with every way."""
    lines: list[ReadLine] = []
    helpers = view.summary.helpers[:PAGE_ONE_CONTACTS] if brief else view.summary.helpers
    for contact in helpers:
        lines += _contact(w, contact, brief)
    if view.summary.find_local or not lines:
        lines.append(w.line(w.frame("contacts", "find_local"), "council"))
    return EasySection(w.frame("headings", "who" if brief else "details"), tuple(lines))


def short_name(name: str) -> str:
    """A contact's name without what follows a colon or sits in brackets: "SENDIASS
    Leicester: SEND Information, Advice and Support Service (managed by ...)" is "SENDIASS
    Leicester"."""
    short = re.sub(r"\s*\([^)]*\)", "", name.split(":", 1)[0]).strip()
    return short or name


def _contact(w: _Writer, contact: ContactView, brief: bool) -> list[ReadLine]:
    lines = [w.line(short_name(contact.name), "person")]
    ways = [
        (key, value, picture)
        for key, value, picture in (
            ("phone", contact.phone, "phone"),
            ("email", contact.email, "email"),
            ("website", contact.website, "online"),
        )
        if value
    ]
    for key, value, picture in ways[:1] if brief else ways:
        lines.append(w.line(w.frame("contacts", key, value=value), picture))
    if contact.caution:
        lines.append(w.line(w.frame("contacts", "may_have_changed"), "warning"))
    return lines


def _dates(w: _Writer, dates: Iterable[DateView]) -> Iterable[ReadLine]:
    for date in dates:
        yield from _date_lines(w, date)


def _notes(w: _Writer, view: PlanView) -> Iterable[EasySection]:
    for note in view.notes:
        # The plan's note has its {placeholders} filled ({reviewed_on}): fill the English too.
        easy = next(
            (n for n in w.easy.notes.values() if plain(fill(n.english, w.values)) == note.text),
            None,
        )
        if easy is None:
            yield EasySection(note.title, w.english(note.text, f"note {note.title!r}"))
        else:
            yield EasySection(easy.title, w.lines(easy.lines))
