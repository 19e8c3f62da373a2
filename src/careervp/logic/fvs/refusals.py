"""A letter, not a refusal or a prompt echo: a model's apology, a placeholder left in brackets, a chat sign-off or
the markup the prompt used."""

from __future__ import annotations

import re

from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.models.api import FVSViolation

_REFUSAL_WORDS = (
    r"\bas an ai\b|\bas a (?:large )?language model\b|\bi(?:'m| am) (?:just )?an ai\b|"
    r"\bi (?:cannot|can't|can’t|am unable to|won't|will not) (?:help|assist|write|create|provide|comply|fulfil)|"
    r"\bi(?:'m| am|’m) sorry,? but\b|\bi apologi[sz]e,? but\b|\bi(?:'m| am) not able to (?:help|write|assist)|"
    r"\[(?:your|company|hiring|candidate|applicant|job|insert|name|date|address|phone|email)[^\]\n]{0,40}\]|"
    r"\{\{[^}\n]{0,40}\}\}|</?(?:evidence|cv|job|posting|letter|system|user|assistant|instructions?|facts?)\b[^>\n]*>|"
    r"\bhere(?:'s| is|’s) (?:your|the|a|my) (?:tailored |revised |updated |draft )?cover letter\b|"
    r"\bI hope this (?:letter )?helps\b|\blet me know if you(?:'d| would)? like\b|```|\"cover_letter\"\s*:"
)
# Each alternative above opens with a bracket, a backtick, a quote or, at the start of a word, one of four letters:
# testing for those first passes over most places of a letter before the alternatives are tried there one by one.
_REFUSALS = re.compile(rf"(?=[\[{{<`\"]|\b[aihl])(?:{_REFUSAL_WORDS})", re.IGNORECASE)


def check_refusals(letter: Letter) -> list[FVSViolation]:
    return [
        violation(letter.text, Kind.REFUSAL, m.span(), "Model refusal or prompt leftover in the letter.")
        for m in _REFUSALS.finditer(letter.text)
    ]
