"""A language is read by a voice of its own language, or not at all."""

from __future__ import annotations

from send_routes.core.voice_choice import language_of, voice_locale

LOCALES = ["en_US", "en_GB", "pl_PL", "ur_PK", "pa_Guru_IN"]


def test_a_language_is_read_in_a_locale_of_that_language() -> None:
    assert voice_locale("pl", LOCALES) == "pl_PL"
    assert voice_locale("ur", LOCALES) == "ur_PK"
    assert voice_locale("pa", LOCALES) == "pa_Guru_IN"


def test_a_language_with_no_voice_has_no_locale_rather_than_an_english_one() -> None:
    assert voice_locale("bn", LOCALES) is None
    assert voice_locale("ar", []) is None


def test_english_keeps_the_current_english_voice_else_prefers_british() -> None:
    assert voice_locale("en", LOCALES, current="en_US") == "en_US"
    assert voice_locale("en", LOCALES, current="pl_PL") == "en_GB"
    assert voice_locale("en", ["en_US"]) == "en_US"


def test_the_language_of_a_locale_is_its_first_part() -> None:
    assert language_of("pa_Guru_IN") == "pa"
    assert language_of("en-GB") == "en"
