"""The kinds of draft letter, kept apart so the command line can list them cheaply."""

LETTER_IDS = (
    "complaint_setting",
    "complaint_la",
    "explain_decision",
    "request_dr",
    "mediation_adviser",
    "senco_meeting",
    "exclusion_governors",
    "nhs_complaint",
)
