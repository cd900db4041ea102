"""Date expressions: found by one compiled regex per language, resolved against the publication date.

dateparser does the parsing of the (short) matched expression; its results are cached per
(expression, publication date). Rules dateparser does not follow are applied here and documented:
- a weekday means the latest such day on or before the publication date ("am Freitag" in a Friday paper = that day),
  unless the caller resolves it for a future act (``future=True``: rules/event_dates.py decides when, "next Tuesday",
  "will visit on Tuesday");
- "Anfang/Mitte/Ende Februar", "early February": month precision (the qualifier is kept in date_text);
- a week ("letzte Woche", "last week") is stored with month precision at the first day of the month the week
  starts in: the contract has no week precision and a made-up day would be counted in daily aggregates;
- month and year precision store the first day of the month/year;
- a month name that is also a common word (cues `capitalized_months`: English "May") is a date only capitalized and
  with a day, a year, a qualifier or "in" beside it ("May 3", "3 May", "May 2024", "early May", "in May"), so that
  the modal verb and "Theresa May" stay no dates;
- expressions are read as past unless they name the future themselves ("next week", "nächste Woche") or the caller
  resolves them for a future act ("will visit in June" -> the coming June, `future=True`).

Speed: dateparser takes milliseconds per call and the cache above rarely hits across publication dates. Bare years
("2023"), bare month names ("März", after "Anfang"/"im" are stripped) and month + year ("Februar 2022") are computed
here exactly as dateparser resolves them (checked against dateparser on every month, year and publication day
of several years); relative expressions ("gestern", "vor zwei Wochen", "next month") are parsed once per
(expression, weekday of the publication date, future) and the resulting shift is replayed on other dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
import calendar
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser

from geoevents.engine.model import dict_init


@dataclass(frozen=True)
class DateMention:
    start_char: int
    end_char: int
    text: str
    day: date | None
    precision: str   # day | month | year | unknown


new_date_mention = dict_init(DateMention)


def _weekday_numbers(words: dict) -> dict[str, int]:
    """Lowercase weekday name -> 0 (Monday) .. 6, from the cues' date words."""
    return {str(w).lower(): i for i, names in enumerate(words.get("weekdays", [])) for w in names}


def _month_numbers(words: dict, capitalized: bool) -> dict[str, int]:
    """Lowercase month name -> 1 .. 12, from the cues' date words; ``capitalized`` adds the names that are dates only
    capitalized (cues ``capitalized_months``: "May")."""
    months = {str(w).lower(): i + 1 for i, names in enumerate(words.get("months", [])) for w in names}
    if capitalized:
        months.update({str(name).lower(): int(month) for month, names in words.get("capitalized_months", {}).items()
                       for name in names})
    return months


def date_names(cues: dict) -> frozenset[str]:
    """Every weekday and month name of the cues (lowercase, capitalized-only months too): the words the resolver
    reads as dates (``DateResolver.weekdays`` and ``.months``)."""
    words = cues.get("dates", {})
    return frozenset(_weekday_numbers(words)) | frozenset(_month_numbers(words, capitalized=True))


