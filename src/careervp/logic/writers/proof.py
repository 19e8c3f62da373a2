"""The proof of a composed letter, organised by what the posting needs rather than by the CV's order.

Each requirement the plan chose gets its own short passage: a sentence naming the need (in the register's words),
then the results that answer it, strongest first. A job is named with its post and years the first time the letter
cites it, by its title when the letter comes back to it (the employer is named once), and not at all while the
letter stays with it.
Results a short letter gains beyond its points follow, job by job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careervp.logic.text import content_terms, matched_terms, word_count
from careervp.logic.writers.fit_sentences import Sentences
from careervp.logic.writers.grammar import capitalise, unshouted
from careervp.logic.writers.letter_parts import Letter, Result, held_years
from careervp.logic.writers.pieces import is_employer_name, is_job_title
from careervp.logic.writers.plan import LetterPlan
from careervp.logic.writers.wording import article, employer_name
from careervp.vocabulary.lemmas import getAllLemmas

_JOIN_UNDER = 14  # two results of a job both shorter than this read as one sentence joined by "and"
_BACK_TO = ("As {a_role}, ", "In my time as {a_role}, ", "While I was {a_role}, ")
"""Ways to come back to an earlier job already named, taken in turn so no two sentences open on the same words."""
_BACK_AT = ("Also at {employer}, ", "Also with {employer}, ")
"""The same for a job whose role is no title: a second "At <employer>, I ..." would read as a list of results."""
_FURTHER = re.compile(r"\s(?:also|as well|too)\b")
"""A lead's words for a need beyond the ones before it: left out of the first passage's lead."""
_SEVERAL = re.compile(r"\s(?:and|&)\s")
_SHORT_PARAGRAPH = 2
"""Sentences of the closing passage of extra results at or under which it joins the paragraph before it."""


class _Told:
    """What the proof has said so far: the jobs it has named, the job its last sentence was about, the turns taken."""

    def __init__(self) -> None:
        self.named: set[int] = set()
        self.last_job: int | None = None
        self.turns: set[str] = set()
        self.opened_with_name = False
        self.led = False
        """Whether a passage has opened on a need already: the first need is what the role is about, the rest also."""
        self.leads: set[str] = set()
        """The lead frames said so far: a frame said twice ("the most direct evidence I can offer") reads stamped."""
        self.after_lead = False
        """Whether the next sentence follows a lead naming a need: a turn in time ("Before that") would follow the
        need, not a job, so the job is named without one."""


class Proof(Sentences):
    """The proof paragraphs of a letter: one passage per requirement, then the further results."""

    def proof(self, letter: Letter, plan: LetterPlan) -> list[list[str]]:
        """The career told once and in order: a paragraph for the work held now, then one for the earlier jobs,
        newest first, each result under its own job. The first result cited for a requirement the letter can name
        comes after a lead naming that requirement, wherever it falls in the story."""
        told = _Told()
        leads: dict[str, int] = {}
        for index, point in enumerate(plan.points):
            first = next((r for r in letter.results if r.point == index), None)
            if point.topic and first is not None:
                leads.setdefault(first.fact_id, index)
        # Within a job, the results answering the posting's named needs first: they are what the reader looks for.
        ordered = self.in_job_order(sorted(letter.results, key=lambda r: r.fact_id not in leads))
        now = [r for r in ordered if r.job == self.main or r.job in self.ongoing]
        earlier = [r for r in ordered if r not in now]
        paragraphs: list[list[str]] = []
        for group in (now, earlier):
            sentences = self.told_in_order(group, leads, plan, told)
            if paragraphs and sentences and len(sentences) <= _SHORT_PARAGRAPH:
                paragraphs[-1].extend(sentences)
            elif sentences:
                paragraphs.append(sentences)
        return paragraphs

    def told_in_order(self, results: list[Result], leads: dict[str, int], plan: LetterPlan, told: _Told) -> list[str]:
        """Results in the order given, a lead before each one that first answers a named requirement."""
        sentences: list[str] = []
        run: list[Result] = []
        for result in [*results, None]:
            index = leads.get(result.fact_id) if result is not None else None
            if result is not None and index is None:
                run.append(result)
                continue
            if run:
                sentences.extend(self.passage(run, told))
                run = []
            if result is None or index is None:
                continue
            told.after_lead = True
            said = self.passage([result], told)
            told.after_lead = False
            lead = self.lead(plan, index, said, told)
            told.led = told.led or bool(lead)
            if lead.endswith(", "):
                first = said[0]
                said[0] = lead + (first if first.startswith("I ") else first[:1].lower() + first[1:])
            elif lead:
                said.insert(0, lead)
            sentences.extend(said)
        return sentences

    def in_job_order(self, results: list[Result]) -> list[Result]:
        """The job held now first, then the earlier ones newest first, each job's results in the order given."""
        return sorted(results, key=lambda r: (r.job != self.main, r.job < 0, r.job))

    def lead(self, plan: LetterPlan, index: int, passage: list[str], told: _Told) -> str:
        """The sentence that names the need a passage answers: the first of the posting's needs as what the role is
        about, a later one as what it also asks, an emphasis area the evidence shows as a strength. A lead that
        opens the first sentence ("On controls, I ...") only when that sentence names no job of its own."""
        point, r = plan.points[index], self.register
        if point.topic is None:
            return ""
        topic = point.topic
        first = passage[0]
        if not point.asked and not _names_a_head(topic, " ".join(passage)):
            return ""  # "I bring a grounding in flight instruction." before a line about flights: no strength claimed
        # Only the posting's first must-have is what the role is about: a nice-to-have, a duty or a later must-have
        # is something the role also asks for.
        first_must = point.must and not told.led and index == next(i for i, p in enumerate(plan.points) if p.topic)
        asked = r.lead_first if first_must else r.lead_next
        frames = asked if point.asked else r.lead_own if point.strength else ()
        # "With TI projects, I managed 19 tenant-improvement (TI) ...": an abbreviation used before it is spelt out
        spelt_out = any(f"({short})" in first for short in re.findall(r"\b[A-Z]{2,}\b", topic))
        plain = first.startswith("I ") and not told.opened_with_name and not spelt_out
        if plain and (not frames or (self.seed + index) % 2):
            frames = r.lead_on
        if not frames:
            return ""
        fresh = [f for f in frames if f not in told.leads] or list(frames)
        frame = fresh[(self.seed + index) % len(fresh)]
        told.leads.add(frame)
        if not told.led:  # "I'd bring strength in X as well" said of nothing before it
            frame = _FURTHER.sub("", frame)
        plural = is_plural(topic)
        values = {"topic": topic, "Topic": capitalise(topic), "is": "are" if plural else "is",
                  "matters": "matter" if plural else "matters"}  # fmt: skip
        sentence = self.fill((frame,), 0, **values)
        return sentence if self.allowed(sentence) else ""

    def passage(self, results: Sequence[Result], told: _Told) -> list[str]:
        """Results in order: a sentence about a job other than the last one's names it, two short ones of the same
        job are joined by "and"."""
        sentences: list[str] = []
        told.opened_with_name = False
        i = 0
        while i < len(results):
            result, sentence = results[i], results[i].sentence
            nxt = results[i + 1] if i + 1 < len(results) else None
            if (nxt is not None and nxt.job == result.job >= 0 and _joinable(sentence)
                    and _joinable(nxt.sentence)):  # fmt: skip
                sentence = f"{sentence[:-1]}, and {nxt.sentence[2:]}"
                i += 1
            if result.job != told.last_job or not sentence:
                sentence = self.introduced(result, sentence, told)
                told.opened_with_name |= not sentences
            sentences.append(sentence)
            told.after_lead = False
            told.last_job = result.job
            i += 1
        return sentences

    def introduced(self, result: Result, sentence: str, told: _Told) -> str:
        """ "In my current role, I ...", "Before that, as a Cellar Master at ... from 2015, I ...": a job named in
        full the first time (with the years it was held when the sentence has no figures of its own), by its
        title when the letter comes back to it. Each turn ("Before that", "Earlier") is taken once."""
        job = result.job
        if not 0 <= job < len(self.jobs):  # a line outside any job: said as apart from the job before it
            apart = told.last_job is not None and told.last_job >= 0 and sentence.startswith("I ")
            return f"Separately, {sentence}" if apart else sentence
        held = self.jobs[job]
        employer = employer_name(held.organisation)
        if sentence and not sentence.startswith("I "):
            sentence = sentence[:1].lower() + sentence[1:] if not re.match(r"[A-Z]{2}", sentence) else sentence
        if job == self.main:
            return self.back_to_current(job, sentence, told)
        if job in told.named and sentence:
            return self.back_to(job, sentence, told)
        told.named.add(job)
        return self.named_in_full(job, sentence, employer, told)

    def back_to_current(self, job: int, sentence: str, told: _Told) -> str:
        """The job held now, named in the opening: "In my current role, I ...", in the register's words."""
        told.named.add(job)
        frames = self.register.current
        times = sum(1 for t in told.turns if t.startswith("back to current|"))
        told.turns.add(f"back to current|{times}")
        return frames[(self.seed + times) % len(frames)] + sentence

    def back_to(self, job: int, sentence: str, told: _Told) -> str:
        """An earlier job the letter has named, come back to by its title ("As a Charge Nurse, I ..."), each time in
        other words: the employer is named once."""
        role = unshouted(self.jobs[job].title).split("(")[0].strip()  # "Deckhand (seasonal contracts)": "Deckhand"
        times = sum(1 for t in told.turns if t.startswith(f"back to {job}|"))
        told.turns.add(f"back to {job}|{times}")
        if not is_job_title(role):  # no title to come back by: the employer, said as a return to it
            employer = employer_name(self.jobs[job].organisation)
            return _BACK_AT[times % len(_BACK_AT)].format(employer=employer) + sentence
        return _BACK_TO[times % len(_BACK_TO)].format(a_role=f"{article(role)} {role}") + sentence

    def named_in_full(self, job: int, sentence: str, employer: str, told: _Told) -> str:
        held = self.jobs[job]
        role = unshouted(held.title)
        at = f" at {employer}" if is_employer_name(employer, self.brief.candidate.location) else ""
        # "Before that" only follows a newer job; "Alongside that" a job held at the same time as the current one.
        after_newer = told.last_job is not None and 0 <= told.last_job < job
        offered: tuple[str, ...] = (
            ("Alongside that",) if job in self.ongoing else ("Before that", "Earlier") if after_newer else ("Earlier",)
        )
        if told.after_lead:
            offered = ()
        turn = next((t for t in offered if t not in told.turns), "")
        told.turns.add(turn)
        # The years the job was held, unless the sentence has figures of its own: a checker reads a year beside a
        # count of hours or a date in the line as a claim about them.
        start, end = held_years(self.evidence, held)
        year = start if not re.search(r"\d", sentence) else None
        since = f" {'since' if job in self.ongoing else 'from'} {year}" if year else ""
        until = f" to {end}" if year and end and end != start and job not in self.ongoing else ""
        verb = "am" if job in self.ongoing else "was"
        if not sentence:  # the post itself, for a job in the field with no line to cite
            since = f" in {start}" if start and not end and job not in self.ongoing else since
            return _after_turn(turn, f"I {verb} {article(role)} {role}{at}{since}{until}.")
        if self.titled(job) and start and not year and sentence.startswith("I "):
            # a result with figures of its own: the post and its years first, the result after
            span = f" since {start}" if job in self.ongoing else f" from {start} to {end}" if end else f" in {start}"
            span = f" in {start}" if end == start and job not in self.ongoing else span
            return _after_turn(turn, f"I {verb} {article(role)} {role}{at}{span}. {sentence}")
        if self.titled(job):
            return _after_turn(turn, f"as {article(role)} {role}{at}{since}{until}, {sentence}")
        if f"named {employer}" in told.turns and is_job_title(role):  # the employer is named once: "as a ... there"
            return _after_turn(turn, f"as {article(role)} {role} there, {sentence}")
        told.turns.add(f"named {employer}")
        return _after_turn(turn, f"at {employer}, {sentence}")


