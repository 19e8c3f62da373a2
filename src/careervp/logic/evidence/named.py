"""Two requirement classes that topic words cannot judge.

- A requirement that names specific things (a product, a credential, an acronym: "Tekla Structural Designer or
  similar", "SOC 2 Type II or ISO 27001 audits", "IDeaS or Duetto") is met only when the CV names one of them:
  sharing the words "structural" and "designer" with a CV is not having used Tekla.
- A language requirement ("Fluent English", "a second European language", "Spanish or another European language")
  is met by the languages the CV lists, not by topic words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile

from careervp.logic.evidence.facts import IndexedFact
from careervp.logic.fvs.short_forms import numbered_step_as_written
from careervp.logic.initials import spelt_out_in
from careervp.logic.patterns import compiled
from careervp.logic.text import skills_in
from careervp.models.evidence import FactKind
from careervp.vocabulary import is_generic_skill, skill_key
from careervp.vocabulary.languages import EUROPEAN, FAMILIES, LANGUAGES, languages_in
from careervp.vocabulary.lemmas import getAllLemmas

# A run of capitalised or coined words (not opening the requirement), or an acronym: "Tekla Structural Designer",
# "SOC 2 Type II", "IDeaS", "Opera S&C".
_NAMED = re.compile(r"(?<![\w&+#.-])(?:[A-Z][\w&+#.-]*|[a-z]+[A-Z][\w]*)(?:\s+(?:[A-Z\d][\w&+#.-]*|[a-z]+[A-Z]\w*))*")
_ACRONYM = re.compile(r"[A-Z][A-Z\d&]+|\w*[a-z][A-Z]\w*")
_TOKEN = re.compile(r"[\w&+#]+")
_CAPITALS = re.compile(r"[A-Z][A-Z\d&]+")
_GENERIC = frozenset(
    {"experience", "knowledge", "familiarity", "proficiency", "strong", "excellent", "a", "an", "uk", "us", "usa",
     "eu", "ok"}
)  # fmt: skip


def _is_describing_word(word: str) -> bool:
    """An English verb or adjective ("Demonstrated", "Proven", "Strong") or a compound modifier ("Expert-level",
    "Hands-on"), not a product's name ("Tekla")."""
    if _ACRONYM.fullmatch(word):
        return False
    parts = word.split("-")
    if len(parts) > 1 and all(part.islower() for part in parts[1:]):
        return True
    lemmas = getAllLemmas(word.casefold())
    return "VERB" in lemmas or "ADJ" in lemmas


# A name stands in a list of alternatives when a separator or a list opening touches it: "(Quillstack, Inkwell or
# similar)", "e.g. Ferrule, Brisk", "Haskell or OCaml".
_LIST_BEFORE = re.compile(r"(?:[(,/:]|\bor|\be\.g\.,?|\bsuch\s+as|\bincluding)\s*$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"\s*(?:[,/)]|or\b)")
# Words that say what kind of thing a name is, or how it was used, rather than which one: "Quillstack software
# experience" names Quillstack.
_KIND_WORDS = frozenset(
    {"software", "system", "systems", "platform", "platforms", "suite", "tool", "tools", "experience", "skills",
     "knowledge", "proficiency", "expertise", "certified", "user", "users"}
)  # fmt: skip


@dataclass(frozen=True)
class _Name:
    text: str
    end: int
    in_list: bool
    specific: bool
    """An acronym, a coined word, a name of two words or more or a tool the skill lexicon knows ("Haskell"): a
    single capitalised word may otherwise be an ordinary one ("Membership", "Netflix or other streamers")."""


def _named_matches(requirement: str) -> list[_Name]:
    found = []
    for match in _NAMED.finditer(requirement):
        name = match.group(0).strip(" .,")
        words = name.split()
        if match.start() == len(requirement) - len(requirement.lstrip(" -•*")) and _is_describing_word(words[0]):
            words = words[1:]  # capitalised only as the line's first word: "Demonstrated P&L ownership"
            name = " ".join(words)
        if not words or all(w.casefold() in _GENERIC or w.casefold() in LANGUAGES for w in words):
            continue
        in_list = bool(_LIST_BEFORE.search(requirement[: match.start()]) or _LIST_AFTER.match(requirement, match.end()))
        specific = len(words) >= 2 or bool(_ACRONYM.fullmatch(words[0])) or (in_list and _is_tool(name))
        if specific or in_list:
            found.append(_Name(name, match.end(), in_list, specific))
    return found


