"""Word lists the readers use to recognise structure in free-form CVs and postings.

They describe the language of CVs in general (role nouns, company suffixes, section names), never the people or
companies of any particular corpus, so the readers keep working on CVs they have not seen.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word set written as one whitespace-separated block, easier to read and extend than a list literal."""
    return frozenset(text.split())


# Nouns that head a job title ("Senior Backend *Engineer*", "Charge *Nurse*"), and their short forms ("Asst", "Mgr").
ROLE_WORDS: frozenset[str] = _words(
    """
    engineer engineers developer developers programmer architect manager managers director directors nurse nurses
    teacher teachers analyst analysts accountant accountants designer designers specialist specialists coordinator
    coordinators associate associates technician technicians scientist scientists lead leader officer officers
    consultant consultants administrator administrators assistant assistants intern interns trainee apprentice
    representative rep executive executives advisor adviser counselor counsellor therapist physician doctor surgeon
    pharmacist dentist hygienist paramedic midwife clerk cashier receptionist secretary supervisor foreman
    superintendent instructor lecturer professor tutor educator researcher fellow postdoc editor writer author
    copywriter journalist reporter producer photographer illustrator animator artist marketer strategist planner
    recruiter buyer merchandiser controller comptroller bookkeeper auditor actuary economist statistician
    mathematician chemist physicist biologist geologist attorney lawyer paralegal solicitor barrister counsel
    partner principal founder cofounder co-founder owner president vp chief ceo cto cfo coo cio ciso cmo cpo
    head chair chairman chairwoman agent broker underwriter adjuster investigator inspector auditor surveyor
    operator mechanic electrician plumber carpenter welder machinist driver chef cook baker barista bartender server
    waiter waitress host hostess housekeeper janitor custodian librarian archivist curator coach trainer
    facilitator mentor volunteer aide caregiver practitioner clinician technologist therapist sonographer
    radiographer dietitian nutritionist psychologist psychiatrist worker steward stewardess pilot
    dispatcher scheduler estimator drafter draftsman programmer sre devops tester qa owner evangelist advocate
    generalist captain lieutenant sergeant commander soldier interpreter translator firefighter ranger registrar
    navigator provost dean treasurer warden chaplain conductor courier processor
    asst mgr engr eng supvr coord
    """
)

# Agent nouns of the trades and sciences ("arborist", "dietician", "radiographer"): role nouns no list needs to hold.
AGENT_NOUN = re.compile(r"\w{3,}(?:ist|ician|grapher)s?")

# Words that qualify a title without heading it.
SENIORITY_WORDS: frozenset[str] = _words(
    """
    senior sr sr. junior jr jr. lead principal staff chief head assistant associate deputy interim acting
    executive entry-level graduate trainee vice snr jnr
    """
)

# Legal-form suffixes that end a company name ("Acme Corp.", "Globex GmbH").
COMPANY_SUFFIXES: frozenset[str] = _words(
    """
    inc inc. incorporated llc l.l.c. llp lp ltd ltd. limited plc gmbh ag sa s.a. sas sarl se bv b.v. nv n.v. oy ab kg
    as a/s aps spa s.p.a. srl pty pte kk co co. corp corp. corporation company companies group holdings
    """
)

# Nouns that often end an organisation's name ("Cascade Ridge *University*", "Sorrelbrook Health *Systems*").
ORG_WORDS: frozenset[str] = _words(
    """
    systems technologies technology tech software solutions labs lab laboratories health healthcare hospital
    hospitals clinic clinics center centre medical university college school academy institute polytechnic
    bank banking capital partners consulting consultancy media analytics insurance mutual stores store markets
    market foods food games studios studio logistics hosting financial finance foundation association agency
    agencies services networks network communications telecom energy pharmaceuticals pharma biosciences
    industries manufacturing motors airlines airways restaurants hotels resorts ventures enterprises
    associates international global worldwide council department ministry authority district county city
    government museum library church charity trust society club retail brands apparel outfitters events
    publishing press news entertainment productions records realty properties property construction builders
    engineering dynamics robotics automation cloud data digital interactive platforms commerce payments
    """
)

