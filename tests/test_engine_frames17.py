"""Nominal frames, agreements, titles and places of wire-style sentences (issue #3, helper frames17, the fourth
fresh set's remaining classes): each with English and German sentences of our own, and sentences that must keep
their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows

PUB = date(2026, 7, 29)   # a Wednesday
rows = functools.partial(coded_rows, published=PUB)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


def _both(code: str, a: str, b: str, modality: str = "future", negated: bool = False) -> set[tuple]:
    return {(code, a, b, negated, modality), (code, b, a, negated, modality)}


@pytest.mark.parametrize("text, lang, expected", [
    # agreeing on a ceasefire is the intent to de-escalate (0356, future, both directions), in German as in English
    # ("agreed on a ceasefire" was already 0356; "sich verständigen/einigen auf" was no intent cue and "Waffenruhe",
    # "Feuerpause", "truce" had no row: no event)
    ("Thailand und Kambodscha haben sich am Montag auf eine Waffenruhe verständigt.", "de",
     _both("0356", "THA", "KHM")),
    ("Armenien und Aserbaidschan einigten sich auf eine sofortige Waffenruhe.", "de", _both("0356", "ARM", "AZE")),
    ("Israel und die Hamas haben sich auf eine Feuerpause im Gazastreifen geeinigt.", "de",
     _both("0356", "ISR", "PSE")),
    ("Russland und die Ukraine verständigten sich auf einen Waffenstillstand.", "de", _both("0356", "RUS", "UKR")),
    ("Thailand and Cambodia agreed on a ceasefire on Monday.", "en", _both("0356", "THA", "KHM")),
    ("Armenia and Azerbaijan agreed on a truce.", "en", _both("0356", "ARM", "AZE")),
    ("Israel and Hamas agreed to a three-day truce in Gaza.", "en", _both("0356", "ISR", "PSE")),
    # negated, it is the negated intent
    ("Thailand und Kambodscha haben sich nicht auf eine Waffenruhe verständigt.", "de",
     _both("0356", "THA", "KHM", negated=True)),
    ("Thailand and Cambodia did not agree on a truce.", "en", _both("0356", "THA", "KHM", negated=True)),
    # declaring, concluding or agreeing it by "vereinbaren" is the de-escalation itself, as before
    ("Armenien und Aserbaidschan vereinbarten eine Waffenruhe.", "de", _both("087", "ARM", "AZE", "asserted")),
    ("Armenia and Azerbaijan declared a truce.", "en", _both("087", "ARM", "AZE", "asserted")),
    # a unilateral one stays 0871, breaking one 196, demanding one 107, agreeing on other topics their own intent
    ("Am Montag verkündete die Hisbollah eine einseitige Waffenruhe im Süden des Libanon.", "de",
     {("0871", "LBN", None, False, "asserted")}),
    ("Russland brach die Waffenruhe in der Nacht.", "de", {("196", "RUS", None, False, "asserted")}),
    ("Russia violated the truce overnight.", "en", {("196", "RUS", None, False, "asserted")}),
    ("Die UN forderte eine Waffenruhe in Gaza.", "de", {("107", "UNO", None, False, "asserted")}),
    ("China und Brasilien einigten sich auf eine engere Zusammenarbeit im Energiebereich.", "de",
     _both("0311", "CHN", "BRA")),
    ("Die EU-Außenminister haben sich auf ein neues Sanktionspaket gegen Russland geeinigt.", "de",
     {("163", "EUU", "RUS", False, "asserted")}),
    # "verständigt" without "sich" is informing someone, no agreement
    ("Die Nachbarn hatten die Polizei verständigt.", "de", set()),
])
def test_agreeing_on_a_ceasefire_is_the_intent_to_deescalate(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, day", [
    ("Russland griff die Ukraine am Montagabend an.", date(2026, 7, 27)),
    ("Am Dienstagmorgen griff Russland die Ukraine an.", date(2026, 7, 28)),
    ("Russische Truppen beschossen am Sonntagnachmittag die Stadt Charkiw.", date(2026, 7, 26)),
])
def test_a_german_weekday_with_its_time_of_day_is_that_day(coder, text, day):
    """"am Montagabend" was no date word: the act was dated the publication day."""
    events = [e for e in coder.extract(text, "de", PUB).events if e.cameo_code.startswith("19")]
    assert [(e.event_date, e.date_precision) for e in events] == [(day, "day")]
