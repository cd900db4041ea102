"""An aid package announced is pledged (the intent 033x, future), in English as in German ("kündigte ein
Militärhilfepaket an"): the announcing verb supports the aid noun (cues support announcement,
announced_support_families) and its speaker gives it, also with a sum of money in the noun phrase (cues amount_words,
rules/sources.py ``_announced_act``). Before: "The United States announced $2 billion in military aid for Ukraine"
was only the statement 010."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import ROW_KEYS, coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB, keys=ROW_KEYS + ("modality",))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The United States announced $2 billion in military aid for Ukraine.", ("0332", "USA", "UKR", "future")),
    ("en", "The United States announced a new $2 billion military aid package for Kyiv.",
     ("0332", "USA", "UKR", "future")),
    ("en", "Germany announced a new military aid package for Ukraine worth 500 million euros.",
     ("0332", "DEU", "UKR", "future")),
    ("en", "Japan announced $500 million in humanitarian aid for Gaza.", ("0333", "JPN", "PSE", "future")),
    ("de", "Die USA kündigten ein neues Militärhilfepaket für die Ukraine an.", ("0332", "USA", "UKR", "future")),
])
def test_an_announced_aid_package_is_pledged(coder, lang, text, expected):
    assert rows(coder, text, lang) == {expected}


def test_an_act_in_a_clause_of_its_own_is_not_the_announced_object(coder):
    # "announced it will return weapons": the clause's own verb, not the announcing one, governs the noun
    text = "The rebels announced on Monday that they had sent weapons to the capital."
    assert not {r for r in rows(coder, text, "en") if r[0].startswith("03")}


def test_a_delivery_announced_as_done_stays_a_statement_of_it(coder):
    # an announcement that something was delivered reports the past act; no pledge is added
    text = "Ukraine announced that Russia had received $1 billion in weapons from Iran."
    assert ("072", "IRN", "RUS", "asserted") in rows(coder, text, "en")
    assert not {r for r in rows(coder, text, "en") if r[0].startswith("03")}
