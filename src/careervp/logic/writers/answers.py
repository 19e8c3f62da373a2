"""Sentences that answer the posting's must-haves a letter has not yet answered, each worded for the kind of evidence
that meets it.

A recruiter reads a letter against the posting's list: the licence, the years, the tool, the field. The requirement
table often finds a must-have met by something other than an accomplishment the proof can word, and each such one is
answered in the candidate's own words:

- a credential held: "I also hold a CSCS card and IPAF 3a/3b." (several in one sentence);
- years in the field, counted from the CV's dates: "I have 9 years of experience in commercial kitchens.";
- a tool or method from the skills list, with the job that used it when a line of that job names it: "In my current
  role, I use Procore and Bluebeam.";
- a profile sentence that names the requirement, restated in the first person.

Never more than three things in one sentence, and never a requirement whose name is not the CV's own words or the
evidence's; a must-have an accomplishment meets is the composer's to cite, as a result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar

from careervp.logic.evidence.rules import required_years
from careervp.logic.remembered import remembered_frozen
from careervp.logic.text import content_terms, find_stock_phrases, join_list, matched_terms, split_sentences
from careervp.logic.writers import template_content as content
from careervp.logic.writers.career import stated_years, whole_years_in
from careervp.logic.writers.fit_sentences import Sentences, unbalanced
from careervp.logic.writers.grammar import is_finite_clause, unshouted
from careervp.logic.writers.held import MAX_HELD, answers_requirement, held_facts, held_sentence, reads_as_skill
from careervp.logic.writers.letter_parts import Result
from careervp.logic.writers.licences import written
from careervp.logic.writers.noun_phrases import CONDITION, as_first_person
from careervp.logic.writers.pieces import IN_PROGRESS, is_degree_line
from careervp.logic.writers.plan import is_perk
from careervp.logic.writers.realise import has_symbols
from careervp.logic.writers.record import degree_sentence
from careervp.logic.writers.shapes import NOUN_SLOT, fits
from careervp.logic.writers.topics import core_topic, field_asked, topic_phrase
from careervp.logic.writers.wording import article, lower_first
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch
from careervp.vocabulary import is_generic_skill
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.people import is_person_noun

MOST_IN_ONE = 3
"""Things one answering sentence names: more reads as a list."""
_LONGEST_TOOL = 8
"""Words in a skills-list item, its note in brackets included, that a sentence can carry."""
_STRONGEST = 3
"""Further results with figures a letter may cite though they answer no requirement: the CV's best, not its list."""
_FIGURE = re.compile(r"\d")
_NOTE = re.compile(r"\s*\([^()]*\)")
_Item = TypeVar("_Item")
METHODS = "methods"
"""The key under which skills that are no named tool are said together."""
_NO_FIELD = frozenset({"this", "that", "these", "such", "similar", "related", "relevant", "the", "a", "an"})
"""Words that open no field of work: "10+ years in this work" names none."""
_ANSWERED = (RequirementCategory.MUST_HAVE, RequirementCategory.NICE_TO_HAVE, RequirementCategory.RESPONSIBILITY)
"""What the answers take up, in turn: a short letter answers the posting's wishes once its needs are answered."""
_MID_STOP = re.compile(r"[a-z]\.\s+[a-z]")
_HEAD_END = re.compile(r"\s+(?:with|in|at|who|for|since|from|on)\s+|[,;:—–(]")
"""Where the head of a profile line ends: "Land surveyor | with 16 years ...", "Dispatcher | , 911 ..."."""


@dataclass(frozen=True)
class Answer:
    """A sentence answering one or more must-haves: where the first of them stands in the posting, and the facts it
    names."""

    place: int
    sentence: str
    fact_ids: frozenset[str] = field(default_factory=frozenset)


@dataclass
class _Found:
    """The open must-haves sorted by the kind of evidence that meets them, in the posting's order."""

    credentials: list[tuple[int, EvidenceFact]] = field(default_factory=list)
    degrees: list[tuple[int, EvidenceFact]] = field(default_factory=list)
    tools: dict[int | str | None, list[tuple[int, str, str | None]]] = field(default_factory=dict)
    """Job index (None for no job named, METHODS for skills that are no named tool) -> (place, the skill as the CV
    writes it, the requirement's topic)."""
    answers: list[Answer] = field(default_factory=list)
    cited: list[tuple[int, str]] = field(default_factory=list)
    """Accomplishments that meet a must-have: the composer cites them as results."""


