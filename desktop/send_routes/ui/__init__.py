"""The Qt Widgets user interface: thin pages that show core results and collect answers."""
