"""Turning CV and posting text into letter sentences without changing what they say.

The template writer may adapt only grammar: the person and tense of a CV bullet ("Led the migration" -> "I led the
migration"), the pronouns of a posting sentence ("We process" -> "you process"), a company's legal suffix. Numbers,
names and the rest of each sentence are copied as written, so every fact stays checkable against its source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.logic.fvs.roles import looks_like_title
from careervp.logic.text import split_sentences, word_set
from careervp.logic.writers.clauses import activity_clause, is_first_person_clause, role_clause, shared_result
from careervp.logic.writers.fragments import is_label, measured_change
from careervp.logic.writers.grammar import as_gerund_phrase, base_form, is_finite_clause, participle, past
from careervp.logic.writers.labels import CHOSEN, names_a_held_thing, names_a_numbered_thing
from careervp.logic.writers.modifiers import joins_an_adjective, modifies_noun, with_determiner
from careervp.logic.writers.realise import clause_vp, opening_verb
from careervp.logic.writers.verbless import result_phrase
from careervp.logic.writers.wording import BASE_VERBS, article, lower_first, trimmed
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.people import is_person_noun

# Participles that describe something done to the candidate: "Recognized as", "Promoted to".
_PASSIVE = word_set(
    """recognized recognised promoted selected named awarded elected invited nominated chosen appointed honored
    honoured certified licensed featured shortlisted ranked"""
)
_ACTIVE_BEFORE_PREPOSITION = frozenset(
    {"worked", "volunteered", "advocated", "applied", "qualified", "cared", "accounted", "competed", "prepared",
     "planned", "searched", "lobbied", "campaigned", "fundraised", "raised", "secured", "interned", "consulted",
     "substituted", "stood", "filled", "covered", "negotiated", "budgeted", "designed", "developed", "built"}
)  # fmt: skip
_ALWAYS_PASSIVE = _PASSIVE - {"selected", "ranked", "certified", "licensed"}
"""Participles that describe an honour whatever follows: "Awarded Nurse of the Year" -> "was awarded Nurse of the
Year", never "I awarded"."""
_ROLE_NOUNS = frozenset(
    {"member", "part", "winner", "recipient", "finalist", "founder", "co-founder", "volunteer", "author", "co-author"}
)


_AWARD = re.compile(r"\bof the (?:Year|Month|Season)\b|\b(?:award|prize|medal)\b", re.IGNORECASE)
"""An honour named like a role ("Technician of the Year"): never "I was a technician of the Year"."""
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|member|volunteer|coach|trustee|lead)\b\S*$")
"""A role's head that names a person by what they do ("designer", "trustee"); "guide" or "manual" may name a thing."""
_HEAD = re.compile(r"\s(?:of|for|at|in|on|with|since)\s.*$|,.*$|\s\(.*$")
"""What follows a role's head noun: "member[ of the quality team]"."""
_STATED_DUTY = re.compile(r"^Responsible for\s+\w", re.IGNORECASE)
"""A duty the CV itself frames as one."""
_NOT_AN_ACTIVITY = re.compile(
    r"^(?:second|third|deputy|one|two|three|four|five|zero|no|nil|average|top|best|up to)\b|\bin charge\b|\bone of\b",
    re.I,
)
"""A rank, a share or a measure ("Second in charge at ...", "One of four CAD super users", "Zero lost-time
injuries", "Average of 35 calls a shift", "Up to 30 departures a shift"): a post or a result, not a thing answered
for."""


def _names_an_activity(text: str) -> bool:
    """Whether a line that does not open with a verb names an activity the candidate can be "responsible for": not a
    rank, and not opening with a word that is its own verb ("Place IV lines", "Fly drone imagery", "Buy back items"),
    which is an order written without its subject and would read "responsible for place IV lines", nor going on
    with one ("Open files, run ID checks, order searches")."""
    words = text.split()
    first = words[0].casefold() if words else ""
    verbs = getAllLemmas(first, upos="VERB")
    second = words[1].casefold() if len(words) > 1 else ""
    named = any(w.endswith("ing") for w in words[1:4]) or "NOUN" in getAllLemmas(second)  # "Stock control"
    verb_first = bool(verbs) and verbs["VERB"][0] == first
    order = verb_first and opening_verb(text) is not None
    later = [opening_verb(part.strip()) for part in text.split(",")[1:] if len(part.split()) > 1]
    later_orders = verb_first and any(found and not found[1] for found in later)
    dated = re.search(r"\b(?:19|20)\d\d\b", text) is not None and not named  # "Apprenticeship 2008–2012": a label
    return not _NOT_AN_ACTIVITY.search(text) and (named or not order) and not later_orders and not dated


