"""Credential words that open a title: "a chartered surveyor", "a CPIM-certified planner", "an Incorporated
Engineer". Such a title claims the credential as well as the job."""

from __future__ import annotations

import re

from careervp.logic.fvs.sources import Sources

_CREDENTIAL_WORD = re.compile(
    r"(?i:certified|accredited|licensed|registered|chartered|qualified|incorporated|board-certified)|"
    r"(?P<name>[\w.&]+)-(?i:certified|accredited|licensed|registered|trained|designated|qualified|chartered)"
)
# The body that grants a credential often carries its word in its name ("Chartered Institute of ...").
_ISSUER_AFTER = r"(?!\s+(?:Institute|Institution|Society|Association|Board|College|Council|Body|Bank)\b)"


_SUSPENDED_HYPHEN = re.compile(r"\b([\w.&]+)-\s+(?:and|or|&)\s+(?=[\w.&]+-(\w+)\b)")


def spell_out_suspended_hyphens(title: str) -> str:
    """ "CRCST- and CER-certified technician" -> "CRCST-certified CER-certified technician": a word shared by two
    hyphenated modifiers and written once is read with each of them."""
    return _SUSPENDED_HYPHEN.sub(lambda m: f"{m.group(1)}-{m.group(2)} ", title)


def is_credential_word(word: str) -> bool:
    return _CREDENTIAL_WORD.fullmatch(word) is not None


def unheld_credential(title: str, sources: Sources) -> str | None:
    """The credential word a title opens with that the CV does not back, if any."""
    for word in title.split()[:3]:
        match = _CREDENTIAL_WORD.fullmatch(word.strip(",."))
        if match is None:
            break
        name = match.group("name")
        held = sources.holds_credential(name) if name else _worn_by_the_writer(word, sources)
        if not held and not _post_nominal(title, sources):
            return word
    return None


def _post_nominal(title: str, sources: Sources) -> bool:
    """ "a registered midwife" from "Bethan Pryce RM": the title's initials written as letters after the candidate's
    name or in the headline under it, where people put what they hold (a CV line may name one still to come)."""
    words = [w for w in re.findall(r"[A-Za-z]+", title) if w.casefold() not in ("a", "an", "the", "of")]
    initials = "".join(w[0] for w in words).upper()
    person = sources.cv.person
    after_name = re.search(rf"\s{initials}\b", person.name, re.IGNORECASE) is not None
    in_headline = re.search(rf"\b{initials}\b", person.headline or "") is not None
    return len(initials) >= 2 and (after_name or in_headline)


def _worn_by_the_writer(word: str, sources: Sources) -> bool:
    """The CV uses the credential word ("chartered", "registered") for the writer, not only inside the name of the
    body that grants it ("Member, Chartered Institute of Ecology")."""
    found = re.search(rf"\b{re.escape(word[:5])}\w*\b{_ISSUER_AFTER}", sources.candidate_text, re.IGNORECASE)
    return found is not None


def without_credentials(title: str) -> str:
    words = title.split()
    while len(words) > 1 and _CREDENTIAL_WORD.fullmatch(words[0].strip(",.")):
        words.pop(0)
    return " ".join(words)
