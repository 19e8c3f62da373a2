"""What the template writer can say, drawn only from the evidence map: the raw material before length fitting.

Every piece here is a CV fact (copied, with only person/tense adapted), a posting sentence (with pronouns turned
towards the company), or an honest statement of a gap. `template.py` decides which pieces fit the length and
arranges them in the chosen voice.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass

from careervp.logic.evidence.rules import is_credential_requirement, required_degree_level, required_years
from careervp.logic.fvs.context import looks_like_organisation
from careervp.logic.fvs.roles import looks_like_title
from careervp.logic.numbers import parse_number
from careervp.logic.remembered import remembered_frozen
from careervp.logic.text import content_terms, matched_terms, skills_in, word_count
from careervp.logic.writers.licences import cv_names
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.realise import misread_as_verb
from careervp.logic.writers.wording import employer_name, gap_topic
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory

_WEIGHT = {
    RequirementCategory.MUST_HAVE: 3.0,
    RequirementCategory.EMPHASIS: 2.5,
    RequirementCategory.NICE_TO_HAVE: 1.0,
    RequirementCategory.RESPONSIBILITY: 1.0,
}


@dataclass(frozen=True)
class Accomplishment:
    """One CV fact the letter may cite, with the grammar worked out."""

    fact: EvidenceFact
    vp: str | None
    """First-person verb phrase without "I", or None when the fact does not open with a verb."""
    group: int
    """Index of the job it belongs to, newest first; -1 for facts outside any job."""

    @property
    def words(self) -> int:
        return word_count(self.vp or self.fact.text)


@dataclass(frozen=True)
class Job:
    employer: str
    role: str
    is_current: bool

    @property
    def title(self) -> str:
        """The post as a letter names it: the role, or none when the reader filed a line's two parts the wrong way
        round ("The Harbour Gazette" as the role, "Copy Editor" as the employer): the letter then names the
        employer alone, which the checker, reading the CV the same way, can match."""
        return "" if self.swapped else self.role

    @property
    def organisation(self) -> str:
        """The employer as a letter names it (see `title`)."""
        return self.role if self.swapped else self.employer

    @property
    def swapped(self) -> bool:
        employer_is_title = looks_like_title(self.employer) and not looks_like_organisation(self.employer)
        return employer_is_title and not looks_like_title(self.role)


@dataclass(frozen=True)
class Gap:
    topic: str
    is_credential: bool
    is_language: bool = False
    """A language the candidate does not speak yet: `topic` names it ("French", "a second European language")."""
    count: int = 1
    """How many credentials `topic` names ("the B2 licence or the 787 type rating")."""


@dataclass(frozen=True)
class Vocabulary:
    """What the CV talks about: the skills it names (canonical, case-folded) and its topic words."""

    skills: frozenset[str]
    terms: frozenset[str]
    text: str = ""
    """Every fact's text, case-folded, for phrases that must appear as the CV writes them."""

    def names_only_known(self, phrase: str) -> bool:
        """Whether every capitalised name and every number in `phrase` also appears in the CV: a duty or requirement
        quoted in the first person ("I would love to run campaigns on Pinterest") must not bring in anything new."""
        if re.search(r"\d", phrase):
            return False
        words = re.findall(r"(?<!^)(?<![.!?]\s)\b([A-Z][\w&+-]*)", phrase)
        return all(content_terms(w, drop_generic=False) <= self.terms for w in words) and self.covers(phrase)

    def covers(self, phrase: str) -> bool:
        """Whether every skill `phrase` names is in the CV, by name or word for word. The letter must not seem to
        claim a tool merely by quoting the posting or the user's emphasis areas."""
        for name, (start, end) in skills_in(phrase):
            if name.casefold() in self.skills:
                continue
            words = content_terms(phrase[start:end], drop_generic=False)
            if not words or matched_terms(words, set(self.terms)) != words:
                return False
        return True


@remembered_frozen(8)  # a function of the map alone, asked for by the plan and once per requirement a letter restates
def vocabulary(evidence: EvidenceMap) -> Vocabulary:
    skills: set[str] = set()
    terms: set[str] = set()
    for fact in evidence.facts:
        skills |= {name.casefold() for name, _ in skills_in(fact.text)}
        terms |= content_terms(fact.text, drop_generic=False)
    return Vocabulary(frozenset(skills), frozenset(terms), "\n".join(f.text.casefold() for f in evidence.facts))


def jobs(evidence: EvidenceMap) -> list[Job]:
    """The candidate's jobs, newest first (role facts carry ids in that order)."""
    roles = sorted((f for f in evidence.facts if f.kind is FactKind.ROLE), key=_id_order)
    result: list[Job] = []
    for fact in roles:
        if fact.employer and fact.role:
            current = fact.role == evidence.current_role and employer_name(fact.employer) == employer_name(
                evidence.current_employer or ""
            )
            result.append(Job(fact.employer, fact.role, current))
    return result


