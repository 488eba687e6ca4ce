"""The post's duties ("accountabilities"): one whole sentence or bullet per duty.

Where they are: the duties section ("Principal duties", "What you'll do", "PRINCIPALES RESPONSABILITÉS / MAIN
RESPONSIBILITIES"); else a list opened by a sentence saying what the post holder will do ("Reporting to the
Head of Contracts, you will prepare ...:", "S/he:"); else the unlabelled text after the requirements; else the
summary's sentences whose subject is the post holder ("The incumbent books travel, checks claims ...").

How they are cut: a heading or a sentence that opens the list ("The incumbent will:") is no duty; a line
wrapped by a column, a PDF or a text browser joins its item; numbered duties run together in one sentence
("(1) to draft ...; (2) to maintain ...") are split; page furniture ("NATO UNCLASSIFIED: Page 1 of 2") goes.
"""

from __future__ import annotations

import re

from .cleaning import CUT_AFTER, Line
from .sections import (
    Layout,
    heading_kind,
    is_minor_heading,
    is_process,
    join_wrapped,
    opener_kind,
    sentences,
)

_H = re.IGNORECASE
_ITEM_NUMBER = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-h]\)|[a-h]\.)\s+(?=\S)")
_INLINE_NUMBERS = re.compile(r"\s*\(\d{1,2}\)\s+")
# A duties heading the section words do not know, or one half of a bilingual heading.
_DUTIES_HEADING = re.compile(
    r"^(?:what you(?:'ll| will) (?:do|be doing)|your (?:main )?(?:duties|mission)|(?:main |key )?tasks"
    r"|(?:principales |vos )?(?:responsabilit[ée]s|t[âa]ches|missions)(?: principales)?)$",
    _H,
)
# A sentence that opens a list of what the post holder will do: "..., you will prepare ... :", "S/he:".
_WILL_DO = re.compile(
    r"\b(?:you|(?:the )?(?:incumbent|post ?holder|jobholder|successful candidate)|s/he|he/she|she|he)"
    r"\s+(?:will|shall|is to|is responsible for|are responsible for)\b(?!\s+(?:need|have|be required|possess"
    r"|hold|bring|be expected to have))[^:]{0,200}:$|^(?:s/he|he/she)\s*:$",
    _H,
)
# The post holder as the subject of a sentence of the summary, and a verb of what he does after it.
_HOLDER = r"(?:the )?(?:incumbent|post ?holder|jobholder|successful candidate)|s/he|he/she"
_NOT_A_DUTY_VERB = frozenset(
    {
        "is",
        "has",
        "was",
        "must",
        "should",
        "may",
        "can",
        "will",
        "shall",
        "needs",
        "requires",
        "works",
        "reports",
    }
)
_RUNNING_HEAD = re.compile(
    r"^(?:NATO\s+|OTAN\s+)?(?:UN)?CLASSIFIED\b.{0,30}$|\bpage\s+\d+\s*(?:of|/|de|sur)\s*\d+\s*$|^-\s*\d+\s*-$",
    _H,
)
# Capitals glued before a sentence: "SPECIAL REQUIREMENTS AND ADDITIONAL DUTIES The employee may ...".
_GLUED_HEADING = re.compile(r"^(?:[A-Z][A-Z'&/-]+\s+){2,}(?=[A-Z][a-z])")


def find_duties(page: Layout, title: str | None = None) -> tuple[str, ...]:
    """The duties of the notice laid out as ``page``, in their order, each once."""
    for block in (_section(page), _led_list(page)):
        found = duty_items(block)
        if found:
            return tuple(dict.fromkeys(found))
    # Unlabelled text after the requirements: only its sentences, not a page's links and footer.
    found = [duty for duty in duty_items(_lines(page, "body")) if _sentence(duty)]
    if found:
        return tuple(dict.fromkeys(found))
    return tuple(dict.fromkeys(_summary_duties(page, title)))


def _lines(page: Layout, kind: str) -> list[Line]:
    return [line for line, k in zip(page.lines, page.kinds) if k == kind]


