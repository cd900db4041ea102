"""Places of violence in German wire phrasing (issue #3, german19): a compass word joined to a state's name is a region
of that state (gazetteer rows Nordirak, Nordsyrien, Südlibanon, Ostukraine, ...: "Die Türkei hat Stellungen im
Nordirak angegriffen" was 190 TUR->none, now TUR->IRQ by the place convention), and a capital behind the description
of an office ("nach Angaben des Verteidigungsministeriums in Ankara", "according to the defence ministry in Ankara")
is that office's seat, not where the act happened (it hid the place of the attack: TUR->none). A state's own region
stays no target ("Die Ukraine griff russische Stellungen in der Ostukraine an" is Russia's positions)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Türkei hat am Mittwoch Stellungen kurdischer Milizen im Nordirak angegriffen.", {("190", "TUR", "IRQ")}),
    ("de", "Israel bombardierte Ziele im Südlibanon.", {("195", "ISR", "LBN")}),
    ("de", "Russland hat in der Ostukraine mehrere Dörfer beschossen.", {("194", "RUS", "UKR")}),
    ("de", "Die Türkei hat nach Angaben des Verteidigungsministeriums in Ankara am Mittwoch Stellungen im Norden des "
     "Irak angegriffen.", {("190", "TUR", "IRQ")}),
    ("de", "Die Türkei hat nach Angaben des Verteidigungsministeriums in Ankara am Mittwoch erneut Stellungen "
     "kurdischer Milizen im Nordirak aus der Luft angegriffen.", {("190", "TUR", "IRQ")}),
])
def test_place_of_the_attack(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Ukraine griff russische Stellungen in der Ostukraine an.", {("190", "UKR", "RUS")}),
    ("de", "Russland hat nach Angaben des Verteidigungsministeriums in Kiew Ziele in der Ukraine angegriffen.",
     {("190", "RUS", "UKR")}),
    ("de", "Israel hat nach Angaben der Regierung in Beirut Ziele im Süden des Libanon bombardiert.",
     {("195", "ISR", "LBN")}),
    ("en", "Turkey attacked positions in northern Iraq on Wednesday, according to the defence ministry in Ankara.",
     {("190", "TUR", "IRQ")}),
])
def test_other_places_keep_their_reading(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected
