"""Counter-measures and flights in agency copy (issue #3, session 19, helper lex19; held-out set 8's "trade measures
imposed 'als Reaktion auf'"): a response word governs the first trade measure behind it, not a second one ("hat als
Reaktion auf die US-Zölle Gegenzölle verhängt": the counter-tariffs are imposed, 163 CHN->USA, was no row; rules/
sanctions.py _response_to); "counter-tariffs" and "duties of" are English tariff words ("imposed duties of 84 percent on
American goods"; "took up his new duties" is none); flights halted or resumed "nach Georgien" name their target
(target_prepositions_by_root 163, 085); "approved the sale of missiles to X" is pledged military aid (0332 future: an
intent cue), not aid delivered; "hat seine Botschaft in Teheran wiedereröffnet" opens an embassy (054)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import ROW_KEYS, coded_mentions, coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)
rows_modality = functools.partial(coded_rows, published=PUB, keys=ROW_KEYS + ("modality",))
mentions = functools.partial(coded_mentions, published=PUB)


@pytest.mark.parametrize(("lang", "text", "imposer", "target"), [
    ("de", "China hat als Reaktion auf die jüngsten US-Zölle Gegenzölle auf alle Einfuhren aus den USA verhängt.",
     "CHN", "USA"),
    ("en", "China imposed counter-tariffs on American imports.", "CHN", "USA"),
    ("en", "In response to the US tariffs, China imposed duties of 84 percent on American goods.", "CHN", "USA"),
    ("en", "The United States imposed duties of 25 percent on Chinese steel.", "USA", "CHN"),
])
def test_counter_measures_are_imposed(coder, lang, text, imposer, target):
    assert rows(coder, text, lang) == {("163", imposer, target)}
    assert mentions(coder, text, lang) == {("impose", imposer, target)}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland kündigte eine Reaktion auf die neuen EU-Sanktionen an."),
    ("en", "Russia said it would respond to the new EU sanctions."),
    ("en", "The minister resumed his duties on Monday."),
    ("en", "Customs duties on American goods rose last year."),
    ("en", "Officials carried out their duties at the border."),
    ("en", "The minister took up his new duties on Monday."),
])
def test_a_response_or_a_duty_alone_imposes_nothing(coder, lang, text):
    assert not any(code == "163" for code, _s, _t in rows(coder, text, lang))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Russland setzte alle Flüge nach Georgien aus.", ("163", "RUS", "GEO")),
    ("de", "Russland setzte alle Direktflüge nach Georgien aus.", ("163", "RUS", "GEO")),
    ("de", "Russland nahm die Direktflüge nach Georgien wieder auf.", ("085", "RUS", "GEO")),
    ("de", "Großbritannien hat seine Botschaft in Teheran wiedereröffnet.", ("054", "GBR", "IRN")),
])
def test_flights_and_embassies(coder, lang, text, expected):
    assert rows(coder, text, lang) == {expected}


def test_an_approved_arms_sale_is_pledged_aid(coder):
    assert rows_modality(coder, "The State Department approved the sale of missiles to Saudi Arabia.", "en") == {
        ("0332", "USA", "SAU", "future")}
    assert rows(coder, "The board approved the sale of the company to investors.", "en") == set()
    assert rows(coder, "The United States delivered missiles to Ukraine.", "en") == {("072", "USA", "UKR")}
