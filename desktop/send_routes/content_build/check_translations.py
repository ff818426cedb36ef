"""Check the translation catalogues, and say how much of the app each language covers.

``check_translations`` runs with every content check (``build-db`` refuses to build on a
problem): each entry's key must be the hash of its English, its status draft or reviewed,
with who made it and when, and its translation must keep every placeholder, date, number,
phone number, web address and id of the English (core/protected_text.py). ``coverage``
is the report ``check-content --translations`` prints. See docs/design/translations.md.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from send_routes.content_build.check_common import Problem, walk, yaml_trees
from send_routes.content_build.content_files import ContentFiles
from send_routes.content_build.easy_read_strings import easy_read_strings
from send_routes.content_build.window_strings import WINDOW_STRINGS
from send_routes.content_build.yaml_lines import line_of
from send_routes.core.contact_fields import KINDS
from send_routes.core.deadlines import MONTH_NAMES
from send_routes.core.guidance import plain
from send_routes.core.language_words import PLURAL_CATEGORIES, plural_category
from send_routes.core.letters import LETTER_WORDS
from send_routes.core.page_words import PAGE_ONE
from send_routes.core.plan_words import REST_OF_PLAN
from send_routes.core.protected_text import lost_parts
from send_routes.core.translate_text import YOUNG_PERSON
from send_routes.core.translation import DRAFT_NOTICE, STATUSES, string_key

HEADER = ("language", "name", "english_name", "direction", "script")
DATE_FIELDS = ("{weekday}", "{day}", "{month}", "{year}")
#: Plural tables the plan uses: a number of days, and days left.
FORMS = ("days", "days_left")
#: Files and keys that hold names (of councils, services, terms), kept in English on purpose.
NAME_FILES = ("councils.yaml", "release.yaml")
NAME_KEYS = frozenset(
    {"aliases", "term", "council", "name", "region", "sendiass", "former_names"}
    | {"also_known_as", "resolution_providers", "id", "sources", "file", "picture"}
)


#: Words in the code that count with the content's: the rest of the plan's own words
#: (core/plan_words.py), the words letters fill in (core/letters.py) and the kinds of
#: contact (core/contact_fields.py), which Find a contact shows beside each one.
CODE_WORDS = (*REST_OF_PLAN, *LETTER_WORDS, *KINDS.values())


def check_translations(files: ContentFiles) -> Iterator[Problem]:
    """Every problem in the catalogues; none means they can be built."""
    for path, data in files.translations.items():
        if not isinstance(data, dict):
            yield Problem(path, 1, "a catalogue must be a mapping with language and strings")
            continue
        yield from _check_header(path, data)
        words = data.get("words")
        yield from word_problems(path, str(data.get("language", "")), words)
        months = _months(words)
        strings = data.get("strings") or {}
        if not isinstance(strings, dict):
            yield Problem(path, line_of(data), "strings must map a key to an entry")
            continue
        for key, entry in strings.items():
            yield from _check_entry(path, str(key), entry, months, line_of(strings))


def _check_header(path: Path, data: Mapping[str, Any]) -> Iterator[Problem]:
    line = line_of(data, 1)
    for key in HEADER:
        if not isinstance(data.get(key), str) or not data[key].strip():
            yield Problem(path, line, f"the catalogue needs {key}")
    if data.get("language") != path.stem:
        yield Problem(path, line, f"language must be the file's name, {path.stem}")
    if data.get("direction") not in ("ltr", "rtl"):
        yield Problem(path, line, "direction must be ltr or rtl")


def _months(words: Any) -> tuple[str, ...]:
    """The month words (checked by ``word_problems``), for finding dates in translations."""
    if isinstance(words, dict) and isinstance(words.get("months"), list):
        return tuple(str(month) for month in words["months"])
    return ()


def word_problems(path: Path, code: str, words: Any) -> Iterator[Problem]:
    line = line_of(words, 1)
    if not isinstance(words, dict):
        yield Problem(path, line, "the catalogue needs words: weekdays, months, date, forms")
        return
    for key, count in (("weekdays", 7), ("months", 12)):
        value = words.get(key)
        if not isinstance(value, list) or len(value) != count or not all(value):
            yield Problem(path, line, f"words.{key} must list {count} words")
    date = str(words.get("date", ""))
    if not all(field in date for field in DATE_FIELDS):
        yield Problem(path, line, f"words.date must hold {' '.join(DATE_FIELDS)}")
    digits = str(words.get("digits", "0123456789"))
    if len(digits) != 10 or any(not d.isdecimal() for d in digits):
        yield Problem(path, line, "words.digits must be ten digits, 0 to 9")
    given = words.get("forms")
    forms: dict[str, Any] = given if isinstance(given, dict) else {}
    for what in FORMS:
        table = forms.get(what)
        if not isinstance(table, dict):
            yield Problem(path, line, f"words.forms.{what} is missing")
            continue
        for category, form in table.items():
            if category not in PLURAL_CATEGORIES or "{n}" not in str(form):
                yield Problem(path, line, f"words.forms.{what}.{category} needs {{n}}")
        needed = {plural_category(code, n) for n in range(0, 200)}
        if "other" not in table and not needed <= set(table):
            missing = ", ".join(sorted(needed - set(table)))
            yield Problem(path, line, f"words.forms.{what} has no form for {missing}")


def _check_entry(
    path: Path, key: str, entry: Any, months: tuple[str, ...], default_line: int
) -> Iterator[Problem]:
    line = line_of(entry, default_line)
    if not isinstance(entry, dict):
        yield Problem(path, line, f"entry {key} must have english, text, status, made_by, date")
        return
    english, text = str(entry.get("english") or ""), str(entry.get("text") or "")
    if not english or not text.strip():
        yield Problem(path, line, f"entry {key} needs its english and its text")
        return
    if string_key(english) != key:
        yield Problem(
            path, line, f"entry {key} is not the key of its english ({string_key(english)})"
        )
    if entry.get("status") not in STATUSES:
        yield Problem(path, line, f"entry {key}: status must be draft or reviewed")
    if not str(entry.get("made_by") or "").strip():
        yield Problem(path, line, f"entry {key}: made_by must say who or what made it")
    if not isinstance(entry.get("date"), dt.date):
        yield Problem(path, line, f"entry {key}: date must be a date (YYYY-MM-DD)")
    for lost in lost_parts(english, text, months or MONTH_NAMES):
        yield Problem(path, line, f"entry {key} ({english[:40]}): the translation {lost}")


@dataclass(frozen=True)
class Coverage:
    """How much of what the app can show one language translates."""

    code: str
    page_one: tuple[int, int]
    window: tuple[int, int]
    content: tuple[int, int]
    easy_read: tuple[int, int]
    reviewed: int
    entries: int
    stale: tuple[str, ...]

    def line(self) -> str:
        def share(done: int, total: int) -> str:
            return f"{done}/{total} ({100 * done // max(total, 1)}%)"

        return (
            f"{self.code}: plan page 1 words {share(*self.page_one)}, window words "
            f"{share(*self.window)}, content {share(*self.content)}, Easy Read "
            f"{share(*self.easy_read)}; {self.reviewed} of {self.entries} entries reviewed; "
            f"{len(self.stale)} stale (their English has changed)"
        )


def content_strings(files: ContentFiles) -> set[str]:
    """Every sentence the content can show, as shown (glossary marks removed): the YAML's
    sentences, the contacts' notes and what each helps with, the step for a council with no
    statements of its own, and each sentence about ``{child}`` as the young person reads it
    ("whether you should go back"), which needs its own translation: the "your child" one
    must never be shown to them. Names of councils are kept as written, so they are not
    sentences to translate.
    """
    found: set[str] = set()
    for path, tree in yaml_trees(files):
        if path.name in NAME_FILES:
            continue
        for key, value, _line in walk(tree):
            if isinstance(value, str) and " " in value.strip() and key not in NAME_KEYS:
                found.add(plain(value.strip()))
    for column in ("note", "helps_with"):  # both shown on a contact's card
        found |= {plain(row.values.get(column, "").strip()) for row in files.contacts} - {""}
    how_to_find = (files.data.get("councils.yaml") or {}).get("how_to_find") or {}
    if how_to_find.get("text"):
        found.add(plain(str(how_to_find["text"]).strip()))
    found |= {text.replace("{child}", YOUNG_PERSON) for text in found if "{child}" in text}
    names = council_names(files)
    return {text for text in found if text.rstrip(".") not in names}


def council_names(files: ContentFiles) -> set[str]:
    """Every council's own name (councils.yaml, and the phrases in rules.yaml): names kept
    in English on purpose, as on the council's letters."""
    councils = (files.data.get("councils.yaml") or {}).get("councils") or []
    names = {str(c.get("council", "")) for c in councils if isinstance(c, dict)}
    phrases = ((files.data.get("rules.yaml") or {}).get("phrases") or {}).get("council") or {}
    names |= {str(name) for name in phrases.values() if str(name)[:1].isupper()}
    return names - {""}


