"""Company-name normalisation and matching.

"Acme" may stand for "Acme Corp." and "Globex" for "Globex Corporation, Inc.", but "Ledgerwise Payments" must not
pass for "Ledgerwell Payments": a misspelt company name in a cover letter is the mistake recruiters notice first. So
matching is lenient about legal suffixes, punctuation, case and dropped trailing words, yet strict about the
distinctive first word of the name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from careervp.vocabulary.company_names import names_of

# Legal-form suffixes, compared after punctuation is removed (so "S.A." arrives as "s a" and "Co." as "co").
_LEGAL_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in sorted(
        [
            "inc", "incorporated", "llc", "l l c", "ltd", "limited", "gmbh", "corp", "corporation", "co", "company",
            "plc", "ag", "s a", "sa", "s a s", "sas", "s r l", "srl", "sarl", "llp", "lp", "l p", "pty", "pty ltd",
            "bv", "b v", "nv", "n v", "oy", "ab", "as", "a s", "kg", "gmbh and co kg", "and co kg", "and co", "spa",
            "s p a", "pvt", "pvt ltd",
            "private limited", "pte", "pte ltd", "kk", "k k", "se", "pc", "p c", "pllc", "lllp", "ulc", "sl", "s l",
        ],
        key=lambda s: -len(s.split()),
    )
)  # fmt: skip


def is_legal_suffix(word: str) -> bool:
    """ "Inc.", "GmbH", "S.A.": a company's legal form, never a name of its own."""
    tokens = tuple(re.sub(r"[^\w\s]", " ", _ascii_fold(word).casefold()).split())
    return bool(tokens) and tokens in _LEGAL_SUFFIXES


# Typographic dashes and quotes have no ASCII decomposition: folded away they would join "Kessler–Hahn" into one word.
_TYPOGRAPHIC = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u2018\u2019\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d", '"'),
    }
)


def plain_punctuation(text: str) -> str:
    """The text with typographic dashes and quotes as their ASCII forms, one character for one (offsets hold)."""
    return text.translate(_TYPOGRAPHIC)


def _ascii_fold(text: str) -> str:
    if text.isascii():
        return text  # nothing typographic, nothing to decompose, nothing to drop
    return unicodedata.normalize("NFKD", text.translate(_TYPOGRAPHIC)).encode("ascii", "ignore").decode("ascii")


_MEMO_MAX_CHARS = 200
"""Company names are short and asked about again and again (FVS compares every capitalised phrase of a letter with
the target and every employer), so short inputs are memoised; a whole letter is read once and never kept."""


def company_tokens(name: str) -> list[str]:
    """Lower-case word tokens of a company name without legal suffixes, a leading "The", or punctuation."""
    if len(name) <= _MEMO_MAX_CHARS:
        return list(_memo_company_tokens(name))
    return _company_tokens(name)


@lru_cache(maxsize=8192)
def _memo_company_tokens(name: str) -> tuple[str, ...]:
    return tuple(_company_tokens(name))


_POSSESSIVE = re.compile(r"['\u2019]s\b")
_PUNCTUATION = re.compile(r"[^\w\s]")


def _plain_tokens(text: str) -> list[str]:
    text = _ascii_fold(text).casefold()
    text = text.replace("&", " and ").replace("+", " and ")
    text = _POSSESSIVE.sub("s", text)  # possessive "Acme's" keeps its stem letters but no apostrophe
    text = _PUNCTUATION.sub(" ", text)
    return text.split()


def _company_tokens(name: str) -> list[str]:
    tokens = _plain_tokens(name)
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    stripped = True
    while stripped and len(tokens) > 1:
        stripped = False
        for suffix in _LEGAL_SUFFIXES:
            n = len(suffix)
            if len(tokens) > n and tuple(tokens[-n:]) == suffix:
                tokens = tokens[:-n]
                stripped = True
                break
    return tokens


def normalize_company(name: str) -> str:
    """ "The Acme Corp., Inc." -> "acme"; "Smith & Sons Ltd" -> "smith and sons"."""
    return " ".join(company_tokens(name))


def _ratio(a: str, b: str) -> float:
    return float(fuzz.ratio(a, b)) / 100


