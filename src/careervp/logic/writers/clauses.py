"""Which CV lines may enter a letter as "I ...", and in what shape.

A line enters as a first-person clause only when it reads as one: a verb phrase whose head is a verb ("Led three
dry-dockings" -> "I led three dry-dockings"), or a role written as a noun phrase ("Damage-control and fire-fighting
team leader", "Preceptor for 22 dietetic interns since 2016"), which becomes "I was a ...", "I am a ..." or "I have
been a ...". Everything else (a label, a licence, a list of notes) stays out of the letter rather than being forced
into a frame that makes it read "I damage-controlled and fire-fighting team leader".
"""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.logic.text import split_sentences, word_set
from careervp.logic.writers.grammar import base_form
from careervp.logic.writers.labels import DETERMINERS as _DETERMINERS
from careervp.logic.writers.labels import names_a_held_thing
from careervp.logic.writers.realise import opening_verb
from careervp.logic.writers.shapes import NOUN_SLOT, fits
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.people import is_person_noun

_ROLE_OPENERS = word_set("volunteer trainee assistant deputy acting senior junior chief honorary")
"""Words that open a role whatever its head noun: "Volunteer archive guide", "Deputy harbour master"."""
_SEGMENT_END = re.compile(r"\s*(?:[,;:(·|]|\s[—–-]\s|\b(?:for|of|in|at|on|with|since|to|across|during|from)\b)")
_AUXILIARIES = frozenset({"am", "was", "have", "had", "is"})
_NAME_AFTER = re.compile(r"^(?:,|\s[—–]\s)\s*([A-Z][\w&.'’ -]*?)\s*(?:$|[,·|(]|\s[—–]\s)")


def role_clause(line: str, *, ongoing: bool) -> str | None:
    """A role written as a noun phrase, as a first-person verb phrase without the "I": "Venue technician, Edinburgh
    Festival Fringe · Aug 2013" -> "was a venue technician at Edinburgh Festival Fringe"; "Preceptor for 22 dietetic
    interns since 2016" (a current job) -> "have been a preceptor for 22 dietetic interns since 2016". None when the
    line's first phrase does not end on a role noun, or holds an article or a figure (then it is about something
    done, "Led a team of 12", or counted)."""
    text = line.strip().rstrip(".")
    if not text[:1].isupper() or " | " in text:
        return None  # "bulk carrier, 6 months": a line cut from the one before; "... | III/2 | 04/2017": a table row
    segment_end = _SEGMENT_END.search(text)
    segment = text[: segment_end.start()] if segment_end else text
    words = segment.split()
    if not words or len(words) > 6:
        return None
    held = is_person_noun(words[-1]) or words[-1].casefold() in _MEMBERSHIPS  # "Fellow, Royal Society of ..."
    if not held and not (len(words) > 1 and words[0].casefold() in _ROLE_OPENERS):
        return None
    if any(w.casefold() in _DETERMINERS or re.search(r"\d", w) for w in words):
        return None
    first = words[0].casefold().split("-")[0]
    if words[0][:1].isupper() and first not in _ROLE_OPENERS and not getAllLemmas(first):
        return None  # "Yardi Voyager — advanced": a product or a name, whatever its last word looks like
    if any(w.casefold().endswith("ed") and set(getAllLemmas(w.casefold())) == {"VERB"} for w in words):
        return None  # "Designated safeguarding lead", "Pathway reduced supplement": a participle, no role
    rest = text[len(segment) :]
    role = _lowered(segment)
    named = _NAME_AFTER.match(rest)
    if (
        named and words[-1].casefold() in _MEMBERSHIPS and all(w.casefold() in _GRADES for w in words)
    ):  # "Member, Institution of Fire Engineers (MIFireE), 2019"
        return _membership(role, named.group(1).strip(), ended=_ENDED.search(rest) is not None)
    if named:  # "Volunteer crew member — RNLI Aberdeen Lifeboat Station — ...": the place it was held
        tail = f" at {named.group(1).strip()}"
    elif rest.startswith((" ", "(")) and not re.match(r"\s*[·|—–]", rest):
        tail = _first_clause(rest)
    else:
        tail = ""
    if tail.count("(") != tail.count(")") or _UNSAID.match(rest) or (rest.startswith(":") and ", and " not in tail):
        return None  # "Demonstrator, lime mortar mixing, ...", "Church tower: 4 pinnacles ...": the rest unsaid
    verb = "have been" if ongoing and re.search(r"\bsince\b", tail) else "am" if ongoing else "was"
    return f"{verb} {_article(role)} {role}{tail}"


