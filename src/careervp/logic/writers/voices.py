"""The three tones of the template writer, as sentence shapes.

A tone is more than a different adjective: each voice has its own openings, connectors, closings and sentence shapes
(the professional voice is measured and avoids contractions; the enthusiastic one uses contractions, warmth and an
exclamation or two; the technical one is terse, uses colons and lists, and talks about tools, methods and numbers).
Every shape is either a frame around a CV fact or posting sentence, or an opinion; none of them states a fact.
Posting sentences are always framed as the posting's ("Your posting notes that...", "How exciting that you...") and
never follow an "I" in the same clause, so nothing the company says about itself reads as the candidate's claim.

Placeholders: {company} exact name, {short} name without legal suffix, {title} exact job title, {role}, {a_role}
(with its article), {employer}, {vp} a first-person verb phrase without "I", {hook} a posting sentence as a clause,
{duty} a posting duty as an infinitive phrase, {emphasis}/{Emphasis}, {context}/{Context} ("at Acme, I" or "I"),
{skills}, {years}, {degree}, {credentials}, {topic}, {section}, {text}, {history} roles held,
{negation} "I have not yet worked with X" or "I do not yet hold the X".
"""

from __future__ import annotations

from dataclasses import dataclass

from careervp.models.api import Tone


@dataclass(frozen=True)
class Voice:
    greeting: tuple[str, ...]
    opening: tuple[str, ...]
    years: tuple[str, ...]
    years_current: tuple[str, ...]
    hook: tuple[str, ...]
    hook_more: tuple[str, ...]
    duty: tuple[str, ...]
    duty_more: tuple[str, ...]
    current_first: tuple[str, ...]
    recent_first: tuple[str, ...]
    earlier_first: tuple[str, ...]
    current_again: tuple[str, ...]
    follow_up: tuple[str, ...]
    unattached: tuple[str, ...]
    quoted: tuple[str, ...]
    emphasis: tuple[str, ...]
    emphasis_skill: tuple[str, ...]
    skills: tuple[str, ...]
    more_skills: tuple[str, ...]
    summary: tuple[str, ...]
    degree: tuple[str, ...]
    credentials: tuple[str, ...]
    gap: tuple[str, ...]
    credential_gap: tuple[str, ...]
    gap_more: tuple[str, ...]
    history: tuple[str, ...]
    short: tuple[str, ...]
    approach: tuple[str, ...]
    """How the candidate would start and work: opinions with no facts, used only when the CV runs out of material."""
    closing: tuple[str, ...]
    closing_extra: tuple[str, ...]
    salary: tuple[str, ...]
    signoff: tuple[str, ...]


PROFESSIONAL = Voice(
    greeting=("Dear Hiring Manager,",),
    opening=(
        "I am applying for the {title} position at {company}.",
        "Please accept my application for the {title} role at {company}.",
    ),
    years=("I bring {years} years of experience to this application.",),
    years_current=(
        "I bring {years} years of experience and currently work as {a_role} at {employer}.",
        "I bring {years} years of experience, and I currently serve as {a_role} at {employer}.",
    ),
    hook=(
        "Your posting notes that {hook}, and that context is a large part of why I am applying.",
        "As your posting explains, {hook}.",
    ),
    hook_more=("Your posting also mentions that {hook}.", "As your posting adds, {hook}."),
    duty=(
        "I would particularly value the chance to {duty}.",
        "The opportunity to {duty} is a strong reason for my application.",
    ),
    duty_more=("I would also welcome the responsibility to {duty}.",),
    current_first=("In my current role as {role} at {employer}, I {vp}.",),
    recent_first=("Most recently, as {role} at {employer}, I {vp}.",),
    earlier_first=("Before that, as {role} at {employer}, I {vp}.", "Previously, as {role} at {employer}, I {vp}."),
    current_again=("At {employer}, I {vp}.",),
    follow_up=(
        "I also {vp}.",
        "In addition, I {vp}.",
        "In that role, I {vp}.",
        "Another part of that work: I {vp}.",
        "Alongside that, I {vp}.",
    ),
    unattached=("I also {vp}.",),
    quoted=("The {section} section of my CV includes {text}.",),
    emphasis=(
        "On {emphasis}, my record is concrete: {context} {vp}.",
        "For {emphasis}, one example stands out: {context} {vp}.",
        "As an example of {emphasis}, {context} {vp}.",
    ),
    emphasis_skill=("For {emphasis}, my skills include {text}.",),
    skills=("My skills include {skills}.", "Relevant skills I would bring include {skills}."),
    more_skills=("My wider skill set also covers {skills}.",),
    summary=("In short: {text}.",),
    degree=("I earned my {degree}.",),
    credentials=("My credentials include {credentials}.",),
    gap=(
        "I have not yet worked {prep} {topic}, and I would make it an early priority to learn.",
        "I have not yet worked {prep} {topic}; I would plan to close that gap early.",
    ),
    credential_gap=("I do not yet hold the {topic} the posting asks for, and I would plan to address that.",),
    gap_more=("{negation} either.",),
    history=("My roles so far include {history}.",),
    short=("I value measurable outcomes.", "Careful work matters to me.", "That is the standard I hold myself to."),
    approach=(
        "In my first months at {short}, I would focus on learning how the team works and where I can add the most "
        "value.",
        "I prefer to agree on clear priorities early and to report progress openly.",
        "I work best in teams that share context freely and review each other's work with care.",
    ),
    closing=(
        "I would welcome the opportunity to discuss how my experience could support {short}. "
        "Thank you for your consideration.",
        "I would welcome a conversation about how I could contribute to {short}. Thank you for your time and "
        "consideration.",
    ),
    closing_extra=("I am confident that the record above would carry over well to {short}.",),
    salary=("I am open to discussing salary expectations at a time that suits you.",),
    signoff=("Sincerely,",),
)

