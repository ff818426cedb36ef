"""The window: its pages, navigation, menus, look, and the watches that hide and clear."""
