"""The user's own data: user database, encrypted cases, local contacts and their CSV. No Qt."""
