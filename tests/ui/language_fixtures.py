"""Small test catalogues for Urdu and Arabic (right to left) while the real ones are being
written: a few of the window's words and of the content's, so a walk can check that the
window shows the catalogue's words where it has them and English where it has none.

They are test fixtures, not translations the app ships: db/content/translations/ holds those.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from send_routes.content_store.language_rows import LanguageChoice
from send_routes.core.language_words import words_from
from send_routes.core.translation import DRAFT_NOTICE, Entry, Language, string_key

URDU = LanguageChoice("ur", "اردو", "Urdu", "rtl")
ARABIC = LanguageChoice("ar", "العربية", "Arabic", "rtl")

WORDS: dict[str, dict[str, str]] = {
    "ur": {
        "Start": "شروع کریں",
        "Language": "زبان",
        "Back": "واپس",
        "Continue": "جاری رکھیں",
        "Check your answers": "اپنے جوابات چیک کریں",
        "Your plan": "آپ کا منصوبہ",
        "YOUR PLAN": "آپ کا منصوبہ",
        "Finish and clear": "ختم کریں اور صاف کریں",
        "Find a contact": "رابطہ تلاش کریں",
        "Glossary": "اصطلاحات",
        "Who is using this app?": "یہ ایپ کون استعمال کر رہا ہے؟",
        "I am a parent or carer": "میں والدین یا دیکھ بھال کرنے والا ہوں",
        DRAFT_NOTICE: (
            "اس ترجمے کی ابھی کسی مستند مترجم نے جانچ نہیں کی۔ "
            "انگریزی اس کے ساتھ ہے؛ انگریزی ہی معتبر ہے۔"
        ),
    },
    "ar": {
        "Start": "ابدأ",
        "Language": "اللغة",
        "Back": "رجوع",
        "Continue": "متابعة",
        "Check your answers": "تحقق من إجاباتك",
        "Your plan": "خطتك",
        "YOUR PLAN": "خطتك",
        "Finish and clear": "إنهاء ومسح",
        "Find a contact": "ابحث عن جهة اتصال",
        "Glossary": "مسرد المصطلحات",
        "Who is using this app?": "من يستخدم هذا التطبيق؟",
        "I am a parent or carer": "أنا أحد الوالدين أو مقدم رعاية",
        DRAFT_NOTICE: (
            "لم يراجع مترجم مؤهل هذه الترجمة بعد. "
            "النص الإنجليزي بجانبها، والنص الإنجليزي هو المعتمد."
        ),
    },
}


def fixture_language(choice: LanguageChoice, words: Mapping[str, str] | None = None) -> Language:
    """``choice`` with a catalogue of ``words`` (English to translation), all drafts."""
    chosen = WORDS[choice.code] if words is None else words
    entries = {
        string_key(english): Entry(english, text, "draft", "test fixture", "2026-12-05")
        for english, text in chosen.items()
    }
    return Language(
        code=choice.code,
        name=choice.name,
        english_name=choice.english_name,
        direction=choice.direction,
        script="Arabic",
        words=words_from(choice.code, {}),
        entries=entries,
    )


def languages_with_fixtures(
    real: Callable[[str], Language | None],
) -> Callable[[str], Language | None]:
    """The content's own languages, and the fixtures for Urdu and Arabic."""
    fixtures = {choice.code: fixture_language(choice) for choice in (URDU, ARABIC)}
    return lambda code: fixtures.get(code) or real(code)
