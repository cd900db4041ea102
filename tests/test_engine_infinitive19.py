"""The accused is the agent of what a German accusation's zu-infinitive says (issue #3, german19): the clause has no
subject of its own, its names are objects ("Die Ukraine wirft Russland vor, Kiew angegriffen zu haben" was 190
UKR->UKR, "Die USA haben China vorgeworfen, Russland Waffen zu liefern" 072 USA->RUS; now RUS->UKR and CHN->RUS,
reported), and a coordinator between two nouns of such a clause joins them, it opens no clause ("..., Russland mit
Bauteilen für Drohnen und Raketen zu beliefern" was 072 RUS->none asserted, cut at "und Raketen"). English "accused X
of attacking Y" had it already. What an appeal or a warning asks for stays uncoded."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB, keys=("cameo_code", "source_actor", "target_actor", "modality"))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Ukraine wirft Russland vor, Kiew angegriffen zu haben.",
     {("112", "UKR", "RUS", "asserted"), ("190", "RUS", "UKR", "reported")}),
    ("de", "Die USA haben China vorgeworfen, Russland Waffen zu liefern.",
     {("112", "USA", "CHN", "asserted"), ("072", "CHN", "RUS", "reported")}),
    ("de", "Die USA warfen China vor, Russland Waffen geliefert zu haben.",
     {("112", "USA", "CHN", "asserted"), ("072", "CHN", "RUS", "reported")}),
    ("de", "Die USA haben China beschuldigt, Nordkorea Waffen zu liefern.",
     {("112", "USA", "CHN", "asserted"), ("072", "CHN", "PRK", "reported")}),
    ("de", "Der US-Außenminister hat China vorgeworfen, Russland mit Bauteilen für Drohnen und Raketen zu beliefern.",
     {("112", "USA", "CHN", "asserted"), ("072", "CHN", "RUS", "reported")}),
    ("en", "Poland accused Belarus of attacking Polish soldiers at the border.",
     {("112", "POL", "BLR", "asserted"), ("190", "BLR", "POL", "reported")}),
])
def test_accused_is_the_agent_of_the_infinitive(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Die EU hat Russland aufgefordert, die Angriffe auf die Ukraine einzustellen.", {("020", "EUU", "RUS", "asserted")}),
    ("Die USA baten Japan, der Ukraine Waffen zu liefern.", {("020", "USA", "JPN", "asserted")}),
    ("Russland versuchte die Ukraine anzugreifen.", {("190", "RUS", "UKR", "asserted")}),
])
def test_infinitives_of_other_verbs_keep_their_reading(coder, text, expected):
    assert rows(coder, text, "de") == expected
