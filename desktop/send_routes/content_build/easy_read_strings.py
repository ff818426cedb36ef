"""The Easy Read sentences a family is shown (``db/content/easy_read/``), to translate.

Easy Read is written apart from the ordinary content (its own sentences, under 15 words,
each with a picture), so its sentences are entries of their own in a catalogue, listed by
``check-content --missing-translations`` after the content's and counted apart
(docs/design/translations.md). Only what is shown counts: the ``english`` each part was
written from is the ordinary content's (listed with it), and the picture keys, glossary
names, sources and how read aloud says an abbreviation are never shown as text.
"""

from __future__ import annotations

from send_routes.content_build.check_common import walk
from send_routes.content_build.content_files import ContentFiles
from send_routes.core.guidance import plain

#: Keys whose values are not shown as Easy Read text.
NOT_SHOWN = frozenset(
    {"english", "picture", "key", "openmoji", "glossary", "sources", "route", "id"}
)
#: Parts of the Easy Read content that are never shown as text.
NOT_SHOWN_PARTS = frozenset({"spoken_words"})


def easy_read_strings(files: ContentFiles) -> set[str]:
    """Every Easy Read text a family can see, as shown (key-word marks removed): titles,
    lines, labels, actions, key words and what they mean, pictures' descriptions, and the
    Easy Read plan's own headings and sentences."""
    found: set[str] = set()
    for part, tree in files.easy_read.items():
        if part in NOT_SHOWN_PARTS:
            continue
        for key, value, _line in walk(tree, key=part):
            shown = key not in NOT_SHOWN and not key.endswith("picture")
            if isinstance(value, str) and value.strip() and shown:
                found.add(plain(value.strip()))
    # A key word that is a name in capitals (SENDIASS, IPSEA) stays English on purpose.
    return {text for text in found if not (text.isupper() and " " not in text)}
