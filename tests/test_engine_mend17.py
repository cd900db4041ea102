"""Three misreadings the lead found in session 17 (issue #3, helper mend17): an import noun read as an embargo
without a halting word ("The EU and Japan agreed to cooperate on energy imports" was 163 EUU/JPN future), and an agreed
lifting or cut read as done and one way only ("The EU and China agreed to cut tariffs on electric vehicles" was 030
CHN->EUU future and 0354 EUU->CHN asserted).
English and German sentences of our own, with the ones that must keep their row."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, asserted, coded_rows

PUB = date(2026, 11, 25)   # a Wednesday
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


def future(code: str, source: str | None, target: str | None) -> tuple:
    return (code, source, target, False, "future")


# an import noun is an embargo (163) only when its halt is said (cues import_halt, a strict support family): an intent
# cue does not stand in for the halting word, nor does the noun's owner
@pytest.mark.parametrize("text, lang", [
    ("The EU and Japan agreed to cooperate on energy imports.", "en"),
    ("The EU and Japan agreed to boost imports of liquefied gas.", "en"),
    ("Japan's imports from the EU rose in March.", "en"),
    ("India's imports of Russian oil rose sharply last year.", "en"),
    ("Die EU und Japan wollen die Importe von Flüssiggas ausweiten.", "de"),
    ("Japans Importe aus der EU stiegen im März.", "de"),
])
def test_import_noun_without_a_halt_is_no_embargo(coder, text, lang):
    assert not {r for r in readings(coder, text, lang) if r[0] == "163"}


def test_agreed_cooperation_on_imports_keeps_only_the_cooperation(coder):
    assert readings(coder, "The EU and Japan agreed to cooperate on energy imports.", "en") == {
        future("0311", "EUU", "JPN"), future("0311", "JPN", "EUU")}


@pytest.mark.parametrize("text, lang, expected", [
    ("The EU halted imports of Russian oil.", "en", asserted("163", "EUU", "RUS")),
    ("Japan suspended imports of seafood from China.", "en", asserted("163", "JPN", "CHN")),
    ("The EU agreed to suspend imports of Russian gas.", "en", future("163", "EUU", "RUS")),
    ("Die EU stoppte die Importe aus Russland.", "de", asserted("163", "EUU", "RUS")),
    ("Die EU kündigte an, die Importe aus Russland auszusetzen.", "de", future("163", "EUU", "RUS")),
])
def test_import_halt_said_keeps_the_embargo(coder, text, lang, expected):
    assert expected in readings(coder, text, lang)


# an agreed cut of tariffs or lifting of sanctions is an intent (0354, modality future, as "agreed to cooperate" is
# 0311 future), and a compound subject that agrees eases the measures on each other (both directions), as "China and
# Russia agreed to expand trade" is 0311 both ways; with a target, each member eases them on it
@pytest.mark.parametrize("text, lang, expected", [
    ("The EU and China agreed to cut tariffs on electric vehicles.", "en",
     {future("0354", "EUU", "CHN"), future("0354", "CHN", "EUU")}),
    ("The US and Iran agreed to lift sanctions.", "en", {future("0354", "USA", "IRN"), future("0354", "IRN", "USA")}),
    ("The US and the EU agreed to lift sanctions on Iran.", "en",
     {future("0354", "USA", "IRN"), future("0354", "EUU", "IRN")}),
    ("The US agreed to lift sanctions on Iran.", "en", {future("0354", "USA", "IRN")}),
    ("China agreed to cut tariffs on EU cars.", "en", {future("0354", "CHN", "EUU")}),
    ("Die EU und China einigten sich darauf, die Zölle auf Elektroautos zu senken.", "de",
     {future("0354", "EUU", "CHN"), future("0354", "CHN", "EUU")}),
    ("Die USA und Iran haben sich darauf geeinigt, die Sanktionen aufzuheben.", "de",
     {future("0354", "USA", "IRN"), future("0354", "IRN", "USA")}),
])
def test_agreed_lifting_is_an_intent_of_each_party(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # lifting done is 085 asserted; a refusal to lift stays 1244
    ("The EU lifted sanctions on Syria.", "en", {asserted("085", "EUU", "SYR")}),
    ("Die EU hob die Sanktionen gegen Syrien auf.", "de", {asserted("085", "EUU", "SYR")}),
    ("The EU will not lift the sanctions on Russia.", "en", {asserted("1244", "EUU", "RUS")}),
])
def test_lifting_without_an_agreement_keeps_its_reading(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


# an English headline's passive without its auxiliary ("Twelve people killed in ..."): a count of sufferers before
# the participle of violence, a preposition of place or means after it (Passives._headline_passive), is read as
# "were killed in ..." is: the act noun's adjective is the agent, the place stands in only for nobody named
@pytest.mark.parametrize("text, lang, expected", [
    # were 190 PSE->ISR (Gaza as the agent, the adjective as the target), no row, 190 USA->IRQ
    ("Twelve people killed in Israeli air strikes on Gaza.", "en", {asserted("195", "ISR", "PSE")}),
    ("Five wounded in a Ukrainian drone attack on Belgorod.", "en", {asserted("195", "UKR", "RUS")}),
    ("Three US soldiers killed in an attack in Basra.", "en", {asserted("190", "IRQ", "USA")}),
    ("Two Russian soldiers killed in Ukraine.", "en", {asserted("190", "UKR", "RUS")}),
])
def test_headline_passive_reads_as_the_passive(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Seven people were killed in a Russian air strike on Kyiv.", "en", {asserted("195", "RUS", "UKR")}),
    ("Two Russian soldiers killed three Ukrainian civilians in Kharkiv.", "en", {asserted("190", "RUS", "UKR")}),
    ("Mindestens 30 Tote bei russischen Angriffen auf Charkiw.", "de", {asserted("190", "RUS", "UKR")}),
])
def test_headline_passive_leaves_other_clauses(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected
