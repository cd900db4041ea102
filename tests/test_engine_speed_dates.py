"""Date expressions resolved without dateparser (years, month names, day + month, relative shifts replayed) give
exactly what dateparser gives, also around month ends, leap days, year ends and for future acts."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents.engine.dates import DateResolver
from geoevents.engine.lexicon import LEXICON_DIR, load_language_lexicon

BASES = [date(2023, 1, 1), date(2023, 1, 31), date(2023, 3, 15), date(2023, 5, 10), date(2023, 12, 31),
         date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 31), date(2024, 7, 1), date(2024, 8, 31)]
EXPRESSIONS = {
    "de": ["2023", "im Jahr 2024", "in 1999", "März", "Anfang Februar", "im Mai", "Ende Dezember", "Februar 2024",
           "Juni 2023", "30. Dezember", "1. Januar", "10. Mai 2023", "29. Februar", "31. April", "Freitag (3. März)",
           "gestern", "heute", "vor zwei Wochen", "vor 3 Monaten", "vor 2 Jahren", "letzte Woche",
           "vergangenen Monat", "nächste Woche", "kommenden Monat", "nächstes Jahr"],
    "en": ["2022", "in 2025", "September", "early February", "mid-June", "Feb.", "May 2024", "December 30",
           "January 1st", "May 11, 2023", "February 29", "Friday (March 3)", "yesterday", "today", "last week",
           "two weeks ago", "3 months ago", "2 years ago", "last year", "next week", "next month", "tomorrow"],
}


def _with_dateparser_only(resolver: DateResolver) -> DateResolver:
    resolver._without_dateparser = lambda *args: None
    return resolver


@pytest.mark.parametrize("lang", ["de", "en"])
def test_resolution_without_dateparser_equals_dateparser(lang):
    cues = load_language_lexicon(LEXICON_DIR, lang).cues.raw
    fast = DateResolver(lang, cues)
    reference = _with_dateparser_only(DateResolver(lang, cues))
    compared = 0
    for expression in EXPRESSIONS[lang]:
        for published in BASES:
            for future in (False, True):
                assert fast.resolve(expression, published, future) == \
                    reference.resolve(expression, published, future), (expression, published, future)
                compared += 1
    assert compared == len(EXPRESSIONS[lang]) * len(BASES) * 2


def test_relative_shift_is_replayed_from_the_first_parse():
    cues = load_language_lexicon(LEXICON_DIR, "de").cues.raw
    resolver = DateResolver("de", cues)
    assert resolver.resolve("vor zwei Wochen", date(2023, 5, 10)) == (date(2023, 4, 1), "month")
    # same weekday, another date: answered from the stored shift
    assert ("vor zwei wochen", 2, False) in resolver._relative_shifts
    assert resolver.resolve("vor zwei Wochen", date(2023, 3, 8)) == (date(2023, 2, 1), "month")


def test_resolution_cache_stays_bounded_over_many_publication_dates(monkeypatch):
    monkeypatch.setattr("geoevents.engine.dates._MAX_CACHED", 5)
    cues = load_language_lexicon(LEXICON_DIR, "en").cues.raw
    resolver = DateResolver("en", cues)
    days = [date(2023, 1, 1).replace(day=d) for d in range(1, 29)]
    first = [resolver.resolve("March", day) for day in days]
    assert len(resolver._cache) <= 5
    assert [resolver.resolve("March", day) for day in days] == first
    assert first[0] == (date(2022, 3, 1), "month")
