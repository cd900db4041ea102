"""Statements' speakers and sources in agency copy (issue #3, session 18, attrib18): who says what when the
attribution names an office, a news agency or a pronoun. Sentences of our own, English and German, with sentences
that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows

PUB = date(2026, 3, 4)
said = functools.partial(coded_rows, published=PUB, keys=("cameo_code", "source_actor", "target_actor",
                                                            "trigger_text"), statements=True, event_type="STATEMENT")
dated = functools.partial(coded_rows, published=PUB, keys=("trigger_text", "source_actor", "event_date"),
                          statements=True, event_type="STATEMENT")


@pytest.mark.parametrize("text, lang, expected", [
    # "he added" / "fügte er hinzu" continue the latest speaker of a main clause, not the latest person named in a
    # clause "after Y warned ..." (were Y, or no row)
    ('"We will defend every inch of our territory," Lithuanian President Gitanas Nauseda said on Friday after '
     'Russian President Vladimir Putin threatened the Baltic states. "Our allies stand with us," he added.', "en",
     {("010", "LTU", None, "said"), ("010", "LTU", None, "added")}),
    ("„Wir lassen uns nicht erpressen“, sagte der polnische Ministerpräsident Donald Tusk, nachdem Russland mit "
     "Vergeltung gedroht hatte. „Polen steht fest an der Seite der Ukraine“, fügte er hinzu.", "de",
     {("010", "POL", None, "sagte"), ("010", "POL", "UKR", "fügte ... hinzu")}),
    # "it added" after a ministry's statement: the ministry, not the state in what it said (was JPN)
    ("The Chinese foreign ministry said Japan must apologise. It added that Beijing would protect its interests.",
     "en", {("010", "CHN", "JPN", "said"), ("010", "CHN", None, "added")}),
    # unchanged: the latest speaker of two; no statement before (the person named before adds); an institution
    # speaker is no "he"
    ("German Chancellor Friedrich Merz said Europe must do more. French President Emmanuel Macron said Europe was "
     "ready. He added that France would send troops.", "en",
     {("010", "DEU", None, "said"), ("010", "FRA", None, "said"), ("010", "FRA", None, "added")}),
    ("Bundeskanzler Merz sagte, Europa müsse mehr tun. „Wir stehen an der Seite der Ukraine“, fügte er hinzu.", "de",
     {("010", "DEU", None, "sagte"), ("010", "DEU", "UKR", "fügte ... hinzu")}),
    ("Putin met Xi in Moscow on Monday. He added that Russia valued the partnership.", "en",
     {("010", "CHN", "RUS", "added")}),
    ('"He added fuel to the fire," German Chancellor Friedrich Merz said of the Russian president.', "en",
     {("010", "DEU", None, "said")}),
])
def test_added_statement_continues_the_latest_speaker(coder, text, lang, expected):
    assert said(coder, text, lang) == expected


def test_added_statement_keeps_the_date_of_what_was_said_before(coder):
    text = ('"Our patience has limits," Indian Prime Minister Narendra Modi said on Monday after Pakistan\'s army '
            'chief warned New Delhi. "We will respond at a time of our choosing," he added.')
    rows = dated(coder, text, "en")
    assert ("added", "IND", date(2026, 3, 2)) in rows and ("said", "IND", date(2026, 3, 2)) in rows


@pytest.mark.parametrize("text, lang, expected", [
    # a PLA theater command and the U.S. cabinet titles name their state (were no speaker, no row)
    ("Chinese warships sailed through the Taiwan Strait on Monday, the Eastern Theater Command said.", "en",
     {("010", "CHN", "TWN", "said")}),
    ("The Southern Theatre Command said it had driven a Philippine vessel away from the shoal.", "en",
     {("010", "CHN", "PHL", "said")}),
    ("Washington will raise tariffs on Mexican steel, Commerce Secretary Howard Lutnick said.", "en",
     {("010", "USA", "MEX", "said")}),
    ("Treasury Secretary Scott Bessent said Washington would punish buyers of Iranian oil.", "en",
     {("010", "USA", "IRN", "said")}),
    ("Bessent sagte, die USA würden Zölle auf chinesische Waren erheben.", "de", {("010", "USA", "CHN", "sagte")}),
    # a command named by no state, the Indian army's own command: unchanged
    ("The Eastern Command said it had moved troops to the border.", "en", set()),
    ("The Eastern Command of the Indian Army said it had moved troops.", "en", {("010", "IND", None, "said")}),
])
def test_offices_that_name_their_state_speak_for_it(coder, text, lang, expected):
    assert said(coder, text, lang) == expected
