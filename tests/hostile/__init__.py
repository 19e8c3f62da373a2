"""hostile suite (issue 6)."""
