"""The three registers of the offline writer.

A register is how the same plan is said, not a different set of openers: the professional letter is measured and
formal (no contractions, "I would welcome"), the enthusiastic one is warm and direct (contractions, first-person
feeling, one exclamation), the technical one is precise about method and evidence ("concretely", "measured", a
colon before the detail). Every frame is complete grammar around slots that are themselves complete: {vp} a
first-person verb phrase, {topic}/{gap} noun phrases, {employer} a short company name. No frame states a fact.

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
    why_general: tuple[str, ...]
    """Why this role when no requirement can be named in the CV's own words."""
    why_company: tuple[str, ...]
    background: tuple[str, ...]
    background_years: tuple[str, ...]
    proof: tuple[str, ...]
    """A point with its evidence: {topic} and {vp} at {employer}."""
    proof_same: tuple[str, ...]
    """A point whose evidence comes from an employer already named."""
    proof_no_topic: tuple[str, ...]
    proof_unattached: tuple[str, ...]
    support: tuple[str, ...]
    """Further evidence for the point just made, at the same employer."""
    credential: tuple[str, ...]
    skills: tuple[str, ...]
    gap: tuple[str, ...]
    credential_gap: tuple[str, ...]
    language_gap: tuple[str, ...]
    approach: tuple[str, ...]
    """How the candidate works: opinions, no facts; used only when the CV runs short of evidence."""
    closing: tuple[str, ...]
    salary: tuple[str, ...]
    signoff: tuple[str, ...]


PROFESSIONAL = Register(
    greeting=("Dear Hiring Manager,",),
    opening=("I would like to be considered for the {title} position at {company}.",
             "Please consider my application for the {title} position at {company}."),
    why=("I am drawn to the role by its weight on {topic}, the work I have done best.",
         "What draws me to this role is its focus on {topic}, which is where my experience is strongest."),
    why_general=("The role is a natural next step from the work I do now, and the evidence below shows why.",),
    why_company=("I would also value bringing that experience to your {reason}.",),
    background=("I am currently {a_role} at {employer}.",),
    background_years=("I have {years} of experience, and I am currently {a_role} at {employer}.",
                      "Over {years} of work, most recently as {a_role} at {employer}, I have built a record I can "
                      "point to."),
    proof=("For {topic}, the clearest evidence is my work at {employer}, where I {vp}.",
           "My strongest evidence for {topic} comes from {employer}, where I {vp}.",
           "In {topic}, my record at {employer} speaks for itself: I {vp}."),
    proof_same=("The same holds for {topic}: I {vp}.", "My record in {topic} is just as direct: I {vp}."),
    proof_no_topic=("At {employer}, I {vp}.", "In my work at {employer}, I {vp}."),
    proof_unattached=("I {vp}.",),
    support=("In the same role, I {vp}.", "I {vp} there as well."),
    credential=("My credentials include the {credential}.",),
    skills=("My day-to-day work draws on {skills}.",),
    gap=("One gap I should name is {gap}, which I have not yet taken on in a role; I would make it an early "
         "priority.",),
    credential_gap=("I do not yet hold the {gap}, and I would plan to pursue it early in the role.",),
    language_gap=("One gap I should name is language: I do not yet speak {gap}, and I would begin formal lessons "
                  "early.",),
    approach=("I prepare carefully, keep the people around me informed, and follow through on what I commit to.",
              "I am at my best when the standards are clear and the team holds itself to them.",
              "When something goes wrong, I look for the cause before the culprit, and I say early what I need.",
              "I learn a new setting by listening first, and I ask the questions that save time later."),
    closing=("I would welcome the opportunity to discuss how this experience could serve your team. Thank you for "
             "your consideration.",),
    salary=("I would be glad to discuss salary expectations at the appropriate stage.",),
    signoff=("Sincerely,",),
)  # fmt: skip

