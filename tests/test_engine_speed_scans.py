"""Per-doc indexes of the assembler that replace scans (Assembler._words_between/_word_count by the space tokens,
Assembler.in_actor by the actors' tokens, Assembler._actor_overlaps/_actor_starts_in by the actors' sorted starts)
answer what the scans answered, on texts with space tokens (double spaces, line breaks) between and inside the
phrases, and on actor lists out of order, nested, overlapping or empty."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents.engine import EventCoder
from geoevents.engine.assemble import Assembler
from geoevents.engine.rules.common import Actor
from geoevents.engine.rules.words import WordQueries, actor_index

TEXTS = [
    ("en", "Russia,  China  and\n\nIndia met in Moscow.  The US , the EU and   Japan said they would talk to Iran.\n"
           "Putin  said Russia was behind the attack on Kyiv, a spokesman for the  Kremlin  said."),
    ("de", "Russland,  China und\n\nIndien trafen sich in Moskau.   Die USA und  die EU drohten dem Iran mit "
           "Sanktionen.\nPutin sagte,  Russland stecke hinter dem Angriff auf Kiew."),
]


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


@pytest.mark.parametrize("lang, text", TEXTS)
def test_indexes_answer_what_the_scans_answer(coder, monkeypatch, lang, text):
    checked = []
    forget = Assembler._forget_doc

    def check_then_forget(self):
        n = len(self.space)
        assert any(self.space), "the text must hold space tokens"
        for start in range(n + 1):
            for stop in range(start - 2, n + 1):
                expected = [i for i in range(start, stop) if not self.space[i]]
                assert self._words_between(start, stop) == expected, (start, stop)
                assert self._word_count(start, stop) == len(expected), (start, stop)
        for tok in range(n):
            assert self.in_actor[tok] == any(a.tok_start <= tok < a.tok_end for a in self.actors), tok
        assert any(self.in_actor)
        for start in range(-2, n + 2):
            for stop in range(start - 3, n + 2):
                assert self._actor_overlaps(start, stop) == \
                    any(a.tok_start < stop and a.tok_end > start for a in self.actors), (start, stop)
                assert self._actor_starts_in(start, stop) == \
                    any(start <= a.tok_start < stop for a in self.actors), (start, stop)
        checked.append(n)
        forget(self)

    monkeypatch.setattr(Assembler, "_forget_doc", check_then_forget)
    result = coder.extract(text, lang, date(2023, 3, 1))
    assert checked and result.actor_mentions


def test_actor_range_queries_on_any_actor_list():
    """Actors out of order, one inside another, overlapping, sharing a start, and an empty one (tok_start ==
    tok_end): the bisection answers what a scan of the list answers for every range, inverted ones included."""
    spans = [(7, 9), (2, 4), (3, 12), (2, 3), (15, 15), (15, 17), (20, 21), (0, 1)]
    actors = [Actor("USA", None, "x", 0, 1, start, end, "USA:x", None, None, "") for start, end in spans]
    queries = WordQueries()
    for listed in (actors, actors[::-1], actors[:1], []):
        queries.actor_starts, queries.actor_reach = actor_index(listed)
        for start in range(-2, 24):
            for stop in range(start - 4, 24):
                assert queries._actor_overlaps(start, stop) == \
                    any(a.tok_start < stop and a.tok_end > start for a in listed), (listed, start, stop)
                assert queries._actor_starts_in(start, stop) == \
                    any(start <= a.tok_start < stop for a in listed), (listed, start, stop)
