"""The template writer: the offline, deterministic default, and the fallback when a model's letter fails FVS.

It plans first (`plan.py`: two or three requirements with their strongest evidence, at most one honest gap, one
reason for this role) and then realises the plan in four or five paragraphs with one arc: why this role, proof, fit
and gap, close. CV bullets become first-person sentences (only person and tense change, so every fact stays
checkable against the CV); requirements appear only as noun phrases; the company is named in full once, then by its
short form or "you". Length is met by how much evidence is cited, never by padding a fact: pieces are added in order
of importance while the letter stays under the target, and dropped from the least important end when it is over.
Variation between letters comes from a hash of the inputs, so the same request always gives the same letter.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from careervp.logic.evidence_facts import credential_name
from careervp.logic.text import join_list, word_count
from careervp.logic.writers import template_content as content
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.grammar import capitalise, count_of
from careervp.logic.writers.phrasing import article, employer_name, quoted, short_company
from careervp.logic.writers.plan import LetterPlan, Point, plan_letter
from careervp.logic.writers.registers import REGISTERS, Register
from careervp.models.api import FVSViolation
from careervp.models.evidence import FactKind
from careervp.models.letter import Draft

LENGTH_AIM = 0.08
"""Fill to within 8% of the target with the evidence that matters; the promise to the user is 15%."""
LENGTH_FLOOR = 0.13
"""Below target - 13%, more of the CV's record (and then how the candidate works) comes in rather than miss 15%."""
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


class TemplateWriter:
    """Implements the Writer port; name "template"."""

    @property
    def name(self) -> str:
        return "template"

    async def write(
        self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None, stronger: bool = False
    ) -> Draft:
        avoid = [v.found for v in feedback or [] if v.found and len(v.found.strip()) >= 3]
        text, used = await asyncio.to_thread(compose, brief, avoid=avoid)  # CPU work: off the event loop
        return Draft(text=text, evidence_used=used, writer=self.name)


def compose(brief: WritingBrief, *, avoid: Sequence[str] = ()) -> tuple[str, list[str]]:
    """The letter for `brief` and the ids of the facts it cites."""
    return _Letter(brief, avoid).write()


@dataclass(frozen=True)
class _Piece:
    key: str
    paragraph: int
    """0 why this role, 1 proof, 2 fit and gap, 3 close."""
    text: str
    fact_id: str | None = None
    order: float = 50.0
    """Place within its paragraph: evidence follows the point it supports."""


