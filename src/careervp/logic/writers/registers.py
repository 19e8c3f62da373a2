"""The three registers of the offline writer.

A register is how the same plan is said, not a different set of openers: the professional letter is measured and
formal (no contractions, "I would welcome"), the enthusiastic one is warm and direct (contractions, first-person
feeling, never gushing), the technical one is precise about method and evidence, plain and exact. Every
frame is complete grammar around slots that are themselves complete: {vp} a first-person verb phrase, {topic}/{gap}
noun phrases, {employer} a short company name. No frame states a fact.

Slots: {company} the employer applied to, in full; {short} its short form; {title} the exact job title; {years}
"6 years"; {a_role} a role with its article; {employer}; {topic}; {gap}; {reason}; {a_title} the line of
work of a reach, with its article.
"""

from __future__ import annotations

from dataclasses import dataclass

from careervp.logic.writers.shapes import NOUN_SLOT, THING_SLOT, Shape
from careervp.models.api import Tone

SLOT_SHAPES: dict[str, frozenset[Shape]] = {
    "topic": NOUN_SLOT,
    "Topic": NOUN_SLOT,
    "topics": NOUN_SLOT,
    "gap": NOUN_SLOT | THING_SLOT,
    "credential": THING_SLOT,
    "reason": NOUN_SLOT,
}
"""The phrase each slot that takes a CV or posting fragment accepts: a frame given a fragment of another shape is
not said ("I feel most at home in known for ...", "You're also looking for leading"). {reason} is read after its
"work" ("work running clinics": "running clinics")."""


@dataclass(frozen=True)
class Register:
    greeting: tuple[str, ...]
    opening: tuple[str, ...]
    why: tuple[str, ...]
    """Why this role: {topic} is what the posting asks for most that the CV meets."""
    why_mine: tuple[str, ...]
    """The candidate's strengths the user asked to emphasise, when the posting names no focus the CV meets: said as
    the candidate's, never as what the role is about."""
    credential: tuple[str, ...]
    """{credential}: the one licence a must-have asks for, by the CV's name, when no other sentence names it."""
    why_company: tuple[str, ...]
    """{reason} is what the company does: "work making farm equipment parts"."""
    why_also: tuple[str, ...]
    """A second reason to want the company: {reason} is what else it does, "work training apprentices"."""
    met: tuple[str, ...]
    """{topics}: the posting's other must-haves the CV meets in its own words."""
    background: tuple[str, ...]
    background_years: tuple[str, ...]
    background_since: tuple[str, ...]
    """The post held now with the year it began, {year}, in the sentence that names it."""
    background_years_since: tuple[str, ...]
    lead_first: tuple[str, ...]
    """Opens the proof's first passage: {topic} (or {Topic}, capitalised) is the posting's first need it answers."""
    lead_next: tuple[str, ...]
    """Opens a later passage: {topic} is a further need of the posting."""
    lead_on: tuple[str, ...]
    """Opens the first sentence of a passage that names no job of its own: "On {topic}, "."""
    lead_own: tuple[str, ...]
    """Opens a passage on one of the user's emphasis areas that the cited evidence shows: never what the role asks."""
    current: tuple[str, ...]
    """What opens the first sentence about the job held now (already named in the opening), before "I ..."."""
    reach: tuple[str, ...]
    """The opening of the proof when the candidate has never worked as what the title names: {a_title},."""
    gap_activity: tuple[str, ...]
    """{gap} is something done: "supporting SOC 2 audits"."""
    gap_field: tuple[str, ...]
    """{gap} is a field of work: "casualty underwriting", "hand therapy"."""
    gap_tool: tuple[str, ...]
    """{gap} names a tool or method: "Delphi", "Apache Spark"."""
    gap_thing: tuple[str, ...]
    """{gap} is something one has: "a portfolio of published stories"."""
    gap_state: tuple[str, ...]
    """{gap} is what one is: "registered as a Chartered Town Planner"."""
    credential_gap: tuple[str, ...]
    language_gap: tuple[str, ...]
    closing: tuple[str, ...]
    closing_on: tuple[str, ...]
    """The close when the letter has a requirement of the posting to end on: {topic}."""
    salary: tuple[str, ...]
    signoff: tuple[str, ...]


