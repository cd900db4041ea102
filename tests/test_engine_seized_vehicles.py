"""A seized ship, plane or boat belongs to nobody the clause names: no own-state target (rules/targets.py
``_seizes_vehicle``, cues ``seized_vehicle_words``). Arrests, bans and seizures of goods by a state's police keep
their domestic target (the population of the state)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Iran seized an oil tanker in the Strait of Hormuz, state media reported.", ("171", "IRN", None)),
    ("en", "The Iranian navy seized two tankers on Friday.", ("171", "IRN", None)),
    ("en", "Venezuela seized a US-owned plane at Caracas airport.", ("171", "VEN", "USA")),
    ("de", "Iran beschlagnahmte am Freitag einen Tanker.", ("171", "IRN", None)),
    ("de", "Die iranischen Revolutionsgarden haben einen Öltanker beschlagnahmt.", ("171", "IRN", None)),
])
def test_a_seized_vehicle_is_no_act_against_the_seizers_own_state(coder, lang, text, expected):
    assert rows(coder, text, lang) == {expected}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iranian police seized weapons from smugglers in the southeast."),
    ("de", "Die türkische Polizei hat Waffen beschlagnahmt."),
])
def test_a_seizure_of_goods_by_the_police_stays_domestic(coder, lang, text):
    (row,) = rows(coder, text, lang)
    assert row[0] == "171" and row[1] == row[2]
