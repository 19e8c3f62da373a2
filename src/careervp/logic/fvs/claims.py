"""The burden of proof: is the text at a span a claim about the candidate at all?

A letter names many things it does not claim. It admits gaps ("I have not used Kafka", "I don't hold the CISSP
yet"), states intentions ("I'd take the language course you offer", "I am preparing for the PE exam"), and talks
about the posting, the reader's company or the letter itself ("you ask for six years' PQE", "your network of 40
producers", "three of your seven must-haves"). Only what the letter asserts about the candidate has to be backed by
the CV, so every candidate-fact finding is first framed here; a finding in any other frame is not a violation.

The frame is read from the clause around the span (commas before "and/but/which", semicolons and dashes end a
clause), because one sentence often holds both a claim and a gap: "I hold the CCNA, but I have not used Juniper".
"""

from __future__ import annotations

import re
from enum import StrEnum

from careervp.logic.fvs.context import NEGATION_OR_ASPIRATION, announced_as_gap, negated_later, reader_is_subject
from careervp.logic.fvs.letter import FIRST_PERSON, Sentence, clause_around


class Frame(StrEnum):
    ASSERTED = "asserted"  # stated as true of the candidate: must be backed by the CV
    NEGATED = "negated"  # a gap the candidate admits
    INTENDED = "intended"  # something the candidate would, will or hopes to do
    ABOUT_POSTING = "about_posting"  # the posting's requirements, the reader's company or the letter itself
    LABEL = "label"  # a heading the letter gives a list ("Credentials: ...", "- Licensing: ...")


# Intentions: a modal or a wish ("I'd be glad to", "I plan to", "I am preparing for") that governs getting or
# learning something not yet had ("earn it", "sit the exam", "the course you offer", "serve as a homeroom tutor"), or
# a move into new work ("I'd love to move into forensic accounting", "I hope to transition to"): the field the
# candidate wants to enter is one they do not claim.
_INTENT_CUE = re.compile(
    r"\b(?:would|could|will|'d|’d|shall|plan(?:ning)?\s+to|hope\s+to|hoping\s+to|intend\s+to|aim\s+to|want\s+to|"
    r"keen\s+to|eager\s+to|ready\s+to|willing\s+to|happy\s+to|glad\s+to|look(?:ing)?\s+forward\s+to|expect\s+to|"
    r"(?:am|i['’]m)\s+(?:preparing|studying|registered|enrolled|scheduled|booked)|preparing\s+for|studying\s+for|"
    r"welcome\s+(?:the\s+)?(?:chance|opportunity|training))\b",
    re.IGNORECASE,
)
_INTENT_OBJECT = re.compile(
    r"\b(?:learn\w*|take|taking|do|doing|sit|sitting|earn\w*|gain\w*|get|getting|obtain\w*|pursu\w*|stud\w*|train\w*|"
    r"complet\w*|enrol\w*|become|becoming|add\w*|pick\w*\s+up|build\w*\s+up|work\s+towards?|comfortable|"
    r"serv\w*\s+as|step\w*\s+into|take\s+on|start\w*|exams?|course|training|certification|licen[cs]e|preparing|"
    r"studying|registered|enrolled|"
    r"mov(?:e|ing)|transition\w*|switch\w*|branch\w*\s+(?:out|into)|grow\w*\s+(?:into|towards?))\b",
    re.IGNORECASE,
)
_COMFORTABLE_AS = re.compile(
    r"\b(?:would|could|'d|’d)\s+(?:be\s+)?(?:comfortable|happy|glad|keen|ready|able)\s+(?:to\s+\w+\s+)?as\s+$",
    re.IGNORECASE,
)


# Skills to be grown: "I would build SQL and ArcGIS Pro skills quickly", "I'd develop my Revit knowledge".
_SKILLS_TO_GROW = re.compile(
    r"\b(?:build|develop|grow|strengthen|deepen|sharpen)\w*\s+(?:my\s+|up\s+)?(?:[\w/+#.&-]+\s+){0,6}?"
    r"(?:skills?|knowledge|proficiency|fluency|expertise)\b",
    re.IGNORECASE,
)


# "The chance to work on a Fazioli is what draws me": a sentence opening on a chance is about what the writer wants.
_A_CHANCE_OPENING = re.compile(r"^\W*(?:the|a|this)\s+(?:chance|opportunity|prospect|possibility)\s+to\b", re.I)


