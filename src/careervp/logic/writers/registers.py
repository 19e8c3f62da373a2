"""The three registers of the offline writer.

A register is how the same plan is said, not a different set of openers: the professional letter is measured and
formal (no contractions, "I would welcome"), the enthusiastic one is warm and direct (contractions, first-person
feeling, never gushing), the technical one is precise about method and evidence, plain and exact. Every
frame is complete grammar around slots that are themselves complete: {vp} a first-person verb phrase, {topic}/{gap}
noun phrases, {employer} a short company name. No frame states a fact.

Slots: {company} the employer applied to, in full; {short} its short form; {title} the exact job title; {years}
"6 years"; {a_role} a role with its article; {employer}; {vp}; {topic}; {gap}; {reason}; {credential}; {skills}.
"""

from __future__ import annotations

from dataclasses import dataclass

from careervp.models.api import Tone


@dataclass(frozen=True)
class Register:
    greeting: tuple[str, ...]
    opening: tuple[str, ...]
    why: tuple[str, ...]
    """Why this role, from the points the letter will make: {topic} is "A and B"."""
    why_mine: tuple[str, ...]
    """The candidate's strengths the user asked to emphasise, when no requirement of the posting can be named: said
    as the candidate's, never as what the role is about."""
    why_company: tuple[str, ...]
    """{reason} is what the company does: "work making farm equipment parts"."""
    why_kind: tuple[str, ...]
    """{a_reason} is what the company is, with its article: "a community bank"."""
    background: tuple[str, ...]
    background_years: tuple[str, ...]
    tie: tuple[str, ...]
    """Names the requirement a result answers (only when the result names it): the first, second and later ones; a
    frame ending in a colon introduces the result's sentence."""
    current: tuple[str, ...]
    """The first sentence about the current job, already named in the opening paragraph."""
    earlier: tuple[str, ...]
    """The first sentence about an earlier job: {employer} and {a_role} named once, here; the first, second and
    later earlier jobs."""
    earlier_named: tuple[str, ...]
    """The first sentence about an earlier job named before in the letter."""
    also: tuple[str, ...]
    """A further sentence about the job just described: no "also", which strings results into a list."""
    credential: tuple[str, ...]
    skills: tuple[str, ...]
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
    closing_topic: tuple[str, ...]
    closing_on: tuple[str, ...]
    """The close when the letter has a requirement of the posting to end on: {topic}."""
    """A sentence before the closing naming what the conversation would be about: {topic} from the posting."""
    salary: tuple[str, ...]
    signoff: tuple[str, ...]


PROFESSIONAL = Register(
    greeting=("Dear Hiring Manager,",),
    opening=("I would like to be considered for the {title} position at {company}.",
             "Please consider my application for the {title} position at {company}."),
    why=("What draws me to the role is its emphasis on {topic}, the work I know best.",
         "What draws me to this role is its focus on {topic}, where my experience is strongest."),
    why_mine=("I would bring particular strength in {topic}, the work I know best.",),
    why_company=("I would value bringing my experience to your {reason}.",),
    why_kind=("I would value bringing my experience to {a_reason} like yours.",),
    background=("I am currently {a_role} at {employer}.",),
    background_years=("I have {years} of experience, and I am currently {a_role} at {employer}.",
                      "I am currently {a_role} at {employer}, with {years} of experience behind me."),
    tie=("Much of my work has involved {topic}.", "I have direct experience of {topic} as well.",
         "I have also worked on {topic}."),
    current=("In my current role, I {vp}.", "In my present position, I {vp}."),
    earlier=("Before that, as {a_role} at {employer}, I {vp}.", "Earlier, as {a_role} at {employer}, I {vp}.",
             "As {a_role} at {employer}, I {vp}."),
    earlier_named=("In my earlier role, I {vp}.",),
    also=("I {vp}.",),
    credential=("My credentials include {credential}.",),
    skills=("I am also experienced with {skills}.",),
    gap_activity=("One gap I should name is that {gap} would be new to me, and I would make it an early priority.",),
    gap_field=("One gap I should name is that I have not yet worked in {gap}, and I would make closing it an early "
               "priority.",),
    gap_tool=("One gap I should name is that I have not yet worked with {gap}, and I would make closing it an early "
              "priority.",),
    gap_thing=("One gap I should name is that I do not yet have {gap}, and I would work towards it early.",),
    gap_state=("One gap I should name is that I am not yet {gap}, and I would make closing it an early priority.",),
    credential_gap=("I do not yet hold the {gap}, and I would plan to pursue it early in the role.",),
    language_gap=("One gap I should name is that I do not yet speak {gap}, and I would begin formal lessons early.",),
    closing=("I would welcome the opportunity to discuss how my experience could serve your team. Thank you for "
             "your consideration.",),
    closing_topic=("In particular, I would like to talk about {topic} in this role.",),
    closing_on=("I would be glad to discuss how I would approach {topic} in this role. Thank you for your "
                "consideration.",),
    salary=("I would be glad to discuss salary expectations at the appropriate stage.",),
    signoff=("Sincerely,",),
)  # fmt: skip

