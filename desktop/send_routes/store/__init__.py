"""Storage: the read-only content database and its build. Never imports Qt."""
