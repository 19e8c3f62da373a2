"""What the CV holds against the posting's credential and tool requirements: the licences a letter cites in one plain
sentence ("I hold GWO Basic Safety Training and an ENG1 Seafarer Medical Certificate."), and the test that keeps a
letter from naming as a gap anything the CV names.

The requirement table links facts by shared words and can be wrong both ways: a licence the CV writes in a table row
reads as unmet, a tool listed under skills as missing. The letter is stricter than the table in one direction only:
whatever the CV names (in any fact, case-insensitively, by a designation with a figure, by a name in capitals or by
the abbreviation the posting gives in brackets) is never denied.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careervp.logic.evidence.facts import credential_name
from careervp.logic.evidence.rules import is_credential_requirement
from careervp.logic.remembered import remembered_frozen
from careervp.logic.text import content_terms, join_list, matched_terms
from careervp.logic.writers.licences import BRACKET_CODE, codes, designations, names_in, written
from careervp.logic.writers.pieces import credential_line, held_credential
from careervp.logic.writers.shapes import THING_SLOT, fits
from careervp.logic.writers.wording import article, lower_first, quoted
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.people import is_person_noun

MAX_HELD = 4
"""Credentials named in the one sentence: more reads as a list."""
_PERSON_TITLE = re.compile(r"^(?:Certified|Registered|Licensed|Chartered)\b.*(?:er|or|ist|ian|ant|nurse)$")
_TICKET = re.compile(
    r"\b(?:training|medical|qualification|course|ticket|card|credential|registration|registered|certified|licensed|"
    r"first[\s-]aid|cpr|bls|acls|pals)\b",
    re.IGNORECASE,
)
_OFFERED = re.compile(r"[$£€]|\b(?:covered|allowance|reimburs\w*|paid|stipend)\b", re.IGNORECASE)
"""What the employer offers ("Oregon license and AVMA dues covered"): no credential the letter cites."""
_NOTE = re.compile(r",\s+(?![^()]*\))(?!(?:management|operational|support) level\b).*$")
"""A note after a certificate's name: its status, its length, the state that issued it."""
_MEMBER = re.compile(r"^(?:the\s+)?(.+?)\s+[–—-]\s+((?:full|associate|student|affiliate)\s+)?member$", re.IGNORECASE)
_KEPT_BRACKET = re.compile(r"\s*\(([^()]*)\)")


def _credential_requirements(evidence: EvidenceMap) -> list[str]:
    order = (RequirementCategory.MUST_HAVE, RequirementCategory.NICE_TO_HAVE)
    reqs = [r for r in evidence.requirements if r.category in order and is_credential_like(r.requirement)]
    reqs = [r for r in reqs if not _OFFERED.search(r.requirement)]
    return [r.requirement for r in sorted(reqs, key=lambda r: order.index(r.category))]


def is_credential_like(requirement: str) -> bool:
    """A requirement a certificate answers: a degree or licence, or a named training, medical or qualification."""
    return is_credential_requirement(requirement) or _TICKET.search(requirement) is not None


def _score(fact: EvidenceFact, requirement: str) -> int:
    """How plainly a certificate is the one a requirement asks for: every designation with a figure (decisive), then
    a name or abbreviation in common, then two content words in common; 0 for none of these."""
    designated = designations(requirement)
    text = fact.text.casefold()
    if designated:
        return 20 if all(written(c, text) for c in designated) else 0
    terms = content_terms(requirement)
    shared = len(matched_terms(terms, content_terms(fact.text)))
    names = names_in(requirement)
    if names:  # "IGF Code Advanced Training" is not answered by "IGF Code Basic Training"
        return 10 + shared if any(written(name, text) for name in names) else 0
    return shared if shared >= min(2, len(terms)) else 0


def answers_requirement(fact: EvidenceFact, requirement: str) -> bool:
    """Whether a certificate is plainly the one a requirement asks for (by its designation, a name or code in common
    or two content words), not merely one of its kind at another grade."""
    if _score(fact, requirement) > 0:
        return True
    text = fact.text.casefold()  # "RVT" in "Registered Veterinary Technician (RVT)" for "California RVT registration"
    return not designations(requirement) and any(written(code, text) for code in codes(requirement))


