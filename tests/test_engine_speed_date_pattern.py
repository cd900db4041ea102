"""The date pattern split by the first character of a match (dates._SplitPattern) finds exactly what the single
pattern (DateResolver.pattern) finds: same spans, same texts, in the same order."""
from __future__ import annotations

import itertools
from datetime import date

import pytest

from geoevents.engine.dates import DateResolver, _first_class
from geoevents.engine.lexicon import LEXICON_DIR, load_language_lexicon

TEXTS = {
    "de": [
        "Am 30. Dezember 2022 trafen sich die beiden Minister in Berlin.",
        "Anfang Februar hatte die Regierung neue Sanktionen angekündigt, Mitte März folgten weitere.",
        "Der Kanzler reiste am Freitag (3. März) nach Paris; am Donnerstag war er noch in Rom.",
        "Vor zwei Wochen, vor 3 Monaten und vor 12 Jahren: gestern, heute und vorgestern.",
        "Letzte Woche, vergangenen Monat, letztes Jahr; nächste Woche, kommenden Monat, nächstes Jahr, übermorgen.",
        "Im Jahr 2024 und im Jahre 1999 sowie in 2023 wurde verhandelt; 20233 und 1899 sind keine Jahre.",
        "MÄRZ 2022, märz, Märzen, Maifeier, Januarloch, Jänner 2021, Ende Dezember 2019, 1.Januar, 7 Mai.",
        "Die Delegation (Montag) sprach mit der Presse. Sonntag( 12. Oktober 2020 ) war kein Termin.",
        "DerJuni, im Juni, imJuni, Juni2022, Juni 2022x, 15. Augusta, Augustus, Heute!",
        "ſeptember und ſonntag sind alte Schreibweisen; İm Jahr 2020; ﬁnal.",
        "",
        "2022",
        "Dezember",
    ],
    "en": [
        "On December 30, 2022 the two ministers met in Washington.",
        "In early February the government announced new sanctions; in mid-March and late April more followed.",
        "The president travelled on Friday (March 3) to Paris; on Thursday he was still in Rome.",
        "Two weeks ago, 3 months ago and 12 years ago; yesterday, today and the day before yesterday.",
        "Last week, last month, last year; next week, next month, next year, tomorrow.",
        "In 2024 and in 1999 talks were held; 20233 and 1899 are no years.",
        "MARCH 2022, march, Marching, Mayor, May, Jan. 5, Feb., Sept 1st, December 1st, 2021, June 2nd 2020.",
        "Mid-June, mid June, early-July, the 4th of July, 4 July 2021, 4. July.",
        "TODAY, ToDay, todays, yesterdays, lastweek, last  week, last\nweek, two  weeks ago.",
        "ſeptember and \u212aey dates; İn 2020; ﬁnal.",
        "",
        "2022",
        "tomorrow",
    ],
}


def _resolver(lang: str) -> DateResolver:
    return DateResolver(lang, load_language_lexicon(LEXICON_DIR, lang).cues.raw)


def _single(resolver: DateResolver, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in resolver.pattern.finditer(text)]


def _split(resolver: DateResolver, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in resolver._split.finditer(text)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_split_pattern_finds_what_the_single_pattern_finds(lang):
    resolver = _resolver(lang)
    assert resolver._split is not None
    found = 0
    for text in TEXTS["de"] + TEXTS["en"]:   # the other language's text too
        assert _split(resolver, text) == _single(resolver, text), text
        found += len(_single(resolver, text))
    assert found > 40   # the texts do hold dates


@pytest.mark.parametrize("lang", ["de", "en"])
def test_split_pattern_on_every_cue_word_in_several_spellings_and_contexts(lang):
    """Every month, weekday, qualifier and relative expression of the cue files, in lower, upper, title and
    swapped case, alone, glued to letters or digits, after a qualifier or a day, before a year or a bracket."""
    resolver = _resolver(lang)
    words = load_language_lexicon(LEXICON_DIR, lang).cues.raw["dates"]
    names = [str(w) for group in words["months"] + words["weekdays"] for w in group]
    names += [str(q) for q in words["qualifiers"]]
    names += ["gestern", "vor zwei Wochen", "vor 3 Tagen", "letzten Monat", "nächste Woche", "kommendes Jahr",
              "yesterday", "two weeks ago", "3 days ago", "last month", "next week", "the day before yesterday"]
    spellings = lambda w: {w, w.lower(), w.upper(), w.title(), w.swapcase()}   # noqa: E731
    befores = ["", "x", "3", "am ", "30. ", "30 ", "Anfang ", "early ", "mid-", "(", "im Jahr ", "in "]
    afters = ["", "x", "2", " 2022", ", 2022", " 5th", " (3. März)", " (March 3)", ".", "-"]
    texts = [f"{b}{s}{a}" for w in names for s in spellings(w) for b, a in itertools.product(befores, afters)]
    texts.append(" ".join(texts[::7]))   # many in one text: the scan goes on after each match
    differing = [t for t in texts if _split(resolver, t) != _single(resolver, t)]
    assert differing == []
    assert sum(len(_single(resolver, t)) for t in texts) > len(texts) // 2


@pytest.mark.parametrize("lang", ["de", "en"])
def test_find_gives_the_same_mentions_with_and_without_the_split(lang):
    published = date(2023, 3, 15)
    fast, single = _resolver(lang), _resolver(lang)
    single._split = None
    for text in TEXTS[lang]:
        for offset, day in ((0, published), (100, None)):
            assert fast.find(text, offset, day) == single.find(text, offset, day), text


def test_first_characters_of_an_alternative():
    assert _first_class("januar") == "[j]"
    assert _first_class(r"jan\.") == "[j]"
    assert _first_class(r"\d{1,2}\.?") == r"[\d]"
    assert _first_class(r"(?:19|20)\d\d") == "[12]"
    assert _first_class(r"letzte[nr]? woche") == "[l]"
    assert _first_class(r"(?:nächste|kommende)[nr]? woche") == "[nk]"
    assert _first_class(r"(?:two|three|four) (?:days|weeks) ago") == "[tf]"
    assert _first_class(r"(?:im\s+)?vor") == "[iv]"      # an optional start: what may follow counts too
    assert _first_class(r"\bheute") == "[h]"              # a zero-width assertion takes no character
    for unknown in ("x?", "(?:)", "[^a]x", ".x", r"(a)?\1x", "(?-i:a)x", "(?:a|)"):
        assert _first_class(unknown) is None, unknown


def test_a_relative_cue_the_split_cannot_read_keeps_the_single_pattern():
    cues = load_language_lexicon(LEXICON_DIR, "en").cues.raw
    odd = {**cues, "dates": {**cues["dates"], "relative": list(cues["dates"]["relative"]) + [r".{1,3} days ago"]}}
    resolver = DateResolver("en", odd)
    assert resolver._split is None
    found = resolver.find("It happened 3 days ago and yesterday.", 0, date(2023, 3, 15))
    assert [m.text for m in found] == ["3 days ago", "yesterday"]
