"""Article text, title and publication date from an HTML page (BeautifulSoup, stdlib parser)."""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

from geoevents.ingest.dates import parse_metadata_date
from geoevents.ingest.errors import Rejection
from geoevents.ingest.patterns import MetadataRules
from geoevents.ingest.text import normalize_text

# Page furniture, not article text.
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
                 "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "dialog")
# Elements that start a new paragraph in the extracted text.
_BLOCK_TAGS = ("p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt",
               "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "address",
               "hr", "details", "summary")
# Private-use markers that survive HTML whitespace collapsing and become a paragraph break / line break.
_PARAGRAPH_MARK = "\ue000"
_LINE_MARK = "\ue001"
_HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_PARAGRAPH_MARKS = re.compile(rf"\s*{_PARAGRAPH_MARK}[\s{_PARAGRAPH_MARK}{_LINE_MARK}]*")
_LINE_MARKS = re.compile(rf" *{_LINE_MARK} *")
_LOOKS_LIKE_HTML = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
                              re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document (doctype or <html> tag)."""
    return _LOOKS_LIKE_HTML.match(text[:2000]) is not None


@dataclass(frozen=True)
class HtmlArticle:
    text: str                    # normalized article text, title as the first line
    title: str | None
    published_date: date | None  # from <meta> or <time datetime>
    date_source: str | None      # which tag gave the date


def _collapsed_text(tag) -> str:
    return " ".join(tag.get_text(" ").split()) if tag else ""


def _meta_date(soup: BeautifulSoup, rules: MetadataRules) -> tuple[date | None, str | None]:
    for attribute, key in rules.html_meta_date:
        wanted = key.lower()
        for meta in soup.find_all("meta", attrs={attribute: True}):
            if str(meta.get(attribute, "")).strip().lower() != wanted:
                continue
            found = parse_metadata_date(str(meta.get("content") or ""))
            if found:
                return found, f'<meta {attribute}="{key}">'
    for time_tag in soup.find_all("time", attrs={"datetime": True}):
        found = parse_metadata_date(str(time_tag["datetime"]))
        if found:
            return found, "<time datetime>"
    return None, None


def _main_container(soup: BeautifulSoup):
    """The <article> with the most text (pages often hold teaser <article>s too), else <main>, else <body>."""
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(a.get_text()))
    return soup.find("main") or soup.body or soup


def extract_html_article(html: str, rules: MetadataRules) -> HtmlArticle:
    """Visible article text of a page, or Rejection(no_text_in_html) when nothing is left."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    published, date_source = _meta_date(soup, rules)
    container = _main_container(soup)
    # A site logo is often an <h1> in the page header: prefer the heading of the article itself.
    title = (_collapsed_text(container.find("h1")) or _collapsed_text(soup.find("h1"))
             or _collapsed_text(soup.find("title")) or None)

    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    for line_break in container.find_all("br"):
        line_break.replace_with(_LINE_MARK)
    for block in container.find_all(_BLOCK_TAGS):
        block.insert_before(_PARAGRAPH_MARK)
        block.insert_after(_PARAGRAPH_MARK)
    raw = container.get_text()
    raw = _HTML_WHITESPACE.sub(" ", raw)
    raw = _PARAGRAPH_MARKS.sub("\n\n", raw)
    raw = _LINE_MARKS.sub("\n", raw)
    text = normalize_text(raw)
    if not text:
        detail = "no visible text once scripts, styles, navigation, header, footer, aside and forms are removed"
        if title:
            detail += f" (only the title {title[:80]!r})"
        raise Rejection("no_text_in_html", detail)
    return HtmlArticle(text=text, title=title, published_date=published, date_source=date_source)