def _plural_object(text: str) -> bool:
    words = text.split()
    second = words[1].strip(",.;:").casefold() if len(words) > 1 else ""
    nouns = getAllLemmas(second, upos="NOUN").get("NOUN", ())
    return bool(nouns) and nouns[0] != second


_NOUN_HEAD = re.compile(r"\s+of\b")
"""A word followed by "of" heads a noun phrase ("Team of 5", "Head of stores"), whatever else it can be."""
_PARTICLES = frozenset({"up", "down", "out", "off", "over", "under"})
"""Words lemminflect also knows as verbs ("to up the rate") that open a figure, not a duty: "Up to 30 a shift"."""


def verb_phrase(bullet: str, *, ongoing: bool, in_job: bool = False) -> str | None:
    """A CV bullet as a first-person verb phrase without the "I": "Led the migration." -> "led the migration".

    `ongoing` says whether the job is current; a present-tense bullet from a past job is put in the past tense
    ("Own the close" -> "owned the close"). Returns None when the bullet does not open with a verb, so the caller
    can quote it in another shape instead of forcing a wrong grammar onto it. A line that opens with a measure
    rather than a verb ("Complaints down from 4.8 to 1.9") is restated with the verb its change implies. `in_job`
    says the line is one of a job's own, where a line naming an activity ("Nutrition support for the ICU") is a
    duty.
    """
    text = trimmed((split_sentences(bullet) or [bullet])[0])  # "Ran X. Cut Y.": the first sentence, never both
    if any(names_a_numbered_thing(clause.strip()) for clause in text.split(";")):
        return None  # "...; grade 7+ from 14% to 21%": a measure's label, not a verb the candidate did
    if names_a_held_thing(text):
        return None  # "Enhanced DBS certificate": a thing held, whatever its first word could be
    in_role = _IN_ROLE.match(text)
    if in_role:  # "As technician, serviced 40 aircraft": the work, said after the job that names the role
        return verb_phrase(in_role.group(1), ongoing=ongoing, in_job=in_job)
    if re.match(r"As\s", text):
        return None  # "As technician on nights": a role with nothing done, never "was an as technician"
    first = text.split()[0].casefold() if text.split() else ""
    role = None if first in _TITLE_MODIFIERS or _AWARD.search(text) else role_clause(text, ongoing=ongoing)
    if role and not in_job and " at " not in role and not _AGENT.search(_HEAD.sub("", role)):
        return None  # "Bilingual caption style guide" under projects: the name of a thing, not a post held
    phrase = role or shared_result(text) or _duty(text, ongoing=ongoing) or result_phrase(text, ongoing=ongoing)
    if phrase is None and in_job and _plural_object(text) and opening_verb(text) is not None:
        phrase = clause_vp(text, ongoing=ongoing)  # "Take referrals from 4 practices": an order, never a duty's name
    phrase = phrase or _series(text, ongoing=ongoing) or (_counted_people(text, ongoing=ongoing) if in_job else None)
    if phrase is None and in_job and _STATED_DUTY.match(text):  # the CV's own "Responsible for ..."
        phrase = activity_clause(text, ongoing=ongoing) or ("am " if ongoing else "was ") + lower_first(text)
    elif phrase is None and in_job and _names_an_activity(text):  # "Nutrition support for the ICU": a duty
        phrase = activity_clause(text, ongoing=ongoing)
    titled = _TITLED_LABEL.match(text) if phrase is None else None
    post = titled is not None and (looks_like_title(titled.group(1)) or is_person_noun(titled.group(1).split()[-1]))
    if titled and post and opening_verb(titled.group(2)) is not None:
        return verb_phrase(titled.group(2), ongoing=ongoing, in_job=in_job)  # "OEC Instructor: taught 60 patrollers"
    if phrase is None or not is_first_person_clause(phrase):
        return None
    return _DASHED_RESULT.sub(_which_result, with_determiner(phrase))