ENTHUSIASTIC = Register(
    greeting=("Dear Hiring Manager,", "Dear Hiring Team,"),
    opening=("I'm excited to apply for the {title} role at {company}.",
             "I'd be glad to join {company} as your next {title}."),
    why=("What excites me most is the role's focus on {topic}, the work I enjoy most.",
         "I'm drawn to this role because of its focus on {topic}, and that's exactly where I thrive."),
    why_mine=("I'd bring real strength in {topic}, the work I enjoy most.",),
    why_company=("I'd be proud to bring my experience to your {reason}.",),
    why_kind=("I'd be proud to bring my experience to {a_reason} like yours.",),
    background=("I'm currently {a_role} at {employer}.",),
    background_years=("I've spent {years} in this line of work, and today I'm {a_role} at {employer}.",
                      "I bring {years} of experience, and right now I'm {a_role} at {employer}."),
    tie=("{topic_cap} is where I've done my best work.", "I love working on {topic} too.",
         "I've worked on {topic} too."),
    current=("In my current job, I {vp}.", "In the job I have now, I {vp}."),
    earlier=("Before that, as {a_role} at {employer}, I {vp}.", "Earlier, as {a_role} at {employer}, I {vp}.",
             "As {a_role} at {employer}, I {vp}."),
    earlier_named=("Back in my earlier role, I {vp}.",),
    also=("I {vp}.",),
    credential=("My credentials include {credential}.",),
    skills=("I'm also at home with {skills}.",),
    gap_activity=("I'll be honest about one gap: {gap} would be new to me, and I'd make it an early priority.",),
    gap_field=("I'll be honest about one gap: I haven't worked in {gap} yet, and I'd be keen to close it early.",),
    gap_tool=("I'll be honest about one gap: I haven't worked with {gap} yet, and I'd be keen to close it early.",),
    gap_thing=("I'll be honest about one gap: I don't have {gap} yet, and I'd love to work towards it.",),
    gap_state=("I'll be honest about one gap: I'm not yet {gap}, and I'd be keen to close it early.",),
    credential_gap=("I don't hold the {gap} yet, and I'd be keen to start on it early.",),
    language_gap=("I'll be honest about one gap: I don't speak {gap} yet, and I'd love to start lessons right away.",),
    closing=("I'd welcome the chance to talk about what I could bring to your team. Thank you for reading.",),
    closing_topic=("Most of all, I'd love to talk about {topic} in this role.",),
    closing_on=("I'd love to talk with you about {topic} and what I could do for your team. Thank you for reading.",),
    salary=("I'm happy to talk about salary whenever it suits you.",),
    signoff=("Warm regards,", "With thanks,"),
)  # fmt: skip

TECHNICAL = Register(
    greeting=("Dear Hiring Manager,",),
    opening=("I am applying for the {title} role at {company}.",),
    why=("The post centres on {topic}; in practice, that is the core of my own work.",
         "The post depends on {topic}, which is specifically what my record is built on."),
    why_mine=("Specifically, my strongest work is in {topic}.",),
    why_company=("I would like to apply the same methods to your {reason}.",),
    why_kind=("I would like to apply the same methods at {a_reason} like yours.",),
    background=("In my current role I work as {a_role} at {employer}.",),
    background_years=("I have {years} in the field; at present I work as {a_role} at {employer}.",),
    tie=("In practice, much of my work involves {topic}.", "Specifically, I have also worked on {topic}.",
         "I have also worked on {topic} in detail."),
    current=("In my current post, I {vp}.", "In my present post, I {vp}."),
    earlier=("Before that, as {a_role} at {employer}, I {vp}.", "Earlier, as {a_role} at {employer}, I {vp}.",
             "As {a_role} at {employer}, I {vp}."),
    earlier_named=("In that earlier role, I {vp}.",),
    also=("I {vp}.",),
    credential=("My credentials include {credential}.",),
    skills=("My toolset also includes {skills}.",),
    gap_activity=("One gap, stated plainly: {gap} would be new to me; I would plan for it in my first months.",),
    gap_field=("One gap, stated plainly: I have not yet worked in {gap}; I would plan for it in my first months.",),
    gap_tool=("One gap, stated plainly: I have not yet worked with {gap}; I would plan for it in my first "
              "months.",),
    gap_thing=("One gap, stated plainly: I do not yet have {gap}; I would plan for it in my first months.",),
    gap_state=("One gap, stated plainly: I am not yet {gap}; I would plan the route to it in my first months.",),
    credential_gap=("I do not yet hold the {gap}; I would plan the route to it in my first months.",),
    language_gap=("One gap, stated plainly: I do not yet speak {gap}; I would start structured lessons in my first "
                  "month.",),
    closing=("I would be glad to walk through the methods and data behind this work in an interview. Thank you "
             "for your time.",),
    closing_topic=("I would especially like to discuss {topic} and the methods I would bring to it.",),
    closing_on=("I would be glad to go through, in an interview, how I would handle {topic} in your team. Thank "
                "you for your time.",),
    salary=("I am happy to discuss salary expectations once the scope of the role is settled.",),
    signoff=("Best regards,",),
)  # fmt: skip

REGISTERS = {Tone.PROFESSIONAL: PROFESSIONAL, Tone.ENTHUSIASTIC: ENTHUSIASTIC, Tone.TECHNICAL: TECHNICAL}