def _as_named(fact: EvidenceFact) -> str:
    """A certificate as the sentence names it: without its issuer, status note or list of modules in brackets; an
    abbreviation in brackets ("(CNSC)") stays."""
    name = credential_line(quoted(credential_name(fact)))
    name = _NOTE.sub("", name)  # ", 3-day, St John Ambulance", ", recertified", ", Massachusetts"

    def keep(match: re.Match[str]) -> str:
        expands = len(name[: match.start()].split()) == 1  # "LPQualified (Loss Prevention Qualified)"
        return match.group(0) if expands or BRACKET_CODE.fullmatch(f"({match.group(1)})") else ""

    return _KEPT_BRACKET.sub(keep, name).strip(" ,")


@remembered_frozen(8)  # a function of the map alone: the fit paragraph and the extras of every draft read it
def held_facts(evidence: EvidenceMap) -> tuple[EvidenceFact, ...]:
    """The CV's certificates that answer the posting's must-have and then nice-to-have credential requirements, the
    plainest match for each, each certificate once, at most MAX_HELD in all."""
    certificates = [f for f in evidence.facts if f.kind is FactKind.CERTIFICATION and not _LAPSED.search(f.text)]
    chosen: list[EvidenceFact] = []

    def take(fact: EvidenceFact) -> None:
        if fact not in chosen and len(chosen) < MAX_HELD and not any(_same_family(fact, c) for c in chosen):
            chosen.append(fact)

    for requirement in _credential_requirements(evidence):
        scored = [(_score(f, requirement), -n) for n, f in enumerate(certificates) if f not in chosen]
        best = max(scored, default=(0, 0))
        if best[0] > 0:
            take(certificates[-best[1]])
        for fact in certificates:  # "NCRA RPR and CRR": each certificate the requirement names by its code
            if _named_by_code(fact, requirement):
                take(fact)
    by_id = {f.fact_id: f for f in certificates}
    order = (RequirementCategory.MUST_HAVE, RequirementCategory.NICE_TO_HAVE)
    for req in sorted((r for r in evidence.requirements if r.category in order and not r.is_gap),
                      key=lambda r: order.index(r.category)):  # fmt: skip
        for fid in req.fact_ids:  # a certificate the table ties to any other requirement it plainly answers
            if fid in by_id and answers_requirement(by_id[fid], req.requirement):
                take(by_id[fid])
    return tuple(chosen)


_LAPSED = re.compile(r"(?:lapsed|expired|no longer (?:held|current))", re.IGNORECASE)
_GRADE_WORDS = re.compile(
    r"\b(?:member|associate|fellow|affiliate|student|graduate|chartered|full|foundation|intermediate|advanced|"
    r"basic|refresher|(?:level|grade|part|stage|tier)\s+[\dIVX]+)\b|\([^()]*\)|[^\w\s]",
    re.IGNORECASE,
)


def _same_family(one: EvidenceFact, other: EvidenceFact) -> bool:
    """Two grades of one credential ("Associate of the Chartered Institute for Archaeologists (ACIfA)" beside its
    "Member of ..." grade): the letter names the first the CV lists, the one it holds now, and not the other."""

    def family(fact: EvidenceFact) -> str:
        return " ".join(_GRADE_WORDS.sub(" ", _as_named(fact)).casefold().split())

    mine = family(one)
    return len(mine.split()) >= 2 and mine == family(other)


_CODE_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z0-9-]{1,9})\)")


def _named_by_code(fact: EvidenceFact, requirement: str) -> bool:
    """Whether a requirement names a certificate by the code the CV gives it in brackets: "RPR" for "Registered
    Professional Reporter (RPR), NCRA"."""
    code = _CODE_IN_BRACKETS.search(fact.text)
    return code is not None and re.search(rf"\b{re.escape(code.group(1))}\b", requirement) is not None


def _titles_and_held(chosen: Sequence[EvidenceFact]) -> tuple[list[str], list[str]]:
    """(titles the candidate is, "Registered Dietitian Nutritionist (RDN)"; credentials the candidate holds)."""
    titles: list[str] = []
    held: list[str] = []
    for fact in chosen:
        name = _as_named(fact)
        if not name or re.search(r"[;:·]", name):
            continue  # "Systems: CentralSquare · Motorola ...": a list the reader filed as one certificate
        bare = re.sub(r"\s*\([^()]*\)", "", name)
        member = _MEMBER.match(bare)
        if member:  # "British Dietetic Association – full member": a member of it, not a thing held
            titles.append(f"{member.group(2) or ''}member of the {member.group(1)}")
        elif _PERSON_TITLE.match(bare) or (not re.search(r"\s[–—-]\s", bare) and is_person_noun(bare.split()[-1])):
            if not any(_same_title(bare, said) for said in titles):  # "... trainer" and "... trainer (2023)"
                titles.append(name if _a_proper_title(bare) else lower_first(name))
        elif _HOLDABLE.search(bare) and fits(bare, THING_SLOT) and held_credential(name) not in held:
            held.append(held_credential(name))
    return titles, held


