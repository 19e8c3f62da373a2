"""Reader errors: messages written for the person who uploaded the file, not for a developer."""

from __future__ import annotations


class CVReadError(ValueError):
    """The CV file cannot be turned into a CV (empty, unreadable, or no recognisable work experience)."""


class PostingReadError(ValueError):
    """The job posting cannot be read (empty, or the company / job title is missing and was not given)."""
