"""German readings of issue #3 left by session 16 (session 17, de17 item 3): a flight with words before "nach" ("flog am
Montag nach Moskau"), an arrival with a purpose phrase before the place ("traf ... zu Gesprächen in Prag ein"),
and a contest as the object of "bestreiten" ("bestreitet das Finale": no denial)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, asserted, coded_rows

PUB = date(2024, 10, 16)
rows = functools.partial(coded_rows, published=PUB, keys=READING_KEYS, statements=True)


@pytest.mark.parametrize("text, expected", [
    ("Der indische Premierminister flog am Montag nach Moskau.", asserted("042", "IND", "RUS")),
    ("Erdogan flog am Montag von Ankara nach Moskau.", asserted("042", "TUR", "RUS")),
    ("Macron ist am Montag nach Peking geflogen.", asserted("042", "FRA", "CHN")),
    ("Scholz flog nach Peking.", asserted("042", "DEU", "CHN")),
    ("Der polnische Außenminister traf am Dienstag zu Gesprächen in Prag ein.", asserted("042", "POL", "CZE")),
    ("Scholz reiste zu Gesprächen nach Peking.", asserted("042", "DEU", "CHN")),
])
def test_german_visit_with_words_before_the_place(coder, text, expected):
    assert expected in rows(coder, text, "de")


@pytest.mark.parametrize("text", [
    # "nach" of time or of a source, no destination named right behind it: no visit
    "Der Kanzler flog nach dem Treffen mit Xi zurück.",
    "Russische Bomber flogen am Montag nach Angaben Japans nahe der Grenze.",
])
def test_german_flight_without_a_destination_is_no_visit(coder, text):
    assert not {row for row in rows(coder, text, "de") if row[0] == "042"}


@pytest.mark.parametrize("text", [
    "Deutschland bestreitet das Finale gegen Spanien.",
    "Die deutsche Mannschaft bestritt am Sonntag ihr erstes Spiel gegen Frankreich.",
])
def test_bestreiten_of_a_contest_denies_nothing(coder, text):
    assert not {row for row in rows(coder, text, "de") if row[0] == "016"}


@pytest.mark.parametrize("text, expected", [
    ("Russland bestreitet die Vorwürfe der Ukraine.", asserted("016", "RUS", "UKR")),
    ("Der Kreml bestritt am Montag den Bericht über den Angriff auf Kiew.", asserted("016", "RUS", "UKR")),
])
def test_bestreiten_of_an_accusation_stays_a_denial(coder, text, expected):
    assert expected in rows(coder, text, "de")
