"""Names, articles and noun phrases as a letter writes them: a CV line quoted as written, a company's short form,
an employer without its place, "a" or "an", a requirement as a gap's noun phrase, a degree's institution."""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.logic.evidence.rules import is_soft_skill
from careervp.logic.text import skills_in, word_set
from careervp.vocabulary import is_generic_skill
from careervp.vocabulary.lemmas import getAllLemmas

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
    validate verify volunteer win work write keep hold carry liaise assign book cover attend chart dispense perform"""
)


_BULLET = re.compile(r"^[-•*·–]\s*")
_STOP_BEFORE_BRACKETS = re.compile(r"\.\s+(\([^()]*\))$")


# The phrasing helpers below are pure functions of short strings, memoised: the template writer renders its draft
# again after every piece it tries, quoting the same CV lines each time.


@lru_cache(maxsize=4096)
def trimmed(text: str) -> str:
    text = " ".join(text.split()).strip()
    text = _BULLET.sub("", text)
    return text.rstrip(" .;,")


@lru_cache(maxsize=4096)
def quoted(text: str) -> str:
    """A CV line copied as written, for shapes that quote it rather than rephrase it ("...Chaos Mesh. (2023)" loses
    only the stray full stop before its bracketed date)."""
    return _STOP_BEFORE_BRACKETS.sub(r" \1", trimmed(text))


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
            return f"the {name}" if _TAKES_THE.search(name) else name
        name = short_company(trimmed)


_TAKES_THE = re.compile(
    r"^(?:(?:University|Institute|College|Department|Ministry|Office|Bank|Church) of\s|United\s)|"
    r"\s(?:Navy|Army|Air Force|Marine Corps|Marines|Coast Guard|Fire Service|Police Service)$"
)
"""Names said with "the" ("at the University of Leeds", "in the United States Navy", "with the Royal Navy"): an
institution named by what it is "of", a "United ..." name, an armed or emergency service."""


def article(phrase: str) -> str:
    """ "a" or "an" for a noun phrase, by sound: "an Audit Associate", "an RN", "a Registered Nurse"."""
    word = phrase.split()[0] if phrase.split() else ""
    if not word:
        return "a"
    initials = word.split("-")[0]  # "RHS-trained", "A-grade": said by the initials' letter names
    if initials.isupper() and len(initials) <= 5:
        return "an" if initials[0] in "AEFHILMNORSX" else "a"
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
    r"comfort|fluency|track\s+record|record|operation)\s+(?:of|in|with|on|building|using|running|leading|designing|"
    r"managing)?\s*)?",
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
    text = _GAP_CUT.sub("", trimmed(requirement))
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
    if not first[:1].isupper() or first.split("-")[0].isupper() or any(c.isupper() for c in first[1:]):
        return text  # "PCI", "HGV-licensed", "A-grade": initials keep their case
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