class _Letter:
    def __init__(self, brief: WritingBrief, avoid: Sequence[str]) -> None:
        self.brief, self.evidence = brief, brief.evidence
        self.register: Register = REGISTERS[brief.preferences.tone]
        self.target = brief.preferences.word_count_target
        self.avoid = [a.casefold() for a in avoid]
        key = "|".join((self.evidence.company_name, self.evidence.job_title, self.evidence.candidate_name,
                        brief.preferences.tone.value))  # fmt: skip
        self.seed = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
        self.short = short_company(self.evidence.company_name)
        self.same_employer = 0
        self.named: set[str] = set()
        """Employers already named, in the order pieces are made (which is the order they are read)."""

    def fill(self, frames: tuple[str, ...], slot: int, **values: str) -> str:
        frame = frames[(self.seed + slot) % len(frames)]
        base = {"company": self.evidence.company_name, "short": self.short, "title": self.evidence.job_title}
        return _DOUBLE_STOP.sub(".", frame.format(**{**base, **values}))

    def allowed(self, text: str) -> bool:
        folded = text.casefold()
        return not any(a in folded for a in self.avoid)

    # ------------------------------------------------------------------------------------------- planning

    def write(self) -> tuple[str, list[str]]:
        points_wanted = 2 if self.target < 250 else 3 if self.target < 330 else 4
        plan = plan_letter(self.evidence, points_wanted=points_wanted)
        required, wanted, fallback = self.pieces(plan)
        chosen = list(required)
        self.fit(chosen, wanted, low=LENGTH_AIM)
        self.fit(chosen, fallback, low=LENGTH_FLOOR)
        for piece in [p for p in reversed(chosen) if p not in required]:
            if word_count(self.render(chosen)) <= self.target * (1 + LENGTH_AIM):
                break
            chosen.remove(piece)
        used = sorted({p.fact_id for p in chosen if p.fact_id}, key=lambda f: (len(f), f))
        return self.render(chosen), used

    def fit(self, chosen: list[_Piece], candidates: Sequence[_Piece], *, low: float) -> None:
        """Add candidates in order while the letter is shorter than target - `low` and stays under target + aim."""
        for piece in candidates:
            if word_count(self.render(chosen)) >= self.target * (1 - low):
                return
            if word_count(self.render([*chosen, piece])) <= self.target * (1 + LENGTH_AIM):
                chosen.append(piece)

    def pieces(self, plan: LetterPlan) -> tuple[list[_Piece], list[_Piece], list[_Piece]]:
        """(pieces every letter has, pieces that earn their place in this order, pieces only for a letter that would
        otherwise fall short: more of the CV's record, then how the candidate works)."""
        r, points = self.register, [p for p in plan.points if self.allowed(p.evidence[0].fact.text)]
        required = [_Piece("opening", 0, self.fill(r.opening, 1), order=0)]
        topics = [p.topic for p in points if p.topic][:2]
        if topics:
            joined = ", as well as ".join(topics) if any(" and " in t for t in topics) else join_list(topics)
            required.append(_Piece("why", 0, self.fill(r.why, 2, topic=joined), order=1))
        else:
            required.append(_Piece("why", 0, self.fill(r.why_general, 2), order=1))
        if plan.company_reason:
            required.append(_Piece("why_company", 0, self.fill(r.why_company, 6, reason=plan.company_reason), order=2))
        required.append(self.background())
        proofs = [self.proof(point, i) for i, point in enumerate(points)]
        supports = [
            self.support(item, 10 * i + n, paragraph=proofs[i].paragraph, order=proofs[i].order + 1 + n,
                         after=point.evidence[0].fact.employer)
            for i, point in enumerate(points) for n, item in enumerate(point.evidence[1:])
        ]  # fmt: skip
        required += proofs[:1]
        firsts = [p for p in supports if p.order % 10 == 1]  # one further result per point before any second one
        wanted = proofs[1:2] + ([self.gap(plan)] if plan.gap else []) + proofs[2:3] + firsts + proofs[3:]
        wanted += [p for p in supports if p not in firsts]
        if plan.credential is not None:
            wanted.append(self.credential(plan))
        if plan.skills:
            wanted.append(_Piece("skills", 2, self.fill(r.skills, 7, skills=join_list(plan.skills)), order=61))
        record = self.record(plan)
        wanted += record[:1]
        reserve, previous = [], None
        for n, item in enumerate(plan.reserve):
            reserve.append(self.support(item, 40 + n, paragraph=2, order=70 + n, after=previous))
            previous = item.fact.employer
        approach = [_Piece(f"approach{i}", 3, text, order=95 + i) for i, text in enumerate(r.approach)]
        fallback = reserve[:2] + record[1:] + approach[:2] + reserve[2:] + approach[2:]
        required.append(_Piece("closing", 3, self.fill(r.closing, 8), order=98))
        if self.brief.preferences.include_salary_expectations:
            required.append(_Piece("salary", 3, self.fill(r.salary, 9), order=99))

        def usable(pieces: list[_Piece]) -> list[_Piece]:
            return [p for p in pieces if p.text and self.allowed(p.text)]

        return usable(required), usable(wanted), usable(fallback)

    # ------------------------------------------------------------------------------------------- sentences

    def background(self) -> _Piece:
        ev, r = self.evidence, self.register
        years = ev.years_of_experience
        if ev.current_role and ev.current_employer:
            values = {"a_role": f"{article(ev.current_role)} {ev.current_role}",
                      "employer": employer_name(ev.current_employer)}  # fmt: skip
            if years and years >= 1:
                return _Piece(
                    "background", 0, self.fill(r.background_years, 3, years=count_of(years, "year"), **values)
                )
            return _Piece("background", 0, self.fill(r.background, 3, **values), order=3)
        if years and years >= 1:
            return _Piece("background", 0, f"I have {count_of(years, 'year')} of experience in this work.", order=3)
        return _Piece("background", 0, "")

    def proof(self, point: Point, index: int) -> _Piece:
        item = point.evidence[0]
        r, vp = self.register, (item.vp or "")
        employer = employer_name(item.fact.employer) if item.fact.employer else None
        if employer and point.topic and employer in self.named:
            self.same_employer += 1
            text = self.fill(
                r.proof_same, self.same_employer, topic=point.topic, topic_cap=capitalise(point.topic), vp=vp
            )
        elif employer and point.topic:
            text = self.fill(r.proof, 10 + index, topic=point.topic, topic_cap=capitalise(point.topic), vp=vp,
                             employer=employer)  # fmt: skip
        elif employer:
            text = self.fill(r.proof_no_topic, 10 + index, vp=vp, employer=employer)
        else:
            text = self.fill(r.proof_unattached, 10 + index, vp=vp)
        self.named |= {employer} if employer else set()
        return _Piece(f"proof{index}", 1 if index < 2 else 2, text, item.fact.fact_id, order=10.0 * (index + 1))

    def support(
        self, item: content.Accomplishment, slot: int, *, paragraph: int, order: float, after: str | None = None
    ) -> _Piece:
        """Further evidence; named with its employer unless it follows a sentence about the same one."""
        vp = item.vp or ""
        if item.fact.employer and item.fact.employer != after:
            text = self.fill(self.register.proof_no_topic, slot, vp=vp, employer=employer_name(item.fact.employer))
        else:
            text = self.fill(self.register.support, slot, vp=vp)
        return _Piece(f"support{slot}", paragraph, text, item.fact.fact_id, order=order)

    def record(self, plan: LetterPlan) -> list[_Piece]:
        """Earlier roles and a degree not named yet: context for a longer letter."""
        pieces = []
        jobs = content.jobs(self.evidence)
        earlier = [j for j in jobs if not j.is_current][:3]
        if earlier and len(jobs) >= 2:
            by_employer: dict[str, list[str]] = {}
            for job in earlier:
                by_employer.setdefault(employer_name(job.employer), []).append(f"{article(job.role)} {job.role}")
            roles = join_list([f"{join_list(titles)} at {employer}" for employer, titles in by_employer.items()])
            pieces.append(_Piece("history", 2, f"Before that, I worked as {roles}.", order=62))
        degrees, _ = content.credentials(self.evidence)
        degree = next((d for d in degrees if d is not plan.credential), None)
        if degree is not None and (plan.credential is None or plan.credential.kind is not FactKind.EDUCATION):
            pieces.append(_Piece("degree", 2, f"I earned my {quoted(degree.text)}.", order=63))
        return pieces

    def credential(self, plan: LetterPlan) -> _Piece:
        assert plan.credential is not None
        if plan.credential.kind is FactKind.EDUCATION:
            return _Piece("credential", 2, f"I earned my {quoted(plan.credential.text)}.", order=60)
        name = quoted(credential_name(plan.credential))
        return _Piece("credential", 2, self.fill(self.register.credential, 5, credential=name), order=60)

    def gap(self, plan: LetterPlan) -> _Piece:
        assert plan.gap is not None
        frames = self.register.credential_gap if plan.gap.is_credential else self.register.gap
        frames = self.register.language_gap if plan.gap.is_language else frames
        return _Piece("gap", 2, self.fill(frames, 4, gap=plan.gap.topic), order=90)

    # ------------------------------------------------------------------------------------------- rendering

    def render(self, pieces: Sequence[_Piece]) -> str:
        paragraphs: list[list[str]] = [[] for _ in range(4)]
        for piece in sorted(pieces, key=lambda p: p.order):
            if piece.text:
                paragraphs[piece.paragraph].append(piece.text)
        if len(paragraphs[2]) == 1 and len(paragraphs[1]) <= 1:  # a lone sentence reads as an afterthought
            paragraphs[1] += paragraphs[2]
            paragraphs[2] = []
        body = "\n\n".join(" ".join(p) for p in paragraphs if p)
        greeting = self.fill(self.register.greeting, 0)
        signoff = self.fill(self.register.signoff, 0)
        name = self.evidence.candidate_name or self.brief.candidate.name
        return f"{greeting}\n\n{body}\n\n{signoff}\n{name}"