_TIME_OUT = re.compile(
    r"\b(?:career\s+break|sabbatical|job\s+search|(?:maternity|paternity|parental|family|medical)\s+leave)\b", re.I
)


def is_time_out(fact: EvidenceFact) -> bool:
    """Whether a line sits under a break from work ("Career break and dispatcher training", "Maternity leave")."""
    return any(_TIME_OUT.search(part or "") for part in (fact.role, fact.employer))


def _id_order(fact: EvidenceFact) -> tuple[int, str]:
    match = re.search(r"\d+", fact.fact_id)
    return (int(match.group(0)) if match else 0, fact.fact_id)


@remembered_frozen(8)  # a function of the CV and posting alone: every draft, tone and try of their letter reads it
def ranked_accomplishments(evidence: EvidenceMap) -> tuple[Accomplishment, ...]:
    """`accomplishments` of the map's own jobs, worked out once per evidence map."""
    return tuple(accomplishments(evidence, jobs(evidence)))


def accomplishments(evidence: EvidenceMap, job_list: list[Job]) -> list[Accomplishment]:
    """Citable facts in the order the letter should prefer them: each next one covers the most requirements not yet
    covered (must-haves and emphasis areas weigh most), with measurable results and the map's own ranking as
    tie-breakers."""
    index = {(job.employer, job.role): i for i, job in enumerate(job_list)}
    for i, job in enumerate(job_list):  # a role line may add a place or size to the employer its bullets name
        index.setdefault((employer_name(job.employer), job.role), i)
    pool: list[Accomplishment] = []
    said: set[str] = set()  # a bullet copied into two jobs is one accomplishment, kept where the CV says it first
    for fact in evidence.facts:
        wording = " ".join(fact.text.casefold().split())
        if wording in said:
            continue
        said.add(wording)
        if fact.kind is FactKind.ACHIEVEMENT and is_time_out(fact):
            continue  # "Job search; temp work outside aviation": what filled a break, not work to cite
        if fact.kind is FactKind.ACHIEVEMENT:
            key = (fact.employer or "", fact.role or "")
            group = index.get(key, index.get((employer_name(key[0]), key[1]), -1))
            ongoing = group >= 0 and job_list[group].is_current
            vp = verb_phrase(fact.text, ongoing=ongoing, in_job=group >= 0)
            if vp is not None and misread_as_verb(fact.text, vp):
                vp = None  # a date, a header or a compound noun read as a verb: left out rather than garbled
            pool.append(Accomplishment(fact, vp, group))
        elif fact.kind is FactKind.GAP_RESPONSE and re.match(r"I\b", fact.text):
            pool.append(Accomplishment(fact, None, -1))
    # A line outside any job that is neither a verb-led result nor a titled item ("Lab Safety Essentials — a
    # module...") means little out of its CV context.
    pool = [a for a in pool if a.group >= 0 or a.vp or a.fact.kind is FactKind.GAP_RESPONSE or _is_titled(a.fact.text)]
    supports: dict[str, list[int]] = {a.fact.fact_id: [] for a in pool}
    weights = [_WEIGHT[r.category] for r in evidence.requirements]
    for i, req in enumerate(evidence.requirements):
        for fid in req.fact_ids:
            if fid in supports:
                supports[fid].append(i)
    rank = {f.fact_id: n for n, f in enumerate(evidence.facts)}
    covered: set[int] = set()

    def gain(item: Accomplishment) -> float:
        new = [i for i in supports[item.fact.fact_id] if i not in covered]
        return sum(weights[i] for i in new) + steady[item.fact.fact_id]

    steady = {a.fact.fact_id: _steady_gain(a, rank[a.fact.fact_id]) for a in pool}
    # Lazy greedy: a fact's gain only falls as requirements get covered, so a stale gain is an upper bound and only
    # the top of the heap needs re-scoring. Same order as re-scoring every fact at every step (ties: pool order),
    # at O(n log n) instead of O(n^2) for a CV with thousands of bullets.
    heap = [(-gain(item), position) for position, item in enumerate(pool)]
    heapq.heapify(heap)
    ordered: list[Accomplishment] = []
    while heap:
        stale, position = heapq.heappop(heap)
        item = pool[position]
        current = gain(item)
        if current != -stale:
            heapq.heappush(heap, (-current, position))
            continue
        ordered.append(item)
        covered.update(supports[item.fact.fact_id])
    return ordered


def _steady_gain(item: Accomplishment, rank: int) -> float:
    """The part of a fact's gain that does not depend on what is already covered."""
    score = 1.5 if item.fact.metrics else 0.0
    if item.vp is None and not item.fact.text.startswith("I "):  # quoted as a CV line, less fluent
        score -= 1.0 if _is_titled(item.fact.text) else 2.0
    score -= 0.5 if item.words > 40 else 0.0
    return score - 0.05 * rank


