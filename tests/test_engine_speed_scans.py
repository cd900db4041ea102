"""Per-doc indexes of the assembler that replace scans (Assembler._words_between/_word_count by the space tokens,
Assembler.in_actor by the actors' tokens) answer what the scans answered, on texts with space tokens (double
spaces, line breaks) between and inside the phrases."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents.engine import EventCoder
from geoevents.engine.assemble import Assembler

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
        checked.append(n)
        forget(self)

    monkeypatch.setattr(Assembler, "_forget_doc", check_then_forget)
    result = coder.extract(text, lang, date(2023, 3, 1))
    assert checked and result.actor_mentions
