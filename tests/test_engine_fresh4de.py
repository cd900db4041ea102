"""German lexicon and reading gaps the fourth fresh-passage set (issue #3, fresh4de, session 16; docs/evaluation.md
"Fourth fresh-passage set") showed, each with sentences of our own (not the passages' words), English counterparts
and sentences that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows

PUB = date(2026, 2, 10)
rows = functools.partial(coded_rows, published=PUB, statements=True)


@pytest.mark.parametrize("text, lang, expected", [
    # the present and infinitive of "bestreiten" deny (016) as its past "bestritt" does (was no event)
    ("Die Regierung in Bamako bestreitet, Söldner angeworben zu haben.", "de", {("016", "MLI", None)}),
    ("Serbien bestreitet die Vorwürfe des Kosovo.", "de", {("016", "SRB", "XKX")}),
    ("Der Kreml bestreitet die Vorwürfe der Ukraine.", "de", {("016", "RUS", "UKR")}),
    # English: the same denials (already read)
    ("The government in Bamako denies having recruited mercenaries.", "en", {("016", "MLI", None)}),
    ("Serbia denies the accusations by Kosovo.", "en", {("016", "SRB", "XKX")}),
    # unchanged: the past and participle
    ("Moskau bestritt die Vorwürfe der Ukraine.", "de", {("016", "RUS", "UKR")}),
])
def test_bestreiten_denies(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the perfect "hat den Abzug ... verlangt/gefordert" demands a withdrawal (106; was the withdrawal 0874 itself,
    # or nothing)
    ("Die Regierung in Bamako hat den Abzug der französischen Soldaten aus Mali verlangt.", "de",
     {("106", "MLI", "FRA")}),
    ("Polen hat von Russland den Abzug seiner Truppen aus Belarus gefordert.", "de", {("106", "POL", "RUS")}),
    # an act coordinated behind the closing participle is no content of the demand (was the demand alone)
    ("Die Militärjunta in Ouagadougou hat den Abzug der französischen Spezialkräfte verlangt und Paris "
     "Einmischung vorgeworfen.", "de", {("106", "BFA", "FRA"), ("112", "BFA", "FRA")}),
    ("Die Regierung in Bamako hat den Abzug der französischen Soldaten gefordert und Paris Einmischung "
     "vorgeworfen.", "de", {("106", "MLI", "FRA"), ("112", "MLI", "FRA")}),
    # English: the same demand with its coordinated accusation (already read)
    ("Burkina Faso demanded the withdrawal of French special forces and accused Paris of interference.", "en",
     {("106", "BFA", "FRA"), ("112", "BFA", "FRA")}),
    ("Mali demanded the withdrawal of French troops.", "en", {("106", "MLI", "FRA")}),
    # unchanged: a withdrawal completed, and a demand whose infinitive names the withdrawal
    ("Die USA haben den Abzug ihrer Soldaten aus Niger abgeschlossen.", "de", {("0874", "USA", "NER")}),
])
def test_demanded_withdrawal(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # investigations "aufgenommen" / "nahm ... auf" are opened (090; cues support_families inquiry, was no event)
    ("Die Staatsanwaltschaft in Prag hat Ermittlungen gegen zwei russische Staatsbürger aufgenommen.", "de",
     {("090", "CZE", "RUS")}),
    ("Die Staatsanwaltschaft in Wien nahm am Montag Ermittlungen gegen einen ungarischen Diplomaten auf.", "de",
     {("090", "AUT", "HUN")}),
    # English: the same openings (already read)
    ("Prosecutors in Prague opened an investigation into two Russian citizens.", "en", {("090", "CZE", "RUS")}),
    ("Prosecutors in Vienna opened an investigation into a Hungarian diplomat on Monday.", "en",
     {("090", "AUT", "HUN")}),
    # unchanged: investigations "eingeleitet", and talks taken up again are no investigation (but a meeting held
    # since the de18 session: "wieder aufgenommen" is a meeting support word, as English "resumed")
    ("Die Behörden in Kiew haben die Ermittlungen gegen russische Offiziere eingeleitet.", "de",
     {("090", "UKR", "RUS")}),
    ("Die Ukraine hat die Gespräche mit Russland wieder aufgenommen.", "de",
     {("040", "UKR", "RUS"), ("040", "RUS", "UKR")}),
])
def test_investigation_taken_up(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "legte Protest gegen X ein", "hat Protest ... eingelegt": an official complaint (114; was no event)
    ("Vietnam legte am Dienstag formell Protest gegen die chinesischen Bohrungen ein.", "de", {("114", "VNM", "CHN")}),
    ("Die Regierung in Tallinn hat Protest gegen die Verletzung ihres Luftraums durch russische Kampfjets "
     "eingelegt.", "de", {("114", "EST", "RUS")}),
    ("Das Außenministerium in Manila bestellte den chinesischen Botschafter ein und legte Protest gegen das "
     "Vorgehen Chinas ein.", "de", {("114", "PHL", "CHN")}),
    # English: the same complaints (already read)
    ("Vietnam lodged a formal protest against the Chinese drilling on Tuesday.", "en", {("114", "VNM", "CHN")}),
    ("The government in Tallinn lodged a protest against the violation of its airspace by Russian fighter jets.",
     "en", {("114", "EST", "RUS")}),
    # unchanged: a protest that sets in is no complaint
    ("Der Protest der Studenten setzte am Montag ein.", "de", set()),
])
def test_protest_lodged(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a noun whose row wants a support word its clause lacks (de:072:truppen-geschickt without a sending word)
    # names no act, so nothing after it is that act's setting: "in erhöhte Alarmbereitschaft" is the alert (152;
    # was vetoed as the setting of "Truppen")
    ("Südkorea versetzte seine Truppen in erhöhte Alarmbereitschaft.", "de", {("152", "KOR", None)}),
    ("Polen hat seine Soldaten an der Grenze in Alarmbereitschaft versetzt.", "de", {("152", "POL", None)}),
    # English: an alert without a troop noun (read before and after)
    ("The government in Taipei put its armed forces on high alert.", "en", {("152", "TWN", None)}),
    # unchanged: what an attack hit is no act of its own (the object phrase keeps its veto)
    ("British aircraft killed four people in an attack on a suspected weapons depot.", "en", {("190", "GBR", None)}),
    ("Britische Kampfjets töteten vier Menschen bei einem Angriff auf ein mutmaßliches Waffenlager.", "de",
     {("190", "GBR", None)}),
])
def test_alert_behind_unsupported_noun(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
