"""What a CV line says the candidate has not done or does not hold.

CVs are honest about limits: "PAS 9980 awareness (not an assessor)", "accounting coursework, no degree", "Not yet
registered with the board", "tuning only, no full rebuilds so far". The words inside such a clause name exactly what
the candidate lacks, so they must not count as evidence for a requirement that asks for it. The clause runs from
the negating word to the next punctuation mark.
"""

from __future__ import annotations

import re

_NEGATED_CLAUSE = re.compile(
    r"\b(?:not(?!\s+only\b)|never|no(?![.\s]*\d)(?!\s+(?:more|less|later|fewer)\s+than\b)|without|neither|nor)\b"
    r"[^.;:,()|·•—–\n]*",
    re.IGNORECASE,
)
"""A negating word and the rest of its clause. Not "No. 0418" (a number), "no more than 3 errors" (a limit met),
or "not only ... but" (an addition)."""


def affirmed(text: str) -> str:
    """`text` without its negated clauses: "IOSH Working Safely (not Managing Safely)" -> "IOSH Working Safely ( )"."""
    return _NEGATED_CLAUSE.sub(" ", text)
