"""One CV line as the letter's sentences: every reading the writer is sure of, tried in turn.

A line that opens with a verb becomes "I <verb phrase>."; one that states a change in its own clause stands as it is;
a measure and its value ("Rework rate 1.8% in 2024") is said as where the measure stood; a note of work with a
figure is said as what the work included; a team's size ("Crew of 4") as the team worked in. A line of several
short sentences ("Pastry section, nights. About 900 pastries a night. Team of 4.") is read sentence by sentence, and
the ones that read are said in order; the rest of the line is left out rather than forced into a frame.
"""

from __future__ import annotations

import re

from careervp.logic.numbers import parse_number
from careervp.logic.writers.fragments import measured_change
from careervp.logic.writers.notes import work_note
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.realise import clause_vp, misread_as_verb, opening_verb, reported_result, with_about
from careervp.logic.writers.verbless import rated_work, span_without
from careervp.vocabulary.lemmas import getAllLemmas

FEWEST_WORDS = 3
"""Words in a result's verb phrase: "was a volunteer" says nothing to cite."""


def line_sentence(text: str, vp: str | None, *, ongoing: bool, in_job: bool) -> str | None:
    """The sentence citing a CV line whose checked verb phrase is `vp` (None when it opens with no verb), or None
    when no reading of it is certain. Only a job's own lines are read as notes: outside a job, a note has nothing
    to be the work of."""
    vp = vp or clause_vp(text, ongoing=ongoing) or team_worked_in(text, ongoing=ongoing)
    if vp and len(vp.split()) >= FEWEST_WORDS:
        return with_about(f"I {vp}.")
    if not in_job:
        return None
    plain = with_about(text)
    return (
        (_sentence_by_sentence(text, ongoing=ongoing) if len(_sentences(text)) > 1 else None)
        or reported_result(plain)
        or stated_measure(plain)
        or work_note(plain, ongoing=ongoing)
    )


def _sentence_by_sentence(text: str, *, ongoing: bool) -> str | None:
    """A line of several sentences, each read on its own; None when none of them reads."""
    parts = _sentences(text)
    if len(parts) < 2:
        return None
    said = []
    for part in parts:
        vp = verb_phrase(part, ongoing=ongoing, in_job=True) if opening_verb(part) is not None else None
        if vp is not None and misread_as_verb(part, vp):
            vp = None
        # A part that opens with no verb is a note ("Nights.", "Team of 4."), never a duty to be "responsible for".
        vp = vp or rated_work(part, ongoing=ongoing) or span_without(part) or measured_change(part)
        sentence = line_sentence(part, vp, ongoing=ongoing, in_job=True)
        if sentence is not None:
            said.append(sentence)
    return " ".join(said) or None


_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z0-9~$£€])")
"""Where a CV line's sentence may end: a full stop after a word or figure, then a capital or a figure ("Nights. 900
pastries a night. Team of 4.")."""
_ABBREVIATION = re.compile(
    r"\b(?:approx|c|ca|incl|no|nos|vs|e\.g|i\.e|etc|st|dr|mr|mrs|ms|p\.a|a\.m|p\.m|pa|inc|ltd|co)\.$", re.IGNORECASE
)


def _sentences(text: str) -> list[str]:
    """A CV line's sentences; a full stop after an abbreviation ("Approx. 900 pasties") ends none."""
    parts: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if parts and _ABBREVIATION.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        elif piece.strip():
            parts.append(piece)
    return parts


_TEAM = re.compile(
    r"^(?:in\s+)?(?:an?\s+)?(?P<group>team|crew|brigade|squad|gang)\s+of\s+(?P<size>\d+|[a-z]+)\b(?P<rest>[^;:]*)$",
    re.IGNORECASE,
)


_TEAM_GOES_ON = re.compile(
    r"$|\s+(?:[a-z-]+\s+){0,3}?(?:on|in|at|for|across|during|under|with|and)\b[^,;]*$|\s+[a-z-]+(?:\s+[a-z-]+)?$"
)
"""What may follow a team's size: who was in it or where ("of 7 fitters and 2 apprentices on nights"), never a
further note after a comma ("Crew of 8, 12-hour shifts")."""


def team_worked_in(text: str, *, ongoing: bool) -> str | None:
    """ "Crew of 4" -> "work in a crew of 4": the size of the team a job was done in. Whether the candidate led it
    the line does not say, so the letter does not either."""
    found = _TEAM.match(text.strip().rstrip("."))
    if found is None or parse_number(found.group("size")) is None or not _TEAM_GOES_ON.match(found.group("rest")):
        return None
    verb = "work" if ongoing else "worked"
    return f"{verb} in a {found.group('group').casefold()} of {found.group('size')}{found.group('rest')}"


_MEASURE = re.compile(
    r"^(?P<name>[A-Za-z][A-Za-z&' -]{0,48}?[A-Za-z])\s*:?\s+"
    r"(?P<value>[$£€]\d[\d.,]*\s?[kKmM]?\b|\d[\d.,]*\s?%)"
    r"(?P<rest>(?:\s*[,(]|\s+(?:in|on|across|for|at|over|against|during|from|to|between|by|up|down|ahead|with)\b).*|)$"
)
"""A measure's name, then its value as a share or a sum, then a phrase that says when, where or against what:
"Gross margin 64%", "Rework rate: 1.8% in 2024" (never "Largest job: £90k extension in Leeds", a value that
describes a thing)."""


def stated_measure(text: str) -> str | None:
    """ "Rework rate 1.8% in 2024" -> "The rework rate stood at 1.8% in 2024."; None for anything else. The name
    must be a noun phrase of known words or initials ("GP", "NPS"), so a name of a thing or a clause never reads
    as a measure."""
    found = _MEASURE.match(text.strip().rstrip("."))
    rest = found.group("rest") if found else ""
    if found is None or rest.count("(") != rest.count(")") or ";" in rest or re.search(r"\s[—–-]\s", rest):
        return None
    words = found.group("name").split()
    if len(words) > _MOST_NAME_WORDS or not all(_known(w) for w in words) or not _heads_a_measure(words[-1]):
        return None
    name = found.group("name")
    if not name.isupper() and not words[0][1:].isupper():  # "The rework rate"; initials stand alone ("GP")
        name = f"The {name[:1].lower()}{name[1:]}"
    return f"{name} stood at {found.group('value')}{found.group('rest')}."


_MOST_NAME_WORDS = 6


def _known(word: str) -> bool:
    return word.isupper() or bool(getAllLemmas(word.casefold().strip("'")))


def _heads_a_measure(word: str) -> bool:
    """The last word of a measure's name is a noun or initials: "rate", "margin", "score", "GP"; not "on", "led"."""
    return word.isupper() or "NOUN" in getAllLemmas(word.casefold())
