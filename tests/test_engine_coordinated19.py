"""Coordinated German predicates without a subject of their own share the subject of the main clause (issue #3,
german19): across a zu-infinitive clause ("Der US-Außenminister hat China vorgeworfen, Russland ... zu beliefern, und
mit neuen Sanktionen gedroht" was 130 RUS->CHN, the infinitive's object taken as the threatener; a second participle
behind it, "..., und Minsk mit weiteren Sanktionen gedroht", was Minsk's threat), and behind "und" with the verb first
the noun phrase after the verb is the object, no unknown subject ("Bagdad bestellte den türkischen Botschafter ein und
verlangte ein Ende der Angriffe" had no 100 row, "... der irakischen Souveränität" was 100 none->IRQ). The sanctions
imposer of such a predicate is the shared subject too. A clause with a subject of its own keeps it
("Am Montag griffen Soldaten die Ukraine an" keeps its unknown subject)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_mentions, coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)
mentions = functools.partial(coded_mentions, published=PUB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Der US-Außenminister hat China vorgeworfen, Russland mit Bauteilen zu beliefern, und mit neuen Sanktionen gegen "
     "chinesische Firmen gedroht.", {("112", "USA", "CHN"), ("130", "USA", "CHN")}),
    ("Die EU hat Russland aufgefordert, die Angriffe einzustellen, und mit Sanktionen gedroht.",
     {("020", "EUU", "RUS"), ("130", "EUU", None)}),
    ("Die Bundesregierung hat Belarus vorgeworfen, Migranten an die polnische Grenze zu bringen, und Minsk mit "
     "weiteren Sanktionen gedroht.", {("112", "DEU", "BLR"), ("1312", "DEU", "BLR")}),
    ("Die Bundesregierung hat Belarus kritisiert und Minsk mit weiteren Sanktionen gedroht.",
     {("111", "DEU", "BLR"), ("1312", "DEU", "BLR")}),
])
def test_predicate_behind_an_infinitive_clause_shares_the_subject(coder, text, expected):
    assert rows(coder, text, "de") == expected


def test_threatened_sanctions_of_a_coordinated_predicate(coder):
    assert mentions(coder, "Die Bundesregierung hat Belarus kritisiert und Minsk mit weiteren Sanktionen gedroht.",
                    "de") == {("threaten", "DEU", "BLR")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Bagdad bestellte den türkischen Botschafter ein und verlangte ein Ende der Verletzungen der irakischen "
     "Souveränität.", {("114", "IRQ", "TUR"), ("100", "IRQ", None)}),
    ("Polen bestellte den russischen Botschafter ein und kritisierte die Verletzung des polnischen Luftraums.",
     {("114", "POL", "RUS"), ("111", "POL", None)}),
    ("Die Ukraine wies die Vorwürfe zurück und verlangte eine Entschuldigung Russlands.", {("100", "UKR", "RUS")}),
])
def test_noun_phrase_behind_a_coordinated_verb_is_its_object(coder, text, expected):
    assert rows(coder, text, "de") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Russland griff Kiew an, und die Ukraine verurteilte den Angriff.", ("111", "UKR", None)),
    ("de", "Am Montag griffen Soldaten die Ukraine an.", ("190", None, "UKR")),
    ("en", "Poland summoned the Russian ambassador and condemned the attack.", ("111", "POL", None)),
])
def test_clauses_with_their_own_subject(coder, lang, text, expected):
    assert expected in rows(coder, text, lang)
