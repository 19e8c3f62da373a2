"""Pydantic models: the API contract, CV, job posting, evidence map, letter. Pure data, no I/O."""
