"""Roles the letter says the candidate held: "as Engineering Manager at Acme", "I was a data analyst", "my role as
lead designer". Each must be a title the CV gives, at that employer when one is named."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.held_otherwise import a_held_certification, described_volunteering, volunteer_titles
from careervp.logic.fvs.letter import Letter, Sentence
from careervp.logic.fvs.sources import Sources, normalise
from careervp.logic.fvs.title_credentials import (
    is_credential_word,
    spell_out_suspended_hyphens,
    unheld_credential,
    without_credentials,
)
from careervp.logic.fvs.title_fit import fits_titles
from careervp.models.api import FVSViolation
from careervp.models.cv import ExperienceEntry
from careervp.vocabulary import RANK_WORDS, title_tokens
from careervp.vocabulary.cv_structure import AGENT_NOUN
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.letter_words import ROLE_HEADS, SMALL_NUMBER_WORDS, TITLE_STOP_WORDS
from careervp.vocabulary.titles import TITLE_STEP

_ROLE_INTRO = re.compile(
    r"(?:\b(?i:(?<!well\s)as(?!\s+well\s+as\b)(?!\s+(?:much|many|long|soon|far|often|part|such)\b)|promoted\s+to|upgraded\s+to|moved\s+up\s+to|stepped\s+up\s+to|became|become|becoming|served\s+as|serve\s+as|serving\s+as|work(?:ed|ing|s)?\s+as|"
    r"hired\s+as|started\s+as|began\s+as|start(?:ed)?\s+out\s+as|role\s+as|position\s+as|title\s+(?:of|as)|"
    r"most\s+recently|currently|now)(?:\s+(?:currently|now|also|still|most\s+recently))?|\bI\s+(?:am|was|have\s+been|had\s+been|'ve\s+been|’ve\s+been)|\bI['’]m|"
    r"\bI['’]ve\s+been)(?:\s+(?:currently|now|also|still|most\s+recently))?\s+(?:(?:a|an|the|their|its|our|one\s+of\s+the)\s+)?",
)
_TOKEN = re.compile(r"[\w][\w.&/'’+-]*")
_NUMBER_WORDS = SMALL_NUMBER_WORDS | {"a", "an", "the"}
_TITLE_ING_WORDS = frozenset(
    [
        "engineering",
        "marketing",
        "nursing",
        "accounting",
        "consulting",
        "learning",
        "training",
        "programming",
        "manufacturing",
        "merchandising",
        "publishing",
        "banking",
        "planning",
        "recruiting",
        "lending",
        "underwriting",
        "housekeeping",
        "acting",
    ]
)


def _is_verb_form(word: str) -> bool:
    """ "running", "building": a lower-case -ing word ends a title ("Senior SRE running 40 clusters")."""
    folded = word.casefold()
    return word.islower() and folded.endswith("ing") and folded not in _TITLE_ING_WORDS


@dataclass(frozen=True)
class RoleClaim:
    title: str
    span: tuple[int, int]
    employer: str | None
    held: bool = False
    """Introduced as a job held ("I was", "promoted to", "served as"), never the job applied for."""


# Agent nouns of the trades and sciences ("ecologist", "colourist", "clinician", "videographer"): no list names them
# all, and no word of these shapes names anything but a person's work.


def looks_like_title(text: str, heads: frozenset[str] = ROLE_HEADS) -> bool:
    """A phrase that names a job: it contains a role noun ("engineer", "nurse", "RN", "ecologist"), after
    abbreviations. `heads` may add the head nouns of the titles a CV and posting use ("conservator")."""
    return _names_a_role(text) if heads is ROLE_HEADS else _looks_like_title(text, heads)


@lru_cache(maxsize=8192)  # the writer asks it of the same CV titles and employers again and again
def _names_a_role(text: str) -> bool:
    return _looks_like_title(text, ROLE_HEADS)


def _looks_like_title(text: str, heads: frozenset[str]) -> bool:
    words = [w.casefold().strip(".,") for w in text.split()]
    if any(w in heads or AGENT_NOUN.fullmatch(w) for w in words):
        return True
    return any(t in heads for t in title_tokens(text))


def _is_descriptive(word: str) -> bool:
    """Words before a title that describe the holder, not the job: "former", "the Gazette's", "the paper's"."""
    return word in _DESCRIPTIVE or bool(re.fullmatch(r"[\w.&-]+['’]s", word))


_PARTICIPLE_PHRASE = re.compile(r"[a-z]+ed\s+(?:for|in|on|by|to|with|through|under|as)\b")


def read_title(sentence: Sentence, local_start: int) -> tuple[int, int, str] | None:
    text = sentence.text
    tokens = [m for m in _TOKEN.finditer(text, local_start) if m.start() < len(text)]
    chosen: list[re.Match[str]] = []
    for index, token in enumerate(tokens[:9]):
        if chosen and text[chosen[-1].end() : token.start()].strip() not in ("", "-", "–"):
            break  # punctuation between words ends the title
        word = token.group(0).casefold().rstrip(".,")
        if not chosen and _is_descriptive(word):
            continue
        if word in ("of", "and", "&") and chosen:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            capitalised = (
                following is not None and following.group(0)[:1].isupper() and chosen[-1].group(0)[:1].isupper()
            )
            head_of = word == "of" and chosen[-1].group(0).casefold() in (
                "head",
                "director",
                "vp",
                "chief",
                "president",
            )
            if following is not None and (capitalised or head_of):
                chosen.append(token)
                continue
            break
        if word in TITLE_STOP_WORDS or word in _NUMBER_WORDS or word[:1].isdigit() or _is_verb_form(token.group(0)):
            break
        if chosen and _PARTICIPLE_PHRASE.match(text, token.start()):
            break  # "a pastor endorsed for specialised ministry": what follows the title describes its holder
        chosen.append(token)
    while chosen and chosen[-1].group(0).casefold() in ("of", "and", "&"):
        chosen.pop()
    if not chosen:
        return None
    start, end = chosen[0].start(), chosen[-1].end()
    title = text[start:end].rstrip(".,")
    return start, start + len(title), title


def ending_at_the_head(title: str, heads: frozenset[str] = ROLE_HEADS) -> str:
    """The title cut after its last job noun, when only lower-case words follow it: "trust officer" in "a trust
    officer responsible for 140 accounts", "lead coordinator" in "lead coordinator rather than a manager". Words
    joined by "of" or "and" stay ("head of nursing"). The whole title is read first ("associate member")."""
    words = title.split()
    last_head = max((i for i, word in enumerate(words) if looks_like_title(word, heads)), default=None)
    if last_head is None:
        return title
    tail = words[last_head + 1 :]
    if not tail or not all(word.islower() for word in tail) or {"of", "and", "&"} & set(tail):
        return title
    return " ".join(words[: last_head + 1])


_EMPLOYER_AFTER = re.compile(r"^\s+(?:at|with|for)\s+(?:the\s+)?((?:(?!I\b)[A-Z][\w'’&.-]*(?:\s+|$)){1,6})")


_HELD_INTRO = re.compile(
    r"\b(?:was|were|had\s+been|promoted|upgraded|moved\s+up|stepped\s+up|became|served|worked|hired|started|began)\b",
    re.IGNORECASE,
)


# "At Kernow Mapping, I was promoted to ...": the employer named before the subject.
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:[Aa]t|[Ww]ith|[Ff]or)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s*){1,6}?),?\s+(?:I|we)\b[^.;]{0,40}$"
)

# "I have worked at Kernow Mapping in Truro, first as a surveyor and since 2022 as ...": the employer the sentence
# opened with is where each role after it was held.
_WORKED_AT_BEFORE = re.compile(
    r"\bwork(?:ed|ing)\s+(?:at|for|with)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*)\b[^.;]{0,80}$"
)

# "..., I joined Calder Health as a ward clerk": the employer the role's own verb names, right before "as".
_JOINED_BEFORE = re.compile(r"\b(?:re)?joined\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*)\s+$")

_ADVERB_INTRO = re.compile(r"(?i:currently|now|most\s+recently)\b")
_LAST_SUBJECT = re.compile(r"\b(I|we|they|them|he|she|who)\b")


_ARTICLE_LAST = re.compile(r"\b(?:a|an|the)\s*$", re.IGNORECASE)


def _verb_after_adverb(sentence: Sentence, intro: re.Match[str], title: str) -> bool:
    """ "I currently lead crews of sixteen", "we now manage 40 sites": an adverb between the subject and its verb,
    then the verb (a lower-case word with a verb's reading, no article before it), not a title."""
    if not _ADVERB_INTRO.match(intro.group(0)) or _ARTICLE_LAST.search(intro.group(0)):
        return False
    subject_before = re.search(r"\b(?:I|we)\s+$", sentence.text[: intro.start()]) is not None
    first = title.split()[0]
    return subject_before and first.islower() and bool(getAllLemmas(first, upos="VERB"))


def _someone_else_now(sentence: Sentence, intro: re.Match[str]) -> bool:
    """ "two of them now lead their own crews": after a bare "now" or "currently" the subject is whoever the clause
    last named, here the people the writer trained, not the writer."""
    if not _ADVERB_INTRO.match(intro.group(0)):
        return False
    subjects = _LAST_SUBJECT.findall(re.split(r"[,;:]", sentence.text[: intro.start()])[-1])
    return bool(subjects) and subjects[-1] not in ("I", "we")


_COMPARISON_BEFORE = re.compile(r"\bas\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE)


def find_role_claims(sentence: Sentence, heads: frozenset[str] = ROLE_HEADS) -> list[RoleClaim]:
    claims: list[RoleClaim] = []
    for intro in _ROLE_INTRO.finditer(sentence.text):
        if _COMPARISON_BEFORE.search(sentence.text[: intro.start()]):
            continue  # "only as good as the spec": the second "as" of a comparison names no job
        read = read_title(sentence, intro.end())
        if read is None:
            continue
        start, end, title = read
        if not looks_like_title(title, heads) or _is_informal(title) or _someone_else_now(sentence, intro):
            continue
        if _verb_after_adverb(sentence, intro, title):
            continue
        before = sentence.text[: intro.start()]
        employer_match = (
            _EMPLOYER_AFTER.match(sentence.text[end:])
            or _JOINED_BEFORE.search(before)
            or _EMPLOYER_BEFORE.search(before)
            or _WORKED_AT_BEFORE.search(before)
        )
        employer = employer_match.group(1).strip().rstrip(".,") if employer_match else None
        held = _HELD_INTRO.search(intro.group(0)) is not None
        claims.append(RoleClaim(title, (sentence.start + start, sentence.start + end), employer, held))
    return claims


_ACTIVITY_ROLES = frozenset(
    {"lead", "mentor", "member", "owner", "contributor", "champion", "liaison", "volunteer", "coach", "advocate",
     "partner", "resource", "point", "sponsor", "facilitator", "organizer", "organiser", "manager", "leader",
     "supervisor", "people manager", "team leader"}
)  # fmt: skip
# Words before a title that describe the person, not the job ("a former teacher", "an experienced analyst").
_DESCRIPTIVE = frozenset(
    {"former", "current", "previous", "longtime", "long-time", "seasoned", "experienced", "practicing", "practising",
     "dedicated", "proud", "hands-on", "self-taught", "lifelong", "veteran", "bilingual", "full-time", "part-time",
     "working", "trained", "passionate", "committed", "successful", "accomplished", "newly", "once", "both",
     "either"}
)  # fmt: skip


def _is_informal(title: str) -> bool:
    """ "as lead", "as a mentor": a lower-case lone activity word describes what someone did, not a job title."""
    return title.islower() and title.casefold() in _ACTIVITY_ROLES


_HELD_AS = re.compile(r"\s+(?:certified|qualified|accredited|registered|licensed)$", re.IGNORECASE)


def _parts(title: str) -> list[str]:
    """ "PF and PM", "charge nurse and preceptor": each part of a coordinated title is a claim of its own."""
    return [p for p in re.split(r"\s+(?:and|or|&)\s+|\s*/\s*", title) if p.strip()]


_ASPIRATION = re.compile(r"\b(?:would|'d|’d|join|joining|to\s+be|become|next|hope|hoping|apply|applying|want)\b")


def _is_the_target_job(claim: RoleClaim, sentence: Sentence, sources: Sources) -> bool:
    """ "to join you as your next Senior Engineer": the job applied for, not a job held."""
    if claim.held:
        return False
    if claim.employer and sources.employer_entries(claim.employer) and not sources.is_target_company(claim.employer):
        return False  # "As Head Coach at Riverside College, I ...": a job at one of the CV's employers is held
    if re.search(r"\b(?:your|next|future|new)\b", claim.title, re.IGNORECASE):
        return True
    fits_target = fits_titles(claim.title, [sources.job_title])
    return fits_target and bool(_ASPIRATION.search(sentence.text))


# "Deputy to the Plant Manager", "weekly review with the site manager": a title the line gives someone else; and
# "Assistant Plant Manager": a lower post than the title inside it.
# "and a" joins the writer's own descriptions ("Security cleared and a classified radiation worker"); "and the"
# names someone else.
_SOMEONE_ELSES = re.compile(
    r"\b(?:to|with|for|by|under|from|of|alongside|assist(?:ed|ing)?|support(?:ed|ing)?|cover(?:ed|ing)?)\s+"
    r"(?:the|our|their|his|her|my|a|an)\s+$|\band\s+(?:the|our|their|his|her|my)\s+$|\b(?:assistant|deputy|vice)\s+$",
    re.IGNORECASE,
)


def _said_of_the_writer(title: str, lines: list[str]) -> bool:
    """Some line names the title other than as a colleague's ("reporting to the Charge Nurse")."""
    wanted = normalise(title)
    return any(
        not _SOMEONE_ELSES.search(line[: found.start() + 1])
        for line in map(normalise, lines)
        for found in re.finditer(re.escape(wanted), line)
    )


def _without_own_acronyms(title: str, sources: Sources) -> str:
    """The title without the acronyms before its noun that the candidate's own lines write: "LEIA apprentice" is an
    apprentice on a programme the CV names, not a title of its own. The noun itself is never dropped."""
    words = title.split()
    kept = [w for w in words[:-1] if not (re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", w) and sources.candidate_says(w))]
    return " ".join([*kept, *words[-1:]])


def _in_own_lines(title: str, entries: list[ExperienceEntry]) -> bool:
    """A role the CV's lines for that job describe ("Charge nurse 2-3 shifts per month" under the RN job)."""
    return _said_of_the_writer(title, [line for e in entries for line in [e.description or "", *e.achievements]])


# A title written as an acronym, some with a small letter after its capitals: "PM", "SENCo".
_ACRONYM_TITLE = re.compile(r"[A-Z]{2}[A-Z]{0,4}[a-z]?")


def _part_is_held(part: str, titles: list[str], sources: Sources) -> bool:
    if fits_titles(part, titles) or fits_titles(part, volunteer_titles(sources)):
        return True
    held_as = _HELD_AS.search(part)
    if held_as and held_as.start() > 0:  # "PRINCE2 Foundation certified": the credential, said as a state
        return _part_is_held(part[: held_as.start()], titles, sources)
    # A phrase the CV writes ("Certified Kubernetes Administrator", "charge nurse") backs a title of two words or
    # more; one capitalised word ("Counsel", "Captain") is a title only if a held title has it.
    naming = [line.text for line in sources.candidate_lines_with(part)]
    colleagues = bool(naming) and not _said_of_the_writer(part, naming)  # "Supported the Technical Superintendent"
    backed = sources.candidate_says_with_aliases(part) or sources.candidate_has_all_words(part)
    if len(part.split()) >= 2 and not colleagues and backed:
        return True
    if _ACRONYM_TITLE.fullmatch(part.strip()) and sources.candidate_says(part) and not colleagues:
        return True  # "as PM" where the CV writes "pilot monitoring (PM)", "SENCo": the acronym in the CV's own sense
    # "as a chemist" from a CV in chemistry teaching: a lone job noun in lower case names a field the CV shows.
    lone = part.strip()
    return lone.islower() and " " not in lone and lone not in RANK_WORDS and sources.candidate_has_word(lone[:5])


def role_heads(sources: Sources) -> frozenset[str]:
    """The head nouns of the titles this CV and posting use are role nouns in this letter, whatever the trade."""
    titles = [entry.title for entry in sources.cv.experience] + [sources.cv.person.headline or "", sources.job_title]
    named = [re.split(r"[,(–—:|]", t)[0].split() for t in titles]  # "Account Executive, SMB"
    return ROLE_HEADS | {words[-1].casefold().strip(".") for words in named if words}


def check_roles(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    all_titles = [entry.title for entry in sources.cv.experience] + [sources.cv.person.headline or ""]
    all_titles = [t for t in all_titles if t.strip()]
    heads = role_heads(sources)
    for sentence in letter.body:
        for claimed in find_role_claims(sentence, heads):
            readings = [claimed]
            shorter = ending_at_the_head(claimed.title, heads)
            if shorter != claimed.title:
                readings.append(
                    dataclasses.replace(claimed, title=shorter, span=(claimed.span[0], claimed.span[0] + len(shorter)))
                )
            judged = [_judge_role(reading, sentence, letter, sources, all_titles) for reading in readings]
            if all(problem is not None for problem in judged) and judged[-1] is not None:
                problems.append(judged[-1])
    return problems


def _judge_role(
    claimed: RoleClaim, sentence: Sentence, letter: Letter, sources: Sources, all_titles: list[str]
) -> FVSViolation | None:
    """The finding on one reading of a role claim, or None when the CV backs it (or it is no claim of a job)."""
    found = dataclasses.replace(claimed, title=spell_out_suspended_hyphens(claimed.title))
    unheld = unheld_credential(found.title, sources)
    named_credential = unheld is not None and "-" in unheld  # "CFA-designated": not the job's own wording
    if _is_the_target_job(found, sentence, sources) and not named_credential:
        return None
    if unheld is not None:
        message = f"'{found.title}' claims a credential ('{unheld}') the CV does not show."
        return violation(letter.text, Kind.CREDENTIAL, found.span, message)
    if all(is_credential_word(word.strip(",.")) for word in found.title.split()) or a_held_certification(
        found.title, letter.text[found.span[1] : sentence.end], sources
    ):
        return None  # "I'm CPA-certified", "a Certified Operator in fumigation": a credential the CV holds
    claim = RoleClaim(without_credentials(found.title), found.span, found.employer)
    entries: list[ExperienceEntry] = sources.employer_entries(claim.employer) if claim.employer else []
    if entries:
        titles = [e.title for e in entries] + [s for e in entries for s in TITLE_STEP.split(e.description or "")[:-1]]
        if fits_titles(claim.title, titles) or _in_own_lines(claim.title, entries):
            return None
        if fits_titles(_without_own_acronyms(claim.title, sources), titles):
            return None
        expected = " / ".join(e.title for e in entries)
        message = f"'{claim.title}' is not a title the CV gives at {entries[0].employer} ({expected})."
    else:
        if all(_part_is_held(part, all_titles, sources) for part in _parts(claim.title)):
            return None
        if described_volunteering(claim.title, sentence.text[: found.span[0] - sentence.start], sources):
            return None
        expected = " / ".join(all_titles)
        message = f"'{claim.title}' is not a role the CV shows."
    return violation(letter.text, Kind.ROLE, claim.span, message, expected=expected)
