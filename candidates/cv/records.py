"""Posts written as records of named fields (a YAML or JSON CV source, an export) rewritten as the rows of a
table whose header the experience reader knows ("Start | End | Title | Organisation")."""

from __future__ import annotations

import re

from .lines import unbulleted


def record_rows(lines: list[str]) -> list[str]:
    """Posts written as records of named fields (a YAML or JSON CV source, an export: "company: ...",
    "position: ...", "start_date: 2020-05", "end_date: present", on one line or a line each) as a table the
    reader knows: one header, then a row per record, "start | end | title | organisation"; a field no post's
    ("location", "highlights") is left out, what follows a record stays as its description."""
    out: list[str] = []
    record: dict[str, str] = {}
    taken: list[str] = []  # the record's own lines, given back when they make no post

    def flush():
        if record.get("start") and (record.get("title") or record.get("organisation")):
            if RECORD_HEADER not in out:
                out.append(RECORD_HEADER)
            cells = [record.get(role, "") for role in ("start", "end", "title", "organisation")]
            out.append(" | ".join(cell or "-" for cell in cells))
        else:
            out.extend(taken)
        record.clear()
        taken.clear()

    for line in lines:
        text = unbulleted(line).strip()
        fields = [(m["key"].casefold(), m.start(), m.end()) for m in _RECORD_KEY.finditer(text)]
        if not fields or fields[0][1] != 0:
            if taken:
                flush()
            out.append(line)
            continue
        if text != line.strip() and taken:
            flush()  # "- company: ...": a new item of the list
        for n, (key, _, end) in enumerate(fields):
            value = text[end : fields[n + 1][1] if n + 1 < len(fields) else len(text)].strip(" \"',")
            role = _RECORD_ROLES.get(key)
            if role in record:
                flush()
            if role:
                record[role] = value
        taken.append(line)
    if taken:
        flush()
    return out


_RECORD_ROLES = {
    **dict.fromkeys(
        ("company", "employer", "organisation", "organization", "institution_name"), "organisation"
    ),
    **dict.fromkeys(("position", "title", "job_title", "jobtitle", "role"), "title"),
    **dict.fromkeys(("start_date", "startdate", "start", "from", "date_from"), "start"),
    **dict.fromkeys(("end_date", "enddate", "end", "to", "date_to"), "end"),
}
_RECORD_KEY = re.compile(
    r"(?:(?<=\s)|^)[\"']?(?P<key>company|employer|organi[sz]ation|position|job_?title|title|role|start_?date|end_?date"
    r"|date_from|date_to|location|highlights|summary|url|website)[\"']?\s*:(?=\s|$)",
    re.I,
)
RECORD_HEADER = "Start | End | Title | Organisation"
