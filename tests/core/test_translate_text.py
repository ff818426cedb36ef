"""Plan lines are translated whole or not at all: templates are filled with translated
parts, dates in the language's words, and anything untranslated stays English."""

from __future__ import annotations

import datetime as dt

from polish_words import MONTHS_PL
from send_routes.core.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from send_routes.core.language_words import words_from
from send_routes.core.translate_text import Translator, parse_long_date
from send_routes.core.translation import Entry, Language, string_key

WORDS = {
    "weekdays": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "months": list(MONTHS_PL),
    "date": "{weekday}, {day} {month} {year}",
    "forms": {
        "days": {"one": "{n} dzień", "few": "{n} dni", "many": "{n} dni"},
        "days_left": {
            "one": "został {n} dzień",
            "few": "zostały {n} dni",
            "many": "zostało {n} dni",
        },
    },
}
URGENT = "You have {days} left to {action}. The last day is {date}."
PAIRS = {
    URGENT: "Masz jeszcze {days}, aby {action}. Ostatni dzień to {date}.",
    "ask for mediation": "poprosić o mediację",
    "By {date} ({left}): {label}": "Do {date} ({left}): {label}",
    "Last day to ask": "Ostatni dzień na prośbę",
    "passed": "minął",
    "Phone": "Telefon",
}


def language(direction: str = "ltr") -> Language:
    entries = {
        string_key(english): Entry(english, text, "draft", "test", "2026-12-05")
        for english, text in PAIRS.items()
    }
    return Language("pl", "Polski", "Polish", direction, "Latin", words_from("pl", WORDS), entries)


def test_a_filled_sentence_is_translated_from_its_template_with_the_date_in_polish() -> None:
    english = "You have 12 days left to ask for mediation. The last day is Tuesday 1 December 2026."
    assert Translator(language()).translate(english) == (
        "Masz jeszcze 12 dni, aby poprosić o mediację. Ostatni dzień to wtorek, 1 grudnia 2026."
    )


def test_days_left_and_passed_take_the_languages_words() -> None:
    translator = Translator(language())
    by = "By Tuesday 1 December 2026 (3 days left): Last day to ask"
    assert (
        translator.translate(by)
        == "Do wtorek, 1 grudnia 2026 (zostały 3 dni): Ostatni dzień na prośbę"
    )
    passed = "By Tuesday 1 December 2026 (passed): Last day to ask"
    assert (
        translator.translate(passed) == "Do wtorek, 1 grudnia 2026 (minął): Ostatni dzień na prośbę"
    )


def test_a_line_with_an_untranslated_part_stays_english_and_is_noted() -> None:
    translator = Translator(language())
    english = "You have 12 days left to appeal. The last day is Tuesday 1 December 2026."
    assert translator.line(english) is None
    assert translator.missing == [english]


def test_a_right_to_left_language_isolates_dates_and_phone_numbers() -> None:
    translator = Translator(language("rtl"))
    english = "You have 12 days left to ask for mediation. The last day is Tuesday 1 December 2026."
    found = translator.translate(english) or ""
    assert f"{FIRST_STRONG_ISOLATE}wtorek, 1 grudnia 2026{POP_DIRECTIONAL_ISOLATE}" in found
    assert (
        translator.isolate("0370 000 2288")
        == f"{FIRST_STRONG_ISOLATE}0370 000 2288{POP_DIRECTIONAL_ISOLATE}"
    )


def test_an_entry_whose_english_differs_from_its_key_is_never_shown() -> None:
    wrong = Entry("Email", "Telefon", "draft", "test", "2026-12-05")
    lang = Language(
        "pl",
        "Polski",
        "Polish",
        "ltr",
        "Latin",
        words_from("pl", WORDS),
        {string_key("Phone"): wrong},
    )
    assert lang.text("Phone") is None


def test_a_long_english_date_is_read_back_exactly() -> None:
    assert parse_long_date("Tuesday 1 December 2026") == dt.date(2026, 12, 1)
    assert parse_long_date("Tuesday 31 February 2026") is None


def test_sentences_joined_from_two_content_strings_are_translated_one_by_one() -> None:
    pairs = {"This is a guide.": "To wskazówka.", "Send it early.": "Wyślij wcześnie."}
    entries = {string_key(e): Entry(e, t, "draft", "test", "2026-12-05") for e, t in pairs.items()}
    lang = Language("pl", "Polski", "Polish", "ltr", "Latin", words_from("pl", WORDS), entries)
    translator = Translator(lang)
    assert (
        translator.translate("This is a guide. Send it early.") == "To wskazówka. Wyślij wcześnie."
    )
    assert translator.translate("This is a guide. Send it late.") is None


def catalogue(pairs: dict[str, str]) -> Language:
    entries = {string_key(e): Entry(e, t, "draft", "test", "2026-12-05") for e, t in pairs.items()}
    return Language("pl", "Polski", "Polish", "ltr", "Latin", words_from("pl", WORDS), entries)


def test_a_two_sentence_template_is_found_inside_a_longer_joined_line() -> None:
    translator = Translator(
        catalogue(
            {
                "You disagree with {council}. Talk to them.": "Nie zgadzasz się z {council}. "
                "Porozmawiaj z nimi.",
                "your local authority (council)": "twoją radą (council)",
                "Act early.": "Działaj wcześnie.",
            }
        )
    )
    joined = "You disagree with your local authority (council). Talk to them. Act early."
    assert translator.translate(joined) == (
        "Nie zgadzasz się z twoją radą (council). Porozmawiaj z nimi. Działaj wcześnie."
    )


def test_a_councils_own_name_is_kept_as_written_in_a_translated_sentence() -> None:
    translator = Translator(catalogue({"{council} decided.": "{council} zdecydowała."}))
    assert translator.translate("Shropshire Council decided.") == "Shropshire Council zdecydowała."


def test_a_young_persons_you_is_never_put_into_a_your_child_sentence() -> None:
    pairs = {"Ask whether {child} can go back.": "Zapytaj, czy {child} może wrócić."}
    translator = Translator(catalogue({**pairs, "you": "ty", "your child": "twoje dziecko"}))
    assert translator.translate("Ask whether your child can go back.") == (
        "Zapytaj, czy twoje dziecko może wrócić."
    )
    assert translator.translate("Ask whether you can go back.") is None
    own = {"Ask whether you can go back.": "Zapytaj, czy możesz wrócić."}
    assert Translator(catalogue({**pairs, **own})).translate("Ask whether you can go back.") == (
        "Zapytaj, czy możesz wrócić."
    )


def test_an_untranslated_sentence_is_never_kept_as_part_of_a_councils_name() -> None:
    translator = Translator(catalogue({"{council} decided.": "{council} zdecydowała."}))
    assert translator.translate("Nobody knows why. Shropshire Council decided.") is None


def test_a_name_kept_as_given_never_holds_a_sentence_before_it() -> None:
    translator = Translator(catalogue({"{name}'s plan": "Plan: {name}"}))
    assert translator.translate("Sam's plan") == "Plan: Sam"
    assert translator.translate("Nobody knows why. Sam's plan") is None