class Answering(Sentences):
    """The answering sentences of a letter for one brief."""

    credentials_named: frozenset[str] | set[str] = frozenset()
    """The ids of the certificates an answer names: the record's list of further certificates leaves them out."""
    tools_named: frozenset[str] | set[str] = frozenset()
    """The tools an answer names (case-folded): a list of skills later in the letter leaves them out."""
    said_already = ""
    """The words of the facts the letter cites anyway, case-folded: a tool they name needs no sentence of its own."""

    def answers(
        self, answered: frozenset[str], *, held_said: bool = False
    ) -> tuple[list[Answer], list[tuple[int, str]]]:
        """(sentences answering the met must-haves none of whose facts is in `answered`, in the posting's order; the
        places and ids of accomplishments that meet further ones); `held_said` when the letter names a credential
        already."""
        found = _Found()
        self.tools_named, self.credentials_named = set(), set()
        facts = {f.fact_id: f for f in self.evidence.facts}
        held = {f.fact_id for f in held_facts(self.evidence)}
        self.said_already = " ".join(facts[f].text for f in answered | held if f in facts).casefold()
        requirements = self.evidence.requirements
        for tier, category in enumerate(_ANSWERED):  # the must-haves first, in the posting's order
            for place, req in enumerate(requirements):
                if req.category is category and _is_open(req, answered | held):
                    evidence = [facts[f] for f in req.fact_ids if f in facts]
                    self.sort_evidence(tier * len(requirements) + place, req, evidence, found)
        answers = [*found.answers, *self.credential_answers(found, bool(held) or held_said), *self.tool_answers(found)]
        taken: set[str] = set()
        kept = []
        for answer in sorted(answers, key=lambda a: a.place):
            if _MID_STOP.search(answer.sentence):
                continue  # "... in First Class. from the University ...": a line cut in the wrong place
            if answer.sentence not in taken and self.allowed(answer.sentence):
                taken.add(answer.sentence)
                kept.append(answer)
        return kept, list(dict.fromkeys(found.cited))

    def sort_evidence(self, place: int, req: RequirementMatch, facts: list[EvidenceFact], found: _Found) -> None:
        """Files a must-have under the first kind of its evidence a sentence can word."""
        years = self.years_answer(place, req)
        if years is not None:
            found.answers.append(years)
            return
        topic = self.topic(req.requirement)
        for fact in facts:
            if fact.kind is FactKind.CERTIFICATION and answers_requirement(fact, req.requirement):
                found.credentials.append((place, fact))
                return
            if fact.kind is FactKind.EDUCATION and is_degree_line(fact.text) and not IN_PROGRESS.search(fact.text):
                found.degrees.append((place, fact))
                return
            if fact.kind is FactKind.SKILL and _tool_answers(fact.text, req.requirement):
                if written(_NOTE.sub("", fact.text).strip().casefold(), self.said_already):
                    return  # a result the letter cites names the tool already
                key = self.job_using(fact.text) if _is_named_tool(fact.text) else METHODS
                found.tools.setdefault(key, []).append((place, fact.text.strip(), topic))
                return
            if fact.kind is FactKind.SUMMARY:
                summary = self.summary_answer(place, fact, req.requirement)
                if summary is not None:
                    found.answers.append(summary)
                    return
            if fact.kind is FactKind.ACHIEVEMENT and fact.employer and self.citable(fact.fact_id):
                found.cited.append((place, fact.fact_id))
                return

    def citable(self, fact_id: str) -> bool:
        """Whether the letter can word an accomplishment as a sentence of its own (the composer knows)."""
        return True

    def topic(self, requirement: str) -> str | None:
        vocab = content.vocabulary(self.evidence)
        return topic_phrase(requirement, vocab) or core_topic(requirement, vocab)

    def years_answer(self, place: int, req: RequirementMatch) -> Answer | None:
        """ "I have 9 years of experience in commercial kitchens.": the years the CV's dates give in the field asked,
        never fewer than asked, and never a second count of the years the opening states."""
        asked = required_years(req.requirement)
        topic = field_asked(req.requirement, content.vocabulary(self.evidence))
        if asked is None or topic is None or topic.split()[0].casefold() in _NO_FIELD:
            return None
        years = whole_years_in(self.evidence, req.requirement)
        opening = stated_years(self.evidence) or ""
        if years is None or years < max(asked, 2) or any(abs(int(n) - years) <= 1 for n in re.findall(r"\d+", opening)):
            return None  # the opening's count of years in this work says it already
        field = topic if re.match(r"(?:as|in|on|with|at)\s", topic) else f"in {topic}"  # "as a coordinator"
        # "more than" the whole years less one: the CV's dates are months apart from a reader's count of them, and
        # a year or two of the span may be in other work
        return Answer(place, f"I have more than {years - 1} years of experience {field}.")

    def summary_answer(self, place: int, fact: EvidenceFact, requirement: str) -> Answer | None:
        """The profile's sentence that names the requirement, said in the first person; none that counts years the
        opening counts otherwise."""
        terms = content_terms(requirement)
        best, shared = "", 0
        for line in split_sentences(fact.text):
            common = len(matched_terms(terms, content_terms(line)))
            if common > shared:
                best, shared = line.strip(), common
        if not terms or shared < min(2, len(terms)):
            return None
        said = best if re.match(r"I [a-z]", best) and is_finite_clause(best) else self.restated(best)
        if said and said.startswith("I have been "):
            return None  # "I have been a deputy to ... since 2022": a post and its dates, which the record says
        if not said or has_symbols(said) or unbalanced(said) or find_stock_phrases(said) or self.recounts(said):
            return None
        return Answer(place, said if said.endswith(".") else f"{said}.", frozenset({fact.fact_id}))

    def restated(self, line: str) -> str | None:
        """A profile line in the first person: "Land surveyor with a county practice." -> "I am a land surveyor with a
        county practice."; "Hill lambing, gathering with dogs, shearing." -> "My work covers hill lambing, gathering
        with dogs, shearing."; None for anything else ("Comfortable alone on the hill.")."""
        head = _HEAD_END.split(line.strip())[0].split()
        opener = set(getAllLemmas(head[0].casefold())) if head else set()
        if head and opener & {"NOUN", "ADJ"} and is_person_noun(head[-1].casefold().strip(".,")):
            return as_first_person(line, self.evidence)
        items = line.strip().rstrip(".").split(",")
        first = line.split()[0].casefold() if line.split() else ""
        if re.search(r"\d|\sto\s|\s[/+&]\s", line) or len(items) > MOST_IN_ONE or is_finite_clause(line):
            return None  # "Studying CeMAP to become an adviser": a plan, not work done
        known = getAllLemmas(first)
        last = items[0].split()[-1].casefold() if items[0].split() else ""
        if "NOUN" not in known and (known or "NOUN" not in getAllLemmas(last)):
            return None  # "Comfortable alone on the hill": a state, not work ("cold-moulded hulls" is work)
        if is_person_noun(last.strip(".,")):
            return None  # "BACN member", "NRSWA supervisor": a membership or a post, not work the letter can cover
        covered = lower_first(line.strip().rstrip("."))
        return f"My work covers {covered}." if fits(covered, NOUN_SLOT) else None  # "known for ...": a quality

    def recounts(self, sentence: str) -> bool:
        stated = re.findall(r"\d+", stated_years(self.evidence) or "")
        counted = re.findall(r"(\d+)\+? years?\b", sentence)
        return any(n not in stated for n in counted) or re.search(r"[a-z] years?\b", sentence) is not None

    def job_using(self, skill: str) -> int | None:
        """The one job whose lines name a skill (by its name without a note in brackets), or None."""
        name = _NOTE.sub("", skill).strip().casefold()
        using = set()
        for fact in self.evidence.facts:
            if fact.kind is FactKind.ACHIEVEMENT and fact.employer and written(name, fact.text.casefold()):
                using |= {self.same_job[i] for i, job in enumerate(self.jobs)
                          if (job.employer, job.role) == (fact.employer, fact.role)}  # fmt: skip
        return next(iter(using)) if len(using) == 1 else None

    def credential_answers(self, found: _Found, held_already: bool) -> list[Answer]:
        answers = []
        held = {f.fact_id for f in held_facts(self.evidence)}
        if not held_already and found.credentials:  # no credential sentence in the fit paragraph: these make it
            group = [fact for _, fact in found.credentials][:MAX_HELD]
            sentence = held_sentence(group)
            if sentence:
                answers.append(Answer(found.credentials[0][0], sentence, frozenset(f.fact_id for f in group)))
                held |= {f.fact_id for f in group}
        # Every credential the posting asks for is named in that one sentence, each once; a further one is not
        # listed in a second ("I also hold ...").
        self.credentials_named |= held
        for place, degree in found.degrees[:1]:  # the degree asked for; the others are the record's
            sentence = degree_sentence(degree)
            if sentence:
                answers.append(Answer(place, sentence, frozenset({degree.fact_id})))
        return answers

    def tool_answers(self, found: _Found) -> list[Answer]:
        """A sentence per job that used the tools (the ones no line ties to a job in one more), up to three tools
        each, named by the requirements they answer when their own names do not."""
        answers = []
        for job, tools in found.tools.items():
            for group in _groups(tools):
                names = list(dict.fromkeys(name for _, name, _ in group))
                self.tools_named |= {_NOTE.sub("", n).strip().casefold() for n in names}
                unnamed = [t for _, _, t in group if t and not _names_topic(" ".join(names), t)]
                lead = f"For {join_list(list(dict.fromkeys(unnamed)))}, " if 0 < len(unnamed) <= 2 else ""
                if job == METHODS or not lead:  # a skill is named only in a sentence saying what it served
                    continue
                said = f"{lead}{self.using(job if isinstance(job, int) else None)} {join_list(names)}."
                answers.append(Answer(group[0][0], said[:1].upper() + said[1:]))
        return answers

    def telling(self, further: list[Result]) -> list[Result]:
        """The further results worth a reader's time: those that answer a requirement, and the CV's strongest few;
        the rest would read as CV lines strung together."""
        told = telling_lines(self.evidence)
        measured = [r.fact_id for r in further if r.fact_id not in told and _FIGURE.search(r.sentence)]
        strongest = set(measured[:_STRONGEST])  # the best of the rest: results with their figures, not duties
        return [r for r in further if r.fact_id in told or r.fact_id in strongest]

    def using(self, job: int | None) -> str:
        """ "in my current role, I use", "as a Site Engineer, I used", "I work with": an earlier job by its title, since
        the proof may name its employer, and a job is named once."""
        if job is None or not 0 <= job < len(self.jobs):
            return "I work with"
        if job in self.ongoing:
            return "in my current role, I use" if job == self.main else "I also use"
        role = unshouted(self.jobs[job].title)
        return f"as {article(role)} {role}, I used" if self.titled(job) else "I have used"


