"""faults suite (issue 6)."""