def _is_duties_heading(line: Line) -> bool:
    """ "Principal duties", "What you'll do", "PRINCIPALES RESPONSABILITÉS / MAIN RESPONSIBILITIES"."""
    text = line.text.strip().rstrip(":").strip()
    if line.bullet or not text or len(text) > 90:
        return False
    halves = [half.strip() for half in re.split(r"\s+/\s+|\s+\|\s+", text)]
    return any(
        heading_kind(Line(half)) == "accountabilities" or _DUTIES_HEADING.match(half) for half in halves
    )


def _section(page: Layout) -> list[Line]:
    """The lines of the duties section: the layout's, or those under a duties heading it did not know."""
    lines = _lines(page, "accountabilities")
    if lines:
        return lines
    for start, line in enumerate(page.lines):
        if page.kinds[start] not in ("essential", "desirable") and _is_duties_heading(line):
            return _until_heading(page, start + 1)
    return []


def _until_heading(page: Layout, start: int) -> list[Line]:
    block: list[Line] = []
    for line, kind in zip(page.lines[start:], page.kinds[start:]):
        if kind in ("essential", "desirable", "competencies", "contract", "recruitment"):
            break
        if line.text and not line.bullet and heading_kind(line) and not _ITEM_NUMBER.match(line.text):
            break
        block.append(line)
    return block


def _led_list(page: Layout) -> list[Line]:
    """The bullets after a sentence (on one line or wrapped over two) saying what the post holder will do."""
    lines = page.lines
    for i, line in enumerate(lines):
        if page.kinds[i] in ("essential", "desirable") or not line.text.endswith(":"):
            continue
        lead = line.text
        if i and lines[i - 1].text and not lines[i - 1].bullet and not lines[i - 1].text.endswith((".", ":")):
            lead = f"{lines[i - 1].text} {lead}"  # the sentence wrapped over two lines
        if not (_WILL_DO.search(lead) or _WILL_DO.search(line.text)):
            continue
        block = []
        for later, kind in zip(lines[i + 1 :], page.kinds[i + 1 :]):
            if kind in ("essential", "desirable") or (later.text and not later.bullet and not block):
                break
            if not later.text:
                if block:
                    break
                continue
            if not later.bullet and heading_kind(later):
                break
            block.append(later)
        if any(item.bullet for item in block):
            return [line, *block]
    return []


def _starts_item(line: Line) -> bool:
    return line.bullet or bool(_ITEM_NUMBER.match(line.text))


def _ended(text: str) -> bool:
    return text.rstrip().endswith((".", ";", "!", "?", ":"))


def duty_items(lines: list[Line]) -> list[str]:
    """The duties of a block of lines: headings and list openers left out, wrapped lines joined.

    >>> duty_items([Line("The incumbent will:"), Line("manage a portfolio of NATO-", bullet=True),
    ...             Line("Georgia initiatives, from"), Line("concept note to final report;"),
    ...             Line("organise visits.", bullet=True)])
    ['manage a portfolio of NATO-Georgia initiatives, from concept note to final report', 'organise visits.']
    """
    listed = any(_starts_item(line) for line in lines)
    items: list[str] = []
    open_item = False  # the last item may go on on the next line
    heads: dict[int, str] = {}  # index of the first item under a minor heading -> the heading
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            open_item = False
            continue
        if _RUNNING_HEAD.search(text):
            continue
        if _is_duties_heading(line):
            open_item = False
            continue  # "Your role" / "Main responsibilities": a part of the duties
        if _GLUED_HEADING.match(text) or (
            not line.bullet and heading_kind(line) and not _ITEM_NUMBER.match(text)
        ):
            if items:
                break  # the next section, its heading glued to its first sentence or on its own line
            continue
        previous = items[-1] if items else ""
        if (
            open_item
            and not _starts_item(line)
            and not _ended(previous)
            and (
                listed
                or text[:1].islower()
                or CUT_AFTER.search(previous)
                or previous.endswith("-")
                or len(previous) >= 70
            )
        ):
            items[-1] = join_wrapped(previous, text)
            continue
        if (is_minor_heading(line) or (listed and _short_title(line))) and _heads_items(lines, index):
            heads[len(items)] = text.rstrip(":")
            open_item = False
            continue
        if listed and items and _short_title(line):
            break  # "You will need" after the list of duties: the next section's heading
        items.append(text)
        open_item = True
    result: list[str] = []
    for index, item in enumerate(items):
        for duty in _split(item):
            result.append(duty)
        if index in heads and (index + 1 == len(items) or index + 1 in heads) and result:
            result[-1] = f"{heads[index]}: {result[-1]}"  # "Expertise Development" over one paragraph
    return [duty for duty in result if duty]


