"""Arms deliveries, exports and shipments halted, paused or stopped are military aid stopped (1622), not aid given:
"Deutschland stoppte die Waffenlieferungen an Israel" was 072 DEU->ISR (the opposite of what was said), "Germany
halted arms exports to Israel" and "Washington paused weapons shipments to Kyiv" had no row (rows
en:1622:arms-exports-halted ..., de:1622:waffenlieferungen-gestoppt, support family halt). Deliveries resumed or
continued stay 072."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Germany halted arms exports to Israel.", ("1622", "DEU", "ISR")),
    ("en", "Washington paused weapons shipments to Kyiv.", ("1622", "USA", "UKR")),
    ("en", "Britain suspended arms sales to Israel on Monday.", ("1622", "GBR", "ISR")),
    ("de", "Deutschland stoppte die Waffenlieferungen an Israel.", ("1622", "DEU", "ISR")),
    ("de", "Spanien hat die Waffenlieferungen an Israel ausgesetzt.", ("1622", "ESP", "ISR")),
])
def test_halted_arms_deliveries_are_military_aid_stopped(coder, lang, text, expected):
    assert rows(coder, text, lang) == {expected}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Deutschland setzt die Waffenlieferungen an die Ukraine fort.", ("072", "DEU", "UKR")),
    ("de", "Deutschland hat die Waffenlieferungen an Israel wieder aufgenommen.", ("072", "DEU", "ISR")),
])
def test_continued_or_resumed_deliveries_stay_aid(coder, lang, text, expected):
    assert rows(coder, text, lang) == {expected}
