"""The template writer: the offline, deterministic default, and the fallback when a model's letter fails FVS.

It plans first (`plan.py`: the requirements that matter with their strongest evidence, at most one honest gap, one
reason for this role), then realises the plan in four or five paragraphs: why this role, proof, fit and gap, close.
CV bullets become first-person sentences (only person and tense change, so every fact stays checkable); the company
is named in full once, then by its short form or "you". Length is met by how much evidence is cited, never by
padding; the same request always gives the same letter (variation comes from a hash of the inputs).
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import re
from collections.abc import Sequence

from careervp.logic.text import join_list, word_count
from careervp.logic.writers import record
from careervp.logic.writers import template_content as content
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.career import stated_years
from careervp.logic.writers.company import first_mention, plain_title
from careervp.logic.writers.ending import closing_topic, same_topic, with_the
from careervp.logic.writers.grammar import capitalise, names_in_name_case, unshouted
from careervp.logic.writers.held import held_facts, held_sentence, tools_sentence
from careervp.logic.writers.noun_phrases import asks_for_languages, languages_sentence
from careervp.logic.writers.pieces import (
    ORGANISATION,
    Piece,
    is_employer_name,
    is_job_title,
    paragraph_halves,
    piece_job,
    piece_said,
    piece_vp,
    results_joinable,
    with_also,
)
from careervp.logic.writers.plan import LetterPlan, Point, names_topic, plan_letter
from careervp.logic.writers.realise import with_languages_capitalised
from careervp.logic.writers.registers import REGISTERS, Register
from careervp.logic.writers.wording import article, employer_name, short_company
from careervp.models.api import FVSViolation
from careervp.models.evidence import FactKind
from careervp.models.letter import Draft

LENGTH_AIM = 0.08
"""Fill to within 8% of the target with the evidence that matters; the promise to the user is 15%."""
LENGTH_FLOOR = 0.13  # below the target by more than this, more of the CV's record comes in rather than miss 15%
MAX_PARAGRAPH = 6  # sentences of evidence in one paragraph before it is split in two
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


class TemplateWriter:
    """Implements the Writer port (and `OfflineWriter`); name "template"."""

    @property
    def name(self) -> str:
        return "template"

    async def write(
        self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None, stronger: bool = False
    ) -> Draft:
        return await asyncio.to_thread(self.write_now, brief, feedback=feedback)  # CPU work: off the event loop

    def write_now(self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None) -> Draft:
        avoid = [v.found for v in feedback or [] if v.found and len(v.found.strip()) >= 3]
        text, used = compose(brief, avoid=avoid)
        return Draft(text=text, evidence_used=used, writer=self.name)


def compose(brief: WritingBrief, *, avoid: Sequence[str] = ()) -> tuple[str, list[str]]:
    """The letter for `brief` and the ids of the facts it cites."""
    text, used = _Letter(brief, avoid).write()
    return _DOUBLE_STOP.sub(".", with_languages_capitalised(names_in_name_case(text))), used


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
        self.first_name = first_mention(self.evidence)
        self.title = plain_title(self.evidence.job_title)
        current = self.evidence.current_employer
        self.current = employer_name(current) if current and self.evidence.current_role else None
        self.ties = 0
        """Requirements named so far in the letter being rendered: each next one is said a little differently."""
        self.turns: set[str] = set()
        """The job the opening paragraph names; evidence from it says "in my current role" instead of its name."""

    def fill(self, frames: tuple[str, ...], slot: int, **values: str) -> str:
        frame = frames[(self.seed + slot) % len(frames)]
        base = {"company": self.first_name, "short": self.short, "title": self.title}
        return _DOUBLE_STOP.sub(".", frame.format(**{**base, **values}))

    def allowed(self, text: str) -> bool:
        folded = text.casefold()
        return not any(a in folded for a in self.avoid)

    # ------------------------------------------------------------------------------------------- planning

    def write(self) -> tuple[str, list[str]]:
        points_wanted = 2 if self.target < 250 else 3 if self.target < 330 else 4
        plan = plan_letter(self.evidence, points_wanted=points_wanted, cv_text=self.brief.cv_text)
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

    def fit(self, chosen: list[Piece], candidates: Sequence[Piece], *, low: float) -> None:
        """Add candidates in order while the letter is shorter than target - `low` and stays under target + aim."""
        words = word_count(self.render(chosen))  # kept as pieces are added: rendering is the writer's main cost
        for piece in candidates:
            if words >= self.target * (1 - low):
                return
            longer = word_count(self.render([*chosen, piece]))
            if longer <= self.target * (1 + LENGTH_AIM):
                chosen.append(piece)
                words = longer

    def pieces(self, plan: LetterPlan) -> tuple[list[Piece], list[Piece], list[Piece]]:
        """(pieces every letter has, pieces that earn their place in this order, pieces only for a letter that would
        otherwise fall short: more of the CV's record, then what the candidate would bring)."""
        r, points = self.register, [p for p in plan.points if self.allowed(p.evidence[0].fact.text)]
        required = [Piece("opening", 0, self.fill(r.opening, 1), order=0), self.background()]
        # The role's focus is said only from what the posting asks; the user's emphasis areas are the candidate's
        # strengths, said as such when the cited evidence names them in so many words.
        topics = list(plan.role_focus)
        mine = list(plan.strengths) or [p.topic for p in points if p.topic and not p.asked and p.strength][:2]
        frames, topics = (r.why, topics) if topics else (r.why_mine, mine)
        if topics:
            joined = ", as well as ".join(topics) if any(" and " in t for t in topics) else join_list(topics)
            required.append(Piece("why", 0, self.fill(frames, 2, topic=joined), order=2))
        reason = plan.company_reason
        if reason and reason.startswith("work "):
            required.append(Piece("why_company", 0, self.fill(r.why_company, 6, reason=reason), order=3))
        elif reason:
            kind = self.fill(r.why_kind, 6, a_reason=f"{article(reason)} {reason}")
            required.append(Piece("why_company", 0, kind, order=3))
        proofs = [self.evidence_piece(point, i) for i, point in enumerate(points)]
        supports = [
            Piece(f"support{i}.{n}", self.paragraph_of(item), fact_id=item.fact.fact_id,
                   order=proofs[i].order + 1 + n, item=item)
            for i, point in enumerate(points) for n, item in enumerate(point.evidence[1:])
        ]  # fmt: skip
        required += proofs[:1]
        gap = [self.gap(plan)] if plan.gap else []
        if plan.gap is not None and plan.gap.is_credential:  # a missing licence is said whatever the length, last
            required += [dataclasses.replace(g, paragraph=3, order=90) for g in gap]
            gap = []
        firsts = [p for p in supports if p.key.endswith(".0")]  # one further result per point before any second one
        wanted = proofs[1:2] + gap + proofs[2:3] + firsts + proofs[3:]
        wanted += [p for p in supports if p not in firsts]
        record_tools: list[Piece] = []
        tools, asked = tools_sentence(self.evidence)
        if tools:  # a tools line the posting's must-haves cite comes early; otherwise only for a short letter
            (wanted if asked else record_tools).append(Piece("tools", 2, tools, order=83.5))
        held_ids = frozenset(f.fact_id for f in held_facts(self.evidence))
        held = held_sentence(held_facts(self.evidence))
        if held:  # the licences the posting asks for, in one plain sentence, whatever the length
            required.append(Piece("held", 2, held, order=84))
        elif plan.credential is not None:
            wanted.append(self.credential(plan))
        reserve = [Piece(f"reserve{n}", self.paragraph_of(item), fact_id=item.fact.fact_id, order=50 + n, item=item)
                   for n, item in enumerate(plan.reserve)]  # fmt: skip
        # A short letter is filled with more of the CV's results first, then the tools that answer the posting, and
        # only then the record the posting does not ask for (earlier posts, degrees, further certificates); never
        # with summaries of what was said, lists of requirements "also covered", promises or offers to say more.
        fallback = list(reserve)
        if plan.skills:
            fallback.append(Piece("skills", 2, self.fill(r.skills, 7, skills=join_list(plan.skills)), order=83))
        if asks_for_languages(self.evidence):
            fallback += [Piece("languages", 2, text, order=85) for text in [languages_sentence(self.evidence)] if text]
        fallback += self.profile()
        fallback += [Piece("history", 2, order=80), *self.degree(plan)]
        fallback += [*self.certifications(plan, held_ids), *record_tools[:1]]  # one sentence each, at most three names
        ending = closing_topic(plan)
        # The last resort: what the conversation would be about, never the close's own topic again.
        for topic in [t for t in (*plan.role_focus[::-1], *mine) if not same_topic(t, ending)][:1]:
            fallback.append(Piece("closing_topic", 3, self.fill(r.closing_topic, 5, topic=with_the(topic)), order=97))
        closing = self.fill(r.closing_on, 8, topic=ending) if ending else self.fill(r.closing, 8)
        required.append(Piece("closing", 3, closing, order=98))
        if self.brief.preferences.include_salary_expectations:
            required.append(Piece("salary", 3, self.fill(r.salary, 9), order=99))

        def usable(pieces: list[Piece]) -> list[Piece]:
            return [p for p in pieces if (p.text or p.item or p.key in _DYNAMIC) and self.allowed(piece_said(p))]

        return usable(required), usable(wanted), usable(fallback)

    # ------------------------------------------------------------------------------------------- sentences

    def background(self) -> Piece:
        ev, r = self.evidence, self.register
        years = stated_years(ev)  # only time in the field applied for: never the kitchens of a cook turned arborist
        if ev.current_role and ev.current_employer:
            role = unshouted(ev.current_role)
            employer = employer_name(ev.current_employer)
            values = {"a_role": f"{article(role)} {role}", "employer": employer}
            if years:
                text = self.fill(r.background_years, 3, years=years, **values)
            else:
                text = self.fill(r.background, 3, **values)
            if not is_employer_name(employer, self.brief.candidate.location):
                text = text.replace(f" at {employer}", "")  # "at Denver": a place, not an employer
            return Piece("background", 0, text, order=1)
        if years:
            return Piece("background", 0, f"I have {years} of experience in this work.", order=1)
        return Piece("background", 0, "")

    def profile(self) -> list[Piece]:
        text = record.profile_sentence(self.evidence)
        return [Piece("summary", 0, text, order=1.5)] if text else []

    def degree(self, plan: LetterPlan) -> list[Piece]:
        text = record.degrees_sentence(self.evidence, plan)
        return [Piece("degree", 2, text, order=81)] if text else []

    def credential(self, plan: LetterPlan) -> Piece:
        assert plan.credential is not None
        if plan.credential.kind is FactKind.EDUCATION:
            return Piece("credential", 2, record.degree_sentence(plan.credential), order=82)
        name = record.credential_phrase(plan.credential)
        return Piece("credential", 2, self.fill(self.register.credential, 5, credential=name), order=82)

    def certifications(self, plan: LetterPlan, said: frozenset[str]) -> list[Piece]:
        text = record.certificates_sentence(self.evidence, plan, said)
        return [Piece("certificates", 2, text, order=84)] if text else []

    def gap(self, plan: LetterPlan) -> Piece:
        assert plan.gap is not None
        return Piece("gap", 2, record.gap_sentence(plan.gap, self.register, self.fill), order=90)

    def evidence_piece(self, point: Point, index: int) -> Piece:
        """A point's strongest evidence; it says which requirement it answers only when it names that requirement's
        own words, so evidence is never put under a requirement it does not prove."""
        item = point.evidence[0]
        tie = point.topic if point.topic and names_topic(item, point.topic) else None
        return Piece(f"proof{index}", self.paragraph_of(item), fact_id=item.fact.fact_id, order=10.0 * (index + 1),
                      item=item, tie=tie)  # fmt: skip

    def paragraph_of(self, item: content.Accomplishment) -> int:
        """Results from the current job make one paragraph, results from earlier jobs the next: a story told in
        order, each job named once."""
        if item.fact.employer is None and _ROLE_HELD.match(item.vp or ""):
            return 2  # a post outside the CV's jobs ("was a volunteer crew member at ..."): after the work history
        return 1 if self.current is None or item.fact.employer is None or self.is_current(item) else 2

    def is_current(self, item: content.Accomplishment) -> bool:
        """Whether a result is from the job held now (not from an earlier post at the same employer)."""
        same_employer = employer_name(item.fact.employer or "") == self.current
        role = item.fact.role
        return same_employer and (role in (None, self.evidence.current_role) or not is_job_title(role or ""))

    # ------------------------------------------------------------------------------------------- rendering

    def render(self, pieces: Sequence[Piece]) -> str:
        """The letter, evidence worded in reading order: a job is named once, by the first sentence about it; the
        results after it go on in the first person ("I also ..."), two short ones joined in one sentence."""
        paragraphs: list[list[str]] = [[] for _ in range(4)]
        record_lines: list[str] = []
        self.ties, self.turns = 0, set()
        ordered = self.reading_order(pieces)
        cited = {employer_name(p.item.fact.employer) for p in ordered if p.item and p.item.fact.employer}
        named = {self.current} if self.current else set()
        block: list[Piece] = []
        for piece in [*ordered, None]:
            if block and (piece is None or piece.item is None or piece_job(piece) != piece_job(block[0])
                          or piece.paragraph != block[0].paragraph):  # fmt: skip
                first = not paragraphs[block[0].paragraph]
                paragraphs[block[0].paragraph] += self.passage(block, named, first=first)
                block = []
            if piece is None:
                break
            if piece.item is not None:
                block.append(piece)
                continue
            text = (
                record.history_sentence(self.evidence, cited, self.brief.candidate.location)
                if piece.key == "history"
                else piece.text
            )
            if text and piece.paragraph == 2 and piece.key != "history":
                record_lines.append(text)  # degrees, credentials, the gap: after the story of the jobs
            elif text:
                paragraphs[piece.paragraph].append(text)
        if len(record_lines) >= 2 or (record_lines and len(paragraphs[2]) >= MAX_PARAGRAPH // 2):
            paragraphs.insert(3, record_lines)
        else:
            paragraphs[2] += record_lines
        if len(paragraphs[2]) == 1 and len(paragraphs[1]) <= 1:  # a lone sentence reads as an afterthought
            paragraphs[1] += paragraphs[2]
            paragraphs[2] = []
        paragraphs = [half for paragraph in paragraphs for half in paragraph_halves(paragraph, MAX_PARAGRAPH)]
        body = "\n\n".join(" ".join(p) for p in paragraphs if p)
        greeting = self.fill(self.register.greeting, 0)
        signoff = self.fill(self.register.signoff, 0)
        name = self.evidence.candidate_name or self.brief.candidate.name
        return f"{greeting}\n\n{body}\n\n{signoff}\n{name}"

    def reading_order(self, pieces: Sequence[Piece]) -> list[Piece]:
        """Pieces by paragraph and place, with each paragraph's evidence gathered by job (in the order the jobs first
        come up), so one job's results read as one passage."""
        first_seen: dict[tuple[int, str], float] = {}
        for piece in sorted(pieces, key=lambda p: p.order):
            if piece.item is not None:
                first_seen.setdefault((piece.paragraph, piece_job(piece)), piece.order)

        def place(piece: Piece) -> tuple[int, float, float]:
            if piece.item is None:
                return (piece.paragraph, piece.order, piece.order)
            if piece.paragraph == 2 and piece.item.group >= 0:  # earlier jobs newest first: "Before that", in order
                return (piece.paragraph, piece.item.group / 100, piece.order)
            return (piece.paragraph, first_seen[(piece.paragraph, piece_job(piece))], piece.order)

        return sorted(pieces, key=place)

    def passage(self, block: list[Piece], named: set[str], *, first: bool) -> list[str]:
        """Sentences for one job's results: the first names the job, the rest follow on, two short results joined
        by "and"; a result that answers a requirement in its own words is introduced by naming it."""
        lead = block[0]
        assert lead.item is not None
        sentences = [self.joined(self.tie(lead), self.lead_sentence(lead, named, first=first))]
        rest = [p for p in block[1:] if p.item is not None]
        i = 0
        while i < len(rest):
            tie, vp = self.tie(rest[i]), piece_vp(rest[i])
            joinable = i + 1 < len(rest) and not rest[i + 1].tie and results_joinable(vp, piece_vp(rest[i + 1]))
            if not tie and joinable:
                vp, i = f"{vp}, and {piece_vp(rest[i + 1])}", i + 1
            frame = self.register.also[-1] if tie else self.register.also[len(sentences) % 2 - 1]
            sentences.append(self.joined(tie, with_also(frame, vp)))  # after a requirement is named, no "also"
            i += 1
        return sentences

    def tie(self, piece: Piece) -> str:
        """ "Much of my experience is in load rating. ": the requirement a result answers, each in its own words; an
        activity ("leading on company welfare") is not announced, the sentence after it says it in the same words."""
        if not piece.tie or re.match(r"\w+ing (?:on|in|to|for|with|the|a|an|and)\b", piece.tie):
            return ""
        frames = self.register.tie
        self.ties += 1
        return frames[min(self.ties, len(frames)) - 1].format(topic=piece.tie, topic_cap=capitalise(piece.tie)) + " "

    @staticmethod
    def joined(tie: str, sentence: str) -> str:
        """A tie that ends in a colon introduces the sentence after it: "...is specific: in my current role, I..."."""
        if tie.endswith(": ") and not sentence.startswith("I "):
            return tie + sentence[:1].lower() + sentence[1:]
        return tie + sentence

    def lead_sentence(self, piece: Piece, named: set[str], *, first: bool) -> str:
        assert piece.item is not None
        r, vp, slot = self.register, piece.item.vp or "", int(piece.order)
        employer = employer_name(piece.item.fact.employer) if piece.item.fact.employer else None
        if employer is None:
            return f"I {vp}."
        role = unshouted(piece.item.fact.role or "")
        if not is_employer_name(employer, self.brief.candidate.location) and not self.is_current(piece.item):
            return f"Earlier, as {article(role)} {role}, I {vp}." if is_job_title(role) else f"Earlier, I {vp}."
        if employer == self.current and self.is_current(piece.item):
            return self.fill(r.current, slot, vp=vp)
        if employer == self.current:  # an earlier post at the employer the opening names
            where = self.turn((f"Earlier at {short_company(employer) or employer}", "Before that", "Earlier still"))
            return f"{where}, as {article(role)} {role}, I {vp}." if where else f"As {article(role)} {role}, I {vp}."
        if employer in named:
            return self.fill(r.earlier_named, slot, vp=vp)
        named.add(employer)
        if ORGANISATION.search(role):  # a reader took the employer for the role: name neither rather than both wrong
            return self.fill(r.earlier_named, slot, vp=vp)
        if not is_job_title(role):  # "Kestwick, Leeds": a place the reader filed as the title
            return f"At {employer}, I {vp}."
        if self.current is None:  # no job named before it: the first is introduced ("As a ..."), the next "Earlier"
            where = self.turn(("Earlier",)) if len(named) > 1 else ""
        else:
            where = self.turn(("Before that", "Earlier"))
        return f"{where + ', as' if where else 'As'} {article(role)} {role} at {employer}, I {vp}."

    def turn(self, options: tuple[str, ...]) -> str:
        """The first way back in time ("Before that") not used yet, or "": the same twice reads as a list."""
        choice = next((option for option in options if option not in self.turns), "")
        self.turns.add(choice)
        return choice


_ROLE_HELD = re.compile(r"(?:was|am|have been) an? ")
_DYNAMIC = frozenset({"history"})  # pieces worded only when the letter is rendered, from what else it cites
