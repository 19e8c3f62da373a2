"""The sentences of a composed letter outside its proof: the fit paragraph (credentials, languages, the gap, the
other requirements met), the profile, a second company reason, and how long the current post has been held. Every
one is drawn from the evidence map; `composer.py` decides which a letter has room for."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from careervp.logic.text import join_list
from careervp.logic.writers import record
from careervp.logic.writers import template_content as content
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.company import company_reasons, first_mention, plain_title
from careervp.logic.writers.grammar import unshouted
from careervp.logic.writers.held import held_facts, held_sentence, tools_sentence
from careervp.logic.writers.letter_parts import main_job, ongoing_jobs, own_profile
from careervp.logic.writers.noun_phrases import asks_for_languages, languages_sentence
from careervp.logic.writers.pieces import is_job_title
from careervp.logic.writers.plan import LetterPlan
from careervp.logic.writers.realise import has_symbols, with_languages_capitalised
from careervp.logic.writers.registers import REGISTERS, SLOT_SHAPES, Register
from careervp.logic.writers.shapes import fits
from careervp.logic.writers.standing import Reach, core_title
from careervp.logic.writers.topics import topic_phrase
from careervp.logic.writers.wording import employer_name, short_company
from careervp.models.evidence import FactKind, RequirementCategory

_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
_MOST_MET = 3
_CREDENTIAL_WORD = re.compile(r"\b(?:degree|diploma|licen[cs]e|certificat\w*|registration)\b", re.IGNORECASE)


class Sentences:
    """What a letter for one brief can say beyond its proof; the choice among a register's frames is a hash of the
    inputs, so the same brief always gives the same words."""

    def __init__(self, brief: WritingBrief, avoid: Sequence[str]) -> None:
        self.brief, self.evidence = brief, brief.evidence
        self.register: Register = REGISTERS[brief.preferences.tone]
        self.target = brief.preferences.word_count_target
        self.avoid = [a.casefold() for a in avoid]
        key = "|".join((self.evidence.company_name, self.evidence.job_title, self.evidence.candidate_name,
                        brief.preferences.tone.value))  # fmt: skip
        self.seed = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
        self.jobs = content.jobs(self.evidence)
        self.same_job = same_jobs(self.jobs)
        self.short = short_company(self.evidence.company_name)
        self.ongoing = ongoing_jobs(self.evidence, self.jobs)
        self.main = main_job(self.evidence, self.jobs, self.ongoing)

    def fill(self, frames: tuple[str, ...], slot: int, **values: str) -> str:
        """The chosen frame filled, or "" when a fragment is not of the shape its slot takes (`SLOT_SHAPES`)."""
        if not all(slot_fits(name, value) for name, value in values.items()):
            return ""
        frame = frames[(self.seed + slot) % len(frames)]
        base = {"company": first_mention(self.evidence), "short": self.short,
                "title": plain_title(self.evidence.job_title)}  # fmt: skip
        return _DOUBLE_STOP.sub(".", frame.format(**{**base, **values}))

    def allowed(self, text: str) -> bool:
        folded = text.casefold()
        return not any(a in folded for a in self.avoid)

    def record_lines(self, plan: LetterPlan, the_reach: Reach | None) -> list[str]:
        """The fit paragraph's first lines: credentials the posting asks for, tools it asks for, languages."""
        lines = [held_sentence(held_facts(self.evidence)) or self.credential_sentence(plan)]
        tools, asked = tools_sentence(self.evidence)
        lines.append(tools if asked else "")
        if asks_for_languages(self.evidence):
            lines.append(languages_sentence(self.evidence) or "")
        return [
            with_languages_capitalised(_INCLUDING.sub("including", line))
            for line in lines
            if line and self.allowed(line) and not unbalanced(line)  # "F-Gas certificate (EC 307/.": a cut name
        ]

    def gap_line(self, plan: LetterPlan) -> str:
        """The one honest gap, said last in the fit paragraph: after everything the CV does meet."""
        if plan.gap is None:
            return ""
        line = with_languages_capitalised(record.gap_sentence(plan.gap, self.register, self.fill))
        if not line or not self.allowed(line) or unbalanced(line):
            return ""
        second = with_languages_capitalised(record.second_gap_sentence(plan.second_gap)) if plan.second_gap else ""
        return f"{line} {second}" if second and self.allowed(second) and not unbalanced(second) else line

    def credential_sentence(self, plan: LetterPlan) -> str:
        """The licence or degree a must-have asks for, by the CV's name, when the CV's credentials answer no
        requirement plainly enough for `held_sentence`."""
        if plan.credential is None:
            return ""
        if plan.credential.kind is FactKind.EDUCATION:  # the degree asked for: the other degrees then go unsaid
            return record.degree_sentence(plan.credential)
        phrase = record.credential_phrase(plan.credential)
        if re.search(r"[;·|]", phrase):
            return ""  # "Fujikura 90S+ · EXFO MaxTester ...": a list of tools the reader filed as one credential
        return self.fill(self.register.credential, 5, credential=phrase)

    def profile(self) -> str:
        """The CV's profile line as the candidate's own sentence: restated ("In short, I am ...") or, when the CV
        already says it in the first person, as written."""
        text = record.profile_sentence(self.evidence) or own_profile(self.evidence)
        return text if text and self.allowed(text) and not has_symbols(text) else ""

    def titled(self, job: int) -> bool:
        """Whether a job's role reads as a title after "as a": "Store Manager (from 2014; ...)" does not."""
        role = unshouted(self.jobs[job].title)
        return is_job_title(role) and "(" not in role

    def in_field_jobs(self) -> list[int]:
        """Earlier jobs in the line of work applied for, newest first: the title's kind of job in the role's name,
        or a result of the job that the evidence map ties to one of the posting's requirements."""
        head = core_title(self.evidence.job_title).split()[-1:]
        tied = {fid for r in self.evidence.requirements if not r.is_gap for fid in r.fact_ids}
        tied_jobs = {(f.employer, f.role) for f in self.evidence.facts if f.fact_id in tied}
        in_title = [bool(head) and head[0].casefold() in job.title.casefold() for job in self.jobs]
        found = [self.same_job[i] for i, job in enumerate(self.jobs)
                 if in_title[i] or (job.employer, job.role) in tied_jobs]  # fmt: skip
        return [i for i in dict.fromkeys(found) if i != self.main]

    def met_sentence(self, plan: LetterPlan) -> str:
        """The posting's other requirements the CV meets in its own words, must-haves first, in one sentence;
        none a credential (those are named by the CV's own name) or a degree."""
        vocabulary = content.vocabulary(self.evidence)
        must = {topic_phrase(r.requirement, vocabulary) for r in self.evidence.requirements
                if r.category is RequirementCategory.MUST_HAVE and not r.is_gap}  # fmt: skip
        said = {p.topic for p in plan.points} | set(plan.role_focus) | set(plan.strengths)
        fresh = [t for t, _ in plan.also_met if t not in said and not _CREDENTIAL_WORD.search(t)]
        topics = sorted(fresh, key=lambda t: t not in must)[:_MOST_MET]
        if not topics:
            return ""
        sentence = self.fill(self.register.met, 10, topics=join_list(topics))
        return sentence if self.allowed(sentence) else ""

    def second_reason(self, plan: LetterPlan) -> str:
        """A second thing the posting says the company does, restated: the opening's reason, widened."""
        others = (r for r in company_reasons(self.evidence) if r != plan.company_reason and r.startswith("work "))
        reason = next(others, None)
        if reason is None or plan.company_reason is None:
            return ""
        sentence = self.fill(self.register.why_also, 11, reason=reason)
        return sentence if self.allowed(sentence) else ""


def slot_fits(name: str, value: str) -> bool:
    """Whether a value is of the shape its slot takes; a slot with no declared shape takes the writer's own words."""
    accepted = SLOT_SHAPES.get(name)
    if accepted is None:
        return True
    phrase = re.sub(r"^work\s+(?:on\s+|in\s+|with\s+)?", "", value) if name == "reason" else value
    return fits(phrase, accepted)


def same_jobs(jobs: list[content.Job]) -> list[int]:
    """For each job, the first in the list that names the same post at the same employer: a CV line the reader
    filed twice (once with its parts the wrong way round) is one job, named once."""

    def key(job: content.Job) -> tuple[str, str]:
        title = job.employer if job.swapped else job.role
        return unshouted(title).casefold(), employer_name(job.organisation).casefold()

    keys = [key(job) for job in jobs]
    return [keys.index(k) for k in keys]


_INCLUDING = re.compile(r"\bincl\.?(?=\s)")
"""A credential's shorthand ("Type rating B737, incl. MAX differences"): a full stop inside a sentence splits it."""


def unbalanced(text: str) -> bool:
    """ "Engagements (freelance": a role line cut inside its brackets."""
    return text.count("(") != text.count(")")
