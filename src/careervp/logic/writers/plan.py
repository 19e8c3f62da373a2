"""The offline writer's plan: what the letter argues before any sentence is written.

A letter a recruiter reads to the end makes two or three points, each a requirement of this posting with the
strongest CV evidence for it, admits at most one important gap, and gives one reason to want this job in the
writer's own words. The plan holds exactly that, chosen from the evidence map alone; `template.py` realises it.
Requirements enter a sentence only as noun phrases ("Lead, schedule and coach a team" -> "leading, scheduling and
coaching a team") and only when they name nothing the CV lacks and carry no figure of the posting's.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from lemminflect import getAllLemmas

from careervp.logic.text import content_terms, join_list, matched_terms, skills_in, word_set
from careervp.logic.writers import template_content as content
from careervp.logic.writers.defects import has_verb
from careervp.logic.writers.grammar import as_gerund_phrase, base_form, capitalise
from careervp.logic.writers.phrasing import BASE_VERBS, article, lower_first, quoted
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch
from careervp.vocabulary import is_generic_skill

MAX_TOPIC_WORDS = 7
_PERK = re.compile(
    r"[$£€]|\bright to (?:live|work)|\bwork permit|\bvisa\b|"
    r"\b(?:salary|bonus|pension|401\(k\)|insurance|holidays?|vacation|PTO|paid time off|allowance|discount\w*|"
    r"dental|vision|medical|benefits?|equity|stock options|parental leave|wellness|relocation|dues covered)\b",
    re.IGNORECASE,
)
"""What the posting offers rather than asks: never a point to prove, never a gap to admit."""
_PREFIX = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:strong|solid|proven|demonstrated|demonstrable|hands-on|deep|excellent|expert|advanced|"
    r"working|good|clear|current|active|recent|professional|prior|practical|direct|some)\s+)*"
    r"(?:(?:knowledge|experience|proficiency|familiarity|understanding|background|exposure|expertise|skills?|"
    r"confidence|comfort|fluency|interest|track\s+record|record|results)\s+(?:of|in|with|on|at)?\s*)?",
    re.IGNORECASE,
)
_CUT = re.compile(r"\s*(?:\(|:|;|—|–\s|,|\bsuch as\b|\be\.g\.|\bincluding\b|\bor equivalent\b|\bor similar\b).*$")
_PRONOUNS = {"our": "your", "we": "you", "us": "you"}
_STOP = frozenset(
    [
        "since",
        "for",
        "in",
        "at",
        "across",
        "with",
        "by",
        "to",
        "from",
        "and",
        "or",
        "of",
        "on",
        "as",
        "that",
        "which",
        "who",
        "while",
        "where",
        "than",
        "per",
        "each",
        "every",
    ]
)
LANGUAGES = word_set(
    """english french german spanish italian portuguese dutch flemish polish czech slovak hungarian romanian
    bulgarian greek turkish russian ukrainian swedish norwegian danish finnish icelandic irish welsh gaelic
    catalan basque arabic hebrew persian farsi urdu hindi bengali punjabi tamil gujarati mandarin cantonese
    chinese japanese korean vietnamese thai indonesian malay tagalog swahili amharic yoruba hausa igbo somali"""
)
"""Names of languages, so that a language requirement is read as one (any field's posting may ask for one)."""
_SECTION_LABELS = frozenset({"languages", "skills", "tools", "other", "technical skills", "software"})
"""CV section names that a reader sometimes files as a skill."""
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "several",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]
)
_HOOK_AUXILIARIES = frozenset({"is", "are", "has", "have", "had", "was", "were", "been", "will", "can", "now", "also"})


@dataclass(frozen=True)
class Point:
    """One requirement the letter answers, with its evidence, strongest first."""

    topic: str | None
    """The requirement as a noun phrase, or None when it cannot be named safely (the evidence still stands)."""
    evidence: tuple[content.Accomplishment, ...]