_IN_ROLE = re.compile(r"As\s+(?:an?\s+|the\s+)?[^,;:]{2,50}[,;:]\s*(\S.*)$")
"""A line that opens by naming the role it was done in (the preposition "As", never the acronym "AS")."""
_TITLED_LABEL = re.compile(r"^([A-Za-z][^:;]{1,50}):\s+(\S.*)$")
"""A line labelled with the post it was done in, then the work: "Line check dispatcher: gave OE checks to 14"."""
_DASHED_RESULT = re.compile(r"\s+[—–]\s+([a-z][a-z-]*)\b")


def _which_result(match: re.Match[str]) -> str:
    """ "built the templates — cut drafting time by 30%" -> "built the templates, which cut drafting time by 30%": a
    past verb after a dash says what the work achieved."""
    word = match.group(1)
    same_form = "VERB" in getAllLemmas(word) and past(base_form(word)) == word  # "cut", "set", "put"
    return f", which {word}" if _is_past_form(word) or same_form else match.group(0)


_COUNTED_PEOPLE = re.compile(r"^(?:about |over |up to |~)?\d[\d,]*\+?\s+(?P<who>[a-z-]+(?:\s+[a-z-]+){0,2})", re.I)
"""A count and the (up to three) words after it: "38 care assistants", "210 people on"."""


def _counted_people(text: str, *, ongoing: bool) -> str | None:
    """ "38 hourly associates on Line 2", "210 people on 2 shifts; 4 lines", "3 lines, 3 shifts, 140 employees": the
    people (and things) a job answered for, counted, as "am/was responsible for ..." (the first part of a line of
    parts). A line with a verb of its own ("12 staff were promoted") is a result, not a charge."""
    first = text.split(";")[0].strip().rstrip(".")
    if is_finite_clause(first) or first.count("(") != first.count(")") or _NOTES.search(first):
        return None  # "2 supers + 4 engineers — mentoring": notes, not a sentence
    counts = [part.strip() for part in first.split(",")]
    if len(counts) > 1 and not all(re.match(r"\d", part) for part in counts):
        counts = [first]  # a count with a note after its comma is one part
    found = [_COUNTED_PEOPLE.match(part) for part in counts]
    if len(counts) > _MOST_COUNTS or not all(found):
        return None
    if not any(_names_people(word) for f in found if f for word in f.group("who").split()):
        return None  # "3 lines", "110 tonnes": things, not people
    listed = counts[0] if len(counts) == 1 else ", ".join(counts[:-1]) + " and " + counts[-1]
    return ("am" if ongoing else "was") + f" responsible for {listed}"


_MOST_COUNTS = 4
_NOTES = re.compile(r"\s[+—–]\s|→|\bw/")


def _names_people(word: str) -> bool:
    who = word.casefold()
    nouns = getAllLemmas(who, upos="NOUN").get("NOUN", ())
    return who in ("people", "staff") or (bool(nouns) and nouns[0] != who and is_person_noun(nouns[0]))


def _series(text: str, *, ongoing: bool) -> str | None:
    """A line of parts set off by ";" that does not open with a verb ("~1,100 hearings a year; coordinate the rota
    of 14 interpreters; mentored 9 new staff"): the parts that read as duties or results, up to three, in one
    series; parts that are neither (a label, a list of case types) are left out."""
    parts = [p.strip() for p in text.split(";") if p.strip()]
    if len(parts) < 2:
        return None
    phrases = [p for p in (_duty(part, ongoing=ongoing) or result_phrase(part, ongoing=ongoing) for part in parts) if p]
    phrases = phrases[:3]
    if not phrases:
        return None
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + ", and " + phrases[-1]


