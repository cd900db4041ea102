"""Misreadings helpers noticed on their own sentences while working on the fourth fresh set (issue #3, misc16): each
with English and German sentences of our own, and sentences that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize("text, lang, expected", [
    # an office title that leaves its state implicit ("Defense Secretary" the US one, "foreign secretary" the British
    # one, "Kanzler" the German one) is another state's office when that state is named right before it
    ("Japan's defense secretary visited Seoul.", "en", {("042", "JPN", "KOR")}),
    ("The Japanese defense secretary visited Seoul.", "en", {("042", "JPN", "KOR")}),
    ("India's foreign secretary travelled to Dhaka on Tuesday.", "en", {("042", "IND", "BGD")}),
    ("The Canadian foreign secretary visited Seoul.", "en", {("042", "CAN", "KOR")}),
    ("Österreichs Kanzler besuchte am Freitag Paris.", "de", {("042", "AUT", "FRA")}),
    ("Der österreichische Kanzler reiste nach Rom.", "de", {("042", "AUT", "ITA")}),
    # with no other state named, the implicit state stays
    ("The Defense Secretary visited Seoul.", "en", {("042", "USA", "KOR")}),
    ("The British foreign secretary visited Seoul.", "en", {("042", "GBR", "KOR")}),
    ("Der Kanzler besuchte am Freitag Paris.", "de", {("042", "DEU", "FRA")}),
])
def test_implicit_office_of_a_named_state(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
