"""The answers contract's vocabulary (version 3): keys, values and the plan's ids.

Written as code, not content, because the window, the command line, saved cases and
scenario files all depend on it staying exactly as ``docs/answers.md`` says.
"""

from __future__ import annotations

ROLES = ("parent_carer", "young_person", "adviser")
SETTINGS = ("early_years", "school", "college", "none", "not_sure")
STAGES = (
    "sen_support",
    "assessment_requested",
    "assessment",
    "draft_plan",
    "plan",
    "review",
    "not_sure",
)
DISAGREE_WITH = ("setting", "local_authority", "health", "social_care")
ISSUES = (
    "setting_provision",
    "setting_duties",
    "exclusion",
    "refused_assessment",
    "refused_plan",
    "plan_content",
    "placement",
    "health_care",
    "social_care",
    "refused_amend",
    "cease_plan",
    "la_duties",
    "discrimination",
    "not_sure",
)
TRIED = (
    "talked_to_setting",
    "talked_to_la",
    "sendiass",
    "disagreement_resolution",
    "mediation",
    "complaint",
    "appeal",
    "exclusion_review",
    "health_complaint",
    "ombudsman",
)
AGE_BANDS = ("under_16", "16_to_25")
SCHOOL_TYPES = ("maintained", "academy", "independent", "not_sure", "private_nursery")
EXCLUSION_KINDS = ("permanent", "suspension")
PHASE_TRANSFERS = ("none", "to_school", "to_post16")

#: The areas version 1 named. Version 2 accepts any area; the content says which it covers.
KNOWN_AREAS = ("worcestershire", "leicester", "shropshire", "dudley")
DATE_KEYS = (
    "decision_date",
    "certificate_date",
    "request_date",
    "review_meeting_date",
    "discrimination_date",
    "draft_plan_date",
    "amendments_date",
    "reassessment_request_date",
    "exclusion_date",
    "governors_decision_date",
)
#: Whole-number keys and the range each accepts.
INTEGER_KEYS: dict[str, tuple[int, int]] = {
    "suspension_days": (1, 45),
    "transfer_year": (2000, 2100),
}

ROUTE_IDS = (
    "talk_to_setting",
    "talk_to_la",
    "sendiass",
    "informal_resolution",
    "disagreement_resolution",
    "mediation",
    "tribunal_appeal",
    "complaint_setting",
    "complaint_la",
    "ombudsman",
    "exclusion_review",
    "health_complaint",
    "discrimination_claim",
    "complaint_dfe",
    "health_ombudsman",
    "social_care_complaint",
)
DEADLINE_IDS = (
    "appeal",
    "assessment_decision",
    "final_plan",
    "review_decision",
    "mediation_adviser",
    "discrimination_claim",
    "draft_plan_comments",
    "amendment_comments",
    "amended_plan",
    "reassessment_decision",
    "phase_transfer",
    "governors_consider",
    "irp_request",
)
#: Deadlines the family must meet themselves: only these can make a plan urgent.
MUST_MEET = (
    "mediation_adviser",
    "appeal",
    "discrimination_claim",
    "draft_plan_comments",
    "amendment_comments",
    "irp_request",
)
NOTE_IDS = (
    "dr_voluntary",
    "dr_free",
    "dr_no_effect_on_appeal",
    "routes_can_combine",
    "mediation_before_appeal",
    "mediation_not_needed_placement_only",
    "la_must_attend_mediation",
    "young_person_decides",
    "discrimination_no_holiday_extension",
    "irp_cannot_reinstate",
    "reforms_not_law",
    "appeal_attachments",
)

#: Allowed values of each single-choice key.
CHOICES: dict[str, tuple[str, ...]] = {
    "role": ROLES,
    "setting": SETTINGS,
    "stage": STAGES,
    "age_band": AGE_BANDS,
    "school_type": SCHOOL_TYPES,
    "exclusion_kind": EXCLUSION_KINDS,
    "phase_transfer": PHASE_TRANSFERS,
}
#: Allowed values of each list key, and whether the list may be empty.
LISTS: dict[str, tuple[tuple[str, ...], bool]] = {
    "disagree_with": (DISAGREE_WITH, False),
    "issues": (ISSUES, False),
    "tried": (TRIED, True),
}
REQUIRED = ("role", "setting", "stage", "disagree_with", "issues")
#: The keys version 1 had; the wizard must ask each of them.
V1_KEYS = (*REQUIRED, "tried", "local_authority", *DATE_KEYS[:4])
ALL_KEYS = (*CHOICES, *LISTS, "local_authority", *DATE_KEYS, *INTEGER_KEYS)


def vocabulary() -> dict[str, tuple[str, ...]]:
    """Every key the contract knows, with its allowed values (empty for text, dates, numbers)."""
    vocab: dict[str, tuple[str, ...]] = dict(CHOICES)
    vocab.update({key: values for key, (values, _) in LISTS.items()})
    vocab["local_authority"] = (*KNOWN_AREAS, "other")
    vocab.update({key: () for key in (*DATE_KEYS, *INTEGER_KEYS)})
    return vocab


def keys_in_words() -> str:
    """Every key in one short line: the dates, which all end in ``_date``, named once.

    An unknown key's refusal lists them, and must stay one line a person can read.
    """
    others = ", ".join(key for key in ALL_KEYS if key not in DATE_KEYS)
    dates = ", ".join(key.removesuffix("_date") for key in DATE_KEYS)
    return f"{others}, and the dates {dates} (each + _date)"
