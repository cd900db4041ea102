"""Shared verb patterns read by their object (issue #3): "struck" is the projectile's hit when a projectile stands in
the clause (en:195:struck-projectile) and an attack on the actor right behind the verb otherwise
(en:190:struck-object); before, the object reading was never tried and "Israel struck Iran" had no row."""
from __future__ import annotations

import functools

from datetime import date

import pytest

from engine_rows import ROW_KEYS, coded_rows

PUB = date(2024, 3, 1)


# (code, source, target, modality) of every row
coded = functools.partial(coded_rows, published=PUB, keys=ROW_KEYS + ("modality",), statements=True)



@pytest.mark.parametrize("text, lang, expected", [
    # an actor right behind the verb: the attack on it (were no row)
    ("Israel struck Iran on Monday.", "en", {("190", "ISR", "IRN", "asserted")}),
    ("Israel strikes Iran.", "en", {("190", "ISR", "IRN", "asserted")}),
    ("On Friday the United States struck Iraq again.", "en", {("190", "USA", "IRQ", "asserted")}),
    # German has no such shared verb: the plain attack verb, as before
    ("Israel griff am Montag den Iran an.", "de", {("190", "ISR", "IRN", "asserted")}),
    ("Die USA griffen am Freitag erneut den Irak an.", "de", {("190", "USA", "IRQ", "asserted")}),
    # a projectile in the clause keeps the hit (195)
    ("Russian missiles struck Kharkiv on Monday.", "en", {("195", "RUS", "UKR", "asserted")}),
    ("Russische Raketen trafen am Montag Charkiw.", "de", {("195", "RUS", "UKR", "asserted")}),
    # no actor behind the verb: no attack
    ("Israel struck a deal with Egypt.", "en", set()),
    ("Lightning struck a church in Poland.", "en", set()),
    # the lemma row of the infinitive is unchanged: an announced strike is the threat
    ("Israel said it would strike Iran's nuclear facilities.", "en",
     {("010", "ISR", "IRN", "asserted"), ("138", "ISR", "IRN", "asserted")}),
])
def test_struck_reads_its_object_or_its_projectile(coder, text, lang, expected):
    assert coded(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # weapons sent INTO a state are a deployment, not aid to nobody (was 072 RUS->none, 0332 RUS->none)
    ("Russia sent tanks into Ukraine.", "en", set()),
    ("Russia sent weapons and drones into Ukraine.", "en", set()),
    ("Russia will send tanks into Ukraine.", "en", set()),
    # sent TO a state stays aid to it, in both languages; no recipient named stays aid to nobody named
    ("The US sent tanks to Ukraine.", "en", {("072", "USA", "UKR", "asserted")}),
    ("Germany will send more tanks to Ukraine.", "en", {("0332", "DEU", "UKR", "future")}),
    ("Die USA schickten Panzer an die Ukraine.", "de", {("072", "USA", "UKR", "asserted")}),
    ("The US sent more weapons.", "en", {("072", "USA", None, "asserted")}),
])
def test_weapons_sent_into_a_state_are_no_aid(coder, text, lang, expected):
    assert coded(coder, text, lang) == expected
