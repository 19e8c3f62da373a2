"""Two requirement classes that topic words cannot judge.

- A requirement that names specific things (a product, a credential, an acronym: "Tekla Structural Designer or
  similar", "SOC 2 Type II or ISO 27001 audits", "IDeaS or Duetto") is met only when the CV names one of them:
  sharing the words "structural" and "designer" with a CV is not having used Tekla.
- A language requirement ("Fluent English", "a second European language", "Spanish or another European language")
  is met by the languages the CV lists, not by topic words.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from careervp.vocabulary.languages import EUROPEAN, LANGUAGES, languages_in

# A run of capitalised or coined words (not opening the requirement), or an acronym: "Tekla Structural Designer",
# "SOC 2 Type II", "IDeaS", "Opera S&C".
_NAMED = re.compile(r"(?<![\w&+#.-])(?:[A-Z][\w&+#.-]*|[a-z]+[A-Z][\w]*)(?:\s+(?:[A-Z\d][\w&+#.-]*|[a-z]+[A-Z]\w*))*")
_ACRONYM = re.compile(r"[A-Z][A-Z\d&]+|\w*[a-z][A-Z]\w*")
_TOKEN = re.compile(r"[\w&+#]+")
_GENERIC = frozenset(
    {"experience", "knowledge", "familiarity", "proficiency", "strong", "excellent", "a", "an", "uk", "us", "usa",
     "eu", "ok"}
)  # fmt: skip


def _is_describing_word(word: str) -> bool:
    """An English verb or adjective ("Demonstrated", "Proven", "Strong"), not a product's name ("Tekla")."""
    if _ACRONYM.fullmatch(word):
        return False
    lemmas = getAllLemmas(word.casefold())
    return "VERB" in lemmas or "ADJ" in lemmas


def named_things(requirement: str) -> list[str]:
    """The specific things a requirement names, language names aside."""
    found = []
    for match in _NAMED.finditer(requirement):
        name = match.group(0).strip(" .,")
        words = name.split()
        if match.start() == len(requirement) - len(requirement.lstrip(" -•*")) and _is_describing_word(words[0]):
            words = words[1:]  # capitalised only as the line's first word: "Demonstrated P&L ownership"
            name = " ".join(words)
        if not words or all(w.casefold() in _GENERIC or w.casefold() in LANGUAGES for w in words):
            continue
        # One capitalised word ("Membership", "Datawrapper") may be an ordinary word: only acronyms, coined words
        # and names of two words or more count as specific things.
        if len(words) >= 2 or _ACRONYM.fullmatch(words[0]):
            found.append(name)
    return found


def names_none_the_cv_has(requirement: str, cv_text: str) -> bool:
    """The requirement names specific things and the CV names none of them (nor their first word)."""
    names = named_things(requirement)
    if not names:
        return False
    folded = " " + " ".join(_TOKEN.findall(cv_text.casefold())) + " "
    for name in names:
        words = _TOKEN.findall(name.casefold())
        if f" {' '.join(words)} " in folded or (len(words[0]) >= 4 and f" {words[0]} " in folded):
            return False
        if len(words) == 1 and len(words[0]) >= 3 and words[0] in folded:
            return False  # an acronym inside the CV's own ("RTPI" in "MRTPI")
    return True


def language_verdict(requirement: str, cv_text: str) -> bool | None:
    """Met (True) or not (False) when the requirement asks for a language; None when it asks for none."""
    asked = languages_in(requirement)
    generic = re.search(r"\blanguages?\b", requirement, re.IGNORECASE) is not None
    if not asked and not generic:
        return None
    held = languages_in(cv_text)
    # "Bilingual English/Spanish", "French and German" ask for every language named; "Spanish or Portuguese" for one.
    every = not re.search(r"\b(?:or|any|another|one\s+of|either)\b", requirement, re.IGNORECASE)
    if asked and every and len(asked) > 1:
        return asked <= held
    if asked and asked & held:
        return True
    if generic and re.search(r"\b(?:european|second|another|other|foreign|additional)\b", requirement, re.I):
        wanted = EUROPEAN if re.search(r"\beuropean\b", requirement, re.IGNORECASE) else LANGUAGES
        return bool((held & wanted) - {"english"})
    return bool(asked & held) if asked else None
