"""Job-title normalisation and matching.

"Sr. Backend Eng." is "Senior Backend Engineer"; "RN" is "Registered Nurse". Fuzzy matching alone would let
"Junior Engineer" pass for "Senior Engineer" (they differ by two letters), so the seniority and rank words must
agree exactly before any fuzziness is allowed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from careervp.vocabulary.people import is_person_noun

_ABBREVIATIONS: dict[str, str] = {
    "sr": "senior", "snr": "senior", "jr": "junior", "jnr": "junior", "mgr": "manager", "mngr": "manager",
    "eng": "engineer", "engr": "engineer", "dev": "developer", "devs": "developers", "vp": "vice president",
    "svp": "senior vice president", "evp": "executive vice president", "avp": "assistant vice president",
    "rn": "registered nurse", "lpn": "licensed practical nurse", "lvn": "licensed vocational nurse",
    "cna": "certified nursing assistant", "np": "nurse practitioner", "aprn": "advanced practice registered nurse",
    "dir": "director", "asst": "assistant", "assoc": "associate", "admin": "administrator", "exec": "executive",
    "coord": "coordinator", "spec": "specialist", "rep": "representative", "mktg": "marketing", "mkt": "marketing",
    "ops": "operations", "cust": "customer", "svc": "service", "svcs": "services", "supv": "supervisor",
    "acct": "accountant", "sre": "site reliability engineer", "swe": "software engineer",
    "sde": "software development engineer", "qa": "quality assurance", "hr": "human resources",
    "ceo": "chief executive officer", "cto": "chief technology officer",
    "cfo": "chief financial officer", "coo": "chief operating officer", "cmo": "chief marketing officer",
    "cio": "chief information officer", "cpo": "chief product officer", "pm": "product manager",
    "tpm": "technical program manager", "em": "engineering manager", "ux": "user experience", "ui": "user interface",
    "ml": "machine learning", "ai": "artificial intelligence", "fp&a": "financial planning and analysis",
    "fpa": "financial planning and analysis", "med": "medical", "surg": "surgical", "mgmt": "management",
    "intl": "international", "tech": "technical", "sw": "software", "biz": "business", "dept": "department",
    "principle": "principal", "i": "1", "ii": "2", "iii": "3", "iv": "4",
}  # fmt: skip

# Words that set the level of a role: two titles that disagree on these are different jobs.
RANK_WORDS = frozenset(
    {
        "junior", "senior", "lead", "principal", "staff", "head", "chief", "associate", "assistant", "intern",
        "director", "manager", "vice", "president", "executive", "entry", "trainee", "apprentice", "deputy",
        "supervisor", "officer", "partner", "fellow", "graduate", "1", "2", "3", "4", "5", "distinguished",
        "managing", "founding", "interim", "acting", "charge", "supervising", "presiding", "first", "second", "third",
        "fourth", "fifth",
    }
)  # fmt: skip

# Connective words that carry no meaning in a title.
_FILLER = frozenset({"of", "the", "and", "for", "a", "an", "in", "at", "to"})


_MEMO_MAX_CHARS = 200
"""Titles are short and asked about again and again (FVS checks every mention against the official title and every
role held), so short inputs are memoised; a whole letter is read once per request and never kept."""


def expansions_in(text: str) -> frozenset[str]:
    """The words a text's title abbreviations stand for: "Sr QA Tester" holds "senior"."""
    words = set(re.findall(r"[a-z&]+", text.casefold()))
    return frozenset(_ABBREVIATIONS[word] for word in words & _ABBREVIATIONS.keys() if len(word) > 1)


def title_tokens(title: str) -> list[str]:
    """Lower-case tokens with abbreviations expanded ("Sr. Data Eng" -> senior data engineer)."""
    if len(title) <= _MEMO_MAX_CHARS:
        return list(_memo_title_tokens(title))
    return _title_tokens(title)


@lru_cache(maxsize=8192)
def _memo_title_tokens(title: str) -> tuple[str, ...]:
    return tuple(_title_tokens(title))


@lru_cache(maxsize=8192)  # every word of every letter is asked whether it is one of the title's words
def title_token_set(word: str) -> frozenset[str]:
    """`title_tokens` as a set, for a short text (a word of a letter) asked about again and again."""
    return frozenset(title_tokens(word))


# Abbreviations that mean a person when they end a title, and a field before another word.
_HEAD_ABBREVIATIONS = {"tech": "technician", "techs": "technicians"}