# "setting editing standards and QA/QC for your team would be familiar ground", "running your loaner programme
# will build on ...": the reader's work, named as what doing the job would be like, is the job's duty, not a claim.
_DUTY_AS_SUBJECT_BEFORE = re.compile(r"(?:^|\b(?:so|and|but|then)\s+|[,:]\s*)[A-Za-z]+ing\b[^,;:.]*$")
_DUTY_PREDICATE_AFTER = re.compile(r"^[^,;:.]*?\b(?:would|will|should|could)\s+(?:\w+\s+)?(?:be|feel|come|build)\b")


def _is_the_jobs_duty(before: str, local: str, after: str) -> bool:
    subject = _DUTY_AS_SUBJECT_BEFORE.search(before)
    predicate = _DUTY_PREDICATE_AFTER.match(after)
    if subject is None or predicate is None:
        return False
    duty = f"{before[subject.start() :]}{local}{after[: predicate.start() + len(predicate.group(0))]}"
    return _SECOND_PERSON.search(duty) is not None and FIRST_PERSON.search(duty) is None


def _is_intended(before: str, local: str, after: str) -> bool:
    if _A_CHANCE_OPENING.match(before) or _is_the_jobs_duty(before, local, after):
        return True
    cue = _INTENT_CUE.search(before)
    if cue is None:
        return bool(_COMFORTABLE_AS.search(before))
    if _SKILLS_TO_GROW.search(f"{before[cue.end() :]}{local}{after}"):
        return True
    return bool(_INTENT_OBJECT.search(before[cue.start() :]) or _INTENT_OBJECT.search(after[:40]))


# The posting's requirements or the letter's own bookkeeping, named as such.
_POSTING_REFERENCE = re.compile(
    r"\b(?:(?:your|the)\s+(?:posting|advert|advertisement|ad|listing|job\s+description|description|"
    r"requirements?|minimum|must-haves?|nice-to-haves?|criteria|wish\s*list|list)\b|"
    r"you\s+(?:ask|asked|require|want|need|mention|mentioned|list|listed|describe|are\s+looking|seek)\b|"
    r"(?:posting|role|position|job|advert)\s+(?:asks|calls|requires|lists|mentions|wants|needs)\b|"
    r"(?:asks|calls)\s+for\b|of\s+your\s+\w+\s+(?:requirements|must-haves|nice-to-haves|criteria)|"
    r"short\s+of\s+your|below\s+your|above\s+your)",
    re.IGNORECASE,
)
# A figure of the reader's own ("your team of 30", "your 12 depots") or a count of the posting's items ("four of
# your five requirements").
_READER_OWNED_BEFORE = re.compile(
    r"\byour\s+(?:(?!I\b|my\b|me\b)[\w-]+\s+){0,3}(?:of\s+)?$|\b(?:with|as|since|now\s+that)\s+your\s+(?:(?!I\b|my\b)[\w-]+\s+){1,5}$",
    re.IGNORECASE,
)
# "the five staff your unit lead will have", "the 40 sites you run": a figure the reader's clause owns, after it.
_READER_OWNED_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:that\s+|which\s+)?(?:you|your\s+(?:[\w-]+\s+){0,2}?)(?:will\s+|would\s+|now\s+)?"
    r"(?:have|has|run|runs|manage|manages|lead|leads|employ|employs|need|needs|oversee|oversees|operate|operates)\b",
    re.IGNORECASE,
)
_COUNT_OF_POSTING_ITEMS = re.compile(
    r"^\s*(?:of\s+(?:your|the)\s+(?:\w+\s+)?(?:requirements|must-haves|nice-to-haves|criteria|points|asks|"
    r"qualifications)|(?:requirements|must-haves|nice-to-haves)\s+(?:you|in\s+your|on\s+your))\b",
    re.IGNORECASE,
)
# "..., as your posting describes": the clause restates the posting, wherever the reference stands.
_AS_THE_POSTING_SAYS = re.compile(
    r"\bas\s+(?:your|the)\s+(?:posting|advert|ad|listing|job\s+description)\s+(?:describes|says|puts\s+it|notes|"
    r"mentions|asks|lists)\b",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(r"[\s\-–•*·]*")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:but|yet|though|although|however)\b[^.;]*\bI\b")