def _duty(text: str, *, ongoing: bool) -> str | None:
    measured = _MEASURED_RESULT.match(text)
    if measured is not None:  # "Portfolio loss ratio of 48% in 2024": a result stated as a measure
        return f"achieved {article(measured.group(1))} {lower_first(measured.group(1))} of {measured.group(2)}"
    match = re.match(r"([A-Za-z][A-Za-z-]*)(\b.*)", text, re.DOTALL)
    if match is None:
        return None
    first, rest = match.group(1), match.group(2)
    word = first.casefold()
    head = word.rsplit("-", 1)[-1]
    if first.isupper() and len(first) > 1:
        return None  # an acronym ("ACLS certified") is not a verb
    if is_label(word, rest):
        return None  # "Line 2 OEE ...", "Volunteer, Food Bank", "Feeding America ...": a label or a name
    if joins_an_adjective(rest):
        return None  # "Complete and partial dentures": two modifiers of one noun, no order
    chosen = word.endswith("ed") and base_form(word) in CHOSEN and re.match(r"\s+(?:to|as|onto|into)\b", rest)
    if word in _ALWAYS_PASSIVE or chosen or (word in _PASSIVE and re.match(r"\s+(?:as|to|for|by|in|the|a|an)\b", rest)):
        return ("am " if ongoing and word in _STATE_PASSIVE else "was ") + word + rest
    if re.match(r"\s+[a-z-]+,\s+[A-Z]", rest) and _is_role_noun(rest):
        return None  # "Volunteer adviser, Eastbank Law Centre": a title and its organisation, not a duty
    if word in _TITLE_MODIFIERS and re.match(r"\s+of\s+(?:the|a|an)\s", rest):  # "Lead of the winter desk": a post
        return ("am the " if ongoing else "was the ") + word + rest
    if head in _TITLE_MODIFIERS and _is_role_noun(rest):  # "Lead designer on 14 bridges": a title
        return ("am the " if ongoing else "was the ") + word + _join_clauses(rest, ongoing=ongoing)
    if word in _ROLE_NOUNS and re.match(r"\s+(?:of|in|at|for|on)\b", rest):
        determiner = "" if word == "part" else "a "
        return ("am " if ongoing else "was ") + determiner + word + rest
    if word.endswith("ed") and word not in _ACTIVE_BEFORE_PREPOSITION and re.match(r"\s+(?:by|for)\b", rest):
        return None  # "Used for experiment planning by the team": something done to a thing, not by the candidate
    if _is_past_form(word) and modifies_noun(word, rest):
        return None  # "Employed farrier on a round of ...": a post, not something the candidate employed
    if _is_past_form(word) and not _noun_before_noun(word, rest):
        clause = rest.split(";")[0]
        if ongoing and re.search(r"\bsince\b", clause) and not re.search(r"\band\b", clause):
            rest = _join_clauses(rest, ongoing=False)
            return f"have {participle(base_form(word))}{rest}"  # "Housed 112 clients since 2021": still going on
        return word + _elaboration(_join_clauses(rest, ongoing=False))
    if word.endswith("ing") and (base_form(word) != word or word[:-3] in BASE_VERBS):
        # "Setting out for a 9-storey frame", "Managing the rota": a duty named by its activity
        return ("am" if ongoing else "was") + f" responsible for {word}{rest}"
    if word in _PARTICLES or (_NOUN_HEAD.match(rest) and not _only_a_verb(word)) or measured_change(text):
        return None  # "Win rate up from 29% to 41%": a measure's change, said by `result_phrase`, never "won rate"
    if word in BASE_VERBS or head in BASE_VERBS or _only_a_verb(word) or _verb_by_position(word, rest):
        if ongoing:
            return word + _elaboration(_join_clauses(rest, ongoing=True))
        return past(word) + _elaboration(_join_clauses(_past_coordinated(rest), ongoing=False))
    return None


