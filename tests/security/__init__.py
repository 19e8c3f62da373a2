"""security suite (issue 6)."""
