"""Missiles fired into the sea or in a test, at nobody, are a show of force (150, PLOVER MOBILIZE), not an attack
(195), in English and German (rules/content.py ``_fired_at_nobody``, cues display_fire_*); a state that only names
the sea ("the Sea of Japan") is no target. Fire at a state, a city or a ship stays an attack, and an attack on a ship
has no own-state target (cues own_state_target vehicle_codes)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "North Korea fired two short-range ballistic missiles into the sea off its east coast on Tuesday."),
    ("en", "North Korea fired a ballistic missile into the Sea of Japan on Sunday."),
    ("en", "North Korea test-fired a new cruise missile on Sunday."),
    ("de", "Nordkorea hat mehrere ballistische Raketen ins Japanische Meer abgefeuert."),
    ("de", "Nordkorea feuerte am Sonntag zwei Raketen ins Meer."),
    ("de", "Nordkorea hat bei einem Test eine Interkontinentalrakete abgefeuert."),
])
def test_missiles_fired_into_the_sea_or_in_a_test_are_a_show_of_force(coder, lang, text):
    assert rows(coder, text, lang) == {("150", "PRK", None)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Russia fired 30 missiles at Ukraine overnight.", {("195", "RUS", "UKR")}),
    ("en", "Russia launched missiles into Ukraine from the Black Sea.", {("195", "RUS", "UKR")}),
    ("en", "Iran fired missiles into northern Iraq.", {("195", "IRN", "IRQ")}),
    ("en", "Houthi rebels fired missiles at a cargo ship in the Red Sea.", {("195", "YEM", None)}),
    ("de", "Russland hat Raketen auf Kiew abgefeuert.", {("195", "RUS", "UKR")}),
    ("de", "Die Huthis haben ein Frachtschiff im Roten Meer mit Raketen beschossen.", {("194", "YEM", None)}),
])
def test_fire_at_a_state_or_a_ship_stays_an_attack(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected
