"""Talks named as halted, stalled, cancelled or postponed (issue #3, session 19; a class held-out set 8 named: acts
named as stopped coded as the act itself). Negotiations halted by a party are CAMEO 164 from the one who halts them
(rows en:164:talks-halted, negotiations-halted, negotiated-halted, de:164:gespraeche-ausgesetzt,
verhandlungen-ausgesetzt, strict support family talks_halt); talks named as stalled, collapsed or failed with nobody
halting them are no meeting (rules/content.py _failed_meeting, family talks_failed) unless the clause says they were
held or resumed; a meeting a party calls off is 160 from that party toward the other (rules/content.py
_cancelled_meeting, as a cancelled visit, en:160:visit-cancelled; 160 needs its other party: cues
target_required_codes), one called off with nobody named is the meeting negated (cues negating_verbs), one postponed is its parties' intent (036 future, cues postponing_words), as a planned one."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)
readings = functools.partial(coded_rows, published=PUB, keys=("cameo_code", "source_actor", "target_actor", "negated",
                                                              "modality"))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Russia suspended peace talks with Ukraine on Monday.", ("164", "RUS", "UKR")),
    ("en", "China called off trade talks with Washington.", ("164", "CHN", "USA")),
    ("en", "Armenia has suspended peace negotiations with Azerbaijan.", ("164", "ARM", "AZE")),
    ("en", "Iran broke off nuclear negotiations with the United States.", ("164", "IRN", "USA")),
    ("de", "Russland hat die Friedensgespräche mit der Ukraine ausgesetzt.", ("164", "RUS", "UKR")),
    ("de", "Iran brach die Atomverhandlungen mit den USA ab.", ("164", "IRN", "USA")),
    ("de", "China sagte die Handelsgespräche mit den USA ab.", ("164", "CHN", "USA")),
])
def test_talks_halted_by_a_party_are_negotiations_halted(coder, lang, text, expected):
    assert rows(coder, text, lang) == {expected}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peace talks between Russia and Ukraine have stalled."),
    ("en", "The negotiations between Armenia and Azerbaijan collapsed on Tuesday."),
    ("en", "Qatar tried to revive the stalled talks between Israel and Lebanon."),
    ("de", "Die Friedensgespräche zwischen Russland und der Ukraine sind ins Stocken geraten."),
    ("de", "Die Verhandlungen zwischen Armenien und Aserbaidschan sind gescheitert."),
    ("de", "Nach dem Scheitern der Gespräche zwischen Indien und Pakistan blieb die Grenze geschlossen."),
])
def test_stalled_or_failed_talks_are_no_meeting(coder, lang, text):
    assert rows(coder, text, lang) == set()


@pytest.mark.parametrize(("lang", "text", "pair"), [
    # resumed, continued or held talks stay meetings, also beside a word of stalling
    ("en", "Talks between Russia and Ukraine resumed in Istanbul after stalling for months.", ("RUS", "UKR")),
    ("en", "After the stalled talks resumed, Armenia and Azerbaijan agreed on a border commission.", ("ARM", "AZE")),
    ("en", "Russia resumed talks with Ukraine on Monday.", ("RUS", "UKR")),
    ("de", "Die Gespräche zwischen Russland und der Ukraine wurden nach monatelangem Stillstand wieder aufgenommen.",
     ("RUS", "UKR")),
    ("de", "Russland nahm die Gespräche mit der Ukraine wieder auf.", ("RUS", "UKR")),
])
def test_resumed_talks_stay_meetings(coder, lang, text, pair):
    found = rows(coder, text, lang)
    assert ("040", *pair) in found and not any(code == "164" for code, _s, _t in found)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "China cancelled a meeting with the US defence secretary.", {("160", "CHN", "USA", False, "asserted")}),
    ("de", "China hat das Treffen mit dem US-Verteidigungsminister abgesagt.", {("160", "CHN", "USA", False, "asserted")}),
    ("de", "Der Bundeskanzler sagte seinen Besuch in China ab.", {("160", "DEU", "CHN", False, "asserted")}),
    ("en", "The summit between Russia and the United States was called off.",
     {("040", "RUS", "USA", True, "asserted"), ("040", "USA", "RUS", True, "asserted")}),
    ("de", "Das Treffen zwischen Russland und den USA wurde abgesagt.",
     {("040", "RUS", "USA", True, "asserted"), ("040", "USA", "RUS", True, "asserted")}),
    ("en", "The US secretary of state postponed his visit to Beijing.", {("036", "USA", "CHN", False, "future")}),
    ("de", "Der US-Außenminister verschob seinen Besuch in Peking.", {("036", "USA", "CHN", False, "future")}),
    # a cancelled visit that names no host reduces relations with nobody (no row)
    ("en", "China's foreign minister cancelled the visit.", set()),
])
def test_cancelled_and_postponed_meetings(coder, lang, text, expected):
    assert readings(coder, text, lang) == expected