ENTHUSIASTIC = Voice(
    greeting=("Dear {short} team,",),
    opening=(
        "I was excited to see the {title} opening at {company}!",
        "I'd love to join {company} as your next {title}!",
    ),
    years=("Over {years} years of work, I've learned how much I enjoy this kind of challenge.",),
    years_current=(
        "I'm {a_role} at {employer} today, and I'm bringing {years} years of experience with me.",
        "I've spent {years} years building my career, and today I'm {a_role} at {employer}.",
    ),
    hook=(
        "Your posting says that {hook}, and that really stood out to me.",
        "How exciting that {hook}!",
    ),
    hook_more=("Your posting also mentions that {hook}, which is great to read.", "Your posting adds that {hook}."),
    duty=(
        "I would love the chance to {duty}.",
        "The chance to {duty} is what excites me most about this role.",
    ),
    duty_more=("I'd also be glad to {duty}.",),
    current_first=(
        "In my current job as {role} at {employer}, I {vp}.",
        "Right now I'm {a_role} at {employer}, where I {vp}.",
    ),
    recent_first=("Most recently, as {a_role} at {employer}, I {vp}.",),
    earlier_first=("Before that, at {employer}, I {vp}.", "Earlier, as {a_role} at {employer}, I {vp}."),
    current_again=("At {employer}, I {vp}.",),
    follow_up=(
        "I also {vp}.",
        "One more highlight: I {vp}.",
        "On top of that, I {vp}.",
        "Another highlight: I {vp}.",
        "I'm also proud that I {vp}.",
    ),
    unattached=("I also {vp}.",),
    quoted=("One item I'm proud of in the {section} section of my CV: {text}.",),
    emphasis=(
        "I genuinely enjoy {emphasis}: {context} {vp}.",
        "I especially love {emphasis}; {context} {vp}.",
        "A favorite example of {emphasis}? {Context} {vp}.",
    ),
    emphasis_skill=("I'm glad to bring {text} to {emphasis}.",),
    skills=("I'd bring {skills} with me from day one.", "I'm also eager to put {skills} to work for your team."),
    more_skills=("I also enjoy working with {skills}.",),
    summary=("If I had to sum myself up in one line: {text}.",),
    degree=("I earned my {degree}.",),
    credentials=("I'm proud of my credentials, which include {credentials}.",),
    gap=(
        "I have not yet worked {prep} {topic}, and I'm eager to get up to speed quickly.",
        "I have not yet worked {prep} {topic}, but I'd dive into it right away.",
    ),
    credential_gap=("I do not yet hold the {topic} the posting asks for, and I'd be keen to work toward it.",),
    gap_more=("{negation} either, and I'd love to learn.",),
    history=("I've worked as {history}.",),
    short=("I loved that work.", "It's the kind of challenge I enjoy most.", "That still makes me smile."),
    approach=(
        "I'd spend my first weeks at {short} listening, learning and getting to know the team.",
        "I love working with people who share ideas openly and celebrate each other's wins.",
        "Learning something new every week is one of my favorite parts of any job!",
    ),
    closing=(
        "I'd be thrilled to talk about how I could help {short}, and I look forward to hearing from you! "
        "Thank you so much for your time.",
        "I can't wait to hear more about the team, and I'd love to talk soon! Thanks so much for reading.",
    ),
    closing_extra=("It would be a joy to bring this energy to {short}.",),
    salary=("I'm happy to discuss salary expectations whenever it suits you.",),
    signoff=("Warm regards,",),
)