def _typo_of(a: str, b: str) -> bool:
    """One slip of the keyboard (a letter added, dropped, changed or two swapped): "Harbour" for "Harbor", not
    "Bride's" for "Brigid's" or "Haven" for "Harbor", which name other organisations."""
    return a == b or OSA.distance(a, b) <= 1


def _same_word(a: str, b: str) -> bool:
    """Equal, or equal but for a possessive "s" ("Ashby's" written for the company "Ashby’s Underwriting")."""
    return a == b or (min(len(a), len(b)) >= 3 and (a + "s" == b or b + "s" == a))


def _strip_possessive(tokens: list[str]) -> list[str]:
    if tokens and tokens[-1].endswith("s") and len(tokens[-1]) > 3:
        return [*tokens[:-1], tokens[-1][:-1]]
    return tokens


def company_matches(mention: str, official: str, threshold: float = 0.85) -> bool:
    """Whether `mention` names the company `official` (a short form, a different legal suffix, another case).

    Rules, in order: equal after normalisation (spaces ignored, so "Ledger Well" = "Ledgerwell"); a leading run
    of the official words ("Acme" for "Acme Widgets Corp."); the initials ("IBM" for "International Business
    Machines"); otherwise a fuzzy ratio >= threshold with the first word identical, so a typo in the distinctive
    word never passes.
    """
    if len(mention) <= _MEMO_MAX_CHARS and len(official) <= _MEMO_MAX_CHARS:
        return _memo_company_matches(mention, official, threshold)
    return _company_matches(mention, official, threshold)


@lru_cache(maxsize=8192)
def _memo_company_matches(mention: str, official: str, threshold: float) -> bool:
    return _company_matches(mention, official, threshold)


_INITIALS_MAX = 4
_JOINING_WORDS = ("of", "the", "and", "for")


@lru_cache(maxsize=8192)  # a name's runs, asked for every mention it is compared with
def _initials_of_runs(words: tuple[str, ...]) -> frozenset[str]:
    runs = {
        "".join(t[0] for t in words[i:j]) for i in range(len(words)) for j in range(i + 2, min(len(words), i + 5) + 1)
    }
    return frozenset(runs | {run[::-1] for run in runs if len(run) == 2})


def _words_and_initials(mention: list[str], official: list[str]) -> bool:
    """ "Ashworth DC" for "Ashworth District Council", "CU Boulder" for "University of Colorado Boulder": every
    mention word is a word of the name or the initials of a run of its words (either way round for two letters),
    with at least one of each."""
    words = [t for t in official if t not in _JOINING_WORDS]
    whole = [t for t in mention if t in words]
    if not whole or len(whole) == len(mention):
        return False  # no word of the name, or no mention word left to be its initials
    runs = _initials_of_runs(tuple(words))
    initials = [t for t in mention if t not in words and len(t) <= _INITIALS_MAX and t in runs]
    return bool(initials) and len(whole) + len(initials) == len(mention)


def _acronyms(tokens: list[str], name: str = "") -> set[str]:
    """A name's initials, with and without its small words: "uom" and "um" for "University of Michigan". A word the
    name writes as initials gives all its letters: "hmcts" for "HM Courts & Tribunals Service"."""
    content = [t for t in tokens if t not in ("of", "the", "and", "for", "at")]
    found = {"".join(t[0] for t in tokens), "".join(t[0] for t in content)}
    initialisms = {w.casefold() for w in _INITIALISM.findall(name)}
    if initialisms & set(content):
        found.add("".join(t if t in initialisms else t[0] for t in content))
    return found - {""}


_INITIALISM = re.compile(r"\b[A-Z]{2,4}\b")


