"""CV lines written without a verb, said with the verb what they name takes.

CVs state results in notes: a count of work at a rate ("Around 70 pallet moves per 8-hour shift", "~600 bagels/night",
"Average 12-15 calls a shift"), or a run without an incident ("400 days without a lost-time injury"). Each becomes a
verb phrase after "I" with a verb chosen by what the line counts: a run of work is handled when its noun names an act
("moves", "calls", "inspections"), looked after when it names people served ("patients", "guests") and worked on
when it names a thing ("bagels", "pasties"); a span is gone without
something. The figures and the words stay as the CV writes them; only shorthand is spelt out. (A measure and its
value, "Rework rate 1.8%", is said as a clause of its own: `line_sentences.stated_measure`.)
"""

from __future__ import annotations

import re

from careervp.logic.numbers import parse_number
from careervp.logic.writers.fragments import counted_result, measured_change
from careervp.logic.writers.grammar import past
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.people import SERVED_PEOPLE


def result_phrase(text: str, *, ongoing: bool) -> str | None:
    """A line that opens with a measure or a count rather than a verb, as a verb phrase (one part: a line of parts
    is a series): a measure's change, a count of work at a rate, a count done, a run without an incident."""
    if ";" in text:
        return None
    phrase = measured_change(text) or rated_work(text, ongoing=ongoing) or counted_result(text) or span_without(text)
    phrase = phrase or share_achieved(text) or zero_result(text) or average_reached(text)
    if phrase is None or not phrase.startswith("work on "):
        return phrase
    verb = work_verb(text, ongoing=ongoing)  # "12 guests, six days a week": the verb what it counts takes
    return f"{verb} {phrase.removeprefix('work on ')}" if verb else None


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
    head = _head(found.group("things"))
    verb = _verb_for(head, ongoing=ongoing)
    if not verb:
        return None  # "12 tonnes a day": a measure of the work, not work counted
    return f"{verb} {about.casefold()}{found.group('count')} {found.group('things')} {rate}{rest}"


def work_verb(counted: str, *, ongoing: bool) -> str:
    """The verb for a count of work whose rate is said further on ("12 guests, six days a week"): by the noun after
    the count, as `rated_work` chooses it ("" for a measure such as tonnes, which no verb here fits)."""
    found = re.match(r"\W*[\d,.+–-]+\s+(?:[a-z'-]+\s+){0,2}?([a-z'-]+s)\b", counted)
    return _verb_for(found.group(1) if found else "", ongoing=ongoing)


def _verb_for(head: str, *, ongoing: bool) -> str:
    """A distance is covered, people served are looked after, an act is handled, a thing is worked on."""
    singular = _singular(head) if head else ""
    if singular in _UNITS - _DISTANCES - _TIMES:
        return ""
    if singular in _DISTANCES | _TIMES:
        verb = "cover" if singular in _DISTANCES else "work"  # "covered 900 miles a week", "work 40 hours a week"
    elif singular in SERVED_PEOPLE:
        verb = "look after"
    else:
        verb = "handle" if head and _names_an_act(head) else "work on"
    if ongoing:
        return verb
    return verb.replace("look", "looked").replace("work", "worked") if " " in verb else past(verb)


def _head(things: str) -> str:
    """The noun that heads what is counted: its last word, or that word's last part ("call-outs" -> "outs")."""
    return things.split()[-1].split("-")[-1]


def _plural_noun(word: str) -> bool:
    nouns = getAllLemmas(word.casefold(), upos="NOUN").get("NOUN", ())
    return bool(nouns) and nouns[0] != word.casefold()


def _singular(plural: str) -> str:
    return getAllLemmas(plural.casefold(), upos="NOUN").get("NOUN", ("",))[0]


_DISTANCES = frozenset({"mile", "kilometre", "kilometer", "km"})
_TIMES = frozenset({"hour", "minute", "day", "week", "month", "year"})
_UNITS = _DISTANCES | {"hour", "minute", "day", "week", "month", "year", "tonne", "ton", "litre", "liter", "gallon",
                       "metre", "meter", "foot", "acre", "hectare", "kilo", "kilogram", "pound"}  # fmt: skip
