"""The offline writer's composer: a plan realised as a letter of four or five paragraphs.

1. Why this role and this company: the post applied for, one reason drawn from the posting in the writer's own
   words, and where the candidate works now.
2. Proof: the strongest CV result for each requirement the plan chose, told job by job (each job named once); when
   the application is a reach, the paragraph opens by saying so, then what the candidate does bring.
3. Fit and gap: the credentials the posting asks for and the CV holds (each by its full name, once), the languages,
   and at most one honest gap.
4. The close.

Sentences come from CV lines only through the verb phrases `template_content.accomplishments` has checked (a line
whose grammar is not certain has none and is left out). A letter short of its target gains real content, in this
order: more evidence for the chosen requirements, a dated sentence for each earlier job in the field, the other
must-haves the CV meets, a second reason to want the company, then the rest of the record; never filler. The same
brief always gives the same letter (the choice among a register's frames is a hash of the inputs).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from careervp.logic.remembered import keys_held
from careervp.logic.text import join_list, split_sentences, word_count
from careervp.logic.writers import record
from careervp.logic.writers import template_content as content
from careervp.logic.writers.answers import Answer, Answering
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.career import stated_years
from careervp.logic.writers.ending import closing_topic
from careervp.logic.writers.fit_sentences import slot_fits, unbalanced
from careervp.logic.writers.grammar import names_in_name_case, signed_name, unshouted
from careervp.logic.writers.letter_parts import (
    Addition,
    Letter,
    Result,
    held_years,
    role_fact_id,
    said,
    years_within_post,
)
from careervp.logic.writers.line_sentences import line_sentence
from careervp.logic.writers.pieces import is_employer_name, is_job_title
from careervp.logic.writers.plan import LetterPlan, overlaps, plan_letter
from careervp.logic.writers.proof import Proof
from careervp.logic.writers.realise import has_symbols, is_date_line
from careervp.logic.writers.standing import Reach, reach
from careervp.logic.writers.story import rest_of_story
from careervp.logic.writers.wording import article, employer_name

LENGTH_AIM = 0.08
"""Fill to within 8% of the target with the evidence that matters; the promise to the user is 15%."""
LENGTH_TRIM = 0.1
"""Over the target by more than this, the last results cited go."""
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


@dataclasses.dataclass(frozen=True)
class _Frame:
    """The sentences of a letter that do not depend on which results and additions it cites, and their words."""

    greeting: str
    opening: tuple[str, ...]
    reach_line: str | None
    """Said first in the proof when the application is a reach."""
    record: tuple[str, ...]
    gap: str
    """The one honest gap, said after everything the letter answers."""
    closing: tuple[str, ...]
    signoff: str
    name: str
    words: int


def compose(brief: WritingBrief, *, avoid: Sequence[str] = ()) -> tuple[str, list[str]]:
    """The letter for `brief` and the ids of the facts it cites."""
    with keys_held(brief.evidence):  # read, never changed, by every remembered reading of the map below
        text, used = _Composer(brief, avoid).write()
    return _DOUBLE_STOP.sub(".", names_in_name_case(text)), used


class _Composer(Proof, Answering):
    """The plan, the order a short letter gains content in, and the letter's paragraphs."""

    plan: LetterPlan

    def __init__(self, brief: WritingBrief, avoid: Sequence[str]) -> None:
        super().__init__(brief, avoid)
        self._results: dict[tuple[str, str, str | None, int], Result | None] = {}

    # ------------------------------------------------------------------------------------------- the plan

    def write(self) -> tuple[str, list[str]]:
        points_wanted = 2 if self.target < _THREE_POINTS else 3 if self.target < _FOUR_POINTS else 4
        plan = plan_letter(self.evidence, points_wanted=points_wanted, cv_text=self.brief.cv_text)
        # A letter short of its target argues a further requirement before it reaches past the posting's needs;
        # the wider plan's first points are the plan's own, in the same order.
        self.plan = plan_letter(self.evidence, points_wanted=points_wanted + _SPARE_POINTS, cv_text=self.brief.cv_text)
        the_reach = reach(self.evidence, plan, self.brief.cv_text)
        frame = self.frame(plan, the_reach)
        leading, supporting, further = self.results(self.plan, len(plan.points))
        in_field = set(self.in_field_jobs())  # their lines may be cited with their years, whatever they answer
        told = {r.fact_id for r in self.telling(further)}
        self.further_ids = frozenset(r.fact_id for r in further if r.job in in_field or r.fact_id in told)
        answered = {r.fact_id for r in [*leading, *supporting]} | {f.fact_id for f in [plan.credential] if f}
        answers, cited = self.answers(frozenset(answered), held_said=plan.credential is not None)
        letter = Letter(results=tuple(leading))
        low, high = self.target * (1 - LENGTH_AIM), self.target * (1 + LENGTH_AIM)
        words = self.length(letter, frame)
        answering = self.answering(answers, cited)
        for addition in self.additions(plan, supporting, answering, further, leading):
            if words >= low:
                break
            if isinstance(addition, Result) and letter.cites(addition):
                continue  # the result, or the job a role sentence would name, is in the letter already
            if isinstance(addition, Addition):  # a profile or degree sentence the letter has said already goes
                said = [*frame.opening, *frame.record, *letter.answers, *letter.fit]
                addition = dataclasses.replace(addition, sentence=_unsaid(addition.sentence, said))
                if not addition.sentence:
                    continue
            longer = letter.adding(addition)
            longer_words = self.length(longer, frame)
            if longer_words <= high:
                letter, words = longer, longer_words
        while len(letter.results) > 1 and words > self.target * (1 + LENGTH_TRIM):
            letter = dataclasses.replace(letter, results=letter.results[:-1])
            words = self.length(letter, frame)
        text = self.render(letter, frame)
        used = sorted({r.fact_id for r in letter.results}, key=lambda f: (len(f), f))
        return text, used

    def additions(self, plan: LetterPlan, supporting: list[Result], answering: list[Result | Addition],
                  further: list[Result], leading: list[Result]) -> Iterator[Result | Addition]:  # fmt: skip
        """What a short letter gains, in order: more evidence for the chosen requirements, the answers to the other
        must-haves the CV meets (in the posting's order), a sentence for each in-field job not yet named, the other
        requirements the CV names, a second reason to want this company, then the CV's further results that answer
        a requirement or are among its strongest, and its record."""
        yield from supporting
        yield from answering
        named = {r.job for r in [*leading, *supporting]}
        posts_only = 0
        for job in self.in_field_jobs():
            found = next((r for r in further if r.job == job), None)
            if job not in named and found is not None:
                yield dataclasses.replace(found, dated=True)
            elif job not in named and self.titled(job) and posts_only < _POSTS_ONLY:
                posts_only += 1  # no line of its own to cite: the post and its years, for the newest few only
                yield Result(role_fact_id(self.evidence, self.jobs[job]), "", job, dated=True)
        met = self.met_sentence(plan)
        if met:
            yield Addition("fit", met)
        reason = self.second_reason(plan)
        if reason:
            yield Addition("why", reason)
        yield from self.telling(further)
        profile = self.profile()
        if profile and not re.search(r"\d", profile):  # one with figures is in the opening already
            yield Addition("why", profile)
        home = self.brief.candidate.location
        for extra in record.record_sentences(self.evidence, plan, self.named_employers(plan), home):
            if self.allowed(extra):
                yield Addition("fit", extra)
        yield from rest_of_story(further, self.telling(further), self.further_ids, self.evidence)

    def named_employers(self, plan: LetterPlan) -> set[str]:
        """Employers the letter may name by its results or its opening: a history line names none of them again."""
        ranked = [i for i in content.ranked_accomplishments(self.evidence) if i.fact.fact_id in self.further_ids]
        items = [*(i for p in plan.points for i in p.evidence), *ranked]
        named = {employer_name(i.fact.employer) for i in items if i.fact.employer and self.result(i) is not None}
        told = [i for i in self.in_field_jobs() if self.titled(i)]  # said one by one, with their years
        return named | {employer_name(self.jobs[i].organisation) for i in [*self.ongoing, *told]}

    def answering(self, answers: list[Answer], cited: list[tuple[int, str]]) -> list[Result | Addition]:
        """The answering sentences and the results meeting further must-haves, in the posting's order."""
        items = {a.fact.fact_id: a for a in content.ranked_accomplishments(self.evidence)}
        found: list[tuple[int, Result | Addition]] = [(a.place, Addition("answer", a.sentence)) for a in answers]
        for place, fact_id in cited:
            result = self.result(items[fact_id]) if fact_id in items else None
            if result is not None:
                found.append((place, result))
        return [item for _, item in sorted(found, key=lambda pair: pair[0])]

    def citable(self, fact_id: str) -> bool:
        items = [a for a in content.ranked_accomplishments(self.evidence) if a.fact.fact_id == fact_id]
        return any(self.result(item) is not None for item in items)

    further_ids: frozenset[str] = frozenset()
    """The further results a letter may cite (`telling`), and the in-field jobs' lines it may cite with their years."""

    def length(self, letter: Letter, frame: _Frame) -> int:
        """The words of the letter `render` would write: the frame's, counted once, and those of the sentences
        this draft adds (words are whitespace-separated, so the parts' counts add up to the whole's)."""
        proof = [s for paragraph in self.proof(letter, self.plan) for s in paragraph]
        return frame.words + sum(word_count(s) for s in [*letter.why, *proof, *letter.answers, *letter.fit])

    def results(self, plan: LetterPlan, core: int) -> tuple[list[Result], list[Result], list[Result]]:
        """(the strongest usable result for each of the first `core` points; the supporting results, second and
        third for those points interleaved with the spare points' first, second and third; then every further
        usable result in the plan's order)."""
        per_point: list[list[Result]] = []
        further: list[Result] = []
        seen: set[str] = set()
        for index, point in enumerate(plan.points):
            usable = [r for item in point.evidence if (r := self.result(item)) is not None and not self.job_tells(r)]
            fresh = [dataclasses.replace(r, point=index) for r in usable if said(r) not in seen]
            seen |= {said(r) for r in fresh}
            per_point.append(fresh[:_PER_POINT])
            further.extend(fresh[_PER_POINT:])
        every = content.ranked_accomplishments(self.evidence)
        for item in [*plan.reserve, *every]:
            found = self.result(item)
            if found is not None and found.job < 0 and _BARE_POST.match(found.sentence):
                continue  # "I was a volunteer at the sailing club": a post outside work, with nothing done in it
            if found is None or found.job < 0:
                continue  # a line outside any job, told after a job's, would read as that job's: only a point cites it
            if said(found) not in seen and not _told_already(found, [*further, *cited(per_point)]):
                seen.add(said(found))
                further.append(found)
        if self.brief.preferences.tone.value == "technical":  # results with figures before the rest
            further.sort(key=lambda r: not re.search(r"\d", r.sentence))
        main = per_point[:core]
        spare = [rs for rs, point in zip(per_point[core:], plan.points[core:], strict=True) if point.topic]
        unnamed = [
            r for rs, point in zip(per_point[core:], plan.points[core:], strict=True) if not point.topic for r in rs
        ]
        further = [*unnamed, *further]  # a spare requirement the letter cannot name gives results like any other
        leading = [rs[0] for rs in main if rs]
        order = [(main, 1), (spare, 0), (main, 2), (spare, 1), (spare, 2)]
        supporting = [rs[n] for points, n in order for rs in points if len(rs) > n]
        return leading, supporting, further

    def job_tells(self, result: Result) -> bool:
        """Whether a result outside any job (a project, a summary line) repeats one a job's own line gives: it is told
        under that job, once."""
        if result.job >= 0:
            return False
        own = [Result(i.fact.fact_id, i.fact.text, i.group) for i in content.ranked_accomplishments(self.evidence)]
        return _told_already(result, [r for r in own if r.job >= 0])

    def result(self, item: content.Accomplishment) -> Result | None:
        """The sentence citing `item`, or None when it cannot be cited; worked out once per item, since the letter's
        results and the employers its history line may not name again both ask about every accomplishment."""
        key = (item.fact.fact_id, item.fact.text, item.vp, item.group)
        if key not in self._results:
            self._results[key] = self._result(item)
        return self._results[key]

    def _result(self, item: content.Accomplishment) -> Result | None:
        sentence = line_sentence(item.fact.text, item.vp, ongoing=item.group in self.ongoing, in_job=item.group >= 0)
        if sentence is None or has_symbols(sentence) or unbalanced(sentence) or not self.allowed(sentence):
            return None  # "(cook cycle re-profiled": a bracket a CV line's ";" cut open
        if not self.nameable(item.group):
            return None
        if item.group != self.main and _TIMED.search(sentence) and not self.within_post_years(sentence, item.group):
            return None  # beside an earlier job's name, a year or a span in the line reads as a claim about that job
        return Result(item.fact.fact_id, sentence, self.same_job[item.group] if item.group >= 0 else item.group)

    def within_post_years(self, sentence: str, job: int) -> bool:
        return 0 <= job < len(self.jobs) and years_within_post(sentence, self.evidence, self.jobs[job])

    def nameable(self, job: int) -> bool:
        """Whether a result's job can be named when the letter first cites it: a result put under no name would
        read as the job before it (a date from one job claimed for another)."""
        if not 0 <= job < len(self.jobs) or job == self.main:
            return True
        return is_employer_name(employer_name(self.jobs[job].organisation), self.brief.candidate.location)

    # ------------------------------------------------------------------------------------------- the letter

    def frame(self, plan: LetterPlan, the_reach: Reach | None) -> _Frame:
        """What every draft of this letter says whatever results and additions it has: worked out once, not once
        per draft the length is measured on."""
        greeting = self.fill(self.register.greeting, 0)
        opening, record_lines = self.opening(plan), self.record_lines(plan, the_reach)
        closing = self.closing(plan)
        signoff = self.fill(self.register.signoff, 0)
        name = signed_name(self.evidence.candidate_name or self.brief.candidate.name)
        reach_line = self.reach_sentence(the_reach) if the_reach is not None else None
        gap = self.gap_line(plan)
        fixed = [greeting, *opening, *record_lines, gap, *closing, signoff, name, reach_line or ""]
        words = sum(word_count(s) for s in fixed)
        return _Frame(greeting, tuple(opening), reach_line, tuple(record_lines), gap, tuple(closing), signoff, name,
                      words)  # fmt: skip

    def render(self, letter: Letter, frame: _Frame) -> str:
        proof = self.proof(letter, self.plan)
        if frame.reach_line is not None:
            proof = [[frame.reach_line, *proof[0]], *proof[1:]] if proof else [[frame.reach_line]]
        fit = [*frame.record, *letter.answers, *letter.fit, *filter(None, [frame.gap])]
        paragraphs = [[*frame.opening, *letter.why], *proof, fit, list(frame.closing)]
        body = "\n\n".join(" ".join(p) for p in paragraphs if p)
        return f"{frame.greeting}\n\n{body}\n\n{frame.signoff}\n{frame.name}"

    def opening(self, plan: LetterPlan) -> list[str]:
        r = self.register
        lines = [self.fill(r.opening, 1), self.background()]
        profile = self.profile()
        if re.search(r"\d", profile):  # the candidate's own summary, with its figures: who they are, said first
            lines.append(profile)
        # The role's focus, said only from what the posting asks; else the user's emphasis areas, said as the
        # candidate's strengths when the cited evidence names them in so many words.
        mine = list(plan.strengths) or [p.topic for p in plan.points if p.topic and not p.asked and p.strength][:2]
        led = {p.topic for p in plan.points if p.topic}  # each of these opens a passage of the proof
        for frames, topics in (
            (r.why, [t for t in plan.role_focus if not overlaps(t, led)]),
            (r.why_mine, [t for t in mine if t not in plan.role_focus and not overlaps(t, led)]),
        ):
            topics = [t for t in topics if slot_fits("topic", t)]  # each part of the list a noun phrase
            if topics:
                joined = ", as well as ".join(topics) if any(" and " in t for t in topics) else join_list(topics)
                lines.append(self.fill(frames, 2, topic=joined))
        reason = plan.company_reason
        if reason and reason.startswith("work "):  # what the company does; what it is ("a family-run firm like
            lines.append(self.fill(r.why_company, 6, reason=reason))  # yours") reads as flattery from the posting
        return [line for line in lines if line and self.allowed(line)]

    def background(self) -> str:
        ev, r = self.evidence, self.register
        years = stated_years(ev)
        job = self.jobs[self.main] if self.main is not None else None
        if job is None or not is_job_title(job.title) or unbalanced(job.title):
            return f"I have {years} of experience in this work." if years else ""
        role, employer = unshouted(job.title), employer_name(job.organisation)
        values = {"a_role": f"{article(role)} {role}", "employer": employer}
        start, _ = held_years(self.evidence, job)
        if start:  # the year the post began goes in the sentence that names it
            frames = r.background_years_since if years else r.background_since
            values = {**values, "year": start}
        else:
            frames = r.background_years if years else r.background
        text = self.fill(frames, 3, years=years or "", **values)
        if not is_employer_name(employer, self.brief.candidate.location):
            text = text.replace(f" at {employer}", "")  # "at Denver": a place, not an employer
        return text

    def reach_sentence(self, the_reach: Reach) -> str:
        title = the_reach.title
        return self.fill(self.register.reach, 4, a_title=f"{article(title)} {title}")

    def closing(self, plan: LetterPlan) -> list[str]:
        r = self.register
        lines: list[str] = []
        topic = closing_topic(plan)
        on_topic = self.fill(r.closing_on, 8, topic=topic) if topic else ""
        lines.append(on_topic or self.fill(r.closing, 8))  # a topic of the wrong shape: the plain close
        if self.brief.preferences.include_salary_expectations:
            lines.append(self.fill(r.salary, 9))
        return [line for line in lines if self.allowed(line) and not is_date_line(line)]


