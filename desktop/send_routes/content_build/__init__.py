"""Building the content database from db/content/: read the files, check them, build. No Qt."""
