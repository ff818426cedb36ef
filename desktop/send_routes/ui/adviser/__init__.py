"""The adviser's page: saved cases, local contacts and content packs."""