def _company_matches(mention: str, official: str, threshold: float) -> bool:
    if " ".join(mention.casefold().split()) == " ".join(official.casefold().split()):
        return True  # a name with its description ("Hollybank Hospital (low-secure, 48 beds)") is still itself
    names = names_of(official)
    if len(names) > 1:
        return any(_company_matches(mention, name, threshold) for name in names)
    m_tokens, o_tokens = company_tokens(mention), company_tokens(official)
    if not m_tokens or not o_tokens:
        return False
    if "".join(m_tokens) == "".join(o_tokens):
        return True
    for candidate in (m_tokens, _strip_possessive(m_tokens)):
        # One short common word alone ("the", "new") is not a short form of a company.
        is_prefix = len(candidate) <= len(o_tokens) and all(map(_same_word, o_tokens, candidate))
        if is_prefix and (len(candidate) > 1 or len(candidate[0]) >= 3):
            return True
    joined = "".join(m_tokens)
    # "UCLA", "U-M", "I.B.M.": two letters with dots are a degree ("B.S.", "M.A."), never a company's initials.
    letters = all(len(t) == 1 for t in m_tokens)
    spelt_out = len(m_tokens) == 1 or (letters and (len(m_tokens) >= 3 or "." not in mention))
    if spelt_out and len(o_tokens) >= 2 and joined in _acronyms(o_tokens, official):
        return True
    if _words_and_initials(m_tokens, o_tokens):
        return True
    if m_tokens[0] != o_tokens[0] and "".join(m_tokens[:2]) != "".join(o_tokens[:2]):
        return False
    if len(m_tokens) == len(o_tokens) and not all(map(_typo_of, m_tokens, o_tokens)):
        return False  # the same shape with a word swapped is another name
    return _ratio(" ".join(m_tokens), " ".join(o_tokens)) >= threshold


@dataclass(frozen=True)
class _MentionKeys:
    """What a text must contain for some run of its words to name a company by `company_matches`, rule by rule:
    one token of `any_of`: the first word or its possessive forms (short forms, fuzzy spellings), the initials, the
    first two or all words run together; or two adjacent tokens run together into one of `spaced` (the same names
    spaced otherwise: "Ledger Well"); or a token of `words` and one of `initials` ("Ashworth DC"); or the whole name
    run together somewhere in the text (other spacing over three or more words)."""

    any_of: frozenset[str]
    spaced: frozenset[str]
    words: frozenset[str]
    initials: frozenset[str]
    whole: str

    spelt: frozenset[str] = frozenset()
    """The initials, which a text may spell one letter a word ("I.B.M.", "U-M")."""
    others: tuple[_MentionKeys, ...] = ()
    """The keys of the short form a name gives itself in brackets ("... (PRECC)")."""

    def index_keys(self) -> set[str]:
        """A string one of the rules above looks for as a token, a pair or a run of tokens run together, for each
        way the name can be matched. Narrower than `found_in` where `company_matches` is: a mention of words and
        initials holds one of the initials ("Ashworth DC"), so the name's words (which many other names share:
        "Trading", "Health") are no keys; a one-letter mention names no company but a one-letter one."""
        keys: set[str] = set()
        if self.whole:
            keys = {key for key in {*self.any_of, *self.spaced, *self.initials, *self.spelt} if len(key) > 1}
            keys.add(self.whole)
        for other in self.others:
            keys |= other.index_keys()
        return keys

    def found_in(self, tokens: set[str], pairs: set[str], joined: str) -> bool:
        if any(other.found_in(tokens, pairs, joined) for other in self.others):
            return True
        if not self.whole:
            return False
        if not self.any_of.isdisjoint(tokens) or not self.spaced.isdisjoint(pairs):
            return True
        if not self.words.isdisjoint(tokens) and not self.initials.isdisjoint(tokens):
            return True
        # Initials spelt a letter a word: two letters stand side by side ("U-M"), three or more anywhere ("I.B.M.").
        return self.whole in joined or any(i in pairs if len(i) == 2 else i in joined for i in self.spelt)


@lru_cache(maxsize=8192)
def _mention_keys(name: str) -> _MentionKeys:
    names = names_of(name)
    if len(names) > 1:
        none: frozenset[str] = frozenset()
        return _MentionKeys(none, none, none, none, "", others=tuple(map(_mention_keys, names)))
    tokens = company_tokens(name)
    if not tokens:
        return _MentionKeys(frozenset(), frozenset(), frozenset(), frozenset(), "")
    first, whole = tokens[0], "".join(tokens)
    spaced = {"".join(tokens[:2]), whole}
    any_of = {first, first + "s", first + "ss", *_acronyms(tokens, name), *spaced}
    if first.endswith("s"):
        any_of.add(first[:-1])
    words = [t for t in tokens if t not in _JOINING_WORDS]
    initials = {run for run in _initials_of_runs(tuple(words)) if len(run) <= _INITIALS_MAX}
    spelt = frozenset(a for a in _acronyms(tokens, name) if len(a) >= 2)
    return _MentionKeys(frozenset(any_of), frozenset(spaced), frozenset(words), frozenset(initials), whole, spelt)


