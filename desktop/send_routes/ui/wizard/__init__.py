"""The questions a family answers, one page at a time, and Check your answers."""
