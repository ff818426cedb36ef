"""The one sentence every screen, document and letter carries."""

NOT_LEGAL_ADVICE = "This is information, not legal advice."