_SPARE_POINTS = 2
"""Requirements beyond the plan's a short letter may argue before it cites results no requirement asks for."""
_POSTS_ONLY = 2
"""Earlier posts in the field said with only their title and years: more read as a list of employers."""
_BARE_POST = re.compile(r"^I (?:was|am|have been) (?:an?|the) [^,.;\d]+ (?:at|with|for) [^,.;\d]+\.$")
_PER_POINT = 3
"""Results a passage cites for one requirement at most: the rest of its evidence is cited, if at all, as further."""
_THREE_POINTS, _FOUR_POINTS = 250, 330
"""Targets (in words) from which a letter argues three requirements, then four."""
_TIMED = re.compile(r"\b(?:19|20)\d\d\b|\b[\d,.]+[\s-]+(?:years?|months?|weeks?|hours?)\b", re.IGNORECASE)


def cited(per_point: list[list[Result]]) -> list[Result]:
    return [r for rs in per_point for r in rs]


_TELLING_FIGURE = re.compile(r"[$£€]?\d[\d,.]*\d%?|[$£€]?\d+%|[$£€]\d")
"""A figure that tells one result from another: two digits or more, a share or a sum (not a year on its own)."""


def _told_already(result: Result, told: list[Result]) -> bool:
    """Whether every telling figure of a result is in one result cited before it: the same result said twice ("I
    ran a rebound trial that reduced rebound from 15% to 10%" and "I reduced rebound from 15% to 10%")."""
    mine = {f for f in _TELLING_FIGURE.findall(result.sentence) if not re.fullmatch(r"(?:19|20)\d\d", f)}
    if not mine:
        return False
    return any(
        mine <= set(_TELLING_FIGURE.findall(other.sentence)) for other in told if other.fact_id != result.fact_id
    )


def _unsaid(text: str, said: list[str]) -> str:
    """The sentences of `text` the letter has not said already ("In short, I am ..." beside "I am ...")."""
    told = {split.removeprefix("In short, ").casefold() for other in said for split in split_sentences(other)}
    kept = [s for s in split_sentences(text) if s.removeprefix("In short, ").casefold() not in told]
    return " ".join(kept)
