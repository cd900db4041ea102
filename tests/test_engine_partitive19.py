"""German "von" between two numbers is a part of the number, no preposition of the group behind it (issue #3,
german19; fresh4-de-024): "Die Ukraine hat 48 von 55 russischen Drohnen abgeschossen" was 190 UKR->none ("von
russischen Drohnen" read as an agent phrase), now UKR->RUS as English "48 of 55 Russian drones" (cues
partitive_prepositions, ActorGroups._mark_preposition). A "von" after no number stays the agent's."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Ukraine hat 48 von 55 russischen Drohnen abgeschossen.", {("190", "UKR", "RUS")}),
    ("de", "Polen nahm 3 von 12 belarussischen Grenzsoldaten fest.", {("173", "POL", "BLR")}),
    ("de", "Die ukrainische Luftwaffe teilte mit, sie habe in der Nacht 48 von 55 russischen Drohnen abgeschossen.",
     {("190", "UKR", "RUS")}),
    ("en", "Ukraine shot down 48 of 55 Russian drones.", {("190", "UKR", "RUS")}),
])
def test_part_of_a_number(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ukraine wurde von 40 russischen Drohnen angegriffen.", {("190", "RUS", "UKR")}),
    ("Russland griff die Ukraine mit 30 von 40 Drohnen an.", {("190", "RUS", "UKR")}),
])
def test_other_von_phrases_keep_their_reading(coder, text, expected):
    assert rows(coder, text, "de") == expected