"""Units a CV measures work in: a count of them is how much work, never a piece of it; a distance is covered."""


def _names_an_act(plural: str) -> bool:
    """A plural noun whose singular is also a verb names an act ("moves", "lifts", "calls", "visits"); one that is
    no verb names a thing made or looked after ("bagels", "pasties")."""
    singular = _singular(plural)
    return bool(getAllLemmas(singular, upos="VERB").get("VERB")) or _ACT_ENDING.search(singular) is not None


_ACT_ENDING = re.compile(r"(?:tion|sion|ment|ance|ence|ing|al|ery|ure)$")
"""Nouns made from verbs name acts too: "inspections", "assessments", "referrals", "deliveries", "closures"."""


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


_SHARE_FIRST = re.compile(
    r"^(?P<share>\d[\d.,]*\s?%)\s+(?P<measure>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)(?P<rest>(?:\s+(?:on|in|across|for|over|at|from|against|during)\b.*|\s*[,(].*)?)$"
)
_COUNTED_MEASURES = frozenset(
    {"rate", "score", "ratio", "margin", "yield", "share", "level", "result", "record", "pass"}
)
"""Measures counted as one ("a 62% win rate"); the rest are amounts ("98% on-time delivery")."""


def share_achieved(line: str) -> str | None:
    """ "94% first-time pass on weld tests" -> "achieved a 94% first-time pass on weld tests": a result stated as a
    share of what was done, achieved by the candidate."""
    found = _SHARE_FIRST.match(line.strip().rstrip("."))
    if found is None or found.group("rest").count("(") != found.group("rest").count(")"):
        return None
    words = found.group("measure").split()
    if not all(getAllLemmas(w.casefold()) or "-" in w for w in words) or "NOUN" not in getAllLemmas(words[-1]):
        return None
    counted = _singular(words[-1]) == words[-1] and words[-1] in _COUNTED_MEASURES
    share = found.group("share")
    return f"achieved {'a ' if counted else ''}{share} {found.group('measure')}{found.group('rest')}"


_ZERO = re.compile(r"^(?:0|zero|no|nil)\s+(?=[a-z])", re.IGNORECASE)


def zero_result(line: str) -> str | None:
    """ "0 cargo claims, 0 late loads" -> "had no cargo claims and no late loads": a record with nothing against it,
    each part said with "no" (a list whose parts do not all open with a zero is another shape)."""
    parts = [p.strip() for p in re.split(r",\s+|\s+and\s+", line.strip().rstrip(".")) if p.strip()]
    if not parts or len(parts) > _MOST_ZEROS or not all(_ZERO.match(p) for p in parts):
        return None
    said = [f"no {_ZERO.sub('', p)}" for p in parts]
    if any(re.search(r"[:;|]|\s[–—-]\s", p) for p in said):
        return None  # a label or a title inside a part: more than a plain record
    verb = "have had" if re.search(r"\bsince\b", line, re.IGNORECASE) else "had"  # "no claims since 2020"
    return f"{verb} " + (said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1])


_MOST_ZEROS = 3
_AVERAGE_OF = re.compile(
    r"^(?:average|avg\.?|mean)\s+(?P<measure>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+of\s+(?P<value>[$£€]?\d[\d.,]*%?)(?P<rest>(?:[\s,(].*)?)$",
    re.IGNORECASE,
)


def average_reached(line: str) -> str | None:
    """ "Average audit score of 96 on spot checks" -> "kept an average audit score of 96 on spot checks" (the verb
    is not "averaged": a CV line's noun made into its verb reads as a misread line)."""
    found = _AVERAGE_OF.match(line.strip().rstrip("."))
    if found is None or found.group("rest").count("(") != found.group("rest").count(")"):
        return None
    measure = found.group("measure")
    if not measure.split()[-1].isalpha() or "NOUN" not in getAllLemmas(measure.split()[-1].casefold()):
        return None
    if measure[:1].isupper() and not measure.split()[0].isupper():
        measure = measure[:1].lower() + measure[1:]
    return f"kept an average {measure} of {found.group('value')}{found.group('rest')}"
