"""English misreadings left by the sessions before (issue #3, en17): targets in another clause, each with English and
German sentences of our own, and sentences that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize("text, lang, expected", [
    # a reaction (an alert, criticism, rejection, threat, reduced relations) whose own clause names no other party is
    # against the agent of the clause of cause or time next to it (cues cause_clause_openers: after, because, when;
    # nachdem, weil, als): its subject, or the agent of its passive; were without target
    ("Japan scrambled fighter jets after two Russian bombers flew close to its airspace.", "en",
     {("152", "JPN", "RUS")}),
    ("After two Russian bombers flew close to its airspace, Japan scrambled fighter jets.", "en",
     {("152", "JPN", "RUS")}),
    ("Japan scrambled fighter jets after its airspace was violated by Russian bombers.", "en",
     {("152", "JPN", "RUS")}),
    ("Russia recalled its ambassador after Moldova expelled two Russian diplomats.", "en",
     {("161", "RUS", "MDA"), ("166", "MDA", "RUS")}),
    ("Moscow condemned the move after Finland joined NATO.", "en", {("111", "RUS", "FIN")}),
    ("After Russia attacked Kyiv with missiles and drones, the EU condemned the attack.", "en",
     {("190", "RUS", "UKR"), ("111", "EUU", "RUS")}),
    ("Japan ließ Kampfjets aufsteigen, nachdem zwei russische Bomber nahe an seinen Luftraum geflogen waren.", "de",
     {("152", "JPN", "RUS")}),
    ("Nachdem zwei russische Bomber nahe an seinen Luftraum geflogen waren, ließ Japan Kampfjets aufsteigen.", "de",
     {("152", "JPN", "RUS")}),
    ("Japan ließ Kampfjets aufsteigen, nachdem sein Luftraum von russischen Bombern verletzt worden war.", "de",
     {("152", "JPN", "RUS")}),
    ("Russland rief seinen Botschafter zurück, nachdem Moldau zwei russische Diplomaten ausgewiesen hatte.", "de",
     {("161", "RUS", "MDA"), ("166", "MDA", "RUS")}),
    ("Moskau verurteilte den Schritt, nachdem Finnland der NATO beigetreten war.", "de", {("111", "RUS", "FIN")}),
    ("Nachdem Russland Kiew mit Raketen und Drohnen angegriffen hatte, verurteilte die EU den Angriff.", "de",
     {("190", "RUS", "UKR"), ("111", "EUU", "RUS")}),
    # unchanged: a clause of cause whose agent is no other party, acts that react against nobody (aid), and a
    # mobilisation, which the fourth fresh set codes without target (fresh4-de-016)
    ("Japan scrambled fighter jets after talks with Russia collapsed.", "en", {("152", "JPN", None)}),
    ("Japan put its army on alert when its prime minister returned from Washington.", "en", {("152", "JPN", None)}),
    ("Japan pledged aid after China cut off rice exports.", "en", {("033", "JPN", None)}),
    ("Venezuela called up reservists after the United States sent warships to the Caribbean.", "en",
     {("154", "VEN", None)}),
    ("Japan ließ Kampfjets aufsteigen, nachdem die Gespräche mit Russland gescheitert waren.", "de",
     {("152", "JPN", None)}),
    ("Venezuela berief Reservisten ein, nachdem die USA Kriegsschiffe in die Karibik entsandt hatten.", "de",
     {("154", "VEN", None)}),
])
def test_a_reaction_is_against_the_agent_of_its_clause_of_cause(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "armed factions", "armed groups", "bewaffnete Gruppen" describe an armed non-state group (sector words REB, as
    # "militias"), so a government blaming them accuses a domestic party: its own state (were without target)
    ("Libya's interior minister blamed armed factions loyal to a rival administration in the east of the country.",
     "en", {("112", "LBY", "LBY")}),
    ("Mali's interior minister blamed armed groups for Sunday's ambush on a convoy near Gao.", "en",
     {("112", "MLI", "MLI")}),
    ("Der libysche Innenminister beschuldigte bewaffnete Gruppen, die einer rivalisierenden Regierung im Osten des "
     "Landes treu sind.", "de", {("112", "LBY", "LBY")}),
    ("Der malische Innenminister beschuldigte am Montag bewaffnete Gruppen, einen Konvoi bei Gao überfallen zu haben.",
     "de", {("112", "MLI", "MLI")}),
    # an armed group named by its state's adjective stays that state's; one backed by another state is its ally's
    # target ("Iran-backed" rule)
    ("Russia blamed armed groups backed by Ukraine for the attack.", "en", {("112", "RUS", "UKR")}),
])
def test_armed_groups_blamed_by_their_government_are_a_domestic_target(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