class DateResolver:
    def __init__(self, lang: str, cues: dict):
        self.lang = lang
        words = cues.get("dates", {})
        self.weekdays = _weekday_numbers(words)
        self.months = _month_numbers(words, capitalized=False)
        month_alt = "|".join(sorted((re.escape(m) for m in self.months), key=len, reverse=True)) or "(?!x)x"
        weekday_alt = "|".join(sorted((re.escape(w) for w in self.weekdays), key=len, reverse=True)) or "(?!x)x"
        # month names that are also common words ("may"): a date only capitalized and with a day, a year, a
        # qualifier or "in" beside them ("May 3", "3 May", "May 2024", "early May", "in May"), never bare
        self.capitalized_names = {str(name) for names in words.get("capitalized_months", {}).values()
                                  for name in names}
        self.months = _month_numbers(words, capitalized=True)
        cap_alt = "|".join(sorted(map(re.escape, self.capitalized_names), key=len, reverse=True)) or "(?!x)x"
        self.capitalized_word = re.compile(rf"(?<!\w)(?:{cap_alt})(?!\w)", re.IGNORECASE) \
            if self.capitalized_names else None
        qualifiers = "|".join(re.escape(q) for q in words.get("qualifiers", [])) or "(?!x)x"
        # the whole expression is matched against these: a capitalized-only name is unambiguous there
        all_month_alt = "|".join(sorted((re.escape(m) for m in self.months), key=len, reverse=True)) or "(?!x)x"
        future_relative = [str(r) for r in words.get("future_relative", [])]
        relative = "|".join(sorted([str(r) for r in words.get("relative", [])] + future_relative,
                                   key=len, reverse=True)) or "(?!x)x"
        self.future_re = re.compile(r"^(?:" + "|".join(future_relative) + r")$", re.IGNORECASE) \
            if future_relative else None
        self.relative_re = re.compile(r"^(?:" + relative + r")$", re.IGNORECASE)
        self.month_year_re = re.compile(rf"^({all_month_alt})(?:\s+((?:19|20)\d\d))?$", re.IGNORECASE)
        self.year_re = re.compile(r"^(?:19|20)\d\d$")
        self.day_month_re = re.compile(rf"^(\d{{1,2}})\.?\s+({all_month_alt})(?:\s+((?:19|20)\d\d))?$", re.IGNORECASE)
        self.month_day_re = re.compile(rf"^({all_month_alt})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?$",
                                       re.IGNORECASE)
        # (expression, weekday of the publication date, future) -> (period, shift in days/months/years), or None
        # when dateparser cannot read the expression
        self._relative_shifts: dict[tuple[str, int, bool], tuple[str, int] | None] = {}
        self.rewrites = [(re.compile(str(a), re.IGNORECASE), str(b)) for a, b in words.get("rewrites", [])]
        year = r"(?:19|20)\d\d"
        day_num = r"\d{1,2}\.?"
        explicit = [
            rf"{day_num}\s+(?:{month_alt})(?:\s+{year})?",             # 30. Dezember 2022 / 30 December
            rf"(?:{month_alt})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{year})?",  # December 30, 2022
            rf"(?:(?:{qualifiers})\s+)?(?:{month_alt})(?:\s+{year})?",  # (Anfang) Februar (2022)
            rf"(?:{weekday_alt})(?:\s*\(\s*{day_num}\s+(?:{month_alt})(?:\s+{year})?\s*\))?",
            rf"(?:{relative})",
            rf"(?:im\s+Jahr(?:e)?\s+|in\s+)?{year}",
        ]
        if self.capitalized_names:   # last, so that every other expression matches as before
            explicit += [
                rf"{day_num}\s+(?:{cap_alt})(?:\s+{year})?",
                rf"(?:{cap_alt})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{year})?",
                rf"(?:{cap_alt})\s+{year}",
                rf"(?:{qualifiers}|in)\s+(?:{cap_alt})(?:\s+{year})?",
            ]
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(explicit) + r")(?!\w)", re.IGNORECASE)
        # The same alternatives as (heads, tail) pairs, in the pattern's order: a match is one of the heads
        # followed by the tail. An optional prefix is spelled out as two pairs, with and then without it, which is
        # the order the pattern tries them in. _SplitPattern picks per first character the heads that can start
        # there.
        months = sorted((re.escape(m) for m in self.months if m.capitalize() not in self.capitalized_names),
                        key=len, reverse=True)
        capitalized = sorted(map(re.escape, self.capitalized_names), key=len, reverse=True)
        weekdays = sorted((re.escape(w) for w in self.weekdays), key=len, reverse=True)
        relatives = sorted([str(r) for r in words.get("relative", [])] + future_relative, key=len, reverse=True)
        pairs = [
            ([day_num], rf"\s+(?:{month_alt})(?:\s+{year})?"),
            (months, rf"\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{year})?"),
            ([re.escape(q) for q in words.get("qualifiers", [])], rf"\s+(?:{month_alt})(?:\s+{year})?"),
            (months, rf"(?:\s+{year})?"),
            (weekdays, rf"(?:\s*\(\s*{day_num}\s+(?:{month_alt})(?:\s+{year})?\s*\))?"),
            (relatives, ""),
            ([r"im\s+Jahr(?:e)?\s+", r"in\s+"], year),
            ([year], ""),
        ]
        if self.capitalized_names:
            pairs += [
                ([day_num], rf"\s+(?:{cap_alt})(?:\s+{year})?"),
                (capitalized, rf"\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{year})?"),
                (capitalized, rf"\s+{year}"),
                ([re.escape(q) for q in words.get("qualifiers", [])] + ["in"], rf"\s+(?:{cap_alt})(?:\s+{year})?"),
            ]
        self._split = _SplitPattern(pairs).ready()
        self.qualifier_re = re.compile(rf"^(?:{qualifiers})\s+", re.IGNORECASE)
        self.weekday_paren = re.compile(r"\(\s*([^()]*)\)")
        self._cache: dict[tuple[str, date, bool], tuple[date | None, str]] = {}

    def find(self, text: str, offset: int, published: date | None) -> list[DateMention]:
        mentions = []
        for match in (self.pattern.finditer(text) if self._split is None else self._split.finditer(text)):
            expr = match.group(0)
            if self.capitalized_word is not None and any(
                    word.group(0) not in self.capitalized_names for word in self.capitalized_word.finditer(expr)):
                continue   # "may" in lower case is the modal verb
            if published is None:
                day, precision = self._absolute(expr)
            else:
                day, precision = self.resolve(expr, published)
            if precision != "unknown":
                mentions.append(new_date_mention(offset + match.start(), offset + match.end(), expr, day, precision))
        return mentions

    def _absolute(self, expr: str) -> tuple[date | None, str]:
        """Without a publication date only expressions carrying their own year can be placed."""
        if not re.search(r"(?:19|20)\d\d", expr):
            return None, "unknown"
        return self.resolve(expr, date(int(re.search(r"(?:19|20)\d\d", expr).group(0)), 12, 31))

    def resolve(self, expr: str, published: date, future: bool = False) -> tuple[date | None, str]:
        """future: the expression dates a planned act, so a bare month or weekday is the next one."""
        key = (expr.lower(), published, future)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= _MAX_CACHED:   # publication dates keep coming: keep memory flat over a long run
                self._cache.clear()
            found = self._cache[key] = self._resolve(expr, published, future)
        return found

    def _resolve(self, expr: str, published: date, future: bool) -> tuple[date | None, str]:
        lower = expr.lower().strip()
        paren = self.weekday_paren.search(expr)
        if paren:   # "Freitag (30. Dezember)": the explicit date wins
            return self._parse(paren.group(1), published, future)
        if lower in self.weekdays:
            if future:
                return published + timedelta(days=(self.weekdays[lower] - published.weekday()) % 7), "day"
            back = (published.weekday() - self.weekdays[lower]) % 7
            return published - timedelta(days=back), "day"
        if self.future_re is not None and self.future_re.match(lower):
            future = True
        stripped = self.qualifier_re.sub("", expr)
        stripped = re.sub(r"^(?:im\s+jahre?|in|im)\s+", "", stripped, flags=re.IGNORECASE)
        for pattern, replacement in self.rewrites:
            stripped = pattern.sub(replacement, stripped)
        return self._parse(stripped, published, future)

    def _parse(self, expr: str, published: date, future: bool = False) -> tuple[date | None, str]:
        data = self._without_dateparser(expr, published, future)
        if data is None:
            settings = {"RELATIVE_BASE": datetime(published.year, published.month, published.day),
                        "PREFER_DATES_FROM": "future" if future else "past"}
            try:
                found, period = _parse_with(self.lang, expr, settings)
            except Exception:  # dateparser raises on odd input; an unparseable expression is simply no date
                return None, "unknown"
            relative_key = self._relative_key(expr, published, future)
            if relative_key is not None:
                self._relative_shifts[relative_key] = None if found is None else \
                    _shift_between(published, found.date(), period)
            if found is None:
                return None, "unknown"
            data = found.date(), period
        elif data is _UNREADABLE:
            return None, "unknown"
        return self._stored(published, future, *data)

    def _relative_key(self, expr: str, published: date, future: bool) -> tuple[str, int, bool] | None:
        lower = expr.lower().strip()
        return (lower, published.weekday(), future) if self.relative_re.match(lower) else None

    def _without_dateparser(self, expr: str, published: date, future: bool) -> tuple[date, str] | object | None:
        """(the date dateparser finds, its period) for the common expressions, _UNREADABLE for a relative
        expression dateparser cannot read, or None to ask dateparser.

        dateparser keeps the publication day in the month (clamped to the month's length): that day only matters
        for the future check in ``_stored``; the stored date is the first of the month or year."""
        text = expr.strip()
        if self.year_re.match(text):
            return _clamped(int(text), published.month, published.day), "year"
        match = self.month_year_re.match(text)
        if match:
            month = self.months.get(match.group(1).lower())
            if month is None or (month == 2 and published.day > 28):   # dateparser then skips to a leap year
                return None
            if match.group(2):
                year = int(match.group(2))
            elif future:   # the coming such month, next year when it is the publication month
                year = published.year if month > published.month else published.year + 1
            else:          # the latest such month, this one included
                year = published.year if month <= published.month else published.year - 1
            return _clamped(year, month, published.day), "month"
        match = self.day_month_re.match(text)
        if match:
            return self._day_month(match.group(2), int(match.group(1)), match.group(3), published, future)
        match = self.month_day_re.match(text)
        if match:
            return self._day_month(match.group(1), int(match.group(2)), match.group(3), published, future)
        relative_key = self._relative_key(text, published, future)
        if relative_key is not None and relative_key in self._relative_shifts:
            shift = self._relative_shifts[relative_key]
            if shift is None:
                return _UNREADABLE
            period, amount = shift
            return _shifted(published, period, amount), period
        return None

    def _day_month(self, month_name: str, day: int, year_text: str | None, published: date,
                   future: bool) -> tuple[date, str] | None:
        """A day of a month: in the given year, else the latest such day on or before the publication date (the
        next one after it when future). 29 February and impossible days are left to dateparser."""
        month = self.months.get(month_name.lower())
        if month is None or (month, day) == (2, 29):
            return None
        if year_text:
            year = int(year_text)
        elif future:
            year = published.year if (month, day) > (published.month, published.day) else published.year + 1
        else:
            year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None
        return date(year, month, day), "day"

    @staticmethod
    def _stored(published: date, future: bool, day: date, period: str) -> tuple[date | None, str]:
        if day > published and period in ("day", "month", "year") and not future:
            return None, "unknown"
        if period == "month":
            return day.replace(day=1), "month"
        if period == "year":
            return date(day.year, 1, 1), "year"
        if period == "week":
            start = day - timedelta(days=day.weekday())
            return start.replace(day=1), "month"
        return day, "day"


