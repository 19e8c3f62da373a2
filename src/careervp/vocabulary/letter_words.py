"""Word lists FVS reads letters with. Kept apart so the checks stay short; all lower case."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Last words that mark a phrase as an organisation ("Tessaract Labs", "Hollis Barrow Stores").
ORG_WORDS = _words(
    """academy ag agency airlines analytics apparel associates authority bank banking bio biosciences brands capital
    center centre charity clinic clinics co co-op collective college communications company consultants consulting
    cooperative corp corporation council department digital dynamics electronics energy entertainment finance
    financial fintech food foods foundation games gaming gmbh goods grocers group health healthcare holdings home
    hospital hospitals hosting inc incorporated industries institute insurance interactive lab labs limited llc
    logistics ltd manufacturing market marketing markets media medical ministry motors network networks outfitters
    partners pharma pharmaceuticals plc press properties property publishing realty retail robotics sa school
    semiconductor services software solutions store stores studio studios systems tech technologies technology
    telecom therapeutics trust university ventures works"""
)

# Nouns that end a job title: a phrase without one ("as a team", "as part of") is not a role claim.
ROLE_HEADS = _words(
    """accountant administrator adviser advisor agent aide analyst apm architect assistant associate associate-director
    attorney auditor barrister bookkeeper buyer captain caregiver cashier ceo cfo chef chief cio clerk cmo co-founder
    cofounder counsel
    consultant controller coo cook coordinator counsellor counselor cto dba designer developer director doctor
    editor educator electrician engineer engineers executive fellow founder head instructor intern lawyer lead
    lecturer librarian lpn manager marketer mechanic np nurse officer operator owner paralegal paramedic partner
    pharmacist physician planner pm practitioner president principal producer professor programmer recruiter
    representative researcher resident rn salesperson scientist solicitor specialist sre strategist supervisor swe
    teacher technician therapist tpm trainer tutor vp writer
    adjuster biologist carpenter caseworker chemist curator dietitian dispatcher economist estimator geologist
    hygienist inspector journalist machinist midwife physiotherapist pilot plumber reporter statistician surveyor
    technologist underwriter veterinarian vet welder worker
    actuary apprentice attendant auctioneer baker barber broker butler chair chairperson chaplain clinician coach
    commissioner conductor courier custodian dean dentist deputy firefighter foreman forewoman
    housekeeper interpreter janitor lieutenant navigator provost ranger registrar secretary sergeant
    superintendent surgeon trainee translator treasurer warden"""
)

# Words that end a title read after "as a ...".
TITLE_STOP_WORDS = _words(
    """across after and as at before but by during for from i i'm i've in into my on or our over since that through to
    under until we when where where, which while who whom with within without against among beyond toward towards
    upon via like than there here then now too again today also still"""
)

# Abbreviations whose dot does not end a sentence ("Sr.", "B.S.").
ABBREVIATIONS = _words(
    """approx apr aug b.a b.eng b.s b.sc co corp d.n.p dec dept dr e.g ed.d etc feb ft i.e inc j.d jan jr jul jun ltd
    m.a m.d m.ed m.eng m.s m.sc mar mr mrs ms mt no nov oct ph.d prof sep sept sr st u.s vs llc llp plc mba reg lic
    ref cert
    asst assoc dir mgr supv supvr coord admin exec spec rep acct engr div govt natl intl univ elec mech mgmt maint
    constr inst dip est ca incl excl avg"""
)

# Capitalised words that open sentences or fill letters without naming anything, and the abbreviations of working
# life every trade writes as ordinary nouns ("a missed SLA", "two FTEs").
COMMON_CAPITALISED = _words(
    """a cv resume résumé vita pdf linkedin
    above across additionally after again all along alongside already also although among an and any april as at
    august autumn because before being below beside besides best between beyond both but by cheers committee concern
    currently dear december department dr during each earlier eight even every fall february finally first five for
    four friday from furthermore greetings having hello here hi hiring how however hr human i i'd i'll i'm i've if
    in indeed inside instead it its january july june just kind last lately later madam manager many march may me
    meanwhile monday more moreover most mr mrs ms much my next nine no not november now october of on one only or
    otherwise our outside over overall p.s please previously ps q1 q2 q3 q4 rather really recently recruiter
    recruiting recruitment regards resources saturday second september seven since sincerely sir six so some spring
    still such summer sunday team ten thank thanks that the then there these third this those though three through
    throughout thursday to today together truly tuesday two ultimately under until upon us warm we wednesday what
    when where whether which while whilst who whom why winter with within without yes yet you your yours
    sla slas kpi kpis roi faq faqs eta etas sop sops fte ftes yoy qoq okr okrs asap tbd eod rfp rfps rfq nda ndas sow
    usd gbp eur"""
)

# Words too common to tie a number to what it measures ("per", "more", "team").
CONTEXT_STOP_WORDS = _words(
    """a about across after all also an and any are around as at be been before being between both but by can
    your you yours part parts way lot kind sort thing things
    could did do does each every for from had has have having her his how i i'm i've in into is it its just last
    less like many me more most much my nearly new no not of on one only or other our out over per roughly same
    she so some such than that the their them then there these they this those through to too up us was we were
    what when where which while who will with within would year years month months week weeks day days time times
    total average about almost around more than over under up down cut cutting grew grow raised raising reduced
    reducing increased increasing lowered lowering improved improving brought bringing from team teams"""
)

# Words that qualify any credential and prove nothing about which one it is ("an active license").
CREDENTIAL_QUALIFIERS = _words(
    """active current valid full unrestricted state national professional formal relevant recent new several two
    three four multiple various industry specialty additional"""
)

# What a letter counts of its own argument ("Two gaps to be upfront about", "three reasons I applied"): the count
# is the writer's, not a figure from the CV.
DISCOURSE_NOUNS = _words(
    """aspects caveats examples gaps highlights ideas lessons notes observations principles priorities
    qualities questions reasons strengths takeaways themes things traits ways"""
)

# Numbers written as words that open a noun phrase ("three sites", "twelve nurses"): never part of a title or a topic.
SMALL_NUMBER_WORDS = _words("one two three four five six seven eight nine ten eleven twelve")
