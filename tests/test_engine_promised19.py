"""Aid promised in a German zu-infinitive goes to the object of the promise when the infinitive names no receiver
(issue #3, german19): "China versprach Russland, Waffen zu liefern" was 0332 CHN->none, "Deutschland hat der Ukraine
zugesagt, weitere Panzer zu liefern" DEU->none; the infinitive's agent is the promise's subject (versprechen,
zusagen, anbieten: cues commitment_words), its receiver the promise's object (ContentEvents._commitment_recipient).
A receiver named in the infinitive stays ("hat Polen zugesagt, der Ukraine Panzer zu liefern" FRA->UKR)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("text", "expected"), [
    ("China versprach Russland, Waffen zu liefern.", {("0332", "CHN", "RUS")}),
    ("Deutschland hat der Ukraine zugesagt, weitere Panzer zu liefern.", {("0332", "DEU", "UKR")}),
    ("Die USA haben Israel angeboten, Luftabwehrsysteme zu liefern.", {("0332", "USA", "ISR")}),
])
def test_promised_aid_goes_to_the_object_of_the_promise(coder, text, expected):
    assert rows(coder, text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Frankreich hat Polen zugesagt, der Ukraine Panzer zu liefern.", {("0332", "FRA", "UKR")}),
    ("Deutschland versprach, Waffen an die Ukraine zu liefern.", {("0332", "DEU", "UKR")}),
    ("Die USA kündigten an, Waffen zu liefern.", {("0332", "USA", None)}),
])
def test_a_receiver_in_the_infinitive_stays(coder, text, expected):
    assert rows(coder, text, "de") == expected