def _is_tool(name: str) -> bool:
    return any(span == (0, len(name)) and not is_generic_skill(found) for found, span in skills_in(name))


def named_things(requirement: str) -> list[str]:
    """The specific things a requirement names, language names aside."""
    return [name.text for name in _named_matches(requirement) if name.specific]


# The bodies a credential named by its letters is held with, which qualify it rather than stand for it: "CEng with
# ICE or IMechE", "CPA through AICPA" ask for the chartership or the licence.
_BODY_OF_NAME = re.compile(
    r"(?-i:\b(?=\w*[A-Z]\w*[A-Z])[\w-]+)\s+(?:with|through|via|from)\s+(?:[A-Z][\w&-]*\s*(?:,|\bor\b|\band\b|/)\s*)*$",
    re.I,
)


def named_objects(requirement: str) -> list[str]:
    """The named things a requirement asks the candidate to have used, as opposed to ones that qualify another
    topic: "Experience with Quillstack or Inkwell", "Expert-level Ferrule Studio", "Ferrule software experience", but
    not "MSK ultrasound training" (the ultrasound is asked for) nor "NIH grant budgets" (the budgets are)."""
    objects = []
    for name in _named_matches(requirement):
        rest = _TOKEN.findall(re.split(r"[(:;]", requirement[name.end :])[0].casefold())
        if _BODY_OF_NAME.search(requirement[: name.end - len(name.text)]):
            continue
        if name.in_list or all(word in _KIND_WORDS for word in rest):
            objects.append(name.text)
    return objects


def names_none_the_cv_has(requirement: str, cv_text: str) -> bool:
    """The requirement names specific things and the CV names none of them (nor their first word)."""
    names = named_things(requirement)
    if not names:
        return False
    if any(uses_name(cv_text, other) for other in named_objects(requirement)):
        return False  # "(Quillstack, InfoBase or similar)": one alternative is enough, named in a list or not
    folded = _folded(cv_text)
    for name in names:
        words = _TOKEN.findall(name.casefold())
        if f" {' '.join(words)} " in folded or (_maker_named(name) and f" {words[0]} " in folded):
            return False
        if len(words) == 1 and len(words[0]) >= 3 and words[0] in folded:
            return False  # an acronym inside the CV's own ("RTPI" in "MRTPI")
        if uses_name(cv_text, name):
            return False
    return True


def _maker_named(name: str) -> bool:
    """Whether a name's first word may stand for all of it, as a maker's does ("Tekla" for "Tekla Structural
    Designer"). A body's acronym does not: "RCVS Practice Standards Scheme" is one scheme of many the RCVS runs."""
    words = name.split()
    return len(words[0]) >= 4 and (len(words) == 1 or not _CAPITALS.fullmatch(words[0]))


def _named_in_short(name: str, text: str) -> bool:
    """A name opening with a body's acronym, written the trade's short way: the acronym and the initials of the rest
    ("RCVS PSS" for "RCVS Practice Standards Scheme"), its opening acronyms alone ("AASHTO LRFD" for "AASHTO LRFD
    Bridge Design Specifications"), or its level written short ("WSET L3" for "WSET Level 3")."""
    words = name.split()
    lead = list(takewhile(lambda word: _ACRONYM.fullmatch(word) is not None, words))
    rest = words[len(lead) :]
    if not lead or not rest:
        return False
    folded = _folded(text)
    initials = "".join(word[0] for word in rest if word[0].isupper())
    if len(lead) >= 2 and f" {' '.join(lead).casefold()} " in folded:
        return True
    if len(initials) >= 2 and f" {' '.join(lead).casefold()} {initials.casefold()} " in folded:
        return True
    short = numbered_step_as_written(name, text)
    return short is not None and f" {' '.join(_TOKEN.findall(short.casefold()))} " in folded


def _folded(text: str) -> str:
    return " " + " ".join(_TOKEN.findall(text.casefold())) + " "