# Who may apply and how: what a page leaves after its requirements, no duty.
_ABOUT_APPLYING = re.compile(
    r"\b(?:nationals|nationalit(?:y|ies)|eligib\w*|applicants?|security clearance)\b", _H
)


def _sentence(text: str) -> bool:
    return (
        len(text.split()) >= 4
        and text.endswith((".", "!", ";"))
        and not is_process(text)
        and not _ABOUT_APPLYING.search(text)
    )


def _following(lines: list[Line], index: int) -> Line | None:
    return next((line for line in lines[index + 1 :] if line.text), None)


def _heads_items(lines: list[Line], index: int) -> bool:
    following = _following(lines, index)
    return following is not None and not is_minor_heading(following) and not _short_title(following)


def _short_title(line: Line) -> bool:
    """A short line that ends like no sentence: "Campaign management", "You will need"."""
    text = line.text
    return not _starts_item(line) and 1 <= len(text.split()) <= 6 and not _ended(text) and text[:1].isupper()


def _split(item: str) -> list[str]:
    """An item as duties: an opener dropped ("The incumbent will:") or cut off ("The incumbent's duties are:
    (1) to draft ...; (2) to maintain ..."), numbered duties in one sentence split, the item's number gone."""
    opener = opener_kind(item)
    if opener or (item.endswith(":") and len(item.split()) >= 2):
        item = opener[1] if opener else ""
    elif _WILL_DO.search(item):
        return []
    parts = _INLINE_NUMBERS.split(item) if len(_INLINE_NUMBERS.findall(item)) >= 2 else [item]
    return [_clean(part) for part in parts if part.strip()]


def _clean(text: str) -> str:
    text = _ITEM_NUMBER.sub("", text.strip())
    if re.search(r"(?:[;,]|[;,]?\s+(?:and|or))\s*$", text):
        text = re.sub(r"(?:\s*[;,]|\s+(?:and|or))+\s*$", "", text)
    return text.strip()


def _summary_duties(page: Layout, title: str | None) -> list[str]:
    """The summary's sentences whose subject is the post holder or the post's title and whose verb says what
    he does: "The Terminologist (French) researches, drafts and validates French terminology ..."."""
    subjects = [_HOLDER]
    if title:
        name = re.sub(r"\s*\([^)]*\)\s*$", "", title).strip()
        subjects.append(rf"(?:the )?{re.escape(name)}(?:\s*\([^)]*\))?")
    subject = re.compile(rf"^(?:{'|'.join(subjects)})\s+(?:will\s+)?(?P<verb>[a-z]+)\b", _H)
    paragraphs: list[str] = []
    previous = ""  # the line before, "" after a blank line, a heading or another kind of line
    for line, kind in zip(page.lines, page.kinds):
        if not line.text or kind not in ("summary", "header", "other", "body") or heading_kind(line):
            previous = ""
            continue
        if previous and (len(previous) >= 50 or CUT_AFTER.search(previous) or line.text[:1].islower()):
            paragraphs[-1] = join_wrapped(paragraphs[-1], line.text)
        else:
            # A new paragraph, or a line after a short one: "Application deadline: 26 February 2027" is a
            # field, not a sentence wrapped.
            paragraphs.append(line.text)
        previous = line.text
    found = []
    for sentence in (s for paragraph in paragraphs for s in sentences(paragraph)):
        match = subject.match(sentence)
        if not match or match["verb"].casefold() in _NOT_A_DUTY_VERB:
            continue
        verb = match["verb"].casefold()
        if (
            verb.endswith("s")
            or sentence[match.start("verb") - 5 : match.start("verb")].casefold() == "will "
        ):
            found.append(sentence.strip() if _ended(sentence.strip()) else f"{sentence.strip()}.")
    return found