_NAME_JOINERS = frozenset({"of", "and", "&", "for", "de", "du", "la", "le", "van", "von", "der", "the", "on"})


def _may_stand_in_a_name(word: str) -> bool:
    """A company is named by capitalised words, codes and figures ("Acme", "IBM", "3M") and the small words that
    join them ("Bank of the West"); an all-lower-case word ("be", "ms") names none."""
    return any(map(str.isupper, word)) or any(map(str.isdigit, word)) or "&" in word or word.casefold() in _NAME_JOINERS


@lru_cache(maxsize=64)  # a letter's words are read for its probes, then again for the companies it may name
def _name_like_words(text: str) -> tuple[str, ...]:
    return tuple(_plain_tokens(" ".join(w for w in text.split() if _may_stand_in_a_name(w))))


def companies_a_text_may_name(text: str, companies: list[str]) -> list[str]:
    """The companies some run of `text`'s name-like words could name by `company_matches` (a superset: the others
    cannot match any name phrase of it). Checking a letter against a user's hundreds of other applications then
    costs a few set lookups each, not a comparison with every name phrase of the letter."""
    words = _name_like_words(text)
    tokens, pairs, joined = set(words), {a + b for a, b in pairwise(words)}, "".join(words)
    return [company for company in companies if _keys_of(company).found_in(tokens, pairs, joined)]


def _keys_of(company: str) -> _MentionKeys:
    return _mention_keys(company) if len(company) <= _MEMO_MAX_CHARS else _mention_keys.__wrapped__(company)


# Index keys and probes are cut to this many characters, so a text's probes stay a few per word however long the
# names it might hold (a run of words is cut where it reaches the length instead of growing to every name's).
INDEX_KEY_CHARS = 12


def company_index_keys(company: str) -> frozenset[str]:
    """What a store files `company` under, so a text is checked against the few companies its words could name
    rather than against all of a user's applications: a text some run of whose name-like words names the company by
    `company_matches` has a probe (`company_probes`) equal to one of these keys."""
    return frozenset(key[:INDEX_KEY_CHARS] for key in _keys_of(company).index_keys())


@lru_cache(maxsize=64)  # a letter is probed when written, then again when judged
def company_probes(text: str) -> frozenset[str]:
    """The keys to look `text` up by: from each of its name-like words, the words from there run together, each
    run up to INDEX_KEY_CHARS characters, and cut there ("Ledger Well" gives "ledger" and "ledgerwell"; "I.B.M."
    gives "i", "ib" and "ibm")."""
    words = _name_like_words(text)
    probes: set[str] = set()
    for start in range(len(words)):
        run = ""
        for position in range(start, len(words)):
            run += words[position]
            probes.add(run[:INDEX_KEY_CHARS])
            if len(run) >= INDEX_KEY_CHARS:
                break
    return frozenset(probes)


# One name for each way a company is filed (initials, a possessive, a short form in brackets, a rename, a group and
# its member, a long name cut to INDEX_KEY_CHARS): their keys fingerprint the filing rules.
_FILING_SAMPLES = (
    "International Business Machines",
    "Ashby\u2019s Underwriting",
    "Pueblo Regional ECC (PRECC)",
    "Meridel Dairy (formerly Ashgrove Dairy Ltd)",
    "Ashgrove Dairy, now Meridel Foods",
    "Meridian Health \u2013 Lakeview Medical Center",
    "University of Colorado Boulder",
    "The Acme Widgets Corp., Inc.",
    "Ledgerwell Payments",
    "3M",
    "Smith & Sons Ltd",
    "UK Health Security Agency",
)


@lru_cache(maxsize=1)
def index_keys_version() -> str:
    """A fingerprint of how companies are filed (`company_index_keys` of one name per rule): a store that filed
    its companies under another version files them again, since a changed rule may look a text up by keys the
    old filing lacks."""
    keys = "\n".join(f"{name}:{','.join(sorted(company_index_keys(name)))}" for name in _FILING_SAMPLES)
    return hashlib.sha256(f"{INDEX_KEY_CHARS}\n{keys}".encode()).hexdigest()[:16]