_MEASURED_RESULT = re.compile(
    r"^([A-Z][A-Za-z-]*(?: [a-z][A-Za-z-]*){0,3} (?:ratio|rate|score|accuracy|satisfaction|retention|margin|"
    r"occupancy|utili[sz]ation|attendance|completion|yield|uptime|compliance|NPS)) of (\d.*)$"
)
_STATE_PASSIVE = frozenset({"certified", "licensed"})
"""Participles that name a standing state ("am certified"); every other honour is an event ("was appointed")."""
_TITLE_MODIFIERS = frozenset({"lead", "head"})
"""Verbs that also open a job title ("Lead designer on the bridge programme")."""
_ROLE_WORDS = frozenset({"nurse", "architect", "chef", "surgeon", "counsel", "clerk", "physician", "pharmacist"})


def _is_role_noun(rest: str) -> bool:
    """Whether the word after "Lead" names a person's role ("designer", "architect", "auditor") rather than what is
    led ("the team", "fact-checking", "generation campaigns")."""
    # The noun phrase after "Lead", up to its preposition or punctuation: "Lead pre-need advisor of a team of 6"
    # ends on "advisor", a role; "Lead the night audit" does not.
    phrase = re.match(
        r"((?:\s+[a-z][a-z-]*){1,3}?)(?=\s+(?:of|for|on|in|at|with|across)\b|[,;:(]|\s+[—–]|$)", rest.casefold()
    )
    words = phrase.group(1).split() if phrase else re.findall(r"[a-z][a-z-]*", rest.casefold())[:1]
    if not words or words[0] in ("the", "a", "an", "our", "my"):
        return False
    return any(_names_a_role(word) for word in (words[-1], words[0]))


def _names_a_role(word: str) -> bool:
    if word in _ROLE_WORDS:
        return True
    agentive = re.search(r"(?:er|or|ist|ian|ant|ent)$", word) is not None
    return agentive and bool(getAllLemmas(word, upos="NOUN"))


@lru_cache(maxsize=4096)
def _only_a_verb(word: str) -> bool:
    """A base-form verb the bullet list does not name ("Carry a caseload", "Liaise with"): lemminflect knows it as a
    verb, as its own base, and as nothing else."""
    lemmas = getAllLemmas(word)
    return set(lemmas) == {"VERB"} and lemmas["VERB"][0] == word


_NOT_DUTIES = frozenset({"experience", "knowledge", "background", "exposure", "familiarity", "interest", "member"})


def _verb_by_position(word: str, rest: str) -> bool:
    """A word that is both noun and verb ("Trade", "Budget", "Host") opens a duty when an object follows it at once:
    an article, a figure or a possessive ("Trade with 25 brokers", "Host the quarterly review")."""
    lemmas = getAllLemmas(word, upos="VERB")
    if not lemmas or lemmas["VERB"][0] != word or word in _NOT_DUTIES:
        return False
    return (
        re.match(r"\s+(?:(?:with|to|across)\s+(?:the|a|an|all|our|their|\d)|(?:the|a|an|all|our|their)\b)", rest)
        is not None
        or re.match(r"\s+(?:up to\s+|over\s+|about\s+)?(?!(?:19|20)\d\d\b)\d", rest) is not None  # "Paint 300+ signs"
    )


def _noun_before_noun(word: str, rest: str) -> bool:
    """ "Wound care (dressings, compression)": a word that is a noun, a verb of its own and the past of another verb
    ("wound", of "wind"), followed by a bare noun rather than an object: a noun phrase, not a duty."""
    lemmas = getAllLemmas(word)
    verbs = lemmas.get("VERB", ())
    if "NOUN" not in lemmas or word not in verbs or verbs[0] == word:
        return False  # "cut", "drove", "set": a past whose noun reading never opens a duty line
    following = re.match(r"\s+([a-z][a-z-]*)\b", rest)
    return following is not None and following.group(1) not in _OBJECT_OPENERS


_OBJECT_OPENERS = frozenset({"the", "a", "an", "all", "our", "their", "my", "his", "her", "its", "this", "that",
                             "these", "those", "every", "each", "up", "out", "off", "over", "in", "on", "to", "for",
                             "with", "by", "from", "into", "and"})  # fmt: skip


