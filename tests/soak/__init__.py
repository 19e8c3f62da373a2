"""soak suite (issue 6)."""