PROFESSIONAL = Register(
    greeting=("Dear Hiring Manager,",),
    opening=("I would like to be considered for the {title} position at {company}.",
             "Please consider my application for the {title} position at {company}."),
    why=("What draws me to the role is its emphasis on {topic}.", "The role's focus on {topic} is what drew me to it."),
    why_mine=("I would bring particular strength in {topic}.",),
    credential=("My credentials include {credential}.",),
    why_company=("I would particularly like to contribute to your {reason}.",),
    why_also=("I would also value contributing to your {reason}.",),
    met=("My work has also included {topics}.",),
    background=("I am currently {a_role} at {employer}.",),
    background_years=("I have {years} of experience, and I am currently {a_role} at {employer}.",
                      "I am currently {a_role} at {employer}, with {years} of experience behind me."),
    background_since=("I have been {a_role} at {employer} since {year}.",),
    background_years_since=("I have {years} of experience, and since {year} I have been {a_role} at {employer}.",),
    lead_first=("The core of this role is {topic}, and it is the part of my work I know best.",
                "Much of this role turns on {topic}, and that is work I know well."),
    lead_next=("Your posting also asks for {topic}.", "The role also calls for {topic}."),
    lead_on=("On {topic}, ", "As for {topic}, "),
    lead_own=("I would also bring a grounding in {topic}.", "I can point to a solid record in {topic}."),
    current=("In my current role, ", "In my present post, "),
    reach=("I have not yet worked as {a_title}, and I know the post asks for that experience; I am applying on the "
           "strength of related work.",),
    gap_activity=("One gap I should name is that {gap} would be new to me, and I would make it an early priority.",),
    gap_field=("One gap I should name is that I have not yet worked in {gap}, and I would make closing it an early "
               "priority.",),
    gap_tool=("One gap I should name is that I have not yet worked with {gap}, and I would make closing it an early "
              "priority.",),
    gap_thing=("One gap I should name is that I do not yet have {gap}, and I would work towards it early.",),
    gap_state=("One gap I should name is that I am not yet {gap}, and I would make closing it an early priority.",),
    credential_gap=("I do not yet hold the {gap}, and I would plan to pursue it early in the role.",),
    language_gap=("One gap I should name is that I do not yet speak {gap}, and I would begin formal lessons early.",),
    closing=("I would welcome a conversation about the role and what I could contribute to it. Thank you for your "
             "consideration.",
             "I would welcome the chance to discuss how I could contribute to your team. Thank you for your "
             "consideration."),
    closing_on=("I would be glad to discuss how I would approach {topic} in this role. Thank you for your "
                "consideration.",),
    salary=("I would be glad to discuss salary expectations at the appropriate stage.",),
    signoff=("Sincerely,",),
)  # fmt: skip

ENTHUSIASTIC = Register(
    greeting=("Dear Hiring Manager,", "Dear Hiring Team,"),
    opening=("I'm excited to apply for the {title} role at {company}.",
             "I'd be glad to join {company} as your next {title}."),
    why=("What excites me most is the role's focus on {topic}.",
         "I'm drawn to this role because of its focus on {topic}."),
    why_mine=("I feel most at home in {topic}.",),
    credential=("I hold {credential}, which the role asks for.",),
    why_company=("I'd be proud to be part of your {reason}.",),
    why_also=("Your {reason} appeals to me too.",),
    met=("My work has also taken in {topics}.",),
    background=("I'm currently {a_role} at {employer}.",),
    background_years=("I've spent {years} in this line of work, and today I'm {a_role} at {employer}.",
                      "I bring {years} of experience, and right now I'm {a_role} at {employer}."),
    background_since=("I've been {a_role} at {employer} since {year}.",),
    background_years_since=("I've spent {years} in this line of work, and since {year} I've been {a_role} at "
                            "{employer}.",),
    lead_first=("{Topic} {is} at the heart of this role, and it's the work I enjoy most.",
                "I was glad to see {topic} at the centre of this role, because it's the work I most enjoy."),
    lead_next=("You're also looking for {topic}, and that's familiar ground for me.",
               "{Topic} {matters} here too, and I love that side of the work."),
    lead_on=("When it comes to {topic}, ", "As for {topic}, "),
    lead_own=("I'd bring real strength in {topic} as well.", "I've built a real record in {topic}."),
    current=("In the job I have now, ", "In my current job, "),
    reach=("I haven't worked as {a_title} yet, and I know that's what the post asks for, so I'm applying on the "
           "strength of related work.",),
    gap_activity=("I'll be honest about one gap: {gap} would be new to me, and I'd make it an early priority.",),
    gap_field=("I'll be honest about one gap: I haven't worked in {gap} yet, and I'd be keen to close it early.",),
    gap_tool=("I'll be honest about one gap: I haven't worked with {gap} yet, and I'd be keen to close it early.",),
    gap_thing=("I'll be honest about one gap: I don't have {gap} yet, and I'd love to work towards it.",),
    gap_state=("I'll be honest about one gap: I'm not yet {gap}, and I'd be keen to close it early.",),
    credential_gap=("I don't hold the {gap} yet, and I'd be keen to start on it early.",),
    language_gap=("I'll be honest about one gap: I don't speak {gap} yet, and I'd love to start lessons right away.",),
    closing=("I'd welcome the chance to talk about what I could bring to your team. Thank you for reading.",
             "I'd love to talk about the role and how I could help. Thank you for reading."),
    closing_on=("I'd love to talk with you about {topic} and what I could do for your team. Thank you for reading.",),
    salary=("I'm happy to talk about salary whenever it suits you.",),
    signoff=("Warm regards,", "With thanks,"),
)  # fmt: skip

