"""The template writer: the offline, deterministic default, and the fallback when a model's letter fails FVS.

It says nothing that is not in the evidence map. Accomplishments are the CV's own sentences with only person and
tense adapted, the company is described only with the posting's own sentences, and an important unmet requirement
is named as such ("I have not yet worked with X") instead of being implied. Length is met by choosing how many facts
and sentences to include (greedy by importance, measured on the rendered text), never by padding a fact.
Variation between letters comes from a hash of the inputs, so the same request always gives the same letter.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from careervp.logic.evidence_facts import credential_name
from careervp.logic.text import content_terms, join_list, word_count
from careervp.logic.writers import template_content as content
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.phrasing import article, gap_preposition, lower_first, quoted, short_company
from careervp.logic.writers.voices import VOICES, Voice
from careervp.models.api import FVSViolation
from careervp.models.evidence import FactKind
from careervp.models.letter import Draft

FIRST_PASS_SLACK = 0.04
"""Fill up to target +4%, then allow up to +8% for a last short sentence: the aim is +-8%, the contract +-20%."""
SECOND_PASS_SLACK = 0.08
_DEFERRED = "\x00skills"
"""Stands in for a sentence whose wording depends on the rest of the plan (see `skill_sentences`)."""
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


@dataclass
class _Plan:
    """The pieces chosen so far; `render` turns them into the letter."""

    static: dict[str, str] = field(default_factory=dict)
    cited: list[content.Accomplishment] = field(default_factory=list)
    emphasis_facts: dict[str, str] = field(default_factory=dict)
    """emphasis sentence key -> the fact it cites."""


def compose(brief: WritingBrief, *, avoid: Sequence[str] = ()) -> tuple[str, list[str]]:
    """The letter for `brief` and the ids of the facts it cites."""
    return _Composer(brief, avoid).run()


class _Composer:
    def __init__(self, brief: WritingBrief, avoid: Sequence[str]) -> None:
        self.brief = brief
        self.evidence = brief.evidence
        self.voice: Voice = VOICES[brief.preferences.tone]
        self.target = brief.preferences.word_count_target
        self.avoid = [a.casefold() for a in avoid]
        key = "|".join((self.evidence.company_name, self.evidence.job_title, self.evidence.candidate_name,
                        brief.preferences.tone.value))  # fmt: skip
        self.seed = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
        self.vocab = content.vocabulary(self.evidence)
        self.jobs = content.jobs(self.evidence)
        self.short = short_company(self.evidence.company_name)
        self.name = self.evidence.candidate_name or brief.candidate.name
        self.rendering: dict[str, str] = {}
        self.skill_limit = 5 if self.target >= 300 else 4
        self.skill_lists: dict[frozenset[str], tuple[list[str], list[str]]] = {}
        """cited fact ids -> `content.matched_skills`: the draft is rendered after every piece tried, mostly with
        the same facts cited."""

    # ------------------------------------------------------------------------------------------- choosing

    def pick(self, options: tuple[str, ...], slot: int, *, sequential: bool = False) -> str:
        """A variant chosen by the input hash; `sequential` walks the variants in turn (slot 0, 1, 2...) so repeated
        shapes (several hooks) never repeat the same frame."""
        if sequential:
            return options[(self.seed + slot) % len(options)]
        return options[(self.seed + slot * 7919) % len(options)]

    def fill(self, options: tuple[str, ...], slot: int, **values: str) -> str:
        return self._format(self.pick(options, slot), values)

    def fill_next(self, options: tuple[str, ...], slot: int, **values: str) -> str:
        return self._format(self.pick(options, slot, sequential=True), values)

    def _format(self, template: str, values: dict[str, str]) -> str:
        base = {"company": self.evidence.company_name, "short": self.short, "title": self.evidence.job_title}
        text = template.format(**{**base, **values})
        return _DOUBLE_STOP.sub(".", text)  # "Acme, Inc.." when a name ends the sentence

    def allowed(self, text: str) -> bool:
        folded = text.casefold()
        return not any(a in folded for a in self.avoid)

    def run(self) -> tuple[str, list[str]]:
        plan = _Plan()
        required, optional = self.candidates()
        for key, text in required:
            plan.static[key] = text
        achievements = [a for a in content.accomplishments(self.evidence, self.jobs) if self.allowed(a.fact.text)]
        emphasis = self.emphasis_sentences(achievements)
        for i, (key, (text, fact_id)) in enumerate(emphasis.items()):
            plan.emphasis_facts[key] = fact_id
            if i == 0:
                plan.static[key] = text  # the first emphasis area always gets its sentence
            else:
                optional.append((0.95 + 0.02 * i, key, text))
        achievements = [a for a in achievements if a.fact.fact_id not in plan.emphasis_facts.values()]
        if achievements:
            plan.cited.append(achievements.pop(0))
        queue: list[tuple[float, str, object]] = [(1.0 + 0.12 * i, f"fact{i}", a) for i, a in enumerate(achievements)]
        queue += [(priority, key, text) for priority, key, text in optional]
        queue.sort(key=lambda item: item[0])
        for slack in (FIRST_PASS_SLACK, SECOND_PASS_SLACK):
            limit = self.target * (1 + slack)
            for _, key, value in queue:
                if key in plan.static or (isinstance(value, content.Accomplishment) and value in plan.cited):
                    continue
                if word_count(self.render(plan)) >= self.target * (1 - FIRST_PASS_SLACK):
                    break
                self.try_add(plan, key, value, limit)
        self.trim(plan, [key for _, key, _ in reversed(queue)])
        used = {a.fact.fact_id for a in plan.cited}
        used |= {fid for key, fid in plan.emphasis_facts.items() if key in plan.static}
        return self.render(plan), sorted(used, key=lambda f: (len(f), f))

    def trim(self, plan: _Plan, droppable: list[str]) -> None:
        """Over the upper bound with the required pieces alone (a short target, many emphasis areas): drop optional
        pieces, least important first, then accomplishments beyond the first."""
        limit = self.target * (1 + SECOND_PASS_SLACK)
        for key in droppable:
            if word_count(self.render(plan)) <= limit:
                return
            plan.static.pop(key, None)
        while word_count(self.render(plan)) > limit and len(plan.cited) > 1:
            plan.cited.pop()

    def try_add(self, plan: _Plan, key: str, value: object, limit: float) -> None:
        if isinstance(value, content.Accomplishment):
            plan.cited.append(value)
            if word_count(self.render(plan)) > limit:
                plan.cited.pop()
        elif isinstance(value, str):
            plan.static[key] = value
            if word_count(self.render(plan)) > limit:
                del plan.static[key]

    # ------------------------------------------------------------------------------------------- pieces

    def candidates(self) -> tuple[list[tuple[str, str]], list[tuple[float, str, str]]]:
        """(required pieces, optional pieces with priority: lower goes in first)."""
        v, ev = self.voice, self.evidence
        required: list[tuple[str, str]] = [("opening", self.fill(v.opening, 1)), ("closing", self.fill(v.closing, 2))]
        optional: list[tuple[float, str, str]] = []
        hooks = [h for h in content.hook_clauses(ev, self.vocab) if self.allowed(h)]
        if hooks:
            hooks = hooks if self.target >= 300 else sorted(hooks, key=word_count)
            required.append(("hook", self.fill(v.hook, 3, hook=hooks[0])))
            for i, hook in enumerate(hooks[1:4], start=1):
                optional.append((2.0 + 0.2 * i, f"hook{i + 1}", self.fill_next(v.hook_more, i, hook=hook)))
        if self.brief.preferences.include_salary_expectations:
            required.append(("salary", self.fill(v.salary, 5)))
        for i, gap in enumerate(content.gaps(ev, self.vocab)):
            prep = gap_preposition(gap.topic)
            if i == 0:
                template = v.credential_gap if gap.is_credential else v.gap
                required.append((f"gap{i}", self.fill(template, 6, topic=gap.topic, prep=prep)))
                continue
            negation = (f"I do not yet hold the {gap.topic}" if gap.is_credential
                        else f"I have not yet worked {prep} {gap.topic}")  # fmt: skip
            optional.append((1.15, f"gap{i}", self.fill(v.gap_more, 6 + i, negation=negation)))
        years = ev.years_of_experience
        if years and years >= 1:
            if ev.current_role and ev.current_employer:
                text = self.fill(v.years_current, 8, years=str(years), role=ev.current_role,
                                 a_role=f"{article(ev.current_role)} {ev.current_role}",
                                 employer=short_company(ev.current_employer))  # fmt: skip
            else:
                text = self.fill(v.years, 8, years=str(years))
            optional.append((1.05, "years", text))
        skills, other_skills = content.matched_skills(ev, self.skill_limit)
        if skills:  # the wording is settled in `render`, once the cited accomplishments are known
            optional.append((1.1, "skills", _DEFERRED))
        if other_skills:
            optional.append((2.6, "skills2", _DEFERRED))
        summary = content.summary_line(ev)
        if summary:
            optional.append((2.5, "summary", self.fill(v.summary, 16, text=summary)))
        degrees, certs = content.credentials(ev)
        asked = content.credentials_requested(ev)
        if degrees:
            degree_text = " and my ".join(quoted(d.text) for d in degrees)
            optional.append((1.02 if asked else 1.3, "degree", self.fill(v.degree, 10, degree=degree_text)))
        if certs:
            names = join_list([quoted(credential_name(c)) for c in certs])
            optional.append((1.03 if asked else 1.35, "credentials", self.fill(v.credentials, 11, credentials=names)))
        for i, duty in enumerate(content.duties(ev, self.vocab)):
            frames = v.duty if i == 0 else v.duty_more
            optional.append((1.25 + 0.9 * i, f"duty{i}", self.fill_next(frames, i, duty=duty)))
        optional.append((2.8, "closing_extra", self.fill(v.closing_extra, 19)))
        if len(self.jobs) >= 2:
            history = join_list([f"{job.role} at {short_company(job.employer)}" for job in self.jobs[:4]])
            optional.append((1.6, "history", self.fill(v.history, 17, history=history)))
        start = self.seed % len(v.short)
        for i in range(min(2, len(v.short))):
            optional.append((3.0 + i, f"short{i}", v.short[(start + i) % len(v.short)]))
        for i in range(len(v.approach)):
            optional.append((5.0 + i, f"approach{i}", self.fill_next(v.approach, i)))
        return (
            [(k, t) for k, t in required if self.allowed(t)],
            [(p, k, t) for p, k, t in optional if self.allowed(t)],
        )

    def emphasis_sentences(self, pool: list[content.Accomplishment]) -> dict[str, tuple[str, str]]:
        """One sentence per supported emphasis area, each citing a different fact."""
        by_id = {a.fact.fact_id: a for a in pool}
        result: dict[str, tuple[str, str]] = {}
        used: set[str] = set()
        for i, (area, fact_ids) in enumerate(content.emphasis_support(self.evidence)):
            if not self.vocab.covers(area):
                continue  # the area names a skill the CV lacks; a sentence about it would read as a claim
            values = {"emphasis": area, "Emphasis": area[:1].upper() + area[1:]}
            choice = next((by_id[f] for f in fact_ids if f in by_id and f not in used and by_id[f].vp), None)
            if choice is not None:
                context = f"at {short_company(choice.fact.employer)}, I" if choice.fact.employer else "I"
                vp = choice.vp or ""
                frames = self.voice.emphasis
                if re.search(r"[:;]", vp):  # "...a team of 6: 3 marketers..." after a colon reads as a list of lists
                    frames = tuple(f for f in frames if not re.search(r"[:;]", f)) or frames
                text = self.fill_next(frames, i, context=context, Context=context[:1].upper() + context[1:], vp=vp,
                                      **values)  # fmt: skip
                result[f"emphasis{i}"] = (text, choice.fact.fact_id)
                used.add(choice.fact.fact_id)
                continue
            facts = [self.evidence.fact(fid) for fid in fact_ids]
            skill = next((f for f in facts if f and f.kind is FactKind.SKILL and f.fact_id not in used), None)
            if skill is not None and not content_terms(skill.text) <= content_terms(area):
                text = self.fill(self.voice.emphasis_skill, 20 + i, text=lower_first(quoted(skill.text)), **values)
                result[f"emphasis{i}"] = (text, skill.fact_id)
                used.add(skill.fact_id)
        return result

    # ------------------------------------------------------------------------------------------- rendering

    def skill_sentences(self, plan: _Plan) -> dict[str, str]:
        """The skills sentences for the accomplishments chosen so far: skills that answer what they leave open first."""
        cited = frozenset(a.fact.fact_id for a in plan.cited) | frozenset(plan.emphasis_facts.values())
        if cited not in self.skill_lists:
            self.skill_lists[cited] = content.matched_skills(self.evidence, self.skill_limit, cited)
        skills, others = self.skill_lists[cited]
        found: dict[str, str] = {}
        if skills and "skills" in plan.static:
            found["skills"] = self.fill(self.voice.skills, 9, skills=join_list(skills))
        if others and "skills2" in plan.static:
            found["skills2"] = self.fill(self.voice.more_skills, 9, skills=join_list(others))
        return {k: v for k, v in found.items() if self.allowed(v)}

    def render(self, plan: _Plan) -> str:
        s = {k: v for k, v in plan.static.items() if v != _DEFERRED} | self.skill_sentences(plan)
        self.rendering = s
        intro = [s[k] for k in ("opening", "years", "hook") if k in s] + _numbered(s, "hook") + _numbered(s, "duty")
        groups = self.grouped(plan.cited)
        first_work = groups[0] if groups else []
        later_work = [sentence for group in groups[1:] for sentence in group]
        shorts = _numbered(s, "short")
        body_one = first_work + shorts[:1]
        body_two = _numbered(s, "emphasis") + later_work + shorts[1:]
        extras = [s[k] for k in ("skills", "skills2", "history", "summary", "degree", "credentials") if k in s]
        extras += _numbered(s, "gap")
        closing = _numbered(s, "approach") + [s[k] for k in ("closing_extra", "salary", "closing") if k in s]
        if len(body_one) < 2:  # a one-sentence paragraph reads as an afterthought: join it to the next
            body_one, body_two = body_one + body_two, []
        paragraphs = [p for p in (intro, body_one, body_two, extras, closing) if p]
        greeting = self.fill(self.voice.greeting, 0)
        signoff = self.fill(self.voice.signoff, 0)
        body = "\n\n".join(" ".join(p) for p in paragraphs)
        return f"{greeting}\n\n{body}\n\n{signoff}\n{self.name}"

    def grouped(self, cited: list[content.Accomplishment]) -> list[list[str]]:
        """Sentences per job, newest job first; facts outside any job come last."""
        order = sorted({a.group for a in cited}, key=lambda g: (g < 0, g))
        groups: list[list[str]] = []
        follow_ups = 0  # shapes are taken in turn, so "In addition" does not open three sentences in a row
        for n, group in enumerate(order):
            items = [a for a in cited if a.group == group]
            sentences = [self.sentence(items[0], first=True, first_group=n == 0, slot=30 + n)]
            repeats = 0
            for before, item in itertools.pairwise(items):
                if item.vp is None and before.vp is None and item.fact.source == before.fact.source:
                    frame = _SAME_SECTION[repeats % len(_SAME_SECTION)]  # the same CV section again
                    sentences.append(frame.format(text=quoted(item.fact.text)))
                    repeats += 1
                    continue
                sentences.append(self.sentence(item, first=False, first_group=n == 0, slot=40 + follow_ups))
                follow_ups += 1
            groups.append(sentences)
        return groups

    def sentence(self, item: content.Accomplishment, *, first: bool, first_group: bool, slot: int) -> str:
        v, fact = self.voice, item.fact
        if item.vp is None:
            if fact.text.startswith("I "):
                return quoted(fact.text) + "."
            if fact.employer:
                return f"One highlight from my work at {short_company(fact.employer)}: {quoted(fact.text)}."
            return self.fill(v.quoted, slot, section=fact.source.casefold(), text=quoted(fact.text))
        if item.group < 0:
            return _also(self.fill(v.unattached, slot, vp=item.vp))
        job = self.jobs[item.group]
        values = {"role": job.role, "a_role": f"{article(job.role)} {job.role}",
                  "employer": short_company(job.employer), "vp": item.vp}  # fmt: skip
        if not first:
            return _also(self.fill_next(v.follow_up, slot, **values))
        if job.is_current:
            already_named = "years" in self.rendering and bool(self.evidence.current_role)
            return self.fill(v.current_again if already_named else v.current_first, slot, **values)
        if first_group:
            return self.fill(v.recent_first, slot, **values)
        return self.fill_next(v.earlier_first, slot, **values)


_SAME_SECTION = ("It also includes {text}.", "The same section lists {text}.")


def _numbered(pieces: dict[str, str], prefix: str) -> list[str]:
    """The pieces "prefix0", "prefix1"... in number order."""
    keys = [k for k in pieces if k.startswith(prefix) and k[len(prefix) :].isdigit()]
    return [pieces[k] for k in sorted(keys, key=lambda k: int(k[len(prefix) :]))]


def _also(sentence: str) -> str:
    """ "I also was recognized" -> "I was also recognized"."""
    for verb in ("was", "am"):
        sentence = sentence.replace(f"I also {verb} ", f"I {verb} also ")
    return sentence
