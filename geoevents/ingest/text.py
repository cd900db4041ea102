"""Text normalization, metadata header lines and web-boilerplate removal.

All functions are pure (str in, str out) so they can be tested and reused without files.
"""
from __future__ import annotations

import re
import unicodedata

from geoevents.ingest.patterns import BoilerplateRules, MetadataRules

_LINE_BREAKS = re.compile("[\r\u2028\u2029\x85\x0b\x0c]")
# Zero-width characters, bidi formatting marks and the soft hyphen (invisible, but they would make two
# copies of the same text hash differently), and C0/C1 control characters other than tab and newline.
_INVISIBLE_OR_CONTROL = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Horizontal whitespace other than the plain space (tab, no-break, thin and ideographic spaces).
_ODD_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Runs of two or more spaces, or any odd space: one plain space. Single plain spaces are not matched,
# which keeps this pass cheap.
_SPACE_RUNS = re.compile(f"[ {_ODD_SPACES}]{{2,}}|[{_ODD_SPACES}]")
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
_BLANK_LINE_RUNS = re.compile(r"\n\n\n+")  # literal prefix: much faster to search than \n{3,}
_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def normalize_text(text: str) -> str:
    """NFC, unified newlines, no invisible/control characters, single spaces, no trailing spaces,
    paragraphs separated by exactly one blank line, no leading/trailing blank lines.

    Quotation marks („“ »« ‘’) are left exactly as they are: the coder's quote detection relies on them.
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    text = _INVISIBLE_OR_CONTROL.sub("", text)
    if "  " in text or _ODD_SPACE.search(text):  # most texts need no change; searching is cheaper
        text = _SPACE_RUNS.sub(" ", text)
    text = "\n".join(line.strip(" ") for line in text.split("\n"))
    text = _BLANK_LINE_RUNS.sub("\n\n", text)
    return text.strip()


def strip_markdown_headings(text: str) -> str:
    """``## Heading ##`` -> ``Heading`` (other Markdown is left as written)."""
    return _MARKDOWN_HEADING.sub(r"\1", text)


def collapse_blank_lines(text: str) -> str:
    """Re-tidy text that was normalized and then had lines removed."""
    return _BLANK_LINE_RUNS.sub("\n\n", text).strip()


def _is_boilerplate(pattern: re.Pattern, line: str, max_line_chars: int) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= max_line_chars and pattern.fullmatch(stripped) is not None


def remove_boilerplate(text: str, rules: BoilerplateRules, max_line_chars: int = 400) -> str:
    """Remove web-scrape boilerplate lines from normalized text (see seeds/ingest/boilerplate.yaml).

    1. lines matching an ``anywhere`` pattern are dropped wherever they are;
    2. a ``tail_markers`` line in the second half of the text cuts it and everything after it;
    3. ``edge`` lines are peeled off the start and the end (blank lines in between are skipped) until
       a line that is not boilerplate is reached, so real sentences in the middle are never touched.
    """
    lines = [line for line in text.split("\n") if not _is_boilerplate(rules.anywhere, line, max_line_chars)]

    half = sum(len(line) + 1 for line in lines) // 2
    offset = 0
    for index, line in enumerate(lines):
        if offset >= half and _is_boilerplate(rules.tail_markers, line, max_line_chars):
            lines = lines[:index]
            break
        offset += len(line) + 1

    start, end = 0, len(lines)
    while start < end and (not lines[start].strip() or _is_boilerplate(rules.edge, lines[start], max_line_chars)):
        start += 1
    while end > start and (not lines[end - 1].strip() or _is_boilerplate(rules.edge, lines[end - 1], max_line_chars)):
        end -= 1
    return collapse_blank_lines("\n".join(lines[start:end]))


def split_metadata_header(text: str, rules: MetadataRules) -> tuple[dict[str, str], str]:
    """Read leading ``Key: value`` lines (keys from seeds/ingest/metadata.yaml) and return them with the rest.

    Returns ``({field: value}, remaining_text)``; the first value of a field wins. Text without such a
    header is returned unchanged with an empty dict.
    """
    fields: dict[str, str] = {}
    lines = text.split("\n")
    consumed = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        match = rules.header_line.fullmatch(line.strip())
        if match is None:
            break
        key = " ".join(match.group("key").lower().split())
        fields.setdefault(rules.header_fields[key], match.group("value").strip())
        consumed = index + 1
    if not fields:
        return {}, text
    return fields, collapse_blank_lines("\n".join(lines[consumed:]))


def first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


def ensure_title_first(body: str, title: str | None) -> str:
    """Make a title taken from metadata (header line, <h1>, <title>) the first line of the body.

    The body keeps its title line because event spans index into the body and the title is
    ``first_line(body)``; when the text already starts with the title nothing changes.
    """
    title = " ".join(normalize_text(title or "").split())
    if not title or first_line(body) == title:
        return body
    return f"{title}\n\n{body}" if body else title
