"""General readings the ninth fresh-passage set (tests/gold/fresh9, issue #3, helper fresh18, session 18) showed
missing or wrong in wire copy. English and German sentences of our own (none of the set's), with the senses that must
not code."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, asserted, coded_rows

PUB = date(2026, 10, 14)   # a Wednesday
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


@pytest.mark.parametrize("text, lang, expected", [
    # a formal charge is 115, as "indicted" and German "angeklagt" are; what the object is charged with names no
    # party ("for China" is in the charge)
    ("Prosecutors in Germany charged a Chinese national with espionage.", "en", {asserted("115", "DEU", "CHN")}),
    ("Turkey charged 14 Iranian citizens with spying for Israel.", "en", {asserted("115", "TUR", "IRN")}),
    ("British police charged two men with spying for China on Tuesday.", "en", {asserted("115", "GBR", None)}),
    ("Two Russian officers were charged in absentia by Dutch prosecutors.", "en", {asserted("115", "NLD", "RUS")}),
    ("A Chinese national was charged with spying in Germany.", "en", {asserted("115", "DEU", "CHN")}),
    ("Die Staatsanwaltschaft in Berlin klagte einen chinesischen Staatsbürger wegen Spionage an.", "de",
     {asserted("115", "DEU", "CHN")}),
    ("Russland klagte am Montag einen US-Journalisten wegen Spionage an.", "de", {asserted("115", "RUS", "USA")}),
    # not a formal charge: an accusation ("charged that"), prices, a cavalry charge, a complaint ("klagte über")
    ("The company charged customers in Russia higher prices.", "en", set()),
    ("The Ukrainian army charged the Russian positions near Bakhmut.", "en", set()),
    ("Russland klagte über die hohen Preise.", "de", set()),
])
def test_formal_charges(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


def test_charged_that_is_no_formal_charge(coder):
    rows = readings(coder, "Amnesty International charged that Russian troops had tortured prisoners.", "en")
    assert not any(code == "115" for code, *_ in rows)
