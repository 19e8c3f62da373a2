"""The other names a company name gives itself: a short form in brackets, a name before or after a rename or an
acquisition, and each side of a group and its member. A CV names its employers once, and every name-like phrase of
every letter is compared with them, so each name's other names are worked out once.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ALIAS_IN_BRACKETS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<alias>[^()]+)\)\s*$")


# "Meridian Health – Lakeview Medical Center", "Northshore Health: St. Vincent Campus": a group and its member.
_GROUP_AND_MEMBER = re.compile(r"^(?P<group>[^:–—]+?)\s*(?:\s[–—-]\s|:\s)\s*(?P<member>[^:–—]+)$")


# "(formerly Ashgrove Dairy Ltd)", "(now part of Meridel Foods)", ", acquired by Tollan Group": the names an
# organisation had before or after a rename, merger or acquisition.
_RENAMED = re.compile(
    r"^(?:(?:formerly|previously|originally|now|later|then|ex-?|n[ée]e|renamed(?:\s+(?:from|to|as))?|"
    r"(?:since\s+)?acquired\s+by|(?:now\s+)?(?:part|a\s+division|a\s+subsidiary)\s+of|merged\s+(?:with|into)|"
    r"trading\s+as|t/a|d/b/a|dba|known\s+as)[\s:]+)+",
    re.IGNORECASE,
)
_RENAMED_AFTER_COMMA = re.compile(
    r"^(?P<name>[^,()]+?)\s*(?:,|;|\s[–—-]\s|\s?→\s?)\s*(?P<alias>(?:formerly|previously|now|later|acquired\s+by|"
    r"renamed|part\s+of)\b[^,()]+)$",
    re.IGNORECASE,
)


_WHEN = re.compile(
    r"(?:,?\s+(?:until|till|up\s+to|to|from|since|in|before|after)\s+(?:[A-Za-z]+\.?\s+)?\d{4}|"
    r",?\s+\d{4}\s*[–—-]\s*(?:\d{2,4}|present|now))\s*$",
    re.IGNORECASE,
)
"""When the other name applied: "Ashgrove Dairy until 2021" is the name "Ashgrove Dairy"."""


def names_a_rename(note: str) -> bool:
    """ "formerly Ashgrove Dairy Ltd", "now part of Globex": a note giving the organisation's other name."""
    found = _RENAMED.match(note.strip())
    return found is not None and re.search(r"[A-Z]", note[found.end() :]) is not None


@lru_cache(maxsize=8192)  # the CV's few employers are compared with every name-like phrase of every letter
def names_of(name: str) -> tuple[str, ...]:
    """A name and the other names it gives itself: a short form in brackets ("Pueblo Regional ECC (PRECC)" is also
    "PRECC"), a name before or after a rename or acquisition ("Meridel Dairy (formerly Ashgrove
    Dairy)", "Ashgrove Dairy, now Meridel Foods"), and each side of a group–member name
    ("Meridian Health – Lakeview Medical Center")."""
    bracketed = _ALIAS_IN_BRACKETS.match(name) or _RENAMED_AFTER_COMMA.match(name)
    if bracketed:
        alias = _WHEN.sub("", _RENAMED.sub("", bracketed.group("alias"))).strip(" ,")
        has_letters = re.search(r"[^\W\d_]", alias) is not None  # "(2019)" is a date, not a name
        return (bracketed.group("name").strip(), alias) if has_letters else (bracketed.group("name").strip(),)
    grouped = _GROUP_AND_MEMBER.match(name)
    if grouped and all(len(part.split()) >= 2 for part in grouped.group("group", "member")):
        whole = f"{grouped.group('group')} {grouped.group('member')}"
        return (whole, grouped.group("group"), grouped.group("member"))
    return (name,)
