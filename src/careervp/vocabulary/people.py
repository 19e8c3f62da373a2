"""Nouns that name a person by what they do: "technician", "preceptor", "fitter", "glazier".

No list names every trade, so a noun is also a role when its form says so: an agent ending ("-er", "-or", "-ist",
"-ian", "-ant", "-ee") on a singular noun, and, for "-er", a noun made from a verb ("fit" -> "fitter", "glaze" ->
"glazier", "manage" -> "manager") or a verb itself ("engineer"); "soccer" and "cancer" are not. Shared by the CV
readers (is a dated line a job title?) and the letter writer (may a CV line become "I was a ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from careervp.vocabulary.lemmas import getAllLemmas


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Roles whose form does not say so.
PERSON_NOUNS = _words(
    """mechanic champion cadet chef nurse clerk lead head captain coach mate midwife surgeon physician pharmacist
    architect volunteer member intern apprentice steward guide tutor deputy chair secretary treasurer rep
    representative specialist technician officer leader preceptor mentor trustee governor warden ranger guard porter
    cook verger usher keeper marshal tech lawyer carpenter butcher minister barrister rigger scaffolder farrier
    associate founder barber master pilot facilitator paramedic medic analyst operative chaplain sommelier deckhand
    farmhand stagehand ghillie"""
)
# People a job serves or looks after, counted in a CV's notes ("5 patients per shift", "about 40 guests a night"):
# the form of these words says nothing of a role, so they are named.
SERVED_PEOPLE = _words(
    """patient client customer guest student pupil visitor resident passenger child learner member user caller
    tenant family infant baby camper diner shopper traveller traveler delegate attendee participant trainee"""
)
_COMPOUND_PERSON = re.compile(r"(?:man|woman|person|herd|keeper|wright|smith)$")
"""Roles compounded with a word for a person: "linesman", "stockman", "chairperson", "shepherd", "gamekeeper",
"shipwright", "locksmith" (seven letters at least, so "human" and "german" are none)."""
_COMPOUND_MIN = 7
# Words ending like an agent that name things, not people.
_THING_NOUNS = _words(
    """order center centre water paper meter number other under after over power computer matter border filter
    letter quarter register corner river winter summer monitor factor sector error vendor floor door interior
    exterior shelter motor rotor reactor tractor generator elevator fluent content patient event parent percent client
    student component agent segment equipment treatment management development assessment environment
    silver copper pewter amber leather timber lumber rubber plaster solder toner powder pepper ginger butter cider
    lager clover harbor harbour liter litre manner"""
)  # the last two lines: materials, foods and things whose names end like a doer's ("Fenwick Silver" is a firm)
# Machines, appliances, vessels and an office's records whose names end like a doer's ("mower" from "mow",
# "ventilator" from "ventilate", "ledger"): a ticket for one ("ride-on mower") names what its holder may work, and a
# record ("purchase ledger") what was kept, never the holder. Words that also
# name a trade ("jointer", "sprayer", "digger", "excavator" on a dig, "mixer" at a desk) are left out: the form cannot
# tell them apart.
_MACHINE_NOUNS = _words(
    """mower dumper compressor chipper shredder scanner trailer boiler
    heater cooler freezer blender toaster dryer container transformer inverter charger adapter timer ladder
    analyser analyzer sensor ventilator incubator stretcher brooder incinerator fermenter condenser
    dehumidifier humidifier extinguisher sprinkler hydrant telehandler forklift strimmer brushcutter chainsaw
    ledger folder binder roster tracker poster flyer banner header footer sticker stapler"""
)
_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ee)$")
_SHORTEST_STEM = 3
"""Letters before a doer's ending: "dentist", "tenant", "trainee"; never "list", "grant" or "fee"."""


@lru_cache(maxsize=4096)
def is_person_noun(word: str) -> bool:
    """Whether `word` (one word, any case) names a person by what they do."""
    low = word.casefold()
    if low in PERSON_NOUNS or (_COMPOUND_PERSON.search(low) is not None and len(low) >= _COMPOUND_MIN):
        return True
    ending = _AGENT_ENDING.search(low)
    short = ending is not None and ending.group(0) not in {"er", "or"} and ending.start() < _SHORTEST_STEM
    if low in _THING_NOUNS or low in _MACHINE_NOUNS or ending is None or short:
        return False  # "list", "wrist", "plant", "tree": the ending with too little before it to name a doer
    nouns = getAllLemmas(low, upos="NOUN")
    if nouns and nouns["NOUN"][0] != low:
        return False  # singular only: "preceptors" counts people, it names no role
    if not nouns:  # a word the lexicon lacks is a role only as a doer of a verb's base form ("patroller")
        return low.endswith("er") and _doer_of_a_base_verb(low)
    if low.endswith("er") and _verb_of_a_verb(low):
        return False  # "tower", "shower", "buffer": a thing named by a verb of its own, built on a shorter verb
    return not low.endswith("er") or _names_a_doer(low)


def _verb_of_a_verb(word: str) -> bool:
    """Whether an "-er" noun is a verb in its own right and its stem a verb too ("tower" and "tow"): such words name
    things or acts; a doer's noun is no verb of its own ("fitter") or has no verb stem ("engineer")."""
    own = getAllLemmas(word).get("VERB", ()) == (word,)
    return own and any("VERB" in getAllLemmas(stem) for stem in (word[:-2], word[:-1]) if len(stem) > 2)


def _names_a_doer(word: str) -> bool:
    stems = {word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else word[:-2]}
    if word.endswith("ier"):
        stems |= {word[:-3], word[:-3] + "e", word[:-3] + "y"}  # "glazier" from "glaze", "cashier" from "cash"
    return any("VERB" in getAllLemmas(stem) for stem in stems if len(stem) > 2) or "VERB" in getAllLemmas(word)


def _doer_of_a_base_verb(word: str) -> bool:
    """ "patroller" from "patrol", "belayer" from "belay"; not "Helder" (whose "held" is a past tense)."""
    stems = {word[:-2], word[:-3] if word[-3:-2] == word[-4:-3] else word[:-2]}
    return any(getAllLemmas(stem).get("VERB", ())[:1] == (stem,) for stem in stems if len(stem) > 2)