_UNSAID = re.compile(r"^\s*[,:]\s*[a-z]")
"""A role followed by what it was about in lower case: the role alone would leave out what the line says."""
_MEMBERSHIPS = word_set("member fellow affiliate associate companion")
"""Heads of a grade of membership: one is a member of a body, never a member at it."""
_GRADES = _MEMBERSHIPS | word_set("full chartered student graduate honorary life corporate technician")
"""The words of a grade of membership ("Chartered Member"); a crew member is a member at a station."""
_ENDED = re.compile(r"\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d\b")
_BODY = re.compile(
    r"\b(?:of|Society|Association|Institute|Institution|College|Council|Union|Guild|Federation|Academy)\b"
)
"""A body's name that reads with "the": "the Institution of Fire Engineers", "the British Psychological Society"."""


def _membership(role: str, body: str, *, ended: bool) -> str:
    """ "am a member of the Institution of Fire Engineers": a membership with no end in the line is held now."""
    the = "the " if _BODY.search(body) and not body.startswith("The ") else ""
    return f"{'was' if ended else 'am'} {_article(role)} {role} of {the}{body}"


def _first_clause(rest: str) -> str:
    """What follows the role up to a note it cannot carry; a result after a colon joins as a second verb ("...: trained
    14 RDs" -> "..., and trained 14 RDs")."""
    head, colon, tail = rest.partition(": ")
    head = re.split(r"\s+[·|—–]\s+|;\s|,\s+(?=[A-Z])(?![^()]*\))", head)[0]  # not the organisation, place or dates
    if head.strip():  # up to the first full stop that ends a sentence: "for c. £4m" goes on
        head = head[: len(head) - len(head.lstrip())] + split_sentences(head)[0].removesuffix(".")
    if colon:
        first = tail.split()[0].casefold() if tail.split() else ""
        if first.endswith("ed") and first not in {"based"} and getAllLemmas(first, upos="VERB") and ";" not in tail:
            return f"{head}, and {first}{tail[len(first) :]}"
    return head.rstrip(" ,")


def _lowered(segment: str) -> str:
    """ "Damage-control and fire-fighting team leader" -> "damage-control and ...": a role is a common noun in a
    sentence; a word in capitals or with inner capitals ("ICU", "McKinsey") keeps them."""
    first, *others = segment.split()
    if first.isupper() or any(c.isupper() for c in first[1:]) or any(w[:1].isupper() for w in others):
        return segment  # "Second Engineer Officer": a title in capitals stays one
    return segment[:1].lower() + segment[1:]


def _article(role: str) -> str:
    word = role.split()[0].casefold()
    return "an" if word[:1] in "aeio" or (word[:1] == "u" and not word.startswith(("uni", "use", "usu"))) else "a"


_VERB_PREFIXES = word_set("co re pre de un over under out up cross self")
"""Prefixes a hyphenated verb takes ("co-led", "re-designed"); "prompt-informed", "data-driven" are adjectives."""


@lru_cache(maxsize=4096)
def _is_verb_form(word: str) -> bool:
    low = word.casefold()
    prefix, _, head = low.rpartition("-")
    if prefix and prefix not in _VERB_PREFIXES:
        return set(getAllLemmas(head)) == {"VERB"}  # "fact-checked", "line-manage": a compound verb by its head
    derived = head.endswith(("ised", "ized", "ified"))  # "containerised": a verb by derivation
    return derived or bool(getAllLemmas(head, upos="VERB")) or base_form(low) != low


