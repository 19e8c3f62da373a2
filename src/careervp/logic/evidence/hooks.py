"""What the posting says about the company, as sentences a letter can refer to ("hooks")."""

from __future__ import annotations

import re

from careervp.logic.text import split_sentences, word_count
from careervp.models.job import JobPosting

_NOT_A_HOOK = re.compile(
    r"equal opportunity|equal-opportunity|salary|compensation|benefit|apply|application|401\(k\)|"
    r"discriminat|accommodation|background check|visa|sponsorship",
    re.IGNORECASE,
)


def company_hooks(job: JobPosting, limit: int = 6) -> list[str]:
    """Sentences the posting says about the company and the role: specific ones (numbers, names) first."""
    candidates: list[tuple[float, int, str]] = []
    company_word = (job.company_name.split() or [""])[0].casefold()
    for paragraph in job.about:
        for sentence in split_sentences(paragraph):
            words = word_count(sentence)
            if words < 6 or words > 45 or _NOT_A_HOOK.search(sentence):
                continue
            specificity = 1.0 if re.search(r"\d", sentence) else 0.0
            specificity += 0.5 if company_word and company_word in sentence.casefold() else 0.0
            specificity += 0.25 if re.match(r"(We|Our)\b", sentence) else 0.0
            candidates.append((specificity, len(candidates), sentence))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    hooks: list[str] = []
    for _, _, sentence in candidates:
        if sentence not in hooks:
            hooks.append(sentence)
    return hooks[:limit]