ENTHUSIASTIC = Register(
    greeting=("Dear Hiring Manager,", "Dear Hiring Team,"),
    opening=("I was so glad to see the {title} opening at {company}!",
             "I'd love to join {company} as your next {title}!"),
    why=("What excites me most is the role's focus on {topic}: that's the work I enjoy most and do best.",
         "I'm drawn to this role because of its focus on {topic}, and that's exactly where I thrive."),
    why_general=("It's the next step I've been working towards, and I'd love to show you why!",),
    why_company=("I'd be proud to bring that to your {reason}.",),
    background=("Right now I'm {a_role} at {employer}.",),
    background_years=("I've spent {years} building my career, and today I'm {a_role} at {employer}.",
                      "I bring {years} of experience, and right now I'm {a_role} at {employer}."),
    proof=("When it comes to {topic}, I'm proud of my work at {employer}, where I {vp}.",
           "I love {topic}, and at {employer} I {vp}.",
           "{topic_cap} is something I genuinely enjoy: at {employer}, I {vp}."),
    proof_same=("I get just as much from {topic}: I {vp}.", "{topic_cap} will matter in this role too, and I {vp}."),
    proof_no_topic=("At {employer}, I {vp}.", "I'm proud that at {employer} I {vp}."),
    proof_unattached=("I {vp}.",),
    support=("In that same role, I {vp}.", "I {vp} there too."),
    credential=("I'm glad my credentials include the {credential}.",),
    skills=("Every day I rely on {skills}.",),
    gap=("I'll be honest about one gap: {gap} is new to me, and I'd make learning it an early priority.",),
    credential_gap=("I don't hold the {gap} yet, and I'd be keen to start on it early.",),
    language_gap=("I'll be honest about one gap: I do not yet speak {gap}, and I'd love to start lessons right away.",),
    approach=("I love helping a team find a better way of working, and I keep my energy when the days get busy.",
              "I'm happiest when the people I work with and for leave a little better off than they arrived.",
              "I love learning how a new place works, and I ask a lot of questions in my first weeks!",
              "When things go wrong, I stay calm, find the cause, and make sure everyone knows the plan."),
    closing=("I'd love to talk about what I could bring to your team. Thank you so much for reading!",),
    salary=("I'm happy to talk about salary whenever it suits you.",),
    signoff=("Warm regards,", "With thanks,"),
)  # fmt: skip

TECHNICAL = Register(
    greeting=("Dear Hiring Manager,",),
    opening=("I am applying for the {title} role at {company}.",),
    why=("The role centres on {topic}, and that is where I can show concrete, measurable results.",
         "I can show measured results in {topic}, the areas this role depends on most."),
    why_general=("The role builds directly on my current work; the specifics follow.",),
    why_company=("I would like to apply those methods to your {reason}.",),
    background=("In my current role I work as {a_role} at {employer}.",),
    background_years=("I have {years} of experience; at present I work as {a_role} at {employer}.",),
    proof=("On {topic}, the concrete evidence is from {employer}: I {vp}.",
           "For {topic}, the measurable result comes from {employer}, where I {vp}.",
           "My method for {topic} is best shown by my work at {employer}: I {vp}."),
    proof_same=("For {topic}, the evidence is equally direct: I {vp}.", "On {topic}, specifically, I {vp}."),
    proof_no_topic=("At {employer}, I {vp}.", "In my work at {employer}, I {vp}."),
    proof_unattached=("Specifically, I {vp}.",),
    support=("In the same role, I {vp}.", "Alongside that work, I {vp}."),
    credential=("For the record, my credentials include the {credential}.",),
    skills=("The toolset behind this work includes {skills}.",),
    gap=("One gap, stated plainly: {gap}, which I have not yet done in a role; I would plan for it in my first "
         "months.",),
    credential_gap=("I do not yet hold the {gap}; I would plan the route to it in my first months.",),
    language_gap=("One gap, stated plainly: I do not yet speak {gap}; I would start structured lessons in my first "
                  "month.",),
    approach=("I work from data: I set a baseline, change one thing at a time, and measure the result.",
              "I document decisions and their trade-offs so that the next person can check the reasoning.",
              "When something fails, I look for the root cause first and fix the process, not only the instance.",
              "In a new role I map the existing process in detail before I propose to change any of it."),
    closing=("I would be glad to walk through the methods and data behind this work in an interview. Thank you "
             "for your time.",),
    salary=("I am happy to discuss salary expectations once the scope of the role is settled.",),
    signoff=("Best regards,",),
)  # fmt: skip

REGISTERS = {Tone.PROFESSIONAL: PROFESSIONAL, Tone.ENTHUSIASTIC: ENTHUSIASTIC, Tone.TECHNICAL: TECHNICAL}