@dataclass(frozen=True)
class LetterPlan:
    points: tuple[Point, ...]
    gap: content.Gap | None
    company_reason: str | None
    """What the company does, restated as a noun phrase to follow "your": "work on farm equipment parts"."""
    credential: EvidenceFact | None
    """One degree or licence a must-have asks for and the CV holds."""
    skills: tuple[str, ...] = field(default_factory=tuple)
    """Up to three CV skills answering requirements that no cited fact answers."""
    reserve: tuple[content.Accomplishment, ...] = field(default_factory=tuple)
    """Further evidence, in order, for longer letters."""


def is_base_verb(word: str) -> bool:
    """A verb in its base form ("coach", not "coaching" or "budget"): the curated bullet verbs, or a word lemminflect
    lemmatises to itself as a verb when it follows one of them in a series ("build and check")."""
    return word in BASE_VERBS


def _series_verb(word: str) -> bool:
    return word in BASE_VERBS or (base_form(word) == word and bool(getAllLemmas(word, upos="VERB")))


def is_perk(requirement: str) -> bool:
    return bool(_PERK.search(requirement))


def topic_phrase(requirement: str, vocab: content.Vocabulary, *, keep_case: bool = False) -> str | None:
    """A requirement as a short noun phrase the letter can name, or None: too long, a figure of the posting's (a
    letter repeating "a team of about 20" would seem to claim it), or a tool the CV does not name. `keep_case` marks
    the user's own emphasis areas, which keep their wording; a posting's requirement must be in the CV's words."""
    text = _CUT.sub("", quoted(requirement)).strip()
    text = _PREFIX.sub("", text).strip(" ,.")
    text = re.sub(r"\b(?:our|we|us)\b", lambda m: _PRONOUNS[m.group(0)], text)
    phrase = text if keep_case else lower_first(text)
    text = as_gerund_phrase(phrase, is_base_verb, _series_verb)
    words = text.split()
    if not words or len(words) > MAX_TOPIC_WORDS or re.search(r"\d", text):
        return None
    if words[0].endswith("ing") and any(not is_generic_skill(name) for name, _ in skills_in(text)):
        return None  # "running services on AWS" reads as claiming the practice, not only the tool
    if any(name.casefold() not in vocab.skills for name, _ in skills_in(text)):
        return None  # naming a skill in the letter claims it: only the CV's own, by name
    if not vocab.names_only_known(text):
        return None  # "an HRIS", "Opera Cloud": a name or acronym the CV never uses would read as claimed
    terms = content_terms(text)
    if not keep_case and matched_terms(terms, set(vocab.terms)) != terms:
        return None  # "schema design" from a CV that never says it: a posting's requirement is named in the CV's words
    return text


def plan_letter(evidence: EvidenceMap, *, points_wanted: int) -> LetterPlan:
    vocab = content.vocabulary(evidence)
    pool = [tidy(a) for a in content.accomplishments(evidence, content.jobs(evidence)) if a.vp]
    pool = [a for a in pool if a.vp]
    by_id = {a.fact.fact_id: a for a in pool}
    used: set[str] = set()
    points: list[Point] = []
    for req in _by_importance(evidence.requirements):
        if len(points) >= points_wanted:
            break
        if any(fid in used for fid in req.fact_ids[:1]):
            continue  # its best evidence already makes an earlier point
        found = [by_id[f] for f in req.fact_ids if f in by_id and f not in used]
        found += [a for a in pool if a.fact.fact_id not in used and a not in found and _supports(a, req, evidence)]
        if not found:
            continue
        found.sort(key=lambda a: (":" in (a.vp or ""), not a.fact.metrics))
        chosen = tuple(found[:3])
        used.update(a.fact.fact_id for a in chosen)
        topic = topic_phrase(req.requirement, vocab, keep_case=req.category is RequirementCategory.EMPHASIS)
        points.append(Point(topic, chosen))
    if not points and pool:
        points.append(Point(None, (pool[0],)))
        used.add(pool[0].fact.fact_id)
    gaps = [g for g in content.gaps(evidence, vocab) if not is_perk(g.topic)]
    gap = gaps[0] if gaps else None
    if gap is not None:  # one alternative of "X or Y" is the gap to name; a long posting line is not restated
        short = _first_alternative(gap.topic)
        gap = content.Gap(short, gap.is_credential) if short else None
    if gap is not None:
        gap = _language_gap(gap.topic, vocab) or content.Gap(
            _with_article(as_gerund_phrase(gap.topic, is_base_verb, _series_verb)), gap.is_credential
        )
    reserve = tuple(a for a in pool if a.fact.fact_id not in used)
    cited = frozenset(used)
    skills, _ = content.matched_skills(evidence, 4, cited, max_words=12)
    written = {f.text.strip().casefold(): f.text.strip() for f in evidence.facts if f.kind is FactKind.SKILL}
    skills = [_as_written(s, written) for s in skills if s.casefold() not in _SECTION_LABELS][:3]
    return LetterPlan(tuple(points), gap, company_reason(evidence), _credential(evidence), tuple(skills), reserve)


