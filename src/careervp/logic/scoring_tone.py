"""The tone score (25% of quality): does the letter read in the requested voice, free of stock phrases, with varied
sentences of a readable length, at the requested length?

Each voice is recognised by its markers per 100 words. A letter must be strong in the requested voice AND ahead of
the other two, so a polite technical letter is not "professional" and an excited one is not "technical".
"""

from __future__ import annotations

import math
import re
import statistics

from careervp.logic.analysed_letter import analyse_letter
from careervp.logic.numbers import QuantityKind
from careervp.logic.text import find_stock_phrases
from careervp.logic.word_patterns import word_pattern
from careervp.models.api import Preferences, Tone

_ENTHUSIASTIC = word_pattern(
    r"excit\w*|thrill\w*|love[ds]?|loving|delight\w*|eager\w*|enjoy\w*|genuine\w*|proud|inspir\w*|fantastic|"
    r"wonderful|amazing|energ\w*|glad|happy|joy\w*|can't wait|cannot wait|keen|dive|smile|wow|great"
)
_PROFESSIONAL = word_pattern(
    r"welcome|opportunity|consideration|consider|sincerely|respectfully|pleased|appreciate|thank you|"
    r"contribut\w*|position|application|applying|discuss|value|record|experience|role|responsib\w*|"
    r"would|regards|particularly|furthermore|in addition|previously"
)
# The technical voice shows in how a letter reasons (trade-offs, evidence, methods, specifics) more than in what the
# career is about: every letter from an engineer or an accountant names systems, data and processes, so those content
# words count for little next to the style words.
_TECHNICAL_STYLE = word_pattern(
    r"architect\w*|trade-?offs?|benchmark\w*|root[- ]caus\w*|specifically|concrete(?:ly)?|in practice|"
    r"quantif\w*|technical(?:ly)?|evidence|data points?|design decisions?|baselines?|systematic\w*|reproduc\w*|"
    r"hypothes[ie]s|constraints?|mechanisms?|in detail|details?|measurable|instrumented|tooling|toolset|stack|"
    r"methods?|methodolog\w*|precise(?:ly)?|rigou?r\w*|empiric\w*|failure modes?|edge cases?|first principles|"
    r"root|debugg?\w*|diagnos\w*|bottlenecks?|under the hood|end to end|end-to-end"
)
_TECHNICAL_CONTENT = word_pattern(
    r"system\w*|pipeline\w*|design\w*|implement\w*|deploy\w*|data|process\w*|metric\w*|latency|throughput|"
    r"tool\w*|infrastructure|model\w*|automat\w*|configur\w*|protocol\w*|analy\w*|measur\w*|requirement\w*|"
    r"specific|workflow\w*|framework\w*|platform\w*|integrat\w*|scal\w*|performance|reliab\w*|accura\w*|"
    r"standard\w*"
)
_CONTRACTION = re.compile(r"\b\w+(?:'|’)(?:m|d|ve|re|ll|s|t)\b", re.IGNORECASE)
_REFERENCE_RATE = {Tone.ENTHUSIASTIC: 2.5, Tone.PROFESSIONAL: 4.0, Tone.TECHNICAL: 5.0}
"""Markers per 100 words at which a letter reads fully in that tone."""


def tone_rates(text: str) -> dict[Tone, float]:
    """Tone markers per 100 words. Style counts for more than content: every letter about a technical career
    names tools and numbers, so those weigh little next to the technical voice's colons, lists and vocabulary."""
    letter = analyse_letter(text)
    words = max(1, letter.words)
    exclamations = min(text.count("!"), 4)
    contractions = len(_CONTRACTION.findall(text))
    enthusiastic = len(_ENTHUSIASTIC.findall(text)) + 1.5 * exclamations + 0.3 * contractions
    professional = len(_PROFESSIONAL.findall(text)) - 0.5 * contractions - 1.5 * exclamations
    technical = (
        len(_TECHNICAL_STYLE.findall(text))
        + 0.3 * len(_TECHNICAL_CONTENT.findall(text))
        + 0.15 * len(letter.skills)
        + 0.05 * sum(1 for q in letter.quantities if q.kind is not QuantityKind.TIME)
        + 0.5 * (text.count(":") + text.count(";") + text.count("("))
    )
    raw = {Tone.ENTHUSIASTIC: enthusiastic, Tone.PROFESSIONAL: professional, Tone.TECHNICAL: technical}
    return {tone: max(0.0, value) * 100 / words for tone, value in raw.items()}


def tone_strengths(text: str) -> dict[Tone, float]:
    """How strongly the letter reads as each tone, 0..1 (1 - e^-rate/reference: more markers, diminishing returns)."""
    return {tone: 1 - math.exp(-rate / _REFERENCE_RATE[tone]) for tone, rate in tone_rates(text).items()}


def tone_score(text: str, preferences: Preferences, notes: list[str]) -> float:
    """0..1, with the reasons appended to `notes`."""
    strengths = tone_strengths(text)
    wanted = strengths[preferences.tone]
    lead = wanted - max(v for tone, v in strengths.items() if tone is not preferences.tone)
    # Strong in the requested tone AND ahead of the others: a technical letter is not "professional" just because it
    # is polite, nor an enthusiastic one "technical" because it names tools. A tie earns 0.6, a lead of 0.1 full marks.
    match = min(1.0, wanted / 0.6) * max(0.0, min(1.0, 0.6 + lead / 0.25))
    stock = find_stock_phrases(text)
    stock_score = max(0.0, 1.0 - 0.4 * len(stock))
    letter = analyse_letter(text)
    body = [
        n
        for s, n in zip(letter.sentences, letter.sentence_words, strict=True)
        if n >= 3 and not s.rstrip().endswith(",")
    ]
    spread = statistics.pstdev(body) / statistics.fmean(body) if len(body) >= 2 else 0.0
    variety = max(0.0, min(1.0, (spread - 0.1) / 0.25))
    words = letter.words
    deviation_signed = words / preferences.word_count_target - 1
    deviation = abs(deviation_signed)
    length = 1.0 if deviation <= 0.1 else max(0.0, 1 - (deviation - 0.1) / 0.3)
    mean_sentence = statistics.fmean(body) if body else 0.0
    readability = (
        1.0 if 10 <= mean_sentence <= 26 else max(0.0, 1 - min(abs(mean_sentence - 10), abs(mean_sentence - 26)) / 15)
    )
    strongest_tone = max(strengths, key=lambda t: strengths[t])
    score = 0.40 * match + 0.15 * stock_score + 0.10 * variety + 0.25 * length + 0.10 * readability
    notes.append(
        f"tone: {preferences.tone.value} markers {wanted:.2f} (strongest {strongest_tone.value}), "
        f"sentence-length spread {spread:.2f}, mean sentence {mean_sentence:.0f} words"
    )
    notes.append(f"length: {words} words for a target of {preferences.word_count_target} ({deviation_signed:+.0%})")
    if stock:
        notes.append("stock phrases: " + ", ".join(stock))
    return score
