"""The plan page, its letters, and saving or printing it."""