TECHNICAL = Register(
    greeting=("Dear Hiring Manager,",),
    opening=("I am applying for the {title} role at {company}.",),
    why=("The post centres on {topic}; in practice, that is the core of my own work.",
         "The post depends on {topic}, and that is specifically what my work is built on."),
    why_mine=("Specifically, my own work has centred on {topic}.",),
    credential=("For the record, I hold {credential}.",),
    why_company=("Your {reason} is specifically the kind of work I want to apply my methods to.",),
    why_also=("I would also like to contribute to your {reason}.",),
    met=("My work has also covered {topics}.",),
    background=("In my current role I work as {a_role} at {employer}.",),
    background_years=("I have {years} in the field; at present I work as {a_role} at {employer}.",),
    background_since=("Since {year} I have worked as {a_role} at {employer}.",),
    background_years_since=("I have {years} in the field; since {year} I have worked as {a_role} at {employer}.",),
    lead_first=("The post centres on {topic}, so I will start there.",
                "{Topic} {is} the core of the post, and the evidence for it is specific."),
    lead_next=("The post also requires {topic}.", "The specification also lists {topic}."),
    lead_on=("On {topic}, ", "For {topic}, "),
    lead_own=("My work in {topic} is the most direct evidence I can offer.", "I can evidence {topic} in detail."),
    current=("In my current post, ", "In my present role, "),
    reach=("I have not worked as {a_title}, which the post asks for; the experience I apply with is in related "
           "work.",),
    gap_activity=("One gap, stated plainly: {gap} would be new to me; I would plan for it in my first months.",),
    gap_field=("One gap, stated plainly: I have not yet worked in {gap}; I would plan for it in my first months.",),
    gap_tool=("One gap, stated plainly: I have not yet worked with {gap}; I would plan for it in my first "
              "months.",),
    gap_thing=("One gap, stated plainly: I do not yet have {gap}; I would plan for it in my first months.",),
    gap_state=("One gap, stated plainly: I am not yet {gap}; I would plan the route to it in my first months.",),
    credential_gap=("I do not yet hold the {gap}; I would plan the route to it in my first months.",),
    language_gap=("One gap, stated plainly: I do not yet speak {gap}; I would start structured lessons in my first "
                  "month.",),
    closing=("I would be glad to go through any of this in more detail at an interview. Thank you for your time.",),
    closing_on=("I would be glad to go through, in an interview, how I would handle {topic} in your team. Thank "
                "you for your time.",),
    salary=("I am happy to discuss salary expectations once the scope of the role is settled.",),
    signoff=("Best regards,",),
)  # fmt: skip

REGISTERS = {Tone.PROFESSIONAL: PROFESSIONAL, Tone.ENTHUSIASTIC: ENTHUSIASTIC, Tone.TECHNICAL: TECHNICAL}