def tidy(item: content.Accomplishment) -> content.Accomplishment:
    """A verb phrase that stands as one sentence: a clause after ";" is joined with "and" when it has its own verb
    ("...in 2021; satisfaction rose" -> "...in 2021, and satisfaction rose") and dropped when it is a fragment
    ("; rotation coordinator since 2023"); a second sentence without a verb goes too. A CV line that is a title
    with its parts ("Shortlisted, Teacher of the Year — Network — ...") is no sentence at all."""
    vp = re.sub(r"\.\s+(\([^()]*\))$", r" \1", item.vp or "")
    if vp.count("—") >= 2 or re.match(r"(?:was|am)\s+\w+,", vp):
        return dataclasses.replace(item, vp=None)
    first, *others = re.split(r"\.\s+(?=[A-Z(])", vp)
    vp = first + "".join(f". {capitalise(o)}" for o in others if has_verb(o) and len(o.split()) >= 4)
    head, *clauses = vp.split("; ")
    vp = head + "".join(f", and {c}" for c in clauses if has_verb(c))
    return dataclasses.replace(item, vp=vp)


_MAX_GAP_WORDS = 7


def _first_alternative(topic: str) -> str | None:
    """ "supporting SOC 2 Type II or ISO 27001 audits" -> "supporting SOC 2 Type II audits"; None when even one
    alternative is too long to name without restating the posting."""
    head, _, tail = topic.partition(" or ")
    if tail:
        last = tail.split()[-1]
        topic = head if head.split()[-1] == last else f"{head} {last}"
    return topic if len(topic.split()) <= _MAX_GAP_WORDS else None


def _language_gap(topic: str, vocab: content.Vocabulary) -> content.Gap | None:
    """ "Fluent French and English" from a CV with English -> "French"; "A second European language" stays whole.
    A language requirement becomes "I do not yet speak X", never "I have not worked with fluent French"."""
    names = [w for w in re.findall(r"[A-Za-z]+", topic) if w.casefold() in LANGUAGES]
    missing = [n for n in names if n.casefold() not in vocab.terms]
    if missing:
        return content.Gap(join_list(missing), is_credential=False, is_language=True)
    if not names and re.search(r"\blanguages?\b", topic, re.IGNORECASE):
        return content.Gap(lower_first(topic), is_credential=False, is_language=True)
    return None


def _with_article(topic: str) -> str:
    """ "portfolio of published stories" -> "a portfolio of published stories": a singular count noun heading an
    "of" phrase needs its article once it stands in a sentence."""
    words = topic.split()
    if len(words) < 3 or words[1] != "of" or not words[0].islower():
        return topic
    lemmas = getAllLemmas(words[0], upos="NOUN")
    if not lemmas or lemmas["NOUN"][0] != words[0] or getAllLemmas(words[0], upos="VERB"):
        return topic
    return f"{article(topic)} {topic}"


def _as_written(label: str, written: dict[str, str]) -> str:
    """ "opera PMS" -> "Opera PMS": a product name keeps the capital the CV gives it, even first in a list item."""
    original = written.get(label.casefold())
    return original if original and re.search(r"\b[A-Z]{2,}\b", original) else label