class _SplitPattern:
    """The date pattern split by the first character of a match.

    ``DateResolver.pattern`` is one alternation of some seventy alternatives (months, weekdays, qualifiers,
    relative expressions); under IGNORECASE sre tries them one by one at every word start, as it cannot skip an
    alternative by its first character then. Here a scan finds the word starts some alternative can begin with and
    each such position is matched with a pattern of only the alternatives that can begin with its character (built
    and compiled on first need, per character). Dropping alternatives that cannot match at a position leaves the
    alternation's result unchanged, so ``finditer`` yields the same matches as the single pattern's.

    The first characters of an alternative are read from its parsed form (literals, character classes, groups,
    alternations, repeats); when some alternative's are not known (a negated class, any character, a back
    reference, an alternative that may match nothing) ``ready`` returns None and the single pattern is used."""

    def __init__(self, pairs: list[tuple[list[str], str]]):
        # (head, its first-character class, the pair's index); the heads keep their order within the pair
        self.pairs = [(heads, tail) for heads, tail in pairs]
        self.heads = [(head, _first_class(head), n) for n, (heads, _) in enumerate(pairs) for head in heads]
        self.by_char: dict[str, re.Pattern | None] = {}
        self.compiled: dict[tuple[tuple[int, ...], ...], re.Pattern | None] = {}

    def ready(self) -> _SplitPattern | None:
        if not self.heads or any(cls is None for _, cls, _ in self.heads):
            return None
        self.first = [(re.compile(cls, re.IGNORECASE).match, n, i) for i, (_, cls, n) in enumerate(self.heads)]
        starts = "|".join(dict.fromkeys(cls for _, cls, _ in self.heads))
        self.scan = re.compile(rf"(?<!\w)(?:{starts})", re.IGNORECASE).search
        return self

    def _for_char(self, char: str) -> re.Pattern | None:
        chosen = tuple(i for match, _, i in self.first if match(char))
        found = self.compiled.get(chosen, False)
        if found is False:
            found = None
            if chosen:
                alternatives = []
                for n, (_, tail) in enumerate(self.pairs):
                    heads = [self.heads[i][0] for i in chosen if self.heads[i][2] == n]
                    if heads:
                        alternatives.append(f"(?:{'|'.join(heads)}){tail}")
                found = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
            self.compiled[chosen] = found
        self.by_char[char] = found
        return found

    def finditer(self, text: str):
        scan, by_char = self.scan, self.by_char
        pos = 0
        while True:
            start = scan(text, pos)
            if start is None:
                return
            at = start.start()
            char = text[at]
            pattern = by_char[char] if char in by_char else self._for_char(char)
            match = pattern.match(text, at) if pattern is not None else None
            if match is None:
                pos = at + 1
            else:
                yield match
                pos = match.end()


