"""The typographic apostrophe (’) reads as the straight one, and a plural possessive's bare apostrophe as "'s" (issue
#3, session 18). Agency copy writes "Russia’s" and "didn’t" as often as "Russia's" and "didn't"; before, the rules
compared the straight "'s" in a dozen places, each with its own set, and the lexicons' "n't", "wo n't", "'s" never
matched "n’t", "won’t", "’s": every sentence below coded differently with ’ (a lost act, a lost negation, a
sector or a possessor's party read as the critic). Each sentence is coded with both apostrophes and must give the
same reading; the plural possessives ("the United States' invasion") must read as the singular ones do."""
from __future__ import annotations

import functools
from datetime import date

import pytest
import spacy

from engine_rows import READING_KEYS, coded_rows
from geoevents.engine.components import POSSESSIVE_S, is_possessive, token_table
from geoevents.engine.lexicon import fold_apostrophes, token_keys

PUB = date(2024, 3, 1)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)
with_sectors = functools.partial(coded_rows, published=PUB,
                                 keys=("cameo_code", "source_actor", "source_sector", "target_actor", "target_sector"))
APOSTROPHES = pytest.mark.parametrize("apostrophe", ["'", "\u2019"], ids=["straight", "typographic"])


def _row(code: str, source: str | None, target: str | None, negated: bool = False, modality: str = "asserted"):
    return (code, source, target, negated, modality)


@APOSTROPHES
@pytest.mark.parametrize("text, lang, expected", [
    # a verb row used as a noun after the possessive (rules/words.py _nominal; sources.py _possessive_agent)
    ("Moldova criticised Russia's arrest of a Romanian reporter in Tiraspol.", "en",
     {_row("111", "MDA", "RUS"), _row("173", "RUS", "ROU")}),
    ("Poland condemned Russia's invasion of Ukraine.", "en", {_row("111", "POL", "RUS"), _row("190", "RUS", "UKR")}),
    # a phrase row after the possessive (words.py _nominal, the phrase branch)
    ("Japan's financial support for Ukraine was announced on Friday.", "en", {_row("071", "JPN", "UKR")}),
    ("Iran's military support for Iraq alarmed Israel.", "en", {_row("072", "IRN", "IRQ")}),
    # the agent of a threat noun with its content (sources.py _content_noun_agent)
    ("Russia's threat to cut gas supplies to Austria alarmed Vienna.", "en", {_row("130", "RUS", "AUT")}),
    # a noun-or-verb word after the possessive is the noun (components.py find_triggers)
    ("Russia's attack on Kyiv killed four people.", "en", {_row("190", "RUS", "UKR")}),
    # a coordinated modifier after the possessive (components.py _coordinated_modifier)
    ("France condemned Iran's drone and missile attack on Israel.", "en",
     {_row("111", "FRA", "IRN"), _row("195", "IRN", "ISR")}),
    # what is commented on lies in the object noun phrase behind a possessive (rules/content.py)
    ("Lithuania welcomed Norway's pledge to send more aid to Ukraine.", "en", {_row("051", "LTU", "NOR")}),
    # a goal noun behind a possessive is the verb's object (content.py _goal_object)
    ("Greece said it had met Turkey's demands on the border.", "en", {_row("083", "GRC", "TUR")}),
    # contractions: the lexicons' "n't" (negation) and "wo n't" (a refusal)
    ("Germany didn't attack Austria.", "en", {_row("190", "DEU", "AUT", negated=True)}),
    ("Russia won't release the American journalist, the Kremlin said.", "en", {_row("1243", "RUS", "USA")}),
    ("Serbia's government said it wouldn't recognise Kosovo.", "en",
     {_row("054", "SRB", "XKX", negated=True, modality="future")}),
    # a German genitive apostrophe after a name ending in s/z/x (sources.py _genitive_after)
    ("Der Besuch Scholz' in Peking wurde von China begrüßt.", "de", {_row("042", "DEU", "CHN")}),
])
def test_either_apostrophe_gives_the_same_reading(coder, apostrophe, text, lang, expected):
    assert readings(coder, text.replace("'", apostrophe), lang) == expected


@APOSTROPHES
@pytest.mark.parametrize("text, expected", [
    # the sector word behind the possessive joins the mention (cues np_internal)
    ("Japan's defense minister visited South Korea.", {("042", "JPN", "MIL", "KOR", None)}),
    ("Egypt's army shelled positions in Libya.", {("194", "EGY", "MIL", "LBY", None)}),
    ("The UN's envoy met Sudan's foreign minister in Khartoum.",
     {("040", "UNO", "DIP", "SDN", "GOV"), ("040", "SDN", "GOV", "UNO", "DIP")}),
    # a state's people behind a possessive are no state as subject (rules/protests.py _state_as_subject)
    ("Algeria's students protested against the government in Algiers.", {("140", "DZA", "EDU", "DZA", "GOV")}),
    # a plural possessive's sector word too (components.py _mergeable)
    ("The Philippines' navy shelled rebel positions in Malaysia.", {("194", "PHL", "MIL", "MYS", None)}),
])
def test_either_apostrophe_gives_the_same_sectors(coder, apostrophe, text, expected):
    assert with_sectors(coder, text.replace("'", apostrophe), "en") == expected


@APOSTROPHES
@pytest.mark.parametrize("text, expected", [
    # the bare apostrophe of a plural possessive is the possessor's "'s" (was: the critic as the act's agent, or
    # no act at all)
    ("Cuba condemned the United States' invasion of Panama.", {_row("111", "CUB", "USA"), _row("190", "USA", "PAN")}),
    ("Venezuela criticised the Netherlands' arrest of a Venezuelan diplomat.",
     {_row("111", "VEN", "NLD"), _row("173", "NLD", "VEN")}),
    ("The United States' threat to cut aid to Honduras alarmed Tegucigalpa.", {_row("130", "USA", "HND")}),
    ("Russia denounced the United States' drone and missile attack on Syria.",
     {_row("111", "RUS", "USA"), _row("195", "USA", "SYR")}),
])
def test_a_plural_possessive_reads_as_the_singular_one(coder, apostrophe, text, expected):
    assert readings(coder, text.replace("'", apostrophe), "en") == expected


def test_possessive_markers():
    """"'s" in any case and with either apostrophe; a bare apostrophe glued behind a word ending in s with a word
    behind it, unless it closes a single quote opened shortly before (' or ‘)."""
    nlp = spacy.blank("en")
    doc = nlp("RUSSIA'S navy, the Philippines’ coast guard and 'terrorist attacks' on Tuesday; Russia’s army")
    table = token_table(doc)
    marks = {table.text[i]: is_possessive(table.lower, table.text, table.idx, i) for i in range(len(doc))
             if table.lower[i] in ("'s", "'")}
    assert table.lower[1] == POSSESSIVE_S and is_possessive(table.lower, table.text, table.idx, 1)
    assert [is_possessive(table.lower, table.text, table.idx, i) for i in range(len(doc))
            if table.text[i] in ("'", "’")] == [True, False, False]
    assert marks["’s"] and table.lower[-2] == POSSESSIVE_S


def test_lexicon_words_fold_the_typographic_apostrophe():
    assert fold_apostrophes("russia’s") == "russia's" and fold_apostrophes("plain") == "plain"
    assert token_keys("Didn’t", "") == ("didn't",)
