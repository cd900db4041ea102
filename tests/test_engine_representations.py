""""Lodged stern representations with X", the Chinese foreign ministry's word for a diplomatic complaint, is the
official complaint 114 (row en:114:representations, strict support family representations: lodged/made). Other
representations (a court's, a parliament's) are none."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("text", "expected"), [
    ("China lodged stern representations with the United States over the arms sale to Taiwan.", ("114", "CHN", "USA")),
    ("Beijing has lodged solemn representations with Tokyo.", ("114", "CHN", "JPN")),
    ("China made stern representations to Japan over the visit.", ("114", "CHN", "JPN")),
])
def test_lodged_representations_are_an_official_complaint(coder, text, expected):
    assert rows(coder, text, "en") == {expected}


@pytest.mark.parametrize("text", [
    "The lawyers made representations to the court on Monday.",
    "Women's representation in the Chinese parliament remains low.",
    "China's representations in the region were described in a report.",
])
def test_other_representations_are_no_complaint(coder, text):
    assert not rows(coder, text, "en")
