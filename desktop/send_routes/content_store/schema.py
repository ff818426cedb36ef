"""The content database's schema version: bump it whenever ``db/schema.sql`` changes shape."""

SCHEMA_VERSION = 7