@remembered_frozen(8)  # a function of the map alone, read by every draft's additions and its history line
def telling_lines(evidence: EvidenceMap) -> frozenset[str]:
    """The ids of the accomplishments that answer a requirement: those the requirement table ties to one, and those
    sharing a content word with one (the table ties only each one's closest few)."""
    ranked = content.ranked_accomplishments(evidence)
    found = {fid for r in evidence.requirements if not r.is_gap for fid in r.fact_ids}
    asked = [
        terms for r in evidence.requirements if not is_perk(r.requirement) if (terms := content_terms(r.requirement))
    ]
    for item in ranked:
        terms = content_terms(item.fact.text)
        if any(matched_terms(need, terms) for need in asked):
            found.add(item.fact.fact_id)
    return frozenset(found)


def _is_open(req: RequirementMatch, answered: frozenset[str] | set[str]) -> bool:
    """A requirement the CV meets, that the letter has not answered, and that is no perk or condition of the job."""
    if req.is_gap or not req.fact_ids:
        return False
    if is_perk(req.requirement) or CONDITION.search(req.requirement):
        return False
    return not any(f in answered for f in req.fact_ids)


def _tool_answers(skill: str, requirement: str) -> bool:
    """Whether a skills-list item is a tool or method that shares a word with the requirement and a sentence can
    carry ("Procore" for "Daily use of Procore"; not "Leadership" or a list run together)."""
    bare = _NOTE.sub("", skill).strip()
    named = bare.split() and all(w[:1].isupper() for w in bare.split())  # "Yardi Voyager": a product, not a person
    if (
        is_generic_skill(bare)
        or not (reads_as_skill(bare) or named)
        or len(skill.split()) > _LONGEST_TOOL
        or unbalanced(skill)
        or has_symbols(skill)
    ):
        return False
    if re.search(r"[;:·|]|\b(?:19|20)\d\d\b", skill) or _is_activity(bare):  # "ATV (Lantra, 2015)": a ticket
        return False
    return bool(matched_terms(content_terms(requirement), content_terms(bare)))