def uses_name(text: str, name: str) -> bool:
    """Whether `text` names `name` itself: in full (a single ordinary word with its capital: "Brisk", not "brisk"),
    without the word saying what kind of thing it is ("Ferrule" for "Ferrule Software"), by every word of it on one
    line ("ASQ CQA" in "ASQ Certified Quality Auditor (CQA)"), its acronyms spelt out on one line ("UK CAA" in "UK
    Civil Aviation Authority"), or by another name the skill lexicon gives the same
    tool ("MS Project" for "Microsoft Project")."""
    written = name.split()
    while len(written) > 1 and written[-1].casefold() in _KIND_WORDS:
        written = written[:-1]
    if len(written) == 1 and not _ACRONYM.fullmatch(written[0]):
        word = written[0]
        return word in text and compiled(rf"(?<![\w&+#-]){re.escape(word)}(?![\w&+#-])").search(text) is not None
    words = _TOKEN.findall(" ".join(written).casefold())
    if not words:
        return False
    if f" {' '.join(words)} " in _folded(text):
        return True
    if len(words) > 1 and any(
        all(len(w) >= 2 and f" {w} " in _folded(line) for w in words) for line in text.splitlines()
    ):
        return True
    if any(_ACRONYM.fullmatch(w) for w in written) and any(
        all(f" {w.casefold()} " in _folded(line) or spelt_out_in(w, line) for w in written)
        for line in text.splitlines()
    ):
        return True  # "UK CAA" where the CV writes "UK Civil Aviation Authority"
    if _named_in_short(" ".join(written), text):
        return True
    tools = {
        skill_key(found) for found, span in skills_in(name) if span == (0, len(name)) and not is_generic_skill(found)
    }
    return bool(tools) and tools <= {skill_key(found) for found, _ in skills_in(text)}


def facts_naming_tools(
    requirement: str, facts: Sequence[IndexedFact], cv_text: str
) -> tuple[list[IndexedFact], set[str]]:
    """The CV lines naming a tool the requirement asks for ("Quillstack or a similar editor", "e.g. Ferrule, Brisk"),
    results first, and the tools they name: they meet it however few of its other words they share."""
    held = {name for name in named_objects(requirement) if uses_name(cv_text, name)}
    naming = [f for f in facts if any(uses_name(f.fact.text, name) for name in held)]
    naming.sort(key=lambda f: (f.fact.kind is not FactKind.ACHIEVEMENT, f.recency, f.order))
    return naming, held


_BASIC = r"(?:basic|elementary|beginner|limited|survival|A1|A2)"


def _basic_only(cv_text: str) -> set[str]:
    """Languages the CV gives a beginner's level ("Spanish (basic)", "elementary French"): listed, not spoken at
    work, so they meet no language requirement."""
    return {
        language
        for language in languages_in(cv_text)
        # On the language's own line and item: "Tallyboard (basic)" above "English" says nothing of English.
        if compiled(rf"\b{language}\b[ \t]*[(:,–—-]?[ \t]*{_BASIC}\b|\b{_BASIC}[ \t]+{language}\b", re.I).search(
            cv_text
        )
    }


def language_verdict(requirement: str, cv_text: str) -> bool | None:
    """Met (True) or not (False) when the requirement asks for a language; None when it asks for none."""
    generic = re.search(r"\b(?:languages?|bilingual|multilingual)\b", requirement, re.IGNORECASE) is not None
    if generic:  # "A second European language (we support Polish and German clients)": the aside is no ask
        requirement = re.sub(r"\([^()]*\)", " ", requirement)
    asked = languages_in(requirement)
    if not asked and not generic:
        return None
    held = languages_in(cv_text) - _basic_only(cv_text)
    family = next((FAMILIES[name] for name in FAMILIES if re.search(rf"\b{name}\b", requirement, re.I)), None)
    if not asked and family is not None:
        return bool(held & family)  # "A Scandinavian language"
    if not asked and re.search(r"\b(?:bilingual|multilingual)\b", requirement, re.IGNORECASE):
        return len(held) >= 2
    # "Bilingual English/Spanish", "French and German" ask for every language named; "Spanish or Portuguese" for one.
    every = not re.search(r"\b(?:or|any|another|one\s+of|either)\b", requirement, re.IGNORECASE)
    if asked and every and len(asked) > 1:
        return asked <= held
    if asked and asked & held:
        return True
    if generic and re.search(
        r"\b(?:european|second|another|other|foreign|additional|community|home|heritage)\b", requirement, re.I
    ):
        wanted = EUROPEAN if re.search(r"\beuropean\b", requirement, re.IGNORECASE) else LANGUAGES
        return bool((held & wanted) - {"english"})
    return bool(asked & held) if asked else None
