"""File helpers every layer may use (atomic writes). Imports nothing else of the app."""
