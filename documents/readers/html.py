"""HTML text with BeautifulSoup (run in the sandbox): scripts and styles dropped, blocks as lines."""

from __future__ import annotations

import warnings

from ..errors import DocumentError, gettext_noop
from ..limits import MAX_HTML_TAGS
from .txt import decode_text

_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "head", "svg", "object", "embed")
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "title",
    "caption", "summary", "details",
    # A job feed's elements (RSS, Atom), each a line.
    "item", "entry", "channel", "guid", "pubdate", "category", "link", "description", "content", "updated",
)  # fmt: skip
# A character decode_text never lets through, to mark line breaks while HTML whitespace collapses.
_BREAK = "\x00"


def html_text(data: bytes, budget: float) -> str:
    from bs4 import BeautifulSoup, NavigableString, XMLParsedAsHTMLWarning

    text = decode_text(data)
    if text.count("<") > MAX_HTML_TAGS:
        raise DocumentError(
            gettext_noop("This HTML page has more than %(limit)s tags; it was refused."), limit=MAX_HTML_TAGS
        )
    with warnings.catch_warnings():
        # A job feed is XML read as HTML on purpose (the sandbox has no XML parser): no warning.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "html.parser")
        _feed_items(soup, BeautifulSoup)
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.extract()
    _tab_panels_headed(soup)
    for table in soup.find_all("table"):
        _columns_first(soup, table)
    _chips_as_cells(soup)
    for tag in soup.find_all("br"):
        tag.replace_with(_BREAK)
    for tag in soup.find_all("li"):
        tag.insert_before(_BREAK + "- ")
        tag.insert_after(_BREAK)
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    # Only plain strings: comments, doctypes and CDATA are NavigableString subclasses.
    pieces = [str(node) for node in soup.descendants if type(node) is NavigableString]
    lines = [" ".join(line.split()) for line in "".join(pieces).split(_BREAK)]
    lines = [line for line in lines if line]
    # A bullet whose item starts with a block (<li><p>...) is joined back to its text.
    for i in range(len(lines) - 1):
        if lines[i] == "-":
            lines[i], lines[i + 1] = "", "- " + lines[i + 1]
    return "\n".join(line for line in lines if line)


def _tab_panels_headed(soup) -> None:
    """ARIA tabs ("Overview | Requirements | Competencies" over one panel each): each panel is read under its
    tab's label, as a heading, and the row of tabs, whose labels now head the panels, goes."""
    for panel in soup.find_all(attrs={"role": "tabpanel"}):
        tab = soup.find(id=panel.get("aria-labelledby") or None)
        if tab is None or tab.get("role") != "tab" or not tab.get_text(strip=True):
            continue
        heading = soup.new_tag("h2")
        heading.string = tab.get_text(" ", strip=True)
        panel.insert_before(heading)
        if (tablist := tab.find_parent(attrs={"role": "tablist"})) is not None:
            tablist["data-headed"] = "1"
    for tablist in soup.find_all(attrs={"role": "tablist", "data-headed": "1"}):
        tablist.extract()


def _chips_as_cells(soup) -> None:
    """Inline elements of one class that alone make up their block ("badges", "chips", "tags": a header
    strip of facts) read as cells, "Norfolk | A-3 | NATO SECRET", not as one run of words that no longer says
    where one fact ends. Spans within a sentence stay words of it."""
    for parent in soup.find_all(True):
        children = list(parent.children)
        chips = [child for child in children if getattr(child, "name", None) == "span"]
        if (
            len(chips) < 2
            or not chips[0].get("class")
            or any(chip.get("class") != chips[0].get("class") for chip in chips)
            or any(isinstance(child, str) and child.strip() for child in children)
            or any(getattr(child, "name", None) not in (None, "span", "br") for child in children)
            or any(not 0 < len(chip.get_text(strip=True)) <= MAX_CHIP_LENGTH for chip in chips)
        ):
            continue
        for chip in chips[:-1]:
            chip.insert_after(" | ")


MAX_CHIP_LENGTH = 60


def _columns_first(soup, table) -> None:
    """A table whose columns are lists under a heading each ("Essential" | "Desirable", one row of two
    cells holding bullets) read column by column, as a person reads it: each heading, then its cells.
    A table of records (a row per thing) is left as it is."""
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    if len(rows) < 2:
        return
    cells = [row.find_all(("td", "th"), recursive=False) for row in rows]
    head, body = cells[0], cells[1:]
    width = len(head)
    if (
        width < 2
        or any(cell.name != "th" for cell in head)
        or any(len(row) != width for row in body)
        or not any(cell.find(("ul", "ol", "li")) for row in body for cell in row)
    ):
        return
    columns = soup.new_tag("div")
    for j in range(width):
        heading = soup.new_tag("p")
        heading.string = head[j].get_text(" ", strip=True)
        columns.append(heading)
        for row in body:
            block = soup.new_tag("div")
            for child in list(row[j].contents):
                block.append(child.extract())
            columns.append(block)
    table.replace_with(columns)


def _feed_items(soup, parser) -> None:
    """A job feed (RSS, Atom) read as its items: the feed's own title and description dropped, the HTML an
    item's description holds in CDATA read as HTML."""
    from bs4 import CData

    items = soup.find_all(("item", "entry"))
    if not items or not soup.find(("rss", "feed", "channel")):
        return
    for node in list(soup.find_all(string=lambda s: isinstance(s, CData))):
        node.replace_with(parser(str(node), "html.parser"))
    for tag in soup.find_all(("link", "guid")):
        # HTML makes <link> empty: its address is the text after it.
        after = tag.next_sibling
        if isinstance(after, str) and after.strip().startswith(("http://", "https://")):
            after.extract()
        tag.extract()
    for tag in soup.find_all(("channel", "feed")):
        for child in list(tag.children):
            if getattr(child, "name", None) not in (None, "item", "entry"):
                child.extract()
