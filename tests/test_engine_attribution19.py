"""What a closing attribution reports: (1) a scare quote (shorter than min_quote_words) that closes right before the
attribution inside its clause is part of the clause, not all that was said ('... condemned the US sanctions as
"illegitimate", the ministry said' was 010 RUS->none with the one quoted word as content, now RUS->USA); (2) a span of
time opened by its link behind the attribution (", after four days of strikes", cues time_distance_links,
time_distance_units) is an adjunct, also behind a seat of the attribution ("told reporters in New Delhi"): what was
said precedes (was the adjunct, target none), and an act noun in that span is not the speaker's."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2026, 11, 25)
rows = functools.partial(coded_rows, published=PUB, statements=True)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Russia's foreign ministry summoned the US envoy and condemned the latest US sanctions as "
           "\"illegitimate\", the ministry said in a statement.", ("010", "RUS", "USA")),
    ("en", "Iran condemned the new British sanctions as \"illegal\", the Iranian foreign ministry said on Monday.",
     ("010", "IRN", "GBR")),
    ("en", "India and Pakistan agreed on Saturday to stop all military action, the Indian foreign secretary told "
           "reporters in New Delhi, after four days of cross-border strikes.", ("010", "IND", "PAK")),
    ("en", "Japan will send humanitarian aid to the Philippines, the Japanese foreign minister told reporters in "
           "Tokyo, after three days of storms.", ("010", "JPN", "PHL")),
    ("en", "Israel struck targets in Lebanon, the army told reporters in Jerusalem, after months of cross-border fire.",
     ("010", "ISR", "LBN")),
])
def test_closing_attribution_reports_the_clause_before(coder, lang, text, expected):
    assert expected in rows(coder, text, lang, cameo_code="010")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "\"We will respond,\" the Chinese foreign ministry said.", {("010", "CHN", None)}),
    ("de", "„Wir werden reagieren“, sagte der chinesische Außenminister.", {("010", "CHN", None)}),
])
def test_a_quote_of_its_own_stays_what_was_said(coder, lang, text, expected):
    assert rows(coder, text, lang, cameo_code="010") == expected


def test_an_act_noun_in_the_span_behind_the_attribution_is_not_the_speakers(coder):
    found = rows(coder, "Russia fired missiles at Kyiv, the Ukrainian air force said on Sunday, after days of drone "
                        "attacks.", "en")
    assert ("195", "UKR", None) not in found and ("195", "RUS", "UKR") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia condemned the new Japanese sanctions as unlawful on Tuesday.", {("111", date(2026, 11, 24))}),
    ("Russia condemned the new Japanese sanctions as \"unlawful\" on Tuesday, the Russian foreign ministry said.",
     {("111", date(2026, 11, 24)), ("010", date(2026, 11, 24))}),
    # a clause of its own behind "as" keeps its date to itself
    ("China criticized the visit as Taiwan hosted the US delegation on Tuesday.",
     {("111", date(2026, 11, 25)), ("043", date(2026, 11, 24))}),
])
def test_the_date_of_a_predicative_as_phrase_is_its_clauses(coder, text, expected):
    assert rows(coder, text, "en", keys=("cameo_code", "event_date")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan shot down five Indian jets, the Pakistani army said, a claim New Delhi denied.", ("010", "PAK", "IND")),
    ("Pakistan shot down five Indian jets, the Pakistani army told reporters on Sunday, a claim New Delhi denied.",
     ("010", "PAK", "IND")),
    ("Russia attacked Kyiv with drones overnight, the Ukrainian air force said on Tuesday, a charge Moscow denied.",
     ("010", "UKR", "RUS")),
])
def test_a_claim_apposition_behind_a_closing_attribution_leaves_what_was_said_before_it(coder, text, expected):
    # (claim_apposition_nouns; was no 010 row or no target: the denial's clause ended the saying's content)
    found = rows(coder, text, "en", cameo_code="010")
    assert found == {expected}
    assert any(code == "016" for code, _s, _t in rows(coder, text, "en"))


def test_a_claim_noun_inside_what_was_said_is_no_apposition(coder):
    assert rows(coder, "The Indian army said a claim that Pakistan shot down Indian jets was false.", "en",
                cameo_code="010") == {("010", "IND", "PAK")}