# Section names: the kind of section each heading word announces. The first word of a heading that appears here
# decides the kind ("Education & Certifications" is an education section; its certification lines are re-routed).
SECTION_WORDS: dict[str, str] = {
    "experience": "experience",
    "experiences": "experience",
    "employment": "experience",
    "work": "experience",
    "career": "experience",
    "positions": "experience",
    "roles": "experience",
    "appointments": "experience",
    "jobs": "experience",
    "education": "education",
    "academic": "education",
    "academics": "education",
    "degrees": "education",
    "schooling": "education",
    "qualifications": "education",
    "educational": "education",
    "institutions": "education",  # "Institutions attended", as West African and South Asian CVs name schooling
    "schools": "education",
    "certifications": "certifications",
    "certification": "certifications",
    "certificates": "certifications",
    "licenses": "certifications",
    "license": "certifications",
    "licences": "certifications",
    "licence": "certifications",
    "licensure": "certifications",
    "credentials": "certifications",
    "accreditations": "certifications",
    "accreditation": "certifications",
    "designations": "certifications",  # appraisers, actuaries, planners: "Licenses & Designations"
    "designation": "certifications",
    "registrations": "certifications",  # "Professional Registrations" of engineers and clinicians
    "registration": "certifications",
    "tickets": "certifications",  # trades and seafarers: "Tickets & Certificates"
    "authorizations": "certifications",  # aviation and trades: "Certificates & Authorizations"
    "authorisations": "certifications",
    "endorsements": "certifications",
    "permits": "certifications",
    "exams": "certifications",  # actuaries and accountants: "Exams Passed"
    "examinations": "certifications",
    "documents": "certifications",  # seafarers and drivers: "Documents" (discharge book, MMC, TWIC)
    "skills": "skills",
    "skill": "skills",
    "competencies": "skills",
    "competences": "skills",
    "expertise": "skills",
    "tools": "skills",
    "technologies": "skills",
    "stack": "skills",
    "proficiencies": "skills",
    "strengths": "skills",
    "summary": "summary",
    "profile": "summary",
    "objective": "summary",
    "overview": "summary",
    "about": "summary",
    "statement": "summary",
    "snapshot": "summary",
    "synopsis": "summary",
    "contact": "contact",
    "details": "contact",
}

# Work history named by how the work was held ("Contracts", "Placements", "Staff"): a heading only when styled as one,
# since a skill written on its own line ("Contracts") reads the same.
ARRANGEMENT_WORDS: frozenset[str] = _words(
    """
    contracts assignments placements engagements locums locum staff posts internships residencies tours deployments
    """
)

# Words that open a heading of past or present work in the writer's own words ("Earlier ministry", "Before
# teaching", "Current posts").
TIME_WORDS: frozenset[str] = _words("current present earlier before previous prior past recent former")

# Words that may precede a section word in a heading without changing its kind ("Core Competencies").
SECTION_MODIFIERS: frozenset[str] = _words(
    """
    professional relevant core key technical clinical selected additional other recent previous prior work
    employment career personal executive areas of and & my me information info history background summary
    industry teaching research leadership management teaching software programming computer it passed held
    completed earned current known spoken attended obtained acquired gained received with dates
    """
)

# Words that make a heading a skills section only when it names no other section: "SOFTWARE" or "Systems & Tools"
# list tools, "Software Experience" is work history.
TOOL_SECTION_WORDS: frozenset[str] = _words("software systems platforms equipment instruments instrumentation")

# Headings for sections the CV model keeps verbatim in `other_sections`.
OTHER_SECTION_WORDS: frozenset[str] = _words(
    """
    awards honors honours achievements accomplishments projects project portfolio publications presentations
    patents volunteering volunteer community languages interests hobbies activities affiliations memberships
    references training courses coursework conferences talks research extracurricular leadership results
    highlights kit gear declaration
    """
)

# Heading words that, despite a section word, make a section "other" ("Volunteer Experience").
NON_WORK_QUALIFIERS: frozenset[str] = frozenset({"volunteer", "volunteering", "community", "pro", "bono"})


def _coded(text: str) -> dict[str, str]:
    """ "CA:California NY:New_York" -> {"CA": "California", "NY": "New York"}."""
    return {code: name.replace("_", " ") for code, name in (pair.split(":") for pair in text.split())}