def coverage(files: ContentFiles) -> list[Coverage]:
    """Each language's coverage of page 1's own words and of the content's sentences."""
    content = content_strings(files) | set(CODE_WORDS)
    page_one = {*PAGE_ONE, DRAFT_NOTICE}
    window = set(WINDOW_STRINGS)
    # Easy Read counts apart: it is written apart, and shown only when it is chosen.
    easy_read = easy_read_strings(files)
    known = content | page_one | window | easy_read
    report = []
    for path, data in files.translations.items():
        strings = (data or {}).get("strings") or {}
        englishes = {str((e or {}).get("english", "")) for e in strings.values()}
        reviewed = sum(1 for e in strings.values() if (e or {}).get("status") == "reviewed")
        report.append(
            Coverage(
                code=path.stem,
                page_one=(len(page_one & englishes), len(page_one)),
                window=(len(window & englishes), len(window)),
                content=(len(content & englishes), len(content)),
                easy_read=(len(easy_read & englishes), len(easy_read)),
                reviewed=reviewed,
                entries=len(strings),
                stale=tuple(sorted(englishes - known)),
            )
        )
    return report


def missing_entries(files: ContentFiles, code: str, limit: int = 0) -> str:
    """YAML entries, ready to fill in, for what ``code`` does not translate yet: page 1's
    own words first, then the window's (content_build/window_strings.py), then the
    content's sentences, then Easy Read's (content_build/easy_read_strings.py). ``text``
    is left empty (the check refuses an empty text, so nothing half-done can be built)."""
    strings: dict[str, Any] = {}
    for path, data in files.translations.items():
        if path.stem == code:
            strings = (data or {}).get("strings") or {}
    done = {str((entry or {}).get("english", "")) for entry in strings.values()}
    wanted = [
        *PAGE_ONE,
        DRAFT_NOTICE,
        *REST_OF_PLAN,
        *WINDOW_STRINGS,
        *LETTER_WORDS,
        *KINDS.values(),
        *sorted(content_strings(files)),
        *sorted(easy_read_strings(files)),
    ]
    todo = [english for english in dict.fromkeys(wanted) if english not in done]
    lines = []
    for english in todo[: limit or None]:
        quoted = json.dumps(english, ensure_ascii=False)
        lines += [f"  {string_key(english)}:", f"    english: {quoted}", '    text: ""']
        lines += ["    status: draft", "    made_by: ", f"    date: {dt.date.today()}"]
    return "\n".join(lines) + ("\n" if lines else "")
