"""Sentences about the CV's record beyond its results: degrees, credentials, earlier posts, the profile line, and the
gap. Each is written only when its parts are well formed (a degree line in its proper slots, an employer that is an
organisation, a credential without its course title), so a broken CV line is left out rather than set in a frame."""

from __future__ import annotations

import re
from collections.abc import Callable

from careervp.logic.evidence.facts import credential_name
from careervp.logic.text import join_list
from careervp.logic.writers import template_content as content
from careervp.logic.writers.career import years_phrase
from careervp.logic.writers.grammar import unshouted
from careervp.logic.writers.noun_phrases import asks_for_languages, gap_kind, languages_sentence, summary_sentence
from careervp.logic.writers.pieces import (
    IN_PROGRESS,
    credential_line,
    held_credential,
    is_degree_line,
    is_employer_name,
    is_job_title,
)
from careervp.logic.writers.plan import LetterPlan
from careervp.logic.writers.realise import has_symbols, is_header, with_languages_capitalised
from careervp.logic.writers.registers import Register
from careervp.logic.writers.shapes import NOUN_SLOT, THING_SLOT, fits
from careervp.logic.writers.wording import article, employer_name, institution, quoted
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind

Fill = Callable[..., str]
"""The letter's frame filler: (frames, slot, **values) -> the chosen frame, filled."""
_PERSON_TITLE = re.compile(r"^(?:Certified|Registered|Licensed|Chartered)\b.*(?:er|or|ist|ian|ant|nurse)$")
"""A credential named as the person who holds it ("Certified Crop Adviser"): one is it, one does not hold it."""


def profile_sentence(evidence: EvidenceMap) -> str:
    """The CV's own profile line, for the opening of a letter that would otherwise fall short; never when it counts
    years differently from the opening ("13 years" beside 14, "thirteen years"): one count, said once."""
    text = summary_sentence(evidence)
    stated = years_phrase(evidence) or ""
    years = stated.removesuffix(" years") if stated[:1].isdigit() else "none"  # the whole span, in the field only
    counted = re.findall(r"(\d+)\+? years?\b", text or "")
    if not text or any(n != years for n in counted) or re.search(r"[a-z] years?\b", text):
        return ""
    return text.removeprefix("In short, ")


def degree_sentence(degree: EvidenceFact) -> str:
    line = quoted(degree.text)
    studying = IN_PROGRESS.search(line)
    if studying is not None:  # never "earned": the degree is still being studied
        name, _, school = line[: studying.start()].partition(" from ")
        due = f", due in {studying.group('year')}" if studying.group("year") else ""
        return f"I am completing my {name} at {institution(school)}{due}."
    return f"I earned my {institution(line)}." if is_degree_line(line) else ""


def credential_phrase(credential: EvidenceFact) -> str:
    return held_credential(credential_line(quoted(credential_name(credential))))


def gap_sentence(gap: content.Gap, register: Register, fill: Fill) -> str:
    """The gap in the frame its phrase needs: an activity, a field, a tool, a thing, a credential or a language."""
    frames = {"activity": register.gap_activity, "field": register.gap_field, "tool": register.gap_tool,
              "thing": register.gap_thing, "state": register.gap_state}[gap_kind(gap.topic)]  # fmt: skip
    frames = register.credential_gap if gap.is_credential else frames
    frames = register.language_gap if gap.is_language else frames
    text = fill(frames, 4, gap=gap.topic)
    if gap.is_credential and _PERSON_TITLE.match(gap.topic):
        text = f"I am not yet {article(gap.topic)} {gap.topic}, and I would plan to work towards it early."
    if gap.count > 1:  # "the B2 licence or the 787 type rating": both are pursued
        text = re.sub(r"\b(pursue|close|closing|towards|on|to) it\b", r"\1 them", text)
    return text


_SECOND_GAP = {
    "activity": "{Gap} would also be new to me.",
    "field": "I have not yet worked in {gap} either.",
    "tool": "I have not yet worked with {gap} either.",
    "thing": "I do not yet have {gap} either.",
    "state": "I am not yet {gap} either.",
}
"""A second gap, said short after the first: the reader has heard how the candidate means to close a gap. Each is
worded as its first-gap frame is ("I have not yet worked with ..."), which the checker reads as a denial."""


def second_gap_sentence(gap: content.Gap) -> str:
    """The second gap in one short sentence, in the shape its phrase needs; "" for a phrase of no known shape."""
    if not fits(gap.topic, NOUN_SLOT | THING_SLOT):
        return ""
    if gap.is_language:
        return f"I do not yet speak {gap.topic} either."
    if gap.is_credential:
        return f"I do not yet hold the {gap.topic} either." if not _PERSON_TITLE.match(gap.topic) else ""
    frame = _SECOND_GAP[gap_kind(gap.topic)]
    return frame.format(gap=gap.topic, Gap=gap.topic[:1].upper() + gap.topic[1:])


def degrees_sentence(evidence: EvidenceMap, plan: LetterPlan) -> str:
    """The degrees a credential sentence has not named, up to two, in one sentence; one still being studied is said
    as such, in a sentence of its own."""
    degrees, _ = content.credentials(evidence)
    if plan.credential is not None and plan.credential.kind is FactKind.EDUCATION:
        return ""
    chosen = [d for d in degrees if d is not plan.credential and is_degree_line(d.text)][:2]
    earned = [institution(quoted(d.text)) for d in chosen if not IN_PROGRESS.search(quoted(d.text))]
    studying = [degree_sentence(d) for d in chosen if IN_PROGRESS.search(quoted(d.text))]
    sentences = ([f"I earned my {' and my '.join(earned)}."] if earned else []) + studying
    return " ".join(sentences)


def history_sentence(evidence: EvidenceMap, cited: set[str], home: str | None) -> str:
    """Earlier jobs no evidence sentence names: context for a longer letter, each title once; a way of working or a
    home town read as the employer ("a Leasing Consultant at Self-employed") is no job to list."""
    by_employer: dict[str, list[str]] = {}
    for job in content.jobs(evidence):
        employer = employer_name(job.organisation)
        if job.is_current or employer in cited or not employer[:1].isalnum() or not is_employer_name(employer, home):
            continue
        if not is_job_title(job.title):
            continue
        titles = by_employer.setdefault(employer, [])
        role = unshouted(job.title)
        if role not in titles:
            titles.append(role)
    if not by_employer:
        return ""
    roles = join_list([f"{join_list([f'{article(t)} {t}' for t in titles])} at {employer}"
                       for employer, titles in list(by_employer.items())[:3]])  # fmt: skip
    return f"Earlier in my career, I worked as {roles}."


def record_sentences(evidence: EvidenceMap, plan: LetterPlan, cited: set[str], home: str | None) -> list[str]:
    """The record beyond the results, for a letter that would otherwise fall short: degrees, earlier posts, and the
    languages spoken when the posting does not ask for them (an answer says them when it does). Never lists of
    skills, tools or further certificates: those read as pasted from the CV."""
    found = [degrees_sentence(evidence, plan), history_sentence(evidence, cited, home)]
    if not asks_for_languages(evidence):
        found.append(languages_sentence(evidence) or "")
    return [with_languages_capitalised(s) for s in found if s and not (is_header(s) or has_symbols(s))]
