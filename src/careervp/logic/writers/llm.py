"""The LLM writer: prompt from the brief, one model call, and a strict reading of what came back.

Models do not always answer in the JSON we ask for. The reader therefore accepts, in order: a JSON object (bare,
inside a code fence, or with chatter around it, raw newlines in strings tolerated), a JSON reply cut off after the
letter, and plain text with the usual wrapping removed ("Here is your cover letter:", code fences, trailing notes
and word counts). What it will not pass on is text that is not a letter: refusals, "As an AI" disclaimers, prompt
leftovers such as "[Your Name]" or "<facts>", and replies too short to be a letter. Those raise LLMOutputError, an
LLMError, so the service treats them like any failed model call (retry with the stronger model, then the template).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from careervp.logic.ports import LLM, LLMError
from careervp.logic.pricing import estimate_cost
from careervp.logic.prompts import PROMPT_TAGS, build_prompt
from careervp.logic.writers.base import WritingBrief
from careervp.models.api import FVSViolation
from careervp.models.letter import Draft

MIN_LETTER_WORDS = 40
_LETTER_KEYS = ("cover_letter", "coverLetter", "letter", "content", "text")


class LLMOutputError(LLMError):
    """The model answered, but not with a usable letter. `reason` is refusal, leftover, empty, too_short or cut_off."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class ParsedReply:
    letter: str
    evidence_used: list[str]


class LLMWriter:
    """Writer backed by any LLM port adapter (Bedrock, OpenAI-compatible, the scripted fake).

    `max_tokens=None` lets the prompt builder size the reply from the cost budget and the word target; pass a number
    to force a cap (for models whose price is not in the table, or for tests).
    """

    def __init__(self, llm: LLM, *, max_tokens: int | None = None) -> None:
        self._llm = llm
        self._max_tokens = max_tokens

    @property
    def name(self) -> str:
        return "llm"

    async def write(
        self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None, stronger: bool = False
    ) -> Draft:
        prompt = build_prompt(brief, feedback=feedback)
        max_tokens = self._max_tokens or prompt.max_tokens
        reply = await self._llm.complete(prompt.system, prompt.user, max_tokens=max_tokens, stronger=stronger)
        parsed = parse_reply(reply.text, known_ids=[f.fact_id for f in brief.evidence.facts])
        return Draft(
            text=parsed.letter,
            evidence_used=parsed.evidence_used,
            writer=self.name,
            model_id=reply.model_id,
            input_tokens=reply.input_tokens,
            output_tokens=reply.output_tokens,
            cost_usd=estimate_cost(reply.model_id, reply.input_tokens, reply.output_tokens),
        )


def parse_reply(raw: str, *, known_ids: Sequence[str] = ()) -> ParsedReply:
    """The letter and the fact ids it used, from whatever shape the model answered in. Raises LLMOutputError."""
    text = _unfence(raw.strip())
    letter, ids = _from_json(text)
    # Models wrap the letter in chatter inside the JSON string too ("Here is your letter: ..."), so both get cleaned.
    letter = _plain_letter(_unfence(letter.strip()) if letter is not None else text)
    letter, cited = _strip_citations(letter)
    letter = _tidy(letter)
    _reject_non_letters(letter)
    known = set(known_ids)
    used = _dedupe([i for i in [*ids, *cited] if not known or i in known])
    return ParsedReply(letter=letter, evidence_used=used)


# --- JSON -------------------------------------------------------------------------------------------------------

_FENCE = re.compile(r"```(?:[a-zA-Z]+[ \t]*\n|[ \t]*\n?)(.*?)(?:```|\Z)", re.DOTALL)


def _unfence(text: str) -> str:
    """The body of the first code fence, when the reply has one; the text itself otherwise."""
    match = _FENCE.search(text)
    return match.group(1).strip() if match else text


def _from_json(text: str) -> tuple[str | None, list[str]]:
    start = text.find("{")
    if start == -1:
        return None, []
    try:
        # raw_decode reads the first complete object and ignores chatter after it; strict=False admits raw newlines.
        data, _ = json.JSONDecoder(strict=False).raw_decode(text, start)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, dict):
        letter = next((data[k] for k in _LETTER_KEYS if isinstance(data.get(k), str)), None)
        if letter is not None:
            ids = data.get("evidence_used")
            return letter, [str(i) for i in ids] if isinstance(ids, list) else []
    return _salvage_json(text[start:]), []


_LETTER_VALUE = re.compile(r'"(?:' + "|".join(_LETTER_KEYS) + r')"\s*:\s*"')


def _salvage_json(text: str) -> str | None:
    """The letter from JSON that does not parse (unescaped quotes, or a reply cut off at max_tokens)."""
    match = _LETTER_VALUE.search(text)
    if not match:
        return None
    value = text[match.end() :]
    closing = re.search(r'"\s*,\s*"evidence_used"|"\s*}\s*$', value)
    if closing is None:
        raise LLMOutputError("cut_off", "The model's reply was cut off before the letter ended.")
    body = value[: closing.start()]
    try:
        decoded: str = json.loads(f'"{body}"', strict=False)
    except json.JSONDecodeError:
        decoded = body.replace("\\n", "\n").replace('\\"', '"')
    return decoded


# --- Plain text -------------------------------------------------------------------------------------------------