def _elaboration(rest: str) -> str:
    """ "...on long-form features: verify quotes and names" -> "...on long-form features, verifying quotes and
    names": orders after a colon describe how the work was done, so they become a participle phrase."""
    head, colon, tail = rest.partition(": ")
    if not colon:
        return rest
    if re.match(r"\d", tail) and ";" not in tail:
        return f"{head}, with {tail}"  # ": 6 reporters and 2 copy editors" counts what the work involved
    phrase = as_gerund_phrase(tail, lambda w: w in BASE_VERBS, lambda w: w in BASE_VERBS or _only_a_verb(w))
    return f"{head}, {phrase}" if phrase != tail else rest


def _is_past_form(word: str) -> bool:
    """ "managed", "oversaw", "made", "co-led", "onboarded": a past form of a verb the dictionary or the bullet list
    knows; "Prestressed concrete girder design" opens with an adjective, not a verb."""
    if word.endswith("ed"):
        head = word.rpartition("-")[2]
        stems = {head[:-2], head[:-1], head[:-3]}
        derived = head.endswith(("ised", "ized", "ified"))  # "containerised", "productized": verbs by derivation
        return derived or bool(getAllLemmas(head, upos="VERB")) or bool(stems & BASE_VERBS)
    base = base_form(word)
    return base != word and past(base) == word  # "oversaw", "made", "co-led"


def _past_coordinated(rest: str) -> str:
    """ "Supervise and review the work" -> "...and reviewed the work": every verb of the opening series moves."""
    out, remaining = "", rest
    while True:
        match = re.match(r"(\s*(?:,\s*and|,|and|&)\s+)([a-z][a-z-]*)\b", remaining)
        if match is None or match.group(2) not in BASE_VERBS:
            return out + remaining
        out += match.group(1) + past(match.group(2))
        remaining = remaining[match.end() :]


def _join_clauses(rest: str, *, ongoing: bool) -> str:
    """ "...$340M; shortened the close" -> "...$340M, and shortened the close": one subject, two verbs. In the past
    tense every verb of a joined series moves: "; onboard and coach" -> ", and onboarded and coached"."""
    rest = _HONOUR_CLAUSE.sub("", rest)  # "; designated Mental Health First Aider": a title, no second verb
    parts = re.split(r"(;\s+[A-Za-z][a-z-]+\b)", rest)
    out = parts[0]
    for joint, tail in zip(parts[1::2], parts[2::2], strict=True):
        word = joint.lstrip("; \t")
        if word.casefold() in _PARTICLES or _NOUN_HEAD.match(tail):
            break  # "; team of 5; ordering records", "; up to 30 a shift": notes, not clauses; left out, not forced in
        clause = word[:1].upper() + word[1:] + tail.split(";")[0]
        change = None if is_finite_clause(clause) else measured_change(clause)
        if change is not None:  # "; win rate up from 29% to 41%": a measure's change, not a verb "win"
            out += f", and {change}"
            continue
        joined = _joined(word, tail, ongoing=ongoing)
        moved = joined is not None and not ongoing and word.casefold() in BASE_VERBS
        out += (joined if joined is not None else joint) + (_past_coordinated(tail) if moved else tail)
    return out


def _joined(word: str, tail: str, *, ongoing: bool) -> str | None:
    """The joint before a clause's first word, or None to keep the ";"."""
    low = word.casefold()
    if low.endswith("ed") and re.match(r"\s+(?:by|for)\b", tail):
        return f", {word}"  # "; adopted by 4 teams": a passive clause about the work, set off with a comma
    if low in _PASSIVE:  # "; promoted to supervisor in 2019": something done to the candidate
        dated = re.match(r"\s+(?:19|20)\d{2}\b", tail) is not None  # "; licensed 2018" -> "and was licensed in 2018"
        return f", and was {low} in" if dated else f", and was {low}"
    if _is_past_form(low):
        return f", and {low}"
    if low in BASE_VERBS:
        return f", and {low if ongoing else past(low)}"
    return None


_HONOUR_CLAUSE = re.compile(r";\s+(?:designated|appointed|named|elected|nominated|voted)\b[^;]*")