def is_plural(topic: str) -> bool:
    """Whether a topic takes a plural verb: two things joined by "and" ("dose audits and DRLs are") or a plural head
    noun ("sensory checks are"); an activity ("instructing cellar crews is") or one of two alternatives ("design or
    inspection is") takes a singular one."""
    words = topic.split()
    if not words or words[0].endswith("ing"):
        return False
    if _SEVERAL.search(topic):
        return True
    if words[-1].isupper():
        return False  # "UPS", "HVAC", "GPS": an initialism ending in S is one thing
    head = words[-1].casefold()
    lemmas = getAllLemmas(head).get("NOUN", ())
    return head.endswith("s") and bool(lemmas) and head not in lemmas


def _names_a_head(topic: str, sentence: str) -> bool:
    """Whether a sentence speaks to what a topic is about: the head word of the topic, or of one of its coordinated
    parts ("GP and labour control": "GP" or "control"), or two words of one part before its prepositions
    ("cycle-time reduction on titanium": "cycle" and "time"); one modifier alone ("flight" of "flight instruction")
    is not enough."""
    said = content_terms(sentence)
    for part in re.split(r",\s*|\s+(?:and|or|&)\s+", topic):
        core = _PREPOSITION.split(part)[0].split()
        if not core:
            continue
        if matched_terms(content_terms(core[-1]), said) or len(matched_terms(content_terms(" ".join(core)), said)) > 1:
            return True
    return False


_PREPOSITION = re.compile(r"\s+(?:of|on|in|for|with|across|at|to|from|under|within)\s+")


def _after_turn(turn: str, rest: str) -> str:
    return f"{turn}, {rest}" if turn else rest[:1].upper() + rest[1:]


def _joinable(sentence: str) -> bool:
    """A short result in the first person: two of them from one job read as one sentence joined by "and"."""
    return sentence.startswith("I ") and word_count(sentence) < _JOIN_UNDER
