"""CV lines that are not duties: telling a label from a verb, and restating a measured change as a verb phrase.

A CV line enters a letter as "I <verb phrase>" only when its first word is, with confidence, the verb of a duty.
Words that are both noun and verb open labels as often as duties ("Line 2 OEE 61% -> 74%", "Section 504
coordinator for 210 plans", "Volunteer, Atlanta Food Bank"), and a capitalised gerund may be the first word of a
name ("Feeding America"); such lines are left out rather than forced into a wrong grammar. A result written as a
measure that changed ("Complaints per million units down from 4.8 to 1.9", "Product on hold cut by 62%") is
restated with the verb the line implies ("cut complaints per million units from 4.8 to 1.9"): the figures and the
words stay as written.
"""

from __future__ import annotations

import re

from careervp.vocabulary.lemmas import getAllLemmas

_DEPARTURES = frozenset({"leave", "left", "resign", "resigned", "retire", "retired", "relocate", "relocated"})
"""Why a job ended is context, never a result: "Left in 2013 to attend A&P school"."""


def is_label(word: str, rest: str) -> bool:
    """Whether a line opening with `word` (lower-cased) and going on with `rest` is a label, not a duty.

    - a word, then a comma: a title and its organisation ("Volunteer, Atlanta Community Food Bank");
    - a word that is also a noun, then a figure: a numbered thing ("Line 2 OEE", "Section 504 coordinator");
    - a gerund, then a capitalised word: a name ("Feeding America Eastern Wisconsin");
    - a departure ("Left to attend graduate school").
    """
    if rest.startswith(","):
        return True
    if word in _DEPARTURES:
        return True
    if re.match(r"\s+\d", rest) and "NOUN" in getAllLemmas(word):
        return not _counts_an_object(word, rest)
    return word.endswith("ing") and re.match(r"\s+[A-Z][a-z]", rest) is not None


def _counts_an_object(word: str, rest: str) -> bool:
    """ "Paint 300+ road signs", "Host 40 events a year": a verb in its base form whose object is counted (a figure
    with "+", or people and things in the plural), unlike a numbered thing ("Line 2 OEE", "Section 504 coordinator")."""
    verbs = getAllLemmas(word, upos="VERB").get("VERB", ())
    if not verbs or verbs[0] != word:
        return False
    if re.match(r"\s+[\d,.]+\+\s", rest):
        return True
    counted = re.match(r"\s+[\d,.]+\s+(?:[a-z-]+\s+){0,3}?([a-z]+s|staff|people)\b", rest)
    if counted is None:
        return False
    noun = counted.group(1)
    return noun in ("staff", "people") or getAllLemmas(noun, upos="NOUN").get("NOUN", (noun,))[0] != noun


_SUBJECT = r"(?P<subject>[A-Z][\w/&().,'’ -]{2,80}?)"
_FIGURE = r"[$£€]?\d[\d.,]*(?:\s?(?:%|[a-zA-Z]{1,3}\b))?(?:\s\([^()]{1,12}\))?"
"""A figure, its unit and the period it was measured in: "29% (FY19)"."""
_DOWN_UP = re.compile(
    rf"^{_SUBJECT}\s+(?P<way>down|up|fell|rose|dropped|climbed)\s+from\s+(?P<old>{_FIGURE})\s+to\s+(?P<new>{_FIGURE})"
    r"(?P<rest>.*)$"
)
_ARROW = re.compile(rf"^{_SUBJECT}\s+(?P<old>{_FIGURE})\s*(?:→|->)\s*(?P<new>{_FIGURE})(?P<rest>.*)$")
_PASSIVE_CHANGE = re.compile(
    rf"^{_SUBJECT}\s+(?P<verb>cut|reduced|lowered|halved|increased|raised|improved|doubled)\s+"
    r"(?P<rest>(?:by|from)\s+\S*\d.*)$"
)
_DOWN_UP_BY = re.compile(
    r"^" + _SUBJECT + r"\s+(?P<way>down|up|fell|rose|dropped|climbed)\s+(?:by\s+)?"
    r"(?P<by>[$£€]\d[\d.,]*[kKmM]?|\d[\d.,]*\s?(?:%|pp\b|percent\b|per\s+cent\b))(?P<rest>(?:[\s,;(].*)?)$"
)
"""A measure's change by a share or a sum, its old value unsaid: "Complaints down 30% after the rota change" (never
"Set up 40 payment plans": a count after "up" is what a phrasal verb acts on)."""
_FALLING = frozenset({"down", "fell", "dropped"})


