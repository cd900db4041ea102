"""Per-doc indexes of the assembler that replace scans (Assembler._words_between/_word_count by the space tokens,
Assembler.in_actor by the actors' tokens, Assembler._actor_overlaps/_actor_starts_in by the actors' sorted starts)
answer what the scans answered, on texts with space tokens (double spaces, line breaks) between and inside the
phrases, and on actor lists out of order, nested, overlapping or empty."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents.engine import EventCoder
from geoevents.engine.assemble import Assembler
from geoevents.engine.components import sentence_bounds
from geoevents.engine.lexicon import _match_pattern, match_after_first, match_at, parse_pattern
from geoevents.engine.rules.common import Actor
from geoevents.engine.rules.words import WordQueries, actor_index

TEXTS = [
    ("en", "Russia,  China  and\n\nIndia met in Moscow.  The US , the EU and   Japan said they would talk to Iran.\n"
           "Putin  said Russia was behind the attack on Kyiv, a spokesman for the  Kremlin  said."),
    ("de", "Russland,  China und\n\nIndien trafen sich in Moskau.   Die USA und  die EU drohten dem Iran mit "
           "Sanktionen.\nPutin sagte,  Russland stecke hinter dem Angriff auf Kiew."),
    ("en", 'Biden  told reporters on Monday. "China must stop its support for Russia now," he said.  '
           '"We will not wait." The EU,  which sent aid to Ukraine, condemned the attack.\n'
           '"Russia attacked  Kyiv again and again"'),
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
        bounds = sentence_bounds(self.doc)
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
        for start, stop in bounds:
            span = self.table.span(start, stop)
            before = next((t for t in range(span.start - 1, -1, -1) if not self.space[t]), None)
            assert self._continued_quote(span) == \
                ([] if span.start in self.paragraph_starts else
                 [q for q in self.quotes if q.open_token == before and q.end_token > span.start and
                  q.word_count >= self.min_quote_words]), span
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


def test_pattern_matches_without_a_particle_take_the_short_path():
    """match_at and match_after_first answer what the general matcher (_match_pattern) answers: one-word, longer,
    wildcard and separable patterns at every start and end of a token list."""
    keys = [("russland",), ("griff",), ("die",), ("ukraine",), ("an",), (",",), ("kündigte",), ("an",),
            ("luftangriffen", "luftangriff"), ("auf",), ("kiew",), ("gesprächen", "gespräch")]
    patterns = [parse_pattern(raw, None) for raw in ("russland", "griff ... an", "die ukraine", "russ*",
                                                       "*angriff auf", "*angriff", "kündigte ... an", "gespräch",
                                                       "die ukraine an", "auf kiew")]
    for pattern in patterns:
        for start in range(len(keys) + 1):
            for end in range(start, len(keys) + 1):
                for clause_end in (None, end, len(keys)):
                    assert match_at(pattern, keys, start, end, clause_end) == \
                        _match_pattern(pattern, 0, keys, start, end, clause_end), (pattern.source, start, end)
                    expected = None if start + 1 > end else _match_pattern(pattern, 1, keys, start + 1, end, clause_end)
                    assert match_after_first(pattern, keys, start, end, clause_end) == expected, \
                        (pattern.source, start, end)