def _by_importance(requirements: list[RequirementMatch]) -> list[RequirementMatch]:
    """The user's emphasis areas first (they said what matters), then must-haves, nice-to-haves and duties, each in
    the posting's order; perks and unmet requirements are no points."""
    order = (RequirementCategory.EMPHASIS, RequirementCategory.MUST_HAVE, RequirementCategory.NICE_TO_HAVE,
             RequirementCategory.RESPONSIBILITY)  # fmt: skip
    chosen = [r for r in requirements if not r.is_gap and r.fact_ids and not is_perk(r.requirement)]
    return sorted(chosen, key=lambda r: (order.index(r.category), -r.score))


def _supports(item: content.Accomplishment, req: RequirementMatch, evidence: EvidenceMap) -> bool:
    """Whether an accomplishment shares the requirement's own words (the map links only its closest few facts)."""
    if req.category is not RequirementCategory.EMPHASIS:
        return False
    terms = content_terms(req.requirement)
    return len(matched_terms(terms, content_terms(item.fact.text))) >= min(2, len(terms))


def _credential(evidence: EvidenceMap) -> EvidenceFact | None:
    if not content.credentials_requested(evidence):
        return None
    asked = {fid for r in evidence.requirements if not r.is_gap and not is_perk(r.requirement) for fid in r.fact_ids}
    kinds = (FactKind.EDUCATION, FactKind.CERTIFICATION)
    return next((f for f in evidence.facts if f.kind in kinds and f.fact_id in asked), None)


def company_reason(evidence: EvidenceMap) -> str | None:
    """What the company does, as a noun phrase of the posting's own nouns to follow "your": "Acme has made farm
    equipment parts since 1962." -> "work on farm equipment parts"; "Acme builds billing software for clinics." ->
    "billing software work". The letter builds its own sentence around it, so nothing the posting says
    is pasted back, and figures stay out (they would read as the candidate's)."""
    company_words = {w.casefold() for w in re.findall(r"[\w’']+", evidence.company_name)} | {"we"}
    for hook in evidence.company_hooks:
        words = re.findall(r"[A-Za-z][\w’'-]*|\d\S*|[,;:.()]", hook)
        i = 0
        while i < len(words) and words[i].casefold() in company_words:
            i += 1  # the subject: the company or "we"
        while 0 < i < len(words) and words[i].casefold() in _HOOK_AUXILIARIES:
            i += 1
        if 0 < i < len(words) and getAllLemmas(words[i].casefold(), upos="VERB"):
            phrase = _object_after(words[i + 1 :])
            if phrase:
                return phrase
    return None


def _object_after(words: list[str]) -> str | None:
    """The object noun phrase, with one prepositional phrase ("billing software for veterinary clinics"); a figure
    inside it is left out, so the phrase never states one."""
    taken: list[str] = []
    prepositions = 0
    for word in words:
        low = word.casefold()
        if low in _HOOK_AUXILIARIES or low in _PRONOUNS:
            return None
        if re.match(r"\d", word) and taken:
            continue
        if low in {"for", "in", "across"} and taken and prepositions == 0:
            prepositions += 1
            taken.append(low)
            continue
        if low in _STOP or not word[:1].isalpha():
            break
        taken.append(word)
    while taken and taken[-1] in {"for", "in", "across"}:
        taken.pop()
    if not 2 <= len(taken) <= 8 or taken[0].casefold() in _DETERMINERS:
        return None  # "a newsroom", "four plants": a thing with its own article or count cannot take "your"
    phrase = lower_first(" ".join(taken))
    head = (
        taken[-1]
        if not prepositions
        else taken[taken.index(next(w for w in taken if w in {"for", "in", "across"})) - 1]
    )
    lemmas = getAllLemmas(head.casefold(), upos="NOUN")
    plural = bool(lemmas) and lemmas["NOUN"][0] != head.casefold()
    return f"work on {phrase}" if plural or prepositions else f"{phrase} work"
