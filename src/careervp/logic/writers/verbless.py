"""CV lines written without a verb, said with the verb what they name takes.

CVs state results in notes: a count of work at a rate ("Around 70 pallet moves per 8-hour shift", "~600 bagels/night",
"Average 12-15 calls a shift"), or a run without an incident ("400 days without a lost-time injury"). Each becomes a
verb phrase after "I" with a verb chosen by what the line counts: a run of work is handled when its noun names an act
("moves", "calls", "inspections") and worked on when it names a thing ("bagels", "pasties"); a span is gone without
something. The figures and the words stay as the CV writes them; only shorthand is spelt out. (A measure and its
value, "Rework rate 1.8%", is said as a clause of its own: `line_sentences.stated_measure`.)
"""

from __future__ import annotations

import re

from careervp.logic.numbers import parse_number
from careervp.logic.writers.grammar import past
from careervp.vocabulary.lemmas import getAllLemmas

_ABOUT = (
    r"(?P<about>~\s?|(?:about|around|approx\.?|approximately|roughly|some|over|more\s+than|nearly|almost|up\s+to|"
    r"average|avg\.?|an\s+average\s+of|on\s+average)\s+)?"
)
_COUNT = r"(?P<count>\d[\d,.]*(?:\s?[–-]\s?\d[\d,.]*)?\+?)"
_PERIOD = r"(?:night|day|shift|week|wk|month|year|yr|season|hour|hr|session|term|cycle|visit)"
_RATED = re.compile(
    rf"^{_ABOUT}{_COUNT}\s+(?P<things>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){{0,2}}?)"
    rf"(?P<rate>\s?/\s?{_PERIOD}s?\b|\s+(?:a|per|each)\s+(?:[\w-]+\s+)?{_PERIOD}\b)(?P<rest>.*)$",
    re.IGNORECASE,
)
"""A count of things at a rate: "around 70 moves per 8-hour shift", "30-40 repairs/wk"."""
_GOES_ON = re.compile(r"\s+(?:on|in|for|across|at|from|to|with|during|over|under|covering|including|by)\b|\s*\(")
"""What may follow a count's rate: a phrase that says where or for whom ("... a shift on a 24/7 rota")."""
_SHORT_PERIOD = {"wk": "week", "yr": "year", "hr": "hour"}
_AVERAGE = re.compile(r"^(?:average|avg\.?|on\s+average)\s+$", re.IGNORECASE)


def rated_work(line: str, *, ongoing: bool) -> str | None:
    """ "Around 70 pallet moves per 8-hour shift" -> "handled around 70 pallet moves per 8-hour shift"; "~600
    bagels/night" -> "worked on about 600 bagels a night"; None for a line that is not a count of work at a rate."""
    text = line.strip().rstrip(".")
    found = _RATED.match(text)
    if found is None or not _plural_noun(_head(found.group("things"))):
        return None
    if any(not getAllLemmas(part.casefold()) for word in found.group("things").split() for part in word.split("-")):
        return None  # "pts", "outpt": shorthand a reader would have to decode
    about = found.group("about") or ""
    if _AVERAGE.match(about):
        about = "an average of "
    elif about.startswith("~"):
        about = "about "
    rate = found.group("rate").strip()
    if rate.startswith("/"):
        period = rate.strip("/ ").casefold().rstrip("s")
        rate = f"a {_SHORT_PERIOD.get(period, period)}"
    rest = found.group("rest")
    if rest and not _GOES_ON.match(rest):
        return None  # "~600 bagels/night, proofing + retarder": a further note, not the count's own phrase
    verb = "handle" if _names_an_act(_head(found.group("things"))) else "work on"
    if not ongoing:
        verb = "worked on" if verb == "work on" else past(verb)
    return f"{verb} {about.casefold()}{found.group('count')} {found.group('things')} {rate}{rest}"


def _head(things: str) -> str:
    """The noun that heads what is counted: its last word, or that word's last part ("call-outs" -> "outs")."""
    return things.split()[-1].split("-")[-1]


def _plural_noun(word: str) -> bool:
    nouns = getAllLemmas(word.casefold(), upos="NOUN").get("NOUN", ())
    return bool(nouns) and nouns[0] != word.casefold()


def _names_an_act(plural: str) -> bool:
    """A plural noun whose singular is also a verb names an act ("moves", "lifts", "calls", "visits"); one that is
    no verb names a thing made or looked after ("bagels", "pasties")."""
    singular = getAllLemmas(plural.casefold(), upos="NOUN").get("NOUN", ("",))[0]
    return bool(getAllLemmas(singular, upos="VERB").get("VERB")) or _ACT_ENDING.search(singular) is not None


_ACT_ENDING = re.compile(r"(?:tion|sion|ment|ance|ence|ing|al|ery)$")
"""Nouns made from verbs name acts too: "inspections", "assessments", "referrals", "deliveries"."""


_WITHOUT = re.compile(
    r"^(?P<span>\d[\d,]*\+?|[a-z]+)\s+(?P<kind>(?:consecutive\s+)?(?:days|weeks|months|years|shifts|seasons))\s+"
    r"(?P<rest>(?:without|with\s+no)\s+\S.*)$",
    re.IGNORECASE,
)


def span_without(line: str) -> str | None:
    """ "19 consecutive months without a lost-time injury" -> "went 19 consecutive months without a lost-time
    injury": a run of time with no incident, gone through by the candidate (the verb is the same in either tense)."""
    found = _WITHOUT.match(line.strip().rstrip("."))
    if found is None or parse_number(found.group("span")) is None:  # "nineteen months", "400 days"
        return None
    span = found.group("span") if found.group("span")[0].isdigit() else found.group("span").casefold()
    return f"went {span} {found.group('kind')} {found.group('rest')}"