def _is_named_tool(skill: str) -> bool:
    """A tool by its name ("ArcGIS Field Maps", "IPM", "Mindbody", "Iress MSO"): a word in capitals or with a capital
    inside, a word no dictionary knows, or every word capitalised; "Market appraisals" or "Excel" is a skill."""
    words = _NOTE.sub("", skill).split()
    first = words[0] if words else ""
    if re.search(r"[A-Z]", first[1:]) or (first[:1].isupper() and not getAllLemmas(first.casefold())):
        return True
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _is_activity(item: str) -> bool:
    """ "photograph lots for catalogues": a verb and its object, something done rather than a tool ("machine
    shearing" and "body condition scoring" are tools and methods)."""
    words = item.casefold().split()
    if len(words) < 2 or words[0] not in getAllLemmas(words[0]).get("VERB", ()):
        return False
    second = getAllLemmas(words[1]).get("NOUN", ())
    return words[1] in _DETERMINERS or (words[1].endswith("s") and bool(second) and words[1] not in second)


_DETERMINERS = frozenset({"a", "an", "the", "all", "new", "our", "their", "every"})


def _names_topic(names: str, topic: str) -> bool:
    terms = content_terms(topic)
    return matched_terms(terms, content_terms(names)) == terms


def _groups(items: list[_Item]) -> list[list[_Item]]:
    """Items in runs of at most MOST_IN_ONE, in order."""
    return [items[i : i + MOST_IN_ONE] for i in range(0, len(items), MOST_IN_ONE)]