def measured_change(line: str) -> str | None:
    """A result written as a changed measure, as a first-person verb phrase; None for any other line."""
    text = line.strip().rstrip(".")
    found = _DOWN_UP.match(text)
    if found is not None and _is_subject(found.group("subject")):
        verb = "cut" if found.group("way") in _FALLING else "raised"
        return f"{verb} {_subject(found)} from {found.group('old')} to {found.group('new')}{found.group('rest')}"
    found = _ARROW.match(text)
    if found is not None and _is_subject(found.group("subject")):
        old, new = _value(found.group("old")), _value(found.group("new"))
        if old is None or new is None or old == new:
            return None
        verb = "raised" if new > old else "cut"
        return f"{verb} {_subject(found)} from {found.group('old')} to {found.group('new')}{found.group('rest')}"
    found = _DOWN_UP_BY.match(text)
    if found is not None and _is_subject(found.group("subject")) and ";" not in found.group("rest"):
        verb = "cut" if found.group("way") in _FALLING else "raised"
        return f"{verb} {_subject(found)} by {found.group('by')}{found.group('rest')}"
    found = _PASSIVE_CHANGE.match(text)
    if found is not None and _is_subject(found.group("subject")):
        return f"{found.group('verb')} {_subject(found)} {found.group('rest')}"
    return None


def _is_subject(subject: str) -> bool:
    """A measure's name: a few words with no clause of its own (no "; ", no auxiliary or relative word, no verb in
    the past): "Led a crew that was cut by 2" is about a crew, not a measure."""
    words = [w.casefold() for w in subject.split()]
    if not 1 <= len(words) <= 9 or ";" in subject or ":" in subject or _CLAUSE_WORDS & set(words):
        return False
    return not any(w.endswith("ed") and getAllLemmas(w, upos="VERB") for w in words)


_CLAUSE_WORDS = frozenset({"was", "were", "is", "are", "been", "has", "have", "had", "that", "which", "who", "i", "we"})


def _subject(found: re.Match[str]) -> str:
    """The measure's name inside a sentence: its first word in lower case unless it is a name or a numbered label
    ("Line 2 OEE" keeps its capital, "Consumer complaints" does not)."""
    subject = found.group("subject").strip()
    first, _, after = subject.partition(" ")
    if first.isupper() or any(c.isupper() for c in first[1:]) or re.match(r"\d", after):
        return subject
    if not getAllLemmas(first.casefold()):
        return subject  # a word no dictionary knows is a name
    return subject[:1].lower() + subject[1:]


def _value(figure: str) -> float | None:
    digits = re.sub(r"[^\d.]", "", figure.replace(",", ""))
    try:
        return float(digits.strip("."))
    except ValueError:
        return None


_COUNTED_DONE = re.compile(
    r"^(?P<count>~?(?:about |over |nearly )?[$£€]?\d[\d.,]*[KMk+]*%?)\s+"
    r"(?P<things>[a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,3}?)"
    r"\s+(?P<done>[a-z]+ed|built|written|taught|run|won|made|sold|done|held|led|seen)\b(?P<rest>.*)$"
)
_AFTER_DONE = re.compile(r"$|[,(]|\s+(?:in|by|for|at|across|over|from|to|with|during|since|per|a|each|on)\b")
"""What may follow a participle that ends its phrase ("...translated, mostly legal"); a noun after it means the
participle was an adjective ("lbs finished product")."""
_RATE = re.compile(r"\b(?:a|per|each)\s+(?:year|month|week|day|shift|quarter|season)\b|\bannually\b")


def counted_result(part: str) -> str | None:
    """A count of things done, as a verb phrase: "1.2M words translated, mostly legal" -> "translated 1.2M words,
    mostly legal"; a count of work at a rate, as work done: "~1,100 hearings a year" -> "work on ~1,100 hearings a
    year" (`work` is put in the job's tense by the caller's frame). None for anything else."""
    text = part.strip().rstrip(".")
    found = _COUNTED_DONE.match(text)
    if found is not None and getAllLemmas(found.group("done"), upos="VERB") and _AFTER_DONE.match(found.group("rest")):
        return f"{found.group('done')} {found.group('count')} {found.group('things')}{found.group('rest')}"
    if re.match(r"~?(?:about |over )?\d", text) and _RATE.search(text) and not _has_verb_after_count(text):
        return f"work on {text}"
    return None


def _has_verb_after_count(text: str) -> bool:
    return any(w.endswith("ed") and getAllLemmas(w, upos="VERB") for w in re.findall(r"[a-z]+", text))
