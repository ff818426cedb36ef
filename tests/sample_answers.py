"""Sample answers the tests share, in the answers contract's form (docs/answers.md).

Each is a situation worth planning. Tests build on them with a copy (``{**REFUSED, ...}``)
and never change them in place: many test files read the same dictionaries.
"""

from __future__ import annotations

from typing import Any

#: The council refused an EHC needs assessment: an appeal, with its deadline.
REFUSED: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
    "local_authority": "worcestershire",
    "decision_date": "2026-10-01",
}

#: What a final plan says, with only the keys the contract requires.
PLAN_CONTENT_BARE: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content"],
}

#: What a final plan says, in an area the content covers, with the decision's date.
PLAN_CONTENT: dict[str, Any] = {
    **PLAN_CONTENT_BARE,
    "local_authority": "worcestershire",
    "decision_date": "2026-10-01",
}

#: The council would not change the plan after a review.
REFUSED_AMEND: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["refused_amend"],
    "local_authority": "shropshire",
    "decision_date": "2026-10-01",
}

#: As ``REFUSED_AMEND``, with the review meeting's date too.
REFUSED_AMEND_AFTER_REVIEW: dict[str, Any] = {**REFUSED_AMEND, "review_meeting_date": "2026-09-01"}

#: The school's SEN support, with no plan and no dates.
SETTING_PROVISION: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "sen_support",
    "disagree_with": ["setting"],
    "issues": ["setting_provision"],
}

#: A young person at college who has been suspended: the school exclusion rules do not apply.
COLLEGE_SUSPENSION: dict[str, Any] = {
    "role": "young_person",
    "setting": "college",
    "stage": "sen_support",
    "disagree_with": ["setting"],
    "issues": ["exclusion"],
    "exclusion_kind": "suspension",
}