_FP_AND_A = re.compile(r"\bfp\s?&\s?a\b")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_PUNCTUATION = re.compile(r"[^\w\s]")


def _title_tokens(title: str) -> list[str]:
    # A step that could change nothing is left out: an ASCII text has no accents to fold, "fp&a" needs an "&", and
    # a hyphen joins words only where there is one.
    text = title if title.isascii() else unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = text.casefold()
    if "&" in text:
        text = _FP_AND_A.sub("fpa", text).replace("&", " and ")
    if "-" in text:
        text = _INNER_HYPHEN.sub(" ", text)
    text = _PUNCTUATION.sub(" ", text)
    tokens: list[str] = []
    words = text.split()
    for word in words:
        tokens.extend(_ABBREVIATIONS.get(word, word).split())
    if words and words[-1] in _HEAD_ABBREVIATIONS:  # "lead tech" is a technician; "tech lead" is technical
        tokens[-1] = _HEAD_ABBREVIATIONS[words[-1]]
    return tokens


def normalize_title(title: str) -> str:
    """Canonical spelling of a title for comparison: abbreviations expanded, fillers dropped, lower case."""
    if len(title) <= _MEMO_MAX_CHARS:
        return _memo_normalize_title(title)
    return _normalize_title(title)


@lru_cache(maxsize=8192)  # the official title and its short forms, once for every mention compared with them
def _memo_normalize_title(title: str) -> str:
    return _normalize_title(title)


def _normalize_title(title: str) -> str:
    return " ".join(t for t in title_tokens(title) if t not in _FILLER)


_DASHES = (" - ", " – ", " — ")
TITLE_STEP = re.compile(r"\s+(?:>|->|→|⇒|»)\s+")
"""What joins the posts held in turn in one job: "Apprentice > Technician → Senior Technician"."""


def title_variants(official: str) -> list[str]:
    """The official title and the short forms a writer may fairly use for it.

    "Senior Data Scientist, Demand Forecasting" may be called "Senior Data Scientist"; "Registered Nurse
    (Med-Surg)" may be called "Registered Nurse". Only the leading part before a separator is offered, never a part
    that drops the leading words.
    """
    variants = [official]
    unbracketed = re.sub(r"\([^()]*\)", lambda m: "\0" * len(m.group(0)), official)  # no cut inside "(1,400 Ewes)"
    for separator in (",", " - ", " – ", " — ", "(", " / ", ":", "|"):
        cut = unbracketed.find(separator) if separator != "(" else official.find("(")
        head = official[:cut].strip() if cut > 0 else ""
        # One word is a short form only when it names the person the job wants: "Shepherd — Hill Flock".
        named = len(head.split()) >= 2 or (separator in _DASHES and is_person_noun(head) and head[:1].isupper())
        if head and named and head not in variants:
            variants.append(head)
    return variants


def _similar(a: str, b: str, threshold: float) -> bool:
    """difflib's similarity ratio of `a` and `b` is at least `threshold`. Its cheap upper bounds (the lengths, then
    the letters shared in any order) are asked first: most pairs of unrelated words fail on them, before the full
    comparison is made, and a pair that passes is judged by the full ratio alone. Both bounds are worked out as
    difflib's `real_quick_ratio` and `quick_ratio` work them out, without a matcher: building one indexes `b`, which
    costs more than the bounds, and only a pair that passes both needs it."""
    total = len(a) + len(b)
    if total and 2.0 * min(len(a), len(b)) / total < threshold:
        return False
    if total and 2.0 * _shared_letters(a, b) / total < threshold:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= threshold


def _shared_letters(a: str, b: str) -> int:
    """How many letters `a` and `b` have in common, in any order (each letter as often as both have it)."""
    return sum(min(a.count(letter), b.count(letter)) for letter in set(a))


def _singular(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t for t in tokens)


def title_matches(mention: str, official: str, threshold: float = 0.85) -> bool:
    """Whether `mention` names the same job as `official`: abbreviations, case, plural and punctuation forgiven,
    a leading part of a compound title accepted, rank words (senior, lead, manager...) never."""
    if len(mention) <= _MEMO_MAX_CHARS and len(official) <= _MEMO_MAX_CHARS:
        return _memo_title_matches(mention, official, threshold)
    return _title_matches(mention, official, threshold)


@lru_cache(maxsize=8192)
def _memo_title_matches(mention: str, official: str, threshold: float) -> bool:
    return _title_matches(mention, official, threshold)