def _first_class(regex: str) -> str | None:
    """A character class (regex text) holding every character a match of ``regex`` can begin with, or None when
    that is not known here or ``regex`` may match the empty string."""
    if _sre_parse is None:   # pragma: no cover - a Python without re's parser module
        return None
    try:
        parsed = _sre_parse.parse(regex, re.IGNORECASE)
    except re.error:
        return None
    found = _first(parsed)
    if found is None or found[1] or not found[0]:
        return None
    return "[" + "".join(dict.fromkeys(found[0])) + "]"


def _first(items) -> tuple[list[str], bool] | None:
    """(class members a match of the parsed sequence can begin with, whether it may match the empty string), or
    None when not known."""
    c = _sre_constants
    members: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            return members + [re.escape(chr(av))], False
        if op is c.IN:
            found = _class_members(av)
            return None if found is None else (members + found, False)
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:   # a local flag may change what a character matches
                return None
            found = _first(sub)
        elif op is c.BRANCH:
            parts = [_first(sub) for sub in av[1]]
            if any(part is None for part in parts):
                return None
            found = ([m for part in parts for m in part[0]], any(part[1] for part in parts))
        elif op in _REPEATS:
            low, _, sub = av
            found = _first(sub)
            if found is not None and low == 0:
                found = (found[0], True)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue   # takes no character
        else:
            return None
        if found is None:
            return None
        members += found[0]
        if not found[1]:
            return members, False
    return members, True


