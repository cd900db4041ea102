"""Mediators and hosts of separate talks (issue #3, session 19): (1) a meeting the clause calls separate (cues
separate_meeting_words: "held separate talks with Israeli and Hamas negotiators", "führte getrennte Gespräche mit
Vertretern Israels und der Hamas") is the subject's with each party of the other side: source -> target rows only,
no Israel <-> Hamas meeting (was every pair, both ways); (2) a mediation in a relative or passive clause ("signed a
declaration, which had been mediated by Turkey", "eine Erklärung, die von der Türkei vermittelt worden war") is between
the parties of the act coded before it (cues mediation_codes; was 045 TUR->none, German no row: de:045:vermittelt is
the participle's row). Content._separate_meetings, Content._mediated_parties."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2026, 11, 25)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Egypt held separate talks with Israeli and Hamas officials on Monday.",
     {("040", "EGY", "ISR"), ("040", "EGY", "PSE")}),
    ("en", "Norway's foreign minister held separate talks with Colombian and Venezuelan officials in Oslo on Tuesday.",
     {("040", "NOR", "COL"), ("040", "NOR", "VEN")}),
    ("de", "Katar führte am Montag getrennte Gespräche mit Vertretern Israels und der Hamas.",
     {("040", "QAT", "ISR"), ("040", "QAT", "PSE")}),
])
def test_separate_talks_are_the_subjects_with_each_party(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Qatar held talks with Israel and Hamas in Doha.", ("040", "ISR", "PSE")),
    ("de", "Katar führte am Montag Gespräche mit Israel und der Hamas.", ("040", "ISR", "PSE")),
    ("en", "Israel and Hamas held separate talks in Cairo.", ("040", "ISR", "PSE")),
])
def test_talks_not_called_separate_keep_every_pair(coder, lang, text, pair):
    assert pair in rows(coder, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Ethiopia and Somalia signed a declaration on Wednesday, which had been mediated by Turkey.",
     {("045", "TUR", "ETH"), ("045", "TUR", "SOM")}),
    ("en", "Israel and Hamas signed a deal that was mediated by Qatar.", {("045", "QAT", "ISR"), ("045", "QAT", "PSE")}),
    ("de", "Äthiopien und Somalia haben am Mittwoch eine Erklärung unterzeichnet, die von der Türkei vermittelt "
           "worden war.", {("045", "TUR", "ETH"), ("045", "TUR", "SOM")}),
])
def test_a_mediation_in_a_relative_clause_is_between_the_parties(coder, lang, text, expected):
    assert rows(coder, text, lang, cameo_code="045") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Turkey criticized the plan, which was mediated by Qatar.", {("045", "QAT", None)}),
    ("de", "Die Gespräche wurden von Katar vermittelt.", {("045", "QAT", None)}),
    ("de", "Die Türkei hat zwischen Russland und der Ukraine vermittelt.", {("045", "TUR", "RUS"), ("045", "TUR", "UKR")}),
    ("de", "Die Bundesagentur hat mehr Fachkräfte aus Indien nach Deutschland vermittelt.", set()),
    ("de", "Das Bild vermittelt einen falschen Eindruck von Russland.", set()),
])
def test_mediations_without_an_agreement_before_keep_their_reading(coder, lang, text, expected):
    assert rows(coder, text, lang, cameo_code="045") == expected
