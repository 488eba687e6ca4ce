"""A CV read whole: its text split into sections, each field read by its own module."""

from __future__ import annotations

from reference.data import DEFAULT_REFERENCE, ReferenceData

from . import lines as sections_of
from .competencies import competencies
from .education import attended_staff_college, education
from .experience import experience, table_of_posts
from .identity import email_in, name_in, name_lines, phone_in
from .languages import languages
from .nationality import nationality_in
from .proposal import CvProposal
from .skills import labelled_skills, skills, skills_row, summary
from .structured import structured_profile


def propose_profile(text: str, reference: ReferenceData = DEFAULT_REFERENCE) -> CvProposal:
    """Entries found in a CV's text.

    >>> cv = "Education\\nMSc International Relations, King's College London, 2012\\nLanguages: French: III"
    >>> p = propose_profile(cv)
    >>> p.education[0], p.languages[0]
    (ProposedEducation(level='master', field='International Relations', institution="King's College London", year=2012), ProposedLanguage(language='French', level='III', stanag=None))

    A CV saved as a JSON Resume or Europass XML document is read by its schema's fields (``structured``).
    """
    if (by_schema := structured_profile(text, reference)) is not None:
        return by_schema
    lines = sections_of.clean_lines(text)
    everything = [line for line in lines if line]
    # A referee's phone number and e-mail address are not the applicant's.
    referees = sections_of.referee_lines(everything)
    own = [line for line in everything if line not in referees]
    pastimes = sections_of.pastime_lines(everything)
    email = email_in("\n".join(own))
    name = name_in(everything, email)
    # The name's own line heads the CV; a header, footer or signature that names the person again holds
    # no entry of any section ("Curriculum Vitae – Jan Novák – 1/2" among skills), nor does a line of
    # contact details repeated on each page.
    heading_lines = name_lines(everything, name) | {
        line
        for line in everything
        if sections_of.names_the_person(line, name) or sections_of.contact_line(line)
    }
    parts = sections_of.sections([line for line in lines if line not in heading_lines])
    # Degrees are read in the education section and among courses (a staff course may award a master's);
    # in a CV without an education section, anywhere.
    education_lines = (
        parts[sections_of.EDUCATION] + parts.get(sections_of.TRAINING, [])
        if sections_of.EDUCATION in parts
        else []
    )
    # Without an experience heading, posts are read from a table of posts (its header names dates, title and
    # organisation), else looked for outside the sections that hold other things.
    elsewhere = {line for name in sections_of.NOT_POSTS for line in parts.get(name, [])}
    experience_lines = (
        parts.get(sections_of.EXPERIENCE)
        or table_of_posts(everything)
        or [line for line in everything if line not in elsewhere and line not in heading_lines]
    )
    nationality = nationality_in(everything, reference)
    return CvProposal(
        name=name,
        email=email,
        phone=phone_in(own, nationality),
        nationality=nationality,
        education=education(education_lines or everything),
        # Not in references, publications or projects: a college named there is someone else's or a venue.
        military_staff_college=attended_staff_college(
            [line for line in everything if line not in parts.get(sections_of.OTHER, [])]
        ),
        experience=experience(experience_lines),
        # Not from interests or hobbies ("German language and culture" is a pastime).
        languages=languages(
            # A row of skills run on after the languages ("IT: ArcGIS, ..."): "IT" is no Italian here.
            [line for line in parts.get(sections_of.LANGUAGES, []) if not skills_row(line)],
            [line for line in everything if line not in pastimes],
            reference,
        ),
        competencies=competencies(parts.get(sections_of.COMPETENCIES, []), everything, reference),
        skills=skills(parts.get(sections_of.SKILLS, []) + labelled_skills(everything)),
        summary=summary(parts.get(sections_of.SUMMARY, [])),
    )
