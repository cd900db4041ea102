"""extract_many: the worker-pool path (n_process > 1) and the batched path give what extract gives, in input order."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents.engine import CoderConfig, EventCoder

ITEMS = [
    ("a", "Putin und Xi hielten am Freitag eine Videoschalte ab.", "de", date(2022, 12, 30)),
    ("b", "The US imposed new sanctions on Russia on Monday.", "en", date(2023, 2, 24)),
    ("c", "Who told us the news? Nobody knows.", "en", None),
    ("d", "Brüssel verhängte neue Sanktionen gegen Russland.", "de", date(2023, 3, 1)),
    ("e", "", "en", None),
    ("f", "China kritisierte die USA scharf. „Wir lehnen das ab“, sagte Wang Yi.", "de", date(2023, 5, 2)),
]


@pytest.fixture(scope="module")
def expected():
    coder = EventCoder()
    return {key: coder.extract(text, lang, published) for key, text, lang, published in ITEMS}


def test_batched_extract_many_equals_extract(expected):
    results = list(EventCoder(CoderConfig(batch_size=2)).extract_many(ITEMS))
    assert [key for key, _ in results] == [key for key, *_ in ITEMS]
    assert dict(results) == expected


def test_worker_pool_extract_many_equals_extract_in_input_order(expected):
    results = list(EventCoder(CoderConfig(n_process=2, batch_size=4)).extract_many(iter(ITEMS)))
    assert [key for key, _ in results] == [key for key, *_ in ITEMS]
    assert dict(results) == expected
    assert any(r.events for _, r in results)


def test_worker_pool_rejects_unsupported_language_in_the_caller():
    coder = EventCoder(CoderConfig(n_process=2))
    with pytest.raises(ValueError, match="unsupported language"):
        list(coder.extract_many([("x", "Bonjour.", "fr", None)]))
