"""Reading the built content database at run time: content and contact search. No Qt."""
