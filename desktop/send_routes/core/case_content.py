"""What the content says about an adviser's case file (``db/content/case_file.yaml``).

The kinds of letter a case log holds and the answer each fills, the wording check's rules,
the appeal forms' checklists, the reasons-for-appeal prompts and the working document's key.
Parsed here from the plain JSON the content database keeps, so that ``core`` never reads a
file or a database itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def _texts(values: object) -> tuple[str, ...]:
    return tuple(str(value) for value in values) if isinstance(values, list | tuple) else ()


@dataclass(frozen=True)
class LetterKind:
    """A kind of letter, call or meeting; ``answer`` is the date key its date fills."""

    id: str
    label: str
    means: str
    sources: tuple[str, ...]
    answer: str = ""
    attachment: str = ""


@dataclass(frozen=True)
class LateArrival:
    """How long a gap between a letter's date and its arrival is pointed out, and why."""

    days: int = 7
    text: str = ""
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordingRule:
    """Vague phrases and the question to ask about them."""

    id: str
    phrases: tuple[str, ...]
    question: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class MissingDetail:
    """Words that say who, how often or how long; a provision line needs one of them."""

    id: str
    question: str
    words: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class WordingContent:
    rules: tuple[WordingRule, ...] = ()
    provision_words: tuple[str, ...] = ()
    details: tuple[MissingDetail, ...] = ()


@dataclass(frozen=True)
class Attachment:
    id: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class FormSection:
    number: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class AppealForm:
    """One appeal form: when it is the right one, its sections and attachments."""

    id: str
    title: str
    when: Mapping[str, Any]
    attachments_section: str
    sections: tuple[FormSection, ...]
    attachments: tuple[Attachment, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ReasonSection:
    id: str
    title: str
    hint: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ReasonsContent:
    opening_label: str = ""
    opening_hint: str = ""
    sections: tuple[ReasonSection, ...] = ()
    evidence: tuple[tuple[str, str], ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseFileContent:
    """Everything ``case_file.yaml`` holds, parsed."""

    kinds: tuple[LetterKind, ...] = ()
    late: LateArrival = field(default_factory=LateArrival)
    wording: WordingContent = field(default_factory=WordingContent)
    forms: tuple[AppealForm, ...] = ()
    missing_text: str = ""
    reasons: ReasonsContent = field(default_factory=ReasonsContent)
    working_intro: str = ""
    working_key: tuple[tuple[str, str], ...] = ()
    working_sources: tuple[str, ...] = ()

    def kind(self, kind_id: str) -> LetterKind | None:
        return next((kind for kind in self.kinds if kind.id == kind_id), None)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CaseFileContent:
        late = data.get("late_arrival") or {}
        forms = data.get("appeal_forms") or {}
        working = data.get("working_document") or {}
        return cls(
            kinds=tuple(_kind(item) for item in data.get("letter_kinds") or []),
            late=LateArrival(
                int(late.get("days", 7)), str(late.get("text", "")), _texts(late.get("sources"))
            ),
            wording=_wording(data.get("wording") or {}),
            forms=tuple(_form(form) for form in forms.get("forms") or []),
            missing_text=str(forms.get("missing_text", "")),
            reasons=_reasons(data.get("reasons") or {}),
            working_intro=str(working.get("intro", "")),
            working_key=tuple((str(k["style"]), str(k["text"])) for k in working.get("key") or []),
            working_sources=_texts(working.get("sources")),
        )


def _kind(item: Mapping[str, Any]) -> LetterKind:
    return LetterKind(
        id=str(item["id"]),
        label=str(item["label"]),
        means=str(item.get("means", "")),
        sources=_texts(item.get("sources")),
        answer=str(item.get("answer", "")),
        attachment=str(item.get("attachment", "")),
    )


def _wording(data: Mapping[str, Any]) -> WordingContent:
    rules = tuple(
        WordingRule(
            str(rule["id"]),
            _texts(rule.get("phrases")),
            str(rule["question"]),
            _texts(rule.get("sources")),
        )
        for rule in data.get("rules") or []
    )
    details = tuple(
        MissingDetail(
            key,
            str(data[key]["question"]),
            _texts(data[key].get("words")),
            _texts(data[key].get("sources")),
        )
        for key in ("who", "how_often", "how_long")
        if key in data
    )
    return WordingContent(rules, _texts(data.get("provision_words")), details)


def _form(form: Mapping[str, Any]) -> AppealForm:
    return AppealForm(
        id=str(form["id"]),
        title=str(form["title"]),
        when=dict(form.get("when") or {}),
        attachments_section=str(form.get("attachments_section", "")),
        sections=tuple(
            FormSection(str(s["number"]), str(s["text"]), _texts(s.get("sources")))
            for s in form.get("sections") or []
        ),
        attachments=tuple(
            Attachment(str(a["id"]), str(a["text"]), _texts(a.get("sources")))
            for a in form.get("attachments") or []
        ),
        sources=_texts(form.get("sources")),
    )


def _reasons(data: Mapping[str, Any]) -> ReasonsContent:
    opening = data.get("opening") or {}
    return ReasonsContent(
        opening_label=str(opening.get("label", "")),
        opening_hint=str(opening.get("hint", "")),
        sections=tuple(
            ReasonSection(str(s["id"]), str(s["title"]), str(s["hint"]), _texts(s.get("sources")))
            for s in data.get("sections") or []
        ),
        evidence=tuple((str(e["id"]), str(e["label"])) for e in data.get("evidence") or []),
        sources=_texts(data.get("evidence_sources")),
    )