# A date for finishing what the candidate is enrolled in ("I will complete my degree in May 2027") is the CV's
# schedule, stated as a fact about the candidate, not a wish.
_SCHEDULED_COMPLETION = re.compile(
    r"\b(?:will|['’]ll|expect\s+to|am\s+due\s+to|due\s+to|on\s+track\s+to|scheduled\s+to|set\s+to)\s+"
    r"(?:complete|finish|graduate|qualify|receive|be\s+awarded|be\s+licensed|be\s+certified)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


def is_scheduled_completion(sentence: Sentence, start: int) -> bool:
    return _SCHEDULED_COMPLETION.search(sentence.text[: start - sentence.start]) is not None


def names_the_posting(text: str) -> bool:
    """Whether the words say they restate the posting: "your posting says ...", "as the job description notes"."""
    return bool(_POSTING_REFERENCE.search(text) or _AS_THE_POSTING_SAYS.search(text))


def frame_of(sentence: Sentence, start: int, end: int) -> Frame:
    """How the letter presents the text at start..end (absolute offsets inside `sentence`)."""
    before, after = clause_around(sentence, start, end)
    local = sentence.text[start - sentence.start : end - sentence.start]
    if _LABEL_BEFORE.fullmatch(sentence.text[: start - sentence.start]) and sentence.text[
        end - sentence.start :
    ].startswith(":"):
        return Frame.LABEL
    if _is_negated(sentence, start, end, before) or _opens_with_negator(local):
        return Frame.NEGATED
    if _is_intended(before, local, after):
        return Frame.INTENDED
    clause = f"{before}{local}{after}"
    if _POSTING_REFERENCE.search(before) or _POSTING_REFERENCE.match(after.lstrip()[:20]):
        return Frame.ABOUT_POSTING
    if _AS_THE_POSTING_SAYS.search(sentence.text):
        return Frame.ABOUT_POSTING
    if _READER_OWNED_BEFORE.search(before[-40:]) or _COUNT_OF_POSTING_ITEMS.match(after):
        return Frame.ABOUT_POSTING
    if _READER_OWNED_AFTER.match(sentence.text[end - sentence.start :]):
        return Frame.ABOUT_POSTING
    if (_SECOND_PERSON.search(clause) and not FIRST_PERSON.search(clause)) or reader_is_subject(f"{before}{local} "):
        return Frame.ABOUT_POSTING
    return Frame.ASSERTED


# A negator and what it governs: "I don't know Python, R or SQL", "AVImark rather than ezyVet", "without a CISSP",
# "the gap I'd need to close is AWS". Its scope runs over a list of objects up to a strong boundary, and stops at a
# new subject ("..., and I ran ...") or at the speaker's own frame ("in my 12 years" is not negated by "never").
_NEGATOR = re.compile(
    r"(?:\b(?:not|never|neither|nor|without|lack|lacks|lacking|rather\s+than|instead\s+of|other\s+than|"
    r"apart\s+from|no)\b|n['’]t\b|\b(?:the|my|one|a|main|biggest|only)\s+gaps?\b[^.;:]{0,40}?\b(?:is|are|would\s+be)\b)",
    re.IGNORECASE,
)
_NOT_A_NEGATION = re.compile(r"^(?:not\s+(?:only|just)|no\s+(?:more|fewer|less|later|sooner|longer)\b)", re.IGNORECASE)
_STRONG_BOUNDARY = re.compile(r"[;:—–()]|,\s+(?:but|while|whereas|although|though|which|so)\b|\bbut\b", re.IGNORECASE)
_SCOPE_ENDS = re.compile(r"\b(?:I|we|my|our|he|she|they)\b|\b(?:I|we)['’]")
_MAX_SCOPE_WORDS = 7


def _negator_governs(before: str) -> bool:
    """Whether a negator earlier in the sentence still governs the text that follows `before`."""
    window = _STRONG_BOUNDARY.split(before)[-1]
    cues = [m for m in _NEGATOR.finditer(window) if not _NOT_A_NEGATION.match(window[m.start() :])]
    if not cues:
        return False
    between = window[cues[-1].end() :]
    return len(between.split()) <= _MAX_SCOPE_WORDS and not _SCOPE_ENDS.search(between)


def _opens_with_negator(local: str) -> bool:
    """The found text carries its own negator: "no nitrous oxide certificate", "not a CPA"."""
    cue = _NEGATOR.match(local)
    return cue is not None and not _NOT_A_NEGATION.match(local)


def _is_negated(sentence: Sentence, start: int, end: int, before: str) -> bool:
    cues = list(NEGATION_OR_ASPIRATION.finditer(before))
    if cues and not _CONTRAST.search(before[cues[-1].end() :]):
        return True
    window_before = sentence.text[: start - sentence.start]
    return _negator_governs(window_before) or negated_later(sentence, end) or announced_as_gap(window_before)


def clause_text(sentence: Sentence, start: int, end: int) -> str:
    """The clause around start..end, as the letter writes it."""
    before, after = clause_around(sentence, start, end)
    return f"{before}{sentence.text[start - sentence.start : end - sentence.start]}{after}".strip()