def _is_titled(text: str) -> bool:
    return bool(re.search(r"\s[—–-]\s|:\s", text)) and word_count(text) >= 6


_GAP_STOP = frozenset(
    " ".join(
        (
            "with from that this their your have been will must able strong working knowledge experience active",
            "current including related field other such least years year",
        )
    ).split()
)


def _cv_may_hold(requirement: str, evidence: EvidenceMap) -> bool:
    """Some CV fact names two of the requirement's content words, by stem and acronym ("Ohio Resident Adjuster
    License" for "Active state adjuster license (Ohio or reciprocal)"; "Registered Veterinary Technician (RVT),
    California" for "California RVT registration"), so the gap is uncertain."""
    words = {w for w in content_terms(requirement) if w not in _GAP_STOP and len(w) >= 3}
    return any(len(matched_terms(words, content_terms(f.text))) >= 2 for f in evidence.facts)


def gaps(evidence: EvidenceMap, vocab: Vocabulary, limit: int = 2) -> list[Gap]:
    """Important unmet requirements (must-haves), named plainly so the letter never implies them."""
    found: list[Gap] = []
    for req in evidence.requirements:
        if not req.is_gap or req.category is not RequirementCategory.MUST_HAVE:
            continue
        if required_years(req.requirement) is not None:
            continue  # the letter states the real span instead of arguing about it
        if required_degree_level(req.requirement) is not None:
            # A missing degree is left unsaid rather than named: FVS reads any degree named in a letter as claimed,
            # negated or not, and silence claims nothing.
            continue
        if _cv_may_hold(req.requirement, evidence) or cv_names(req.requirement, evidence):
            continue  # a gap the map is unsure of is left unsaid: a letter must never deny what the CV holds
        if counted_team_met(req.requirement, evidence):
            continue  # "teams of 8+" beside a CV that manages eleven: the letter's own figures would contradict it
        topic = gap_topic(req.requirement, known_skills=set(vocab.skills))
        if topic and all(topic.casefold() != g.topic.casefold() for g in found):
            found.append(Gap(topic, is_credential_requirement(req.requirement)))
    return found[:limit]


_TEAM_ASKED = re.compile(
    r"\b(?:teams?|crews?|staff|people|reports|employees)\s+of\s+(?:at\s+least\s+)?(\d+)\s*\+?|"
    r"\b(\d+)\s*\+?\s+(?:or\s+more\s+)?(?:staff|people|reports|employees|direct\s+reports)\b",
    re.IGNORECASE,
)
_TEAM_HELD = re.compile(r"\b(?:team|crew|staff|shift)\s+of\s+(\w+)", re.IGNORECASE)
_MANAGING = re.compile(r"^(?:manage|managed|supervise|supervised|lead|led|line-manage|line-managed)\s+(.*)$", re.I)


def counted_team_met(requirement: str, evidence: EvidenceMap) -> bool:
    """Whether a requirement for a team of a size ("supervising site teams of 8+") is met by a CV line that counts
    one at least as large: "team of 12", "a shift of fourteen", "Manage 3 fitters, 4 labourers and 1 planner"."""
    asked = _TEAM_ASKED.search(requirement)
    if asked is None:
        return False
    wanted = int(asked.group(1) or asked.group(2))
    for fact in evidence.facts:
        held = [int(parse_number(m.group(1)) or 0) for m in _TEAM_HELD.finditer(fact.text)]
        managing = _MANAGING.match(fact.text.strip())
        if managing:  # the people one manages, counted by group
            held.append(sum(int(n) for n in re.findall(r"\b(\d{1,3})\b(?!\s*%)", managing.group(1))))
        if any(n >= wanted for n in held):
            return True
    return False


def credentials_requested(evidence: EvidenceMap) -> bool:
    """Whether a met must-have asks for a degree or licence, so naming credentials answers a requirement."""
    return any(
        req.category is RequirementCategory.MUST_HAVE and not req.is_gap and is_credential_requirement(req.requirement)
        for req in evidence.requirements
    )


def credentials(
    evidence: EvidenceMap, said: frozenset[str] = frozenset()
) -> tuple[list[EvidenceFact], list[EvidenceFact]]:
    """(degrees, certifications) worth naming: the ones a requirement asked for first, then the rest; none whose id
    is in `said` (named elsewhere in the letter)."""
    wanted = {fid for req in evidence.requirements if not req.is_gap for fid in req.fact_ids}

    def pick(kind: FactKind, limit: int) -> list[EvidenceFact]:
        facts = [f for f in evidence.facts if f.kind is kind and f.fact_id not in said]
        facts.sort(key=lambda f: (f.fact_id not in wanted, _id_order(f)))
        return facts[:limit]

    return pick(FactKind.EDUCATION, 2), pick(FactKind.CERTIFICATION, 3)
