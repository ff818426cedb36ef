"""Below the pages: the session, shared widgets, the look, and the dialog helpers."""