_PREAMBLE = re.compile(
    r"^(?:sure|certainly|of course|absolutely|okay|ok|here(?:'s| is| are)|below is|please find)\b[^\n]*\n+",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^(?:#+\s*|\*\*)?(?:tailored\s+)?cover letter(?:\*\*)?:?\s*\n+", re.IGNORECASE)
_SALUTATION = re.compile(r"^dear\b", re.IGNORECASE | re.MULTILINE)
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.MULTILINE)
# A sign-off is a whole first line ("Sincerely," / "Best regards" / "Thank you,"), never the start of a sentence.
_SIGN_OFF = re.compile(
    r"(?:yours )?(?:sincerely|faithfully|truly|respectfully)(?: yours)?|(?:best|kind|warm|warmest|with)?\s*regards"
    r"|best(?: wishes)?|with (?:thanks|gratitude)|thank you|many thanks|cheers",
    re.IGNORECASE,
)
_NOTE = re.compile(
    r"^\(?\s*(?:word count|notes?\s*:|i hope this helps|let me know|feel free|this (?:letter|draft) "
    r"(?:highlights|emphasi[sz]es|is about))",
    re.IGNORECASE,
)


def _plain_letter(text: str) -> str:
    """The letter without the assistant's wrapping: chatter before "Dear ...", notes after the signature."""
    salutation = _SALUTATION.search(text[:600])
    if salutation:
        text = text[salutation.start() :]
    else:
        text = _PREAMBLE.sub("", text, count=1)
        text = _HEADING.sub("", text, count=1)
    separator = _SEPARATOR.search(text)
    if separator and separator.start() > len(text) // 2:
        text = text[: separator.start()]
    return _drop_trailing_notes(text)


def _drop_trailing_notes(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text.strip())
    signed = [i for i, p in enumerate(paragraphs) if _SIGN_OFF.fullmatch(p.strip().split("\n")[0].strip(" ,.!"))]
    if signed:
        last = signed[-1]
        # The sign-off paragraph holds the name; one more short paragraph may be the name on its own.
        keep = last + 1
        if keep < len(paragraphs) and len(paragraphs[keep].split()) <= 4 and not _NOTE.match(paragraphs[keep]):
            keep += 1
        paragraphs = paragraphs[:keep]
    while paragraphs and _NOTE.match(paragraphs[-1].strip()):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


_CITATION = re.compile(r"\s?[\[(]((?:E\d+)(?:\s*[,;]\s*E\d+)*)[\])]")


def _strip_citations(letter: str) -> tuple[str, list[str]]:
    """Fact ids the model cited inline ("(E3)", "[E1, E4]") leave the letter and join evidence_used."""
    cited: list[str] = []
    for match in _CITATION.finditer(letter):
        cited.extend(i.strip() for i in re.split(r"[,;]", match.group(1)))
    return _CITATION.sub("", letter), cited


def _tidy(letter: str) -> str:
    lines = [line.rstrip() for line in letter.replace("\r\n", "\n").strip().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- Not a letter -----------------------------------------------------------------------------------------------

_REFUSAL = re.compile(
    r"^(?:i'?m sorry|i am sorry|sorry|unfortunately|apologies)?[ ,]*(?:but\s+)?"
    r"i (?:can(?:no|')t|cannot|am unable to|'m unable to|won'?t be able to|am not able to|will not|won'?t)"
    r"\s+(?:help|assist|write|create|provide|comply|produce|do that|fulfil)",
    re.IGNORECASE,
)
# "As an AI, ..." breaks character; "As an AI engineer, ..." is a candidate's honest claim, so a comma is required.
_AI_DISCLAIMER = re.compile(
    r"\bas an ai(?:[- ](?:language model|assistant|model))?\s*,|\bas a (?:large )?language model\b"
    r"|\bi(?: am|'m) (?:just )?(?:an ai(?: language model| assistant| model)?|a (?:large )?language model)\s*[,.]",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"\[(?:your|company|hiring|insert|candidate|job|position|name|date|address|recipient)[^\]\n]{0,40}\]"
    r"|\{(?:company|job_title|name|candidate)[^}\n]{0,30}\}",
    re.IGNORECASE,
)
_TAG = re.compile(
    r"</?(?:" + "|".join(PROMPT_TAGS) + r"|evidence|letter|brief|instructions|system|user)\b[^>\n]{0,40}>",
    re.IGNORECASE,
)
_JSON_KEYS = re.compile(r'"?(?:cover_letter|evidence_used)"?\s*:')


def _reject_non_letters(letter: str) -> None:
    if not letter:
        raise LLMOutputError("empty", "The model returned no letter.")
    if _REFUSAL.search(letter[:300].lstrip("\"' ")) or _AI_DISCLAIMER.search(letter):
        raise LLMOutputError("refusal", f"The model declined or broke character: {_excerpt(letter)}")
    for pattern in (_PLACEHOLDER, _TAG, _JSON_KEYS):
        match = pattern.search(letter)
        if match:
            raise LLMOutputError("leftover", f"The letter contains prompt leftovers: {match.group(0)!r}")
    if len(letter.split()) < MIN_LETTER_WORDS:
        raise LLMOutputError("too_short", f"The model's reply is too short to be a letter: {_excerpt(letter)}")


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat[:80] + ("…" if len(flat) > 80 else ""))


def _dedupe(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))
