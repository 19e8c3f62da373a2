"""fuzz suite (issue 6)."""