def _same_title(bare: str, said: str) -> bool:
    """Whether two credential lines name one title, a date or a note apart: "First aider" and "First aider, 2023"."""

    def key(text: str) -> str:
        return re.sub(r"\s*\([^()]*\)|[,\s]+(?:19|20)\d\d\b.*$", "", text).casefold().strip(" ,.")

    return key(bare) == key(said)


def _a_proper_title(bare: str) -> bool:
    """ "Registered Dietitian Nutritionist" is written as a name; "Manual handling trainer" is a plain description,
    said in lower case after "I am a"."""
    return all(word[:1].isupper() or not word[:1].isalpha() for word in bare.split()[1:])


_HOLDABLE = re.compile(
    r"(?:(?i:\b(?:certificat\w*|licen[cs]e|diploma|degree|card|registration|ticket|qualification|accreditation|"
    r"endorsement|rating|permit|clearance|credential|award))|\b[A-Z][A-Z\d]{1,}|(?i:\b(?:grade|level|class|part|"
    r"tier)\s+[\dIVX]+))$|(?i:\b(?:licen[cs]e|certificate|diploma|first[\s-]aid)\b)"
)
"""A name one can hold: one that ends on what it is ("... Licence", "... Grade 2", "NEBOSH") or names a licence or
certificate. "LIVE Certified Vineyard" or "Advantage Play Detection course" is no thing held: "I hold ..." garbles
it."""


def held_sentence(chosen: Sequence[EvidenceFact]) -> str:
    """ "I am a Registered Dietitian Nutritionist (RDN), and I hold ..." in one sentence, or ""."""
    titles, held = _titles_and_held(chosen)
    said = [f"{article(t)} {t}" for t in titles]
    if said and held:
        return f"I am {join_list(said)}, and I hold {join_list(held)}."
    if said:
        return f"I am {join_list(said)}."
    return f"I hold {join_list(held)}." if held else ""


_TOOL_LIST = re.compile(r"^(?:Systems|Tools|Software|Technology|Technologies|Platforms|Equipment)\s*:\s*(.+)$")


def tools_sentence(evidence: EvidenceMap) -> tuple[str, bool]:
    """ "Systems: CentralSquare Inform CAD · Motorola MCC 7500 radio consoles · ..." (a tools line the reader filed as
    a certificate) as "I work with CentralSquare Inform CAD, ... and ...", up to three tools; and whether a met
    must-have cites that line, so the sentence answers the posting."""
    musts = {fid for r in evidence.requirements if r.category is RequirementCategory.MUST_HAVE and not r.is_gap
             for fid in r.fact_ids}  # fmt: skip
    for fact in evidence.facts:
        listed = _TOOL_LIST.match(fact.text.strip())
        if fact.kind is FactKind.CERTIFICATION and listed:
            items = [i.strip(" .") for i in re.split(r"\s+·\s+|;\s+", listed.group(1)) if i.strip(" .")]
            if len(items) >= 2:
                return f"I work with {join_list(items[:3])}.", fact.fact_id in musts
    return "", False


def reads_as_skill(name: str) -> bool:
    """Whether a CV's skills-section item names a skill or tool a letter can list ("HACCP", "wood pole erection"),
    rather than something done or a post held that a key-skills line files there ("led KS3 curriculum redesign",
    "ECT mentor", "Work Group participant")."""
    words = name.split()
    if not words or len(words) > _LONGEST_SKILL:
        return False
    first = words[0].casefold()
    # "led", "rewrote": a verb's past and nothing else; "advanced" is an adjective too
    done = set(getAllLemmas(first)) == {"VERB"} and first not in getAllLemmas(first)["VERB"]
    last = words[-1].strip(".,;:()")
    return not done and not is_person_noun(last) and not is_person_noun(last.rpartition("-")[2])


_LONGEST_SKILL = 5
"""Words in a listed skill: a longer item is a sentence of its own."""