def is_first_person_clause(vp: str) -> bool:
    """Whether "I " + `vp` is a clause: its first word is a verb (or an auxiliary before one), and a duty named by
    its activity ("am responsible for managing the rota") names an activity, not a thing ("driving licence cat. B",
    "sailing — dinghy racing", "spinning reserve on DP")."""
    words = vp.split()
    if not words or not re.match(r"[a-z]", words[0]):
        return False
    if words[0] in _AUXILIARIES:
        if len(words) < 2:
            return False
        if words[1:3] == ["responsible", "for"]:
            return _is_activity(words[3:])
        return True
    return _is_verb_form(words[0])


def _is_activity(words: list[str]) -> bool:
    """ "managing the rota", "bunkering of VLSFO", "coordinating rotas": a gerund and its object; "driving licence",
    "sailing —": a gerund used as a noun or an adjective; "full clean licence, C1 + D1": a thing held."""
    if not words or names_a_held_thing(" ".join(words)):
        return False
    if not words[0].endswith("ing"):
        return True  # "responsible for the budget": a thing one answers for
    if len(words) < 2:
        return False
    after = words[1].casefold()
    if after in _DETERMINERS or after in {"of", "out", "up", "and", "to", "with", "for", "in", "on"}:
        return True
    return bool(re.match(r"[\d$£€]", after)) or (after.endswith("s") and not after.endswith("ss"))


def _said_as_order(words: list[str]) -> bool:
    """A verb that opens the line in its base form: a prefixed one ("Co-mark", "Re-tender") or one after a noun
    that makes a compound verb with it ("Line manage", "Risk assess", "Spot check")."""
    prefix, _, head = words[0].casefold().rpartition("-")
    if prefix in _VERB_PREFIXES and getAllLemmas(head, upos="VERB"):
        return True
    second = words[1].casefold()
    return set(getAllLemmas(second)) == {"VERB"} and base_form(second) == second


_COUNTED_HEADS = word_set(
    """project programme program initiative review audit plan system study service pathway protocol clinic rollout
    migration redesign launch campaign"""
)
"""Heads of an activity that is one thing done ("the documentation project"), which take "the"."""


_PAST_IRREGULAR = word_set("cut led ran grew rose fell won made built took brought became saw set hit")
_FINITE_AUXILIARIES = word_set("was were is are has have had will")


def _is_finite(word: str) -> bool:
    """A verb that makes a clause of a noun phrase: an auxiliary, a past form ("reduced", "cut")."""
    low = word.casefold().strip(",.;:")
    if low in _FINITE_AUXILIARIES or low in _PAST_IRREGULAR:
        return True
    return (
        low.endswith("ed")
        and "-" not in low
        and bool(getAllLemmas(low, upos="VERB"))
        and "ADJ" not in getAllLemmas(low)
    )


_HEADINGS = word_set(
    """certifications certificates skills languages education awards tools software interests references training
    volunteering publications projects memberships qualifications achievements highlights responsibilities"""
)
"""CV section headings a reader sometimes leaves at the start of a line."""


