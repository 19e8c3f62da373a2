"""Turning CV and posting text into letter sentences without changing what they say.

The template writer may adapt only grammar: the person and tense of a CV bullet ("Led the migration" -> "I led the
migration"), the pronouns of a posting sentence ("We process" -> "you process"), a company's legal suffix. Numbers,
names and the rest of each sentence are copied as written, so every fact stays checkable against its source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas

from careervp.logic.evidence.rules import is_soft_skill
from careervp.logic.text import skills_in, word_set
from careervp.logic.writers.clauses import activity_clause, is_first_person_clause, role_clause, shared_result
from careervp.logic.writers.fragments import counted_result, is_label, measured_change
from careervp.logic.writers.grammar import as_gerund_phrase, base_form, participle, past
from careervp.vocabulary import is_generic_skill

# Base forms of verbs that open CV bullets and posting duties, across professions. Past forms ending in "-ed" are
# recognised by their ending; irregular ones are listed below.
BASE_VERBS = word_set(
    """accelerate achieve act adapt add address administer adopt advise align analyse analyze apply approve architect
    arrange assess assist audit author automate balance brief build calculate care champion chair change clean close
    co-author co-lead co-write coach code collaborate collect communicate compile complete conduct configure consolidate
    consult contribute control convert coordinate create curate cut debug decrease define deliver deploy design
    develop diagnose direct document draft drive edit educate eliminate enable engineer enhance ensure establish
    evaluate evolve execute expand facilitate file forecast foster generate grow guide handle help hire identify
    implement improve increase influence initiate inspect install instruct integrate interpret interview introduce
    investigate launch lead lift lower maintain manage map market measure mentor migrate model monitor motivate
    negotiate onboard operate optimise optimize orchestrate organise organize orient oversee own partner pilot plan
    precept prepare present prioritise prioritize process produce program promote propose prototype provide publish
    raise rebuild recommend reconcile recruit redesign reduce refactor register release remodel report represent
    research resolve respond restructure review revamp rewrite run save scale schedule scope secure sell serve set ship
    simplify solve spearhead specify sponsor standardise standardize streamline strengthen structure supervise support
    survey sustain teach test track train transform translate treat triage troubleshoot tutor unify update upgrade
    validate verify volunteer win work write keep hold carry liaise assign book cover attend chart dispense"""
)
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


def verb_phrase(bullet: str, *, ongoing: bool, in_job: bool = False) -> str | None:
    """A CV bullet as a first-person verb phrase without the "I": "Led the migration." -> "led the migration".

    `ongoing` says whether the job is current; a present-tense bullet from a past job is put in the past tense
    ("Own the close" -> "owned the close"). Returns None when the bullet does not open with a verb, so the caller
    can quote it in another shape instead of forcing a wrong grammar onto it. A line that opens with a measure
    rather than a verb ("Complaints down from 4.8 to 1.9") is restated with the verb its change implies. `in_job`
    says the line is one of a job's own, where a line naming an activity ("Nutrition support for the ICU") is a
    duty.
    """
    text = _trim(bullet)
    first = text.split()[0].casefold() if text.split() else ""
    role = None if first in _TITLE_MODIFIERS else role_clause(text, ongoing=ongoing)
    phrase = role or shared_result(text) or _duty(text, ongoing=ongoing) or _result(text, ongoing=ongoing)
    phrase = phrase or _series(text, ongoing=ongoing)
    if phrase is None and in_job:  # "Nutrition support for the ICU": a job's duty named by its activity
        phrase = activity_clause(text, ongoing=ongoing)
    return phrase if phrase is not None and is_first_person_clause(phrase) else None


def _result(text: str, *, ongoing: bool) -> str | None:
    """A line that opens with a measure or a count rather than a verb (one part: a line of parts is a series)."""
    if ";" in text:
        return None
    phrase = measured_change(text) or counted_result(text)
    if phrase is not None and phrase.startswith("work on ") and not ongoing:
        return "worked" + phrase[4:]
    return phrase


def _series(text: str, *, ongoing: bool) -> str | None:
    """A line of parts set off by ";" that does not open with a verb ("~1,100 hearings a year; coordinate the rota
    of 14 interpreters; mentored 9 new staff"): the parts that read as duties or results, up to three, in one
    series; parts that are neither (a label, a list of case types) are left out."""
    parts = [p.strip() for p in text.split(";") if p.strip()]
    if len(parts) < 2:
        return None
    phrases = [p for p in (_duty(part, ongoing=ongoing) or _result(part, ongoing=ongoing) for part in parts) if p]
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
    if word in _ALWAYS_PASSIVE or (word in _PASSIVE and re.match(r"\s+(?:as|to|for|by|in|the|a|an)\b", rest)):
        return ("am " if ongoing and word in _STATE_PASSIVE else "was ") + word + rest
    if re.match(r"\s+[a-z-]+,\s+[A-Z]", rest) and _is_role_noun(rest):
        return None  # "Volunteer adviser, Eastbank Law Centre": a title and its organisation, not a duty
    if head in _TITLE_MODIFIERS and _is_role_noun(rest):
        return ("am the " if ongoing else "was the ") + word + rest  # "Lead designer on 14 bridges": a title
    if word in _ROLE_NOUNS and re.match(r"\s+(?:of|in|at|for|on)\b", rest):
        determiner = "" if word == "part" else "a "
        return ("am " if ongoing else "was ") + determiner + word + rest
    if word.endswith("ed") and word not in _ACTIVE_BEFORE_PREPOSITION and re.match(r"\s+(?:by|for)\b", rest):
        return None  # "Used for experiment planning by the team": something done to a thing, not by the candidate
    if _is_past_form(word):
        clause = rest.split(";")[0]
        if ongoing and re.search(r"\bsince\b", clause) and not re.search(r"\band\b", clause):
            rest = _join_clauses(rest, ongoing=False)
            return f"have {participle(base_form(word))}{rest}"  # "Housed 112 clients since 2021": still going on
        return word + _elaboration(_join_clauses(rest, ongoing=False))
    if word.endswith("ing") and (base_form(word) != word or word[:-3] in BASE_VERBS):
        # "Setting out for a 9-storey frame", "Managing the rota": a duty named by its activity
        return ("am" if ongoing else "was") + f" responsible for {word}{rest}"
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
    match = re.match(r"\s+([a-z][a-z-]*)\b", rest.casefold())
    if match is None:
        return False
    word = match.group(1)
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
    )


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
    """ "...$340M; shortened the close" -> "...$340M, and shortened the close": one subject, two verbs."""

    def repl(match: re.Match[str]) -> str:
        word = match.group(1)
        low = word.casefold()
        if low.endswith("ed") and re.match(r"\s+(?:by|for)\b", rest[match.end() : match.end() + 6]):
            return f", {word}"  # "; adopted by 4 teams": a passive clause about the work, set off with a comma
        if _is_past_form(low):
            return f", and {low}"
        if low in BASE_VERBS:
            return f", and {low if ongoing else past(low)}"
        return match.group(0)

    rest = _HONOUR_CLAUSE.sub("", rest)  # "; designated Mental Health First Aider": a title, no second verb
    return re.sub(r";\s+([A-Za-z][a-z-]+)\b", repl, rest)


_HONOUR_CLAUSE = re.compile(r";\s+(?:designated|appointed|named|elected|nominated|voted)\b[^;]*")
_BULLET = re.compile(r"^[-•*·–]\s*")
_STOP_BEFORE_BRACKETS = re.compile(r"\.\s+(\([^()]*\))$")


# The phrasing helpers below are pure functions of short strings, memoised: the template writer renders its draft
# again after every piece it tries, quoting the same CV lines each time.


@lru_cache(maxsize=4096)
def _trim(text: str) -> str:
    text = " ".join(text.split()).strip()
    text = _BULLET.sub("", text)
    return text.rstrip(" .;,")


@lru_cache(maxsize=4096)
def quoted(text: str) -> str:
    """A CV line copied as written, for shapes that quote it rather than rephrase it ("...Chaos Mesh. (2023)" loses
    only the stray full stop before its bracketed date)."""
    return _STOP_BEFORE_BRACKETS.sub(r" \1", _trim(text))


_ABBREVIATED_SUFFIX = re.compile(
    r",?\s+(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Co|Corp|Corporation|GmbH|LLP|PLC|plc|S\.A|AG|Pty|BV|NV|LP)\.?$"
)


def short_company(name: str) -> str:
    """ "Brambleton Foods, Inc." -> "Brambleton Foods": the way a letter refers to a company after naming it once."""
    short = name.strip()
    while True:
        trimmed = _ABBREVIATED_SUFFIX.sub("", short).strip().rstrip(",")
        if trimmed == short or not trimmed:
            return short
        short = trimmed


_PLACE = re.compile(r"\s*\([^()]*\)\s*$|,\s+[A-Z][\w .'-]*$")


@lru_cache(maxsize=1024)
def employer_name(employer: str) -> str:
    """How a letter names a past employer: short form, without the location or size the CV adds ("The Harbourside
    Grand Hotel, Bristol (312 rooms)" -> "The Harbourside Grand Hotel"; "Brightwater Casualty Co., Columbus" ->
    "Brightwater Casualty")."""
    name = short_company(employer)
    while True:
        trimmed = _PLACE.sub("", name).strip()
        if trimmed == name or len(trimmed.split()) < 2:
            return name
        name = short_company(trimmed)


def article(phrase: str) -> str:
    """ "a" or "an" for a noun phrase, by sound: "an Audit Associate", "an RN", "a Registered Nurse"."""
    word = phrase.split()[0] if phrase.split() else ""
    if not word:
        return "a"
    if word.isupper() and len(word) <= 5:
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    lowered = word.casefold()
    if lowered.startswith(("uni", "use", "usu", "eu", "one")):
        return "a"
    if lowered.startswith(("hour", "honest", "honor", "honour")):
        return "an"
    return "an" if lowered[0] in "aeiou" else "a"


_PRONOUNS = {"we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves", "we're": "you're",
             "we've": "you've", "we'll": "you'll", "we'd": "you'd"}  # fmt: skip
_LOWERABLE = frozenset({"the", "this", "these", "a", "an", "our", "we", "every", "each", "more", "most", "last"})


_INTRO_PHRASE = re.compile(
    r"^(?:Founded|Established|Based|Headquartered|Started|Launched|Incorporated)\b[^,]{0,60},\s+(?=[A-Z])"
)


_GAP_PREFIX = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:[\w]+-level|strong|solid|proven|demonstrated|hands-on|deep|excellent|expert|advanced|working|good|"
    r"current|active|recent|professional|production|prior|practical|direct|some)\s+)*"
    r"(?:(?:knowledge|experience|proficiency|familiarity|understanding|background|exposure|expertise|skills?|"
    r"comfort|fluency|track\s+record|record)\s+(?:of|in|with|on|building|using|running|leading|designing|managing)?\s*)?",
    re.IGNORECASE,
)
_GAP_CUT = re.compile(
    r"\s*(?:\(|:|;|—|–\s|,\s*(?:including|such as|for example|e\.g\.|ideally|preferably)|\bsuch as\b|\be\.g\.|"
    r"\bfor example\b|\bor similar\b|\bor equivalent\b|\bor a similar\b|\bwith a willingness\b).*$",
    re.IGNORECASE,
)


def gap_topic(requirement: str, *, known_skills: set[str]) -> str | None:
    """What an unmet requirement is about, short enough to name honestly: "Experience with mathematical
    optimization: linear or mixed-integer programming..." -> "mathematical optimization". Soft-skill requirements
    give None: a letter does not announce that the candidate lacks communication skills."""
    if is_soft_skill(requirement):
        return None
    missing = [name for name, _ in skills_in(requirement) if name.casefold() not in known_skills]
    text = _GAP_CUT.sub("", _trim(requirement))
    text = _GAP_PREFIX.sub("", text).strip(" ,.")
    words = text.split()
    if len(words) > 9 and missing:
        text = " or ".join(dict.fromkeys(missing[:3]))
    elif len(words) > 9:
        text = " ".join(words[:9]).rstrip(",;")
    if not text or len(text.split()) < 1:
        return None
    return lower_first(text)


def lower_first(text: str) -> str:
    """Lower-case a phrase's first letter when it only stood capitalised at the start of a sentence: "Supply chain"
    -> "supply chain", but "Apache Spark", "Kubernetes" and "PCI DSS" keep their capitals."""
    words = text.split()
    if not words:
        return text
    first = words[0]
    if not first[:1].isupper() or first.isupper() or any(c.isupper() for c in first[1:]):
        return text
    if any(not is_generic_skill(name) for name, _ in skills_in(first)):
        return text  # a named tool ("Python", "Excel") keeps its capital; a practice ("Pricing") does not
    if any(not is_generic_skill(name) and span[0] == 0 and any(c.isupper() for c in text[1 : span[1]])
           for name, span in skills_in(text)):  # fmt: skip
        return text  # a capitalised name of several words ("Power BI") keeps its capitals; "Machine learning" does not
    if len(words) > 1 and words[1][:1].isupper() and not words[1].isupper():
        return text  # "Apache Spark": a name; but "Hands-on AWS" only starts a sentence
    if first.isalpha() and not getAllLemmas(first.casefold()) and first.casefold() not in BASE_VERBS:
        return text  # a word no dictionary knows is a name: "Xactimate", "California" (but "Onboard" is a verb)
    return text[0].lower() + text[1:]


_INSTITUTION = re.compile(r"\b(from|at) ((?:University|College|Institute|Academy|School|Conservatoire) of )")


_GRADE = re.compile(r" in (\([^()]*\)|\d:\d)(?= from\b|$)")


def institution(text: str) -> str:
    """ "BSc from University of Leeds" -> "BSc from the University of Leeds": an institution named "X of Y" takes
    "the" inside a sentence; "from Leeds Beckett University" needs none. A grade read as the field ("BSc (Hons)
    Mathematics in 2:1") goes back in brackets."""
    text = re.sub(r"\s*\(\s*\)", "", text).rstrip(" ·|•")  # an emptied bracket, a separator left at the end
    return _GRADE.sub(r" (\1)", _INSTITUTION.sub(r"\1 the \2", text)).replace("((", "(").replace("))", ")")
