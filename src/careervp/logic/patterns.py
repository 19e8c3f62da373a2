"""Patterns built at run time from the texts themselves (a company's name, a posting's term, a CV's code), compiled
once for each distinct source.

`re` keeps only its last 512 patterns, dropping the oldest first. Checking a letter builds dozens from its CV and
posting, so once a process has seen a few pairs every new letter compiled most of its patterns again (a tenth of
the fact check's CPU). Kept here, a pattern is compiled once for as long as its texts stay in use.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, remembered: the same pattern object for the same source and flags."""
    return re.compile(source, flags)
