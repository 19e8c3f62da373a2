"""Faults: the model and the store failing in every way they can, and what the caller sees."""
