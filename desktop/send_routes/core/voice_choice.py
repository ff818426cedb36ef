"""Which of the computer's voices reads a language: a voice for that language, or none.

Reading Urdu words with an English voice says nothing a family can follow, so a language
with no voice of its own is not read at all (the window says so and what would help).
Locale names are as Qt gives them: ``en_GB``, ``ur_PK``, ``pa_Guru_IN``.
"""

from __future__ import annotations

from collections.abc import Sequence


def language_of(locale: str) -> str:
    """The language part of a locale name: ``pa`` for ``pa_Guru_IN``."""
    return locale.replace("-", "_").split("_")[0].casefold()


def voice_locale(code: str, locales: Sequence[str], current: str = "") -> str | None:
    """The locale to read the language ``code`` in, from the ``locales`` the computer has
    voices for: the ``current`` one if it is that language, else the British one (the
    family's letters are from England), else the first; None when there is none."""
    wanted = code.casefold()
    matching = [locale for locale in locales if language_of(locale) == wanted]
    if current and language_of(current) == wanted:
        return current
    british = [locale for locale in matching if locale.replace("-", "_").endswith("_GB")]
    found = british or matching
    return found[0] if found else None
