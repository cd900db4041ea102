"""Violence named as halted, paused or stopped is de-escalation (CAMEO 087; agreed or intended 0356), not the violence
(issue #3, session 19; held-out set 8: "agreed to stop all firing" was 190 future, "einer Aussetzung der Angriffe ...
zugestimmt" 190). rules/content.py _halted_violence, support family violence_halt, cues halted_violence_*."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
readings = functools.partial(coded_rows, published=PUB, keys=("cameo_code", "source_actor", "target_actor",
                                                              "modality"))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "India and Pakistan agreed to stop all firing on land, air and sea.",
     {("0356", "IND", "PAK", "future"), ("0356", "PAK", "IND", "future")}),
    ("en", "Russia agreed to halt attacks on Ukraine's energy infrastructure for 30 days.",
     {("0356", "RUS", "UKR", "future")}),
    ("en", "Israel stopped its air strikes on Lebanon on Sunday.", {("087", "ISR", "LBN", "asserted")}),
    ("en", "Turkey suspended its military offensive in Syria.", {("087", "TUR", "SYR", "asserted")}),
    # (the call framed in the clause took place: 041 both ways, tests/test_engine_framed_call19.py)
    ("de", "Putin stimmte nach einem Telefonat mit Trump einer Aussetzung der Angriffe auf die ukrainische "
           "Energie-Infrastruktur zu.", {("0356", "RUS", "UKR", "future"), ("041", "RUS", "USA", "asserted"),
                                         ("041", "USA", "RUS", "asserted")}),
    ("de", "Indien und Pakistan vereinbarten, alle Angriffe einzustellen.",
     {("0356", "IND", "PAK", "future"), ("0356", "PAK", "IND", "future")}),
    ("de", "Israel stellte seine Luftangriffe auf den Libanon ein.", {("087", "ISR", "LBN", "asserted")}),
    ("de", "Die Türkei hat ihre Militäroffensive in Syrien gestoppt.", {("087", "TUR", "SYR", "asserted")}),
])
def test_halted_violence_is_de_escalation(coder, lang, text, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # continued or resumed violence stays violence
    ("en", "Russia continued its attacks on Ukraine.", {("190", "RUS", "UKR", "asserted")}),
    ("en", "Russia resumed air strikes on Kyiv.", {("195", "RUS", "UKR", "asserted")}),
    ("de", "Russland setzte seine Angriffe auf die Ukraine fort.", {("190", "RUS", "UKR", "asserted")}),
    ("de", "Russland nahm die Luftangriffe auf Kiew wieder auf.", {("195", "RUS", "UKR", "asserted")}),
    # the strikes a span of time names before the agreement are its background, no act of the agreeing parties
    ("en", "India and Pakistan agreed on Sunday to stop all firing, after four days of cross-border drone strikes.",
     {("0356", "IND", "PAK", "future"), ("0356", "PAK", "IND", "future")}),
    ("en", "Germany condemned Russia after three weeks of air strikes on Kharkiv.", {("111", "DEU", "RUS", "asserted")}),
])
def test_continued_violence_stays_violence(coder, lang, text, expected):
    assert readings(coder, text, lang) == expected