def _class_members(items) -> list[str] | None:
    c = _sre_constants
    members = []
    for op, av in items:
        if op is c.LITERAL:
            members.append(re.escape(chr(av)))
        elif op is c.RANGE:
            members.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            members.append(_CATEGORIES[av])
        else:   # a negated class, another category
            return None
    return members


try:
    from re import _constants as _sre_constants, _parser as _sre_parse   # Python 3.11+
    _REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT, _sre_constants.POSSESSIVE_REPEAT)
    _CATEGORIES = {_sre_constants.CATEGORY_DIGIT: r"\d", _sre_constants.CATEGORY_SPACE: r"\s",
                   _sre_constants.CATEGORY_WORD: r"\w"}
except (ImportError, AttributeError):   # pragma: no cover - the single pattern is used then
    _sre_parse = None

_PARSERS: dict[tuple[str, date, str], DateDataParser] = {}
_MAX_CACHED = 20_000   # resolved (expression, publication date, future) triples kept per resolver
_UNREADABLE = object()


def _parse_with(lang: str, expr: str, settings: dict) -> tuple[datetime | None, str] | None:
    base = settings["RELATIVE_BASE"].date()
    key = (lang, base, settings["PREFER_DATES_FROM"])
    parser = _PARSERS.get(key)
    if parser is None:
        if len(_PARSERS) > 256:
            _PARSERS.clear()
        parser = _PARSERS[key] = DateDataParser(languages=[lang], settings=settings)
    data = parser.get_date_data(expr)
    return data.date_obj, data.period


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _shift_between(published: date, found: date, period: str) -> tuple[str, int]:
    """How far dateparser moved from the publication date, in the unit of the period it reports."""
    if period == "year":
        return period, found.year - published.year
    if period == "month":
        return period, (found.year - published.year) * 12 + found.month - published.month
    return period, (found - published).days


def _shifted(published: date, period: str, shift: int) -> date:
    if period == "year":
        return _clamped(published.year + shift, published.month, published.day)
    if period == "month":
        months = published.year * 12 + published.month - 1 + shift
        return _clamped(months // 12, months % 12 + 1, published.day)
    return published + timedelta(days=shift)