def _title_matches(mention: str, official: str, threshold: float) -> bool:
    m_norm = normalize_title(mention)
    if not m_norm:
        return False
    m_tokens = _singular(m_norm.split())
    m_ranks = {t for t in m_tokens if t in RANK_WORDS}
    for v_tokens, v_ranks in _variant_readings(official):
        if m_tokens == v_tokens or "".join(m_tokens) == "".join(v_tokens):
            return True
        if m_ranks != v_ranks:
            continue
        if _similar(" ".join(m_tokens), " ".join(v_tokens), threshold) and _aligned(m_tokens, v_tokens):
            return True
        if _drops_one_modifier(m_tokens, v_tokens):
            return True
    return False


@lru_cache(maxsize=1024)  # one official title, compared with every mention of a letter and every role of a CV
def _variant_readings(official: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """The official title's variants as `_title_matches` compares them: each one's normalised tokens in the
    singular and its rank words (variants that normalise to nothing are left out)."""
    readings = []
    for variant in title_variants(official):
        v_tokens = _singular(normalize_title(variant).split())
        if v_tokens:
            readings.append((v_tokens, frozenset(t for t in v_tokens if t in RANK_WORDS)))
    return tuple(readings)


def rules_out_title(word: str, official: str) -> bool:
    """Whether `word`, standing as a word of an ASCII mention (spaces or punctuation on both sides), means the mention
    cannot name `official` (`title_matches` is False), without reading the mention.

    Exact, because every way `_title_matches` accepts a mention needs each of the mention's title words to be close
    to a word of some variant of the title: equal to one, similar or clipped (`_aligned`), in it (`_drops_one_modifier`)
    or inside the variant's words run together (the spaces-ignored comparison). A plain ASCII word (letters and
    digits only) is read in any such mention exactly as on its own, unless it can join its neighbours' reading: the
    head abbreviations ("tech" at the end), and "fp" and "a" of "FP & A"; those, and any other word, never rule out."""
    if not (word.isascii() and word.isalnum()) or word.casefold() in _JOINS_NEIGHBOURS:
        return False
    return _rules_out(word.casefold(), official)


def first_ruling_out(words: Sequence[str], official: str) -> int:
    """The index of the first of `words` that `rules_out_title` (len(words) when none does)."""
    return next((i for i, word in enumerate(words) if rules_out_title(word, official)), len(words))


_JOINS_NEIGHBOURS = frozenset({*_HEAD_ABBREVIATIONS, "fp", "a"})


@lru_cache(maxsize=8192)  # every word of a letter that may sit in a mention, against the one official title
def _rules_out(word: str, official: str) -> bool:
    readings = _variant_readings(official)
    words = {token for tokens, _ in readings for token in tokens}
    run_together = ["".join(tokens) for tokens, _ in readings]
    for token in _singular([t for t in title_tokens(word) if t not in _FILLER]):
        if token in words or any(token in joined for joined in run_together):
            continue
        if not any(_similar(token, other, 0.8) or _clipped(token, other) for other in words):
            return True
    return False


_CREDENTIAL_ADJECTIVES = frozenset({"registered", "licensed", "certified", "chartered", "qualified"})
"""Words that say a post holder is licensed, not what the post is: "staff nurse" names a "Staff RN"."""


def _drops_one_modifier(mention: Sequence[str], title: Sequence[str]) -> bool:
    """ "IV room lead technician" for "IV Room Lead Pharmacy Technician": the title, in order and with its head noun,
    less one word that describes the work (ranks are compared before this), or, in a shorter title, less the word
    that says the holder is licensed."""
    if len(mention) != len(title) - 1 or not mention or mention[-1] != title[-1]:
        return False
    if len(mention) < 3 and not any(word in _CREDENTIAL_ADJECTIVES and word not in mention for word in title):
        return False
    remaining = iter(title)
    return all(token in remaining for token in mention)


def _clipped(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    return len(short) >= 3 and long.startswith(short)


def _aligned(a: Sequence[str], b: Sequence[str]) -> bool:
    """Every word has a close counterpart on the other side: a typo passes ("Enginer"), a dropped or added word
    ("Registered Nurse" for "ICU Registered Nurse") does not."""

    def covered(xs: Sequence[str], ys: Sequence[str]) -> bool:
        # A typo ("Enginer") or a clipped word ("Tele" for "Telemetry", "Ops" is expanded earlier) has a counterpart.
        return all(any(x == y or _similar(x, y, 0.8) or _clipped(x, y) for y in ys) for x in xs)

    return covered(a, b) and covered(b, a)