TECHNICAL = Voice(
    greeting=("Dear {short} team,",),
    opening=(
        "This letter is about the {title} role at {company}, and it sticks to specifics: results, methods and numbers.",
        "Below, I map my work to the {title} role at {company}, with specific evidence for each point.",
    ),
    years=("I have {years} years of hands-on work behind me, and the details below come from it.",),
    years_current=(
        "I have {years} years of hands-on work behind me, and I currently work as {a_role} at {employer}.",
        "For context, I have {years} years of experience, and my current role is {role} at {employer}.",
    ),
    hook=(
        "Your posting explains that {hook}; that context shapes the examples below.",
        "Per the posting, {hook}; I chose the specifics below with that in mind.",
    ),
    hook_more=("The posting also notes that {hook}.", "Another detail from the posting: {hook}."),
    duty=(
        "Technically, the part of the job I want to dig into first is to {duty}.",
        "The technical problem I find most interesting here is the mandate to {duty}.",
    ),
    duty_more=("A second area I want to take on is to {duty}.",),
    current_first=("Currently ({role}, {employer}), I {vp}.", "At {employer}, as {role}, I {vp}."),
    recent_first=("Most recently ({role}, {employer}), I {vp}.",),
    earlier_first=("Earlier, at {employer} ({role}), I {vp}.", "Before that, as {role} at {employer}, I {vp}."),
    current_again=("At {employer}, I {vp}.",),
    follow_up=(
        "Another data point: I {vp}.",
        "Also relevant: I {vp}.",
        "In the same job, I {vp}.",
        "Separately, I {vp}.",
        "One more result: I {vp}.",
    ),
    unattached=("I also {vp}.",),
    quoted=("From the {section} section of my CV: {text}.",),
    emphasis=(
        "On {emphasis}, concretely: {context} {vp}.",
        "For {emphasis}, the most relevant data point: {context} {vp}.",
        "For {emphasis}, the most relevant evidence is that {context} {vp}.",
    ),
    emphasis_skill=("For {emphasis}, the relevant tooling in my background is {text}.",),
    skills=("My toolset includes {skills}.", "The tools and methods I work with include {skills}."),
    more_skills=("Beyond that, my toolset also covers {skills}.",),
    summary=("My own one-line summary would be this: {text}.",),
    degree=("On the education side, I earned my {degree}.",),
    credentials=("My certifications and licences include {credentials}.",),
    gap=(
        "I have not yet worked {prep} {topic}; closing that gap is my first priority.",
        "I have not yet worked {prep} {topic}, so that is where I will start.",
    ),
    credential_gap=("I do not yet hold the {topic} the posting asks for; closing that gap is a priority.",),
    gap_more=("{negation} either; the same plan applies there.",),
    history=("The roles behind these results: {history}.",),
    short=(
        "I care about the details behind every number.",
        "Evidence beats adjectives, so I have kept to specifics.",
        "Measurement guides how I work.",
    ),
    approach=(
        "In the first months, I would start by measuring where the biggest problems are, then fix the ones with the "
        "clearest payoff.",
        "I prefer small, measurable changes over sweeping ones, and I write down the trade-offs behind each decision.",
        "I document my work in enough detail that colleagues can review it and build on it.",
    ),
    closing=(
        "I am glad to go deeper on any of these results, and the methods behind them, in a technical conversation. "
        "Thank you for your time.",
        "I am happy to walk through the design decisions behind this work in an interview. Thank you for your time.",
    ),
    closing_extra=("I can share more detail on any of the work above, including the trade-offs I made along the way.",),
    salary=("On compensation, my expectations are open to discussion.",),
    signoff=("Best regards,",),
)

VOICES: dict[Tone, Voice] = {
    Tone.PROFESSIONAL: PROFESSIONAL,
    Tone.ENTHUSIASTIC: ENTHUSIASTIC,
    Tone.TECHNICAL: TECHNICAL,
}