def activity_clause(line: str, *, ongoing: bool) -> str | None:
    """A duty written as the activity's name ("Nutrition support for the 32-bed mixed MICU/SICU", "General medicine,
    oncology and cardiac step-down units"), as "am/was responsible for ...". Only lines of a job's own: a heading,
    a label with a dash or colon, a gerund or a line opening with a verb or a figure is no activity."""
    if not line.strip()[:1].isupper():
        return None  # "engines and boat handling, ...": a line cut from the one before
    text = re.sub(r"^Responsible for\s+", "", line.strip().rstrip("."))  # the frame says it already
    stated = text != line.strip().rstrip(".")
    words = text.split()
    if len(words) < 3 or re.search(r"\s[—–|·-]\s|^[^:(]*:", text) or words[0] == "I":
        return None
    first = words[0].casefold()
    capitalised = sum(w[:1].isupper() for w in words[1:])
    if first in _HEADINGS or first in _DETERMINERS or capitalised * 2 > len(words) - 1:
        return None  # "Certifications Avid Certified User ...": a CV heading and a list of names
    if any(_is_finite(w) for w in re.sub(r"\([^()]*\)", "", text.partition(": ")[0]).split()[1:]):
        return None  # "Food-first pathway reduced spend by 18%": a clause with its own subject, not an activity
    lemmas = getAllLemmas(first.rpartition("-")[2])
    if not stated and _said_as_order(words):
        return None  # "Line manage 3 supervisors", "Co-mark mock papers": an order without its subject, no activity
    if is_person_noun(text.split(" on ")[0].split(" for ")[0].split()[-1]):
        return (
            None  # "Safety pilot on 22 line-training details": a role held on something, said as a role or not at all
        )
    first_part, *others = [part.strip() for part in text.split(";")]
    if not fits(first_part, NOUN_SLOT):
        return None  # "peak throughput 140,000 lb", "keen on ...": a measure or a quality, no thing answered for
    if others and not all(fits(part, NOUN_SLOT) for part in others):
        text = first_part  # "...; game larder kept to hygiene standards": a clause of its own, left out
        words = text.split()
    if stated:
        return ("am" if ongoing else "was") + f" responsible for {text}"
    counted = re.match(r"\d", words[1]) and set(lemmas) & {"VERB"} and opening_verb(text) is not None
    if words[1].casefold() in _DETERMINERS or counted:
        return None  # "Co-leads a monthly clinic", "Train 12 staff": a verb and its object, for `verb_phrase`
    past_form = bool(lemmas.get("VERB")) and lemmas["VERB"][0] != first.rpartition("-")[2]  # "Left to retrain"
    if (
        past_form
        or first.endswith("ing")
        or set(lemmas) == {"VERB"}
        or not ({"NOUN", "ADJ"} & set(lemmas))
        or is_person_noun(first)
    ):
        return None
    segment_end = _SEGMENT_END.search(text)
    head = (text[: segment_end.start()] if segment_end else text).split()[-1].casefold()
    if is_person_noun(head):
        return None  # "Archive warden (volunteer)": a role, said as one by `role_clause` or not at all
    known = bool(lemmas) and not re.search(r"[A-Z0-9]", words[0][1:]) and not re.match(r"[A-Z]-", words[0])
    phrase = text[:1].lower() + text[1:] if known else text  # "Fleet telemetry with Tracklane+": only the opener
    phrase = f"the {phrase}" if head in _COUNTED_HEADS else phrase
    if re.match(r"[a-z]+ of\b", phrase) and getAllLemmas(phrase.split()[0]).get("NOUN") == (phrase.split()[0],):
        phrase = f"a {phrase}"  # "caseload of 40 clients": a count noun takes its article
    return ("am" if ongoing else "was") + f" responsible for {phrase}"


_TOGETHER = re.compile(r"^Together with (?P<who>[^,]+?),? we (?P<verb>[a-z]+ed|cut|led|ran|built|made)\b(?P<rest>.*)$")
_ZERO = re.compile(
    r"^(?:Zero|No) (?P<what>[A-Za-z][\w/-]*(?: [A-Za-z][\w/-]*){0,4}) (?P<rest>(?:in|across|over|since|on|for)\b.*)$"
)


def shared_result(line: str) -> str | None:
    """A result the CV writes with "we" or as a count of none, as the candidate's verb phrase: "Together with C/E
    and office we reduced fuel consumption by 4.5%" -> "reduced fuel consumption by 4.5%, together with C/E and
    office"; "Zero PSC detentions in 21 inspections" -> "had zero PSC detentions in 21 inspections"."""
    text = line.strip().rstrip(".")
    together = _TOGETHER.match(text)
    if together:
        return f"{together.group('verb')}{together.group('rest')}, together with {together.group('who')}"
    zero = _ZERO.match(text)
    if zero:
        return f"had zero {zero.group('what')} {zero.group('rest')}"
    if re.match(r"I (?:am|was|have|had) [a-z]", text):
        return text[2:]  # the CV's own first person: "I am leading engine crew of 8 persons"
    return None
