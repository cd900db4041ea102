"""A prisoner swap is a release by each side (084 both ways; 0353 both ways when only agreed), in English and German:
the verbs "exchanged/swapped prisoners", "tauschten Gefangene aus", "haben Kriegsgefangene ausgetauscht" and the
nouns "prisoner swap/exchange", "Gefangenenaustausch" with a word that makes them an act (support families
``prisoners``, ``swap``, ``detainees``). Exchanges of anything else ("exchanged fire", "exchanged views",
"Informationen ausgetauscht") and swaps only called for are no rows."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import ROW_KEYS, coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB, keys=ROW_KEYS + ("modality",))

BOTH_RELEASE = {("084", "RUS", "UKR", "asserted"), ("084", "UKR", "RUS", "asserted")}
BOTH_INTENT = {("0353", "RUS", "UKR", "future"), ("0353", "UKR", "RUS", "future")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Russia and Ukraine swapped 150 prisoners of war each on Saturday.", BOTH_RELEASE),
    ("en", "Moscow and Kyiv exchanged dozens of detainees on Tuesday, the first such deal since May.", BOTH_RELEASE),
    ("en", "Russia and Ukraine carried out a prisoner swap on Saturday.", BOTH_RELEASE),
    ("en", "Russia and Ukraine held a prisoner exchange on Saturday, the first in two months.", BOTH_RELEASE),
    ("en", "Russia exchanged prisoners with Ukraine in a deal brokered by the United Arab Emirates.", BOTH_RELEASE),
    ("en", "Russia and Ukraine agreed to exchange 1,000 prisoners each.", BOTH_INTENT),
    ("en", "Russia and Ukraine agreed on a prisoner swap.", BOTH_INTENT),
    ("de", "Russland und die Ukraine haben je 150 Kriegsgefangene ausgetauscht.", BOTH_RELEASE),
    ("de", "Russland und die Ukraine tauschten am Samstag je 150 Gefangene aus.", BOTH_RELEASE),
    ("de", "Russland und die Ukraine vereinbarten einen Gefangenenaustausch.", BOTH_RELEASE),
    ("de", "Russland und die Ukraine einigten sich auf einen Gefangenenaustausch.", BOTH_INTENT),
])
def test_a_prisoner_swap_is_a_release_by_each_side(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian and Ukrainian troops exchanged fire near Bakhmut."),
    ("en", "The foreign ministers of Russia and Ukraine exchanged views on the grain corridor."),
    ("en", "Ukraine called for a prisoner swap with Russia."),
    ("de", "Die Außenminister Russlands und der Ukraine haben Informationen ausgetauscht."),
    ("de", "Deutschland und Frankreich tauschten sich über den Krieg aus."),
])
def test_other_exchanges_and_a_swap_called_for_are_no_release(coder, lang, text):
    assert not {r for r in rows(coder, text, lang) if r[0] in ("084", "0353")}


def test_a_release_of_prisoners_of_war_in_german_compounds_is_a_release(coder):
    # "Kriegsgefangene": the detainees family now reads the compound head, as "Gefangene" before
    assert ("084", "UKR", "RUS", "asserted") in rows(
        coder, "Die Ukraine hat 90 russische Kriegsgefangene entlassen.", "de")
