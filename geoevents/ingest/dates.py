"""Publication date of an article: from metadata values, or inferred from clues in the text.

``infer_published_date`` never falls back to the ingestion date: an article without a clue gets
``(None, "unknown")``. ``today`` is a parameter so the same input gives the same answer on every run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import dateparser

from geoevents.ingest.patterns import DateWords, load_date_words
from geoevents.ingest.settings import IngestSettings

# dateparser must only accept complete, absolute dates: no filling of a missing day/month/year from "now",
# no relative expressions ("gestern", "2 days ago") and no bare numbers read as Unix timestamps.
_DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "DATE_ORDER": "DMY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_ISO_DATE_PREFIX = re.compile(r"\s*((?:1[89]|2\d)\d{2})-(\d{2})-(\d{2})(?!\d)")
_DMY_NUMERIC = re.compile(r"\s*(\d{1,2})\.\s?(\d{1,2})\.\s?((?:1[89]|2\d)\d{2})(?!\d)")
# Years a weekday clue may resolve to, counted back from today. The weekday of a given day and month
# repeats within 28 years (40 for 29 February), so this always finds the answer when there is one.
_WEEKDAY_YEARS_BACK = 60
_YEAR = r"(?:1[89]|2\d)\d{2}"
_ORDINAL = r"(?:st|nd|rd|th)?"


@lru_cache(maxsize=4096)
def _dateparser_date(expression: str, languages: tuple[str, ...]) -> date | None:
    parsed = dateparser.parse(expression, languages=list(languages), settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


def parse_metadata_date(value: str, languages: tuple[str, ...] = ("de", "en")) -> date | None:
    """A date from a metadata value: ISO (with or without time), 30.12.2022, or any complete date
    dateparser understands ("December 30, 2022", "Fri, 30 Dec 2022 10:00:00 GMT"). None if incomplete."""
    for pattern, order in ((_ISO_DATE_PREFIX, (0, 1, 2)), (_DMY_NUMERIC, (2, 1, 0))):
        match = pattern.match(value)
        if match:
            parts = match.groups()
            try:
                return date(int(parts[order[0]]), int(parts[order[1]]), int(parts[order[2]]))
            except ValueError:
                return None
    if not value.strip() or len(value) > 200:
        return None
    return _dateparser_date(value.strip(), languages)


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@dataclass(frozen=True)
class _LanguagePatterns:
    weekday_clues: tuple[re.Pattern, ...]  # named groups weekday, day, month | month_number
    explicit_dates: re.Pattern


def _weekday_alternation(words: DateWords, language: str) -> str:
    # Abbreviations ("Fr", "So", "Sun") are common words too: accept them only before "." or ",".
    full = [n for n in words.weekdays[language] if n not in words.weekday_abbreviations[language]]
    abbreviated = [n for n in words.weekdays[language] if n in words.weekday_abbreviations[language]]
    parts = [_alternation(full)] + ([f"(?:{_alternation(abbreviated)})(?=[.,])"] if abbreviated else [])
    return "|".join(parts)


@lru_cache(maxsize=8)
def _patterns(path: str, language: str) -> _LanguagePatterns:
    words = load_date_words(path)
    weekday = _weekday_alternation(words, language)
    month = _alternation(words.months[language])
    no_year_follows = rf"(?![\s.,)]*{_YEAR}\b)"
    lead = rf"\b(?P<weekday>{weekday})\b\.?,?\s*\(?\s*"
    if language == "de":
        # "Freitag (30. Dezember)", "Freitag, 30. Dezember", "Freitag, den 30.12."
        clues = (
            rf"{lead}(?:den\s+)?(?P<day>\d{{1,2}})\.\s*(?P<month>{month})\b\.?{no_year_follows}",
            rf"{lead}(?:den\s+)?(?P<day>\d{{1,2}})\.\s?(?P<month_number>\d{{1,2}})\.(?!\s?\d)",
        )
        explicit = (
            rf"\b\d{{1,2}}\.\s*(?:{month})\b\.?\s+{_YEAR}\b",
            rf"\b\d{{1,2}}\.\s?\d{{1,2}}\.\s?{_YEAR}\b",
        )
    else:
        # "on Friday, December 30", "Friday (Dec. 30)", "Friday, 30 December", "Friday the 30th of December"
        clues = (
            rf"{lead}(?P<month>{month})\b\.?\s*(?P<day>\d{{1,2}}){_ORDINAL}\b{no_year_follows}",
            rf"{lead}(?:the\s+)?(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month>{month})\b\.?{no_year_follows}",
        )
        explicit = (
            rf"\b(?:{month})\b\.?\s+\d{{1,2}}{_ORDINAL},?\s+{_YEAR}\b",
            rf"\b\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?(?:{month})\b\.?,?\s+{_YEAR}\b",
        )
    iso = rf"\b{_YEAR}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)"
    return _LanguagePatterns(
        weekday_clues=tuple(re.compile(c, re.IGNORECASE) for c in clues),
        explicit_dates=re.compile("|".join(f"(?:{e})" for e in (*explicit, iso)), re.IGNORECASE),
    )


def _weekday_year_date(day: int, month: int, weekday: int, today: date) -> date | None:
    """The most recent date, not after today, on which day/month falls on the given weekday."""
    for year in range(today.year, today.year - _WEEKDAY_YEARS_BACK, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= today and candidate.weekday() == weekday:
            return candidate
    return None


def _languages_to_try(words: DateWords, language: str | None) -> tuple[str, ...]:
    # Text in a language without date words (e.g. French) may still quote German or English dates.
    return (language,) if language in words.months else tuple(words.months)


_DIGITS = re.compile(r"\d+")
# Every date clue contains a number; the patterns only run on the text around numbers. The margins cover
# the longest weekday/month wording before or after the number ("Donnerstag, den 30.", "30. September 2022").
_CLUE_MARGIN_BEFORE = 48
_CLUE_MARGIN_AFTER = 40


def _windows_around_numbers(text: str) -> list[str]:
    """Merged slices of the text around its numbers, each starting and ending at a word boundary."""
    windows: list[list[int]] = []
    for match in _DIGITS.finditer(text):
        start = max(0, match.start() - _CLUE_MARGIN_BEFORE)
        end = min(len(text), match.end() + _CLUE_MARGIN_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    slices = []
    for start, end in windows:
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # do not begin inside a word: "tag" of "Freitag" must not be read alone
        while end < len(text) and not text[end].isspace():
            end += 1
        slices.append(text[start:end])
    return slices


def infer_published_date(text: str, language: str | None, today: date,
                         date_words_file: str | Path | None = None) -> tuple[date | None, str]:
    """Publication date from the text alone, with the basis it was found on.

    1. weekday + day + month without a year ("am Freitag (30. Dezember)", "on Friday, Dec. 30"):
       the most recent year, not after ``today``, in which that day falls on that weekday
       -> basis ``text_weekday_year`` (the latest such date when there are several);
    2. else the latest complete explicit date not after ``today`` ("30. Dezember 2022",
       "December 30, 2022", "30.12.2022", "2022-12-30"), parsed by dateparser -> ``text_explicit``;
    3. else ``(None, "unknown")``.
    """
    path = str(date_words_file or IngestSettings().date_words_file)
    words = load_date_words(path)
    languages = _languages_to_try(words, language)

    windows = _windows_around_numbers(text)
    weekday_dates: list[date] = []
    for lang in languages:
        for pattern in _patterns(path, lang).weekday_clues:
            for match in (m for window in windows for m in pattern.finditer(window)):
                weekday = words.weekdays[lang][match.group("weekday").lower()]
                groups = match.groupdict()
                month = (words.months[lang][groups["month"].lower()] if groups.get("month")
                         else int(groups["month_number"]))
                if not 1 <= month <= 12:
                    continue
                resolved = _weekday_year_date(int(groups["day"]), month, weekday, today)
                if resolved:
                    weekday_dates.append(resolved)
    if weekday_dates:
        return max(weekday_dates), "text_weekday_year"

    explicit_dates: list[date] = []
    for lang in languages:
        explicit = _patterns(path, lang).explicit_dates
        for match in (m for window in windows for m in explicit.finditer(window)):
            expression = " ".join(match.group(0).split())
            resolved = parse_metadata_date(expression, (lang,))
            if resolved and resolved <= today:
                explicit_dates.append(resolved)
    if explicit_dates:
        return max(explicit_dates), "text_explicit"
    return None, "unknown"
