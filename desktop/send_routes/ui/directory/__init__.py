"""Find a contact: the directory page, its results and a contact's details."""