# US states and Canadian provinces by postal code: to recognise "City, Region" locations, and a region the CV writes
# as its code ("CA vineyards", "Bangor, ME") where a letter spells it out.
_US_CODES = _coded(
    """
    AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California CO:Colorado CT:Connecticut DE:Delaware FL:Florida
    GA:Georgia HI:Hawaii ID:Idaho IL:Illinois IN:Indiana IA:Iowa KS:Kansas KY:Kentucky LA:Louisiana ME:Maine
    MD:Maryland MA:Massachusetts MI:Michigan MN:Minnesota MS:Mississippi MO:Missouri MT:Montana NE:Nebraska
    NV:Nevada NH:New_Hampshire NJ:New_Jersey NM:New_Mexico NY:New_York NC:North_Carolina ND:North_Dakota OH:Ohio
    OK:Oklahoma OR:Oregon PA:Pennsylvania RI:Rhode_Island SC:South_Carolina SD:South_Dakota TN:Tennessee
    TX:Texas UT:Utah VT:Vermont VA:Virginia WA:Washington WV:West_Virginia WI:Wisconsin WY:Wyoming
    DC:District_of_Columbia PR:Puerto_Rico
    """
)
_PROVINCE_CODES = _coded(
    """
    AB:Alberta BC:British_Columbia MB:Manitoba NB:New_Brunswick NL:Newfoundland_and_Labrador NS:Nova_Scotia
    NT:Northwest_Territories NU:Nunavut ON:Ontario PE:Prince_Edward_Island QC:Quebec SK:Saskatchewan YT:Yukon
    """
)
REGION_CODES: dict[str, str] = _US_CODES | _PROVINCE_CODES
US_STATES: frozenset[str] = frozenset(_US_CODES)
CA_PROVINCES: frozenset[str] = frozenset(_PROVINCE_CODES)
REGION_NAMES: frozenset[str] = frozenset(
    name.lower()
    for name in [
        *_words("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
        Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
        Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
        Washington Wisconsin Wyoming Ontario Quebec Alberta Manitoba Saskatchewan"""),
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
        "British Columbia",
        "Nova Scotia",
        "New Brunswick",
        *_words("""USA US UK U.S. U.S.A. England Scotland Wales Ireland Canada Mexico Brazil Argentina Chile
        Colombia Peru
        Germany France Spain Portugal Italy Netherlands Belgium Switzerland Austria Sweden Norway Denmark Finland
        Poland Czechia Hungary Romania Greece Turkey Israel Egypt Nigeria Kenya Ghana Morocco India Pakistan
        Bangladesh China Japan Korea Singapore Malaysia Indonesia Philippines Vietnam Thailand Australia
        Zealand UAE Qatar Estonia Latvia Lithuania Ukraine Luxembourg Iceland"""),
        "United States",
        "United Kingdom",
        "New Zealand",
        "South Africa",
        "South Korea",
        "United Arab Emirates",
        "Hong Kong",
        "Czech Republic",
        # The regions of Britain a CV or letter names as an area of work ("contracts across the Midlands").
        "Midlands",
        "North West",
        "North East",
        "South West",
        "South East",
        "East Anglia",
        "Home Counties",
        "Highlands",
        "Yorkshire",
    ]
)
# Counties of the United Kingdom and Ireland, which British and Irish CVs name as the area a job covered
# ("Agency Chef de Partie, Sussex") or beside a town ("Slough, Berkshire"), as American CVs name a state.
COUNTY_NAMES: frozenset[str] = _words(
    """
    bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall cumbria derbyshire devon dorset essex
    gloucestershire hampshire herefordshire hertfordshire kent lancashire leicestershire lincolnshire merseyside
    norfolk northamptonshire northumberland nottinghamshire oxfordshire rutland shropshire somerset staffordshire
    suffolk surrey sussex warwickshire wiltshire worcestershire anglesey gwynedd conwy denbighshire flintshire powys
    ceredigion pembrokeshire carmarthenshire glamorgan gwent monmouthshire aberdeenshire fife lothian lanarkshire
    ayrshire perthshire argyll moray tyrone fermanagh meath kerry mayo
    """
)
_COMPASS = re.compile(r"^(?:(?:north|south|east|west)(?:ern)?|central|upstate|greater|inner|outer)\s+", re.I)


def is_region_name(name: str) -> bool:
    """A state, province or country, alone or with a compass word ("Northern Ontario", "western Texas") or the
    article a region takes ("the Midlands")."""
    folded = _THE.sub("", name.casefold().strip())
    return folded in REGION_NAMES or _COMPASS.sub("", folded) in REGION_NAMES


_THE = re.compile(r"^the\s+")


REMOTE_WORDS: frozenset[str] = frozenset({"remote", "hybrid", "on-site", "onsite", "work from home", "wfh"})

# Degree words, to tell an education line's degree from its institution and field. "Master", "Bachelor" and
# "Associate" name a degree with what follows ("Master of Science", "Associate in Nursing"), a trade or a post alone
# ("Master Technician", "Associate Director"); "BS 7671" is a British Standard.
DEGREE_PATTERN = (
    r"(?:\b(?:(?:Bachelor|Master|Associate)(?:'?s\b|\b(?=\s+(?:of|in|[Dd]egree)\b))|Doctor|Doctorate|Diploma|"
    r"Certificate|Graduate\s+Certificate|Postgraduate|Licentiate|Juris\s+Doctor|High\s+School\s+Diploma|GED)\b|"
    # School qualifications of the UK: "5 GCSEs", "A levels", "Highers"
    r"\b(?:I?GCSEs?|(?i:A|AS|O)[- ](?i:levels?)|Highers)\b|"
    r"(?<![\w.])(?!BS\s+(?!(?:19|20)\d\d\b)\d)(?:B\.?\s?S\.?c?|B\.?A\.?|B\.?Sc\.?|B\.?Eng\.?|B\.?E\.?|B\.?Com\.?|B\.?B\.?A\.?|B\.?F\.?A\.?|BSN|"
    r"M\.?S\.?c?|M\.?A\.?|M\.?Sc\.?|M\.?Eng\.?|M\.?Ed\.?|M\.?B\.?A\.?|M\.?P\.?H\.?|M\.?F\.?A\.?|MAcc|MPA|MSN|LL\.?M\.?|"
    r"LL\.?B\.?|J\.?D\.?|M\.?D\.?|Ph\.?\s?D\.?|D\.?Phil\.?|Ed\.?D\.?|DNP|A\.?A\.?S?\.?|A\.?S\.?|HN[CD]|BTEC|PGCE|PGDE|PGCert|PGDip)(?![\w]))"
)
INSTITUTION_WORDS: frozenset[str] = _words(
    """
    university univ universität universidad université college school institute academy polytechnic conservatory
    seminary coleg ysgol prifysgol tafe hs
    """
)

# Words that mark a line as a certification or licence rather than a degree.
CERTIFICATION_CUES: tuple[str, ...] = ("certif", "licen", "accredit", "credential", "registered")

# Organisation words that make a certification segment its issuer ("American Heart *Association*").
ISSUER_WORDS: frozenset[str] = _words(
    """
    association foundation institute board council society inc inc. llc ltd corporation corp academy college
    university amazon microsoft google oracle cisco comptia isaca isc2 pmi scrum axelos hashicorp salesforce
    red hat linux state department commission agency
    """
)

# Lines introducing a posting section, by kind. Checked in this order: "Preferred qualifications" is nice-to-have.
POSTING_SECTION_CUES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (kind, tuple(cue.strip() for cue in cues.split("|")))
    for kind, cues in (
        (
            "nice",
            "nice to have|nice-to-have|bonus|preferred|desirable|desired|a plus|plus:|extra credit|good to have|"
            "optional",
        ),
        (
            "benefits",
            "benefit|what we offer|we offer|perks|compensation|salary|why join|why work|what's in it|"
            "what you get|rewards",
        ),
        (
            "must",
            "requirement|must|what you bring|what you'll bring|what you will bring|qualification|looking for|"
            "you have|you'll have|who you are|about you|skills|experience|required|essential|you should have|"
            "ideal candidate|what we need|to succeed|you'll need|you will need|you need|great fit|your profile|"
            "you are",
        ),
        (
            "responsibilities",
            "what you'll do|what you will do|responsibilit|the role|your role|role|duties|"
            "day to day|day-to-day|in this role|you will|you'll|the job|what you'll be doing|"
            "your impact|the work|mission|tasks",
        ),
        ("about", "about|who we are|company|our story|the team|our team|the unit|overview|us"),
    )
)

# Acronyms that are not skills (currencies, places, generic business words), kept out of posting keywords.
NON_SKILL_ACRONYMS: frozenset[str] = _words(
    """
    US USA UK EU USD CAD EUR GBP AUD PTO VP CEO CTO CFO COO HR OK ID TX CA NY NC OH ON BC MN CO OR WA FL IL MA VA
    PA AM PM EST PST CST CET UTC FAQ TBD ETA RRSP LLC INC LTD CO EEO AI ASAP DEI ESOP RSU HQ USPS
    """
)

# Capitalised words in postings that are not skills or tools (sentence furniture, places, calendar, degrees).
NON_SKILL_NAMES: frozenset[str] = _words(
    """
    a an the and or of for to in on at with by our we you your us i it this that these those as is are be will can
    experience experienced strong excellent proven solid expert expert-level advanced working hands-on deep good
    great demonstrated familiarity knowledge comfort comfortable ability able track record years year plus bonus
    bachelor bachelors bachelor's master masters master's degree degrees diploma phd doctorate science arts
    associate certificate certification certified license licence licensed active current state states
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday spring summer autumn fall winter q1 q2 q3 q4
    north south east west central eastern western pacific mountain time zone remote hybrid office hq headquarters
    team teams company business customer customers client clients partner partners board finance marketing sales
    operations engineering product products design support legal people hr compliance security leadership
    department group division unit program programs platform level levels tier
    must nice required preferred including such similar equivalent related relevant etc e.g i.e example
    """
)

_SAME_PLACE = {
    "us": "united states", "usa": "united states", "u.s.": "united states", "u.s.a.": "united states",
    "uk": "united kingdom",
}  # fmt: skip


def places_in(text: str) -> frozenset[str]:
    """The states, provinces and countries a text names, one name each ("U.S." and "USA" are one place)."""
    lowered = text.casefold()
    # A name that is nowhere in the text needs no pattern (one per region would also crowd re's cache of patterns).
    found = {r for r in REGION_NAMES if r in lowered and re.search(rf"(?<![\w.]){re.escape(r)}(?![\w])", lowered)}
    return frozenset(_SAME_PLACE.get(place, place) for place in found)
