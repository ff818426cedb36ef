"""Check the Easy Read content: every part the plan can show has one, and it is Easy Read.

Refused: a route, route step (``find_first`` ones too), extra step, note or deadline with no
Easy Read version (or one written from English that has since changed, which is missing
too); a sentence of 15 words or more; a line without a known picture; a key word no
``words.yaml`` entry explains; an explanation drawn from a term the glossary does not have.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from send_routes.content_build.check_common import Problem
from send_routes.content_build.content_files import ContentFiles
from send_routes.content_build.easy_read_files import path_of
from send_routes.content_build.yaml_lines import line_of
from send_routes.core.easy_read import MAX_WORDS, too_long
from send_routes.core.guidance import marked_terms


def check_easy_read(files: ContentFiles, source_ids: set[str]) -> Iterator[Problem]:
    data = files.easy_read
    plan = data.get("plan") or {}
    for source in plan.get("sources") or ["(none)"]:
        if source not in source_ids:
            yield Problem(path_of(files.root, "plan"), 1, f"unknown source id '{source}'")
    yield from _missing(files, data)
    pictures = {str(p.get("key")) for p in data.get("pictures") or ()}
    words = {str(w.get("word")).casefold() for w in data.get("words") or ()}
    for key in ("routes", "extra_steps", "notes", "deadlines", "words", "plan"):
        yield from _texts(path_of(files.root, key), data.get(key), pictures, words)
    yield from _words(files, data.get("words") or ())


def missing_easy_read(files: ContentFiles) -> list[str]:
    """What has no Easy Read version, in words: the list the check refuses."""
    return [problem.message for problem in _missing(files, files.easy_read)]


def _missing(files: ContentFiles, data: Mapping[str, Any]) -> Iterator[Problem]:
    routes = data.get("routes") or {}
    path = path_of(files.root, "routes")
    for route_path, route in files.routes.items():
        route_id = str(route.get("id", route_path.stem))
        easy = routes.get(route_id)
        if not isinstance(easy, dict):
            yield Problem(path, 1, f"no Easy Read version of route '{route_id}'")
            continue
        if easy.get("english") != route.get("title"):
            yield Problem(path, line_of(easy), f"route '{route_id}': title changed, write again")
        written = {str(step.get("english")) for step in easy.get("steps") or ()}
        for number, step in enumerate(route.get("steps") or (), start=1):
            if str(step.get("text")) not in written:
                message = f"no Easy Read version of route '{route_id}' step {number}"
                yield Problem(path, line_of(easy), f"{message}: {step.get('text')!r}")
        # The plan shows these in place of the first step when it has no way to reach anyone.
        for number, step in enumerate(route.get("find_first") or (), start=1):
            if str(step.get("text")) not in written:
                message = f"no Easy Read version of route '{route_id}' find_first step {number}"
                yield Problem(path, line_of(easy), f"{message}: {step.get('text')!r}")
    extra = {(str(s.get("route")), str(s.get("english"))) for s in data.get("extra_steps") or ()}
    path = path_of(files.root, "extra_steps")
    for rule in (files.data.get("rules.yaml") or {}).get("routes") or ():
        for step in rule.get("extra_steps") or ():
            if (str(rule.get("id")), str(step.get("text"))) not in extra:
                message = f"no Easy Read version of an extra step of route '{rule.get('id')}'"
                yield Problem(path, 1, f"{message}: {step.get('text')!r}")
    yield from _keyed(files, data, "notes", files.data.get("notes.yaml") or (), "text")
    deadlines = (files.data.get("deadlines.yaml") or {}).get("deadlines") or ()
    yield from _keyed(files, data, "deadlines", deadlines, "label")


def _keyed(
    files: ContentFiles, data: Mapping[str, Any], key: str, items: Any, english: str
) -> Iterator[Problem]:
    path = path_of(files.root, key)
    written = data.get(key) or {}
    what = key[:-1]
    for item in items:
        easy = written.get(item.get("id"))
        if not isinstance(easy, dict):
            yield Problem(path, 1, f"no Easy Read version of {what} '{item.get('id')}'")
        elif easy.get("english") != item.get(english):
            message = f"{what} '{item.get('id')}': its {english} changed, write again"
            yield Problem(path, line_of(easy), message)


def _texts(path: Path, tree: Any, pictures: set[str], words: set[str]) -> Iterator[Problem]:
    """Every Easy Read sentence is short, every line has a picture, every key word is known."""
    for value, line in _shown(tree, line_of(tree, 1)):
        text, picture = value
        for sentence in too_long(text):
            yield Problem(path, line, f"{MAX_WORDS} words or more in a sentence: {sentence!r}")
        if picture is not None and picture not in pictures:
            yield Problem(path, line, f"a line needs a picture from pictures.yaml: {picture!r}")
        for word in marked_terms(text):
            if word.casefold() not in words:
                yield Problem(path, line, f"key word '{word}' is not in words.yaml")


def _shown(tree: Any, line: int) -> Iterator[tuple[tuple[str, str | None], int]]:
    """(text, picture) for everything a reader sees; picture None where none is shown.

    A line (a mapping with ``text``) and a deadline need a picture: "" when none is given.
    """
    if isinstance(tree, dict):
        line = line_of(tree, line)
        if "text" in tree or "picture" in tree:
            yield (str(tree.get("text", "")), str(tree.get("picture") or "")), line
        for key, child in tree.items():
            if key in ("english", "text", "picture", "sources", "glossary", "word"):
                continue
            if isinstance(child, str):
                yield (child, None), line
            else:
                yield from _shown(child, line)
    elif isinstance(tree, list):
        for child in tree:
            yield from _shown(child, line)


def _words(files: ContentFiles, words: Any) -> Iterator[Problem]:
    path = path_of(files.root, "words")
    glossary = {str(e.get("term")) for e in files.data.get("glossary.yaml") or ()}
    for word in words:
        if word.get("glossary") not in glossary:
            message = f"key word '{word.get('word')}' draws on '{word.get('glossary')}'"
            yield Problem(path, line_of(word), f"{message}, which is not in the glossary")
