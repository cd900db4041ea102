"""Actor recognition rules for case_sensitive and ambiguous lexicon entries (seeds/reference/README.md)."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents.engine import EventCoder

PUB = date(2023, 3, 1)


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def codes(coder, text: str, lang: str = "en") -> list[str]:
    return [m.actor_code for m in coder.extract(text, lang, PUB).actor_mentions]


@pytest.mark.parametrize("text", ["Who told us the news?", "They asked who would help us.",
                                  "Who said that? The us and them."])
def test_lowercase_or_sentence_initial_common_words_are_not_who_or_usa(coder, text):
    found = codes(coder, text)
    assert "WHO" not in found and "USA" not in found, found


def test_us_in_capitals_is_the_united_states(coder):
    assert codes(coder, "Later the US said it would talk to China.") == ["USA", "CHN"]


def test_who_in_capitals_is_the_health_organization(coder):
    assert codes(coder, "WHO officials met Chinese officials.")[0] == "WHO"


def test_case_sensitive_prefix_pattern_needs_its_capitals(coder):
    assert "UNO" not in codes(coder, "Critics called the plan un-American.")


@pytest.mark.parametrize("text,absent", [
    ("Chad Smith criticized the plan.", "TCD"),          # first name of a person
    ("Basketball star Michael Jordan met Putin.", "JOR"),  # last name of a person
    ("We ate turkey with Chinese guests.", "TUR"),       # common noun, lower case
])
def test_ambiguous_entries_inside_names_or_lowercase_are_rejected(coder, text, absent):
    assert absent not in codes(coder, text)


@pytest.mark.parametrize("text,lang,expected", [
    ("Turkey criticized Russia on Monday.", "en", "TUR"),
    ("Jordan met Russian officials.", "en", "JOR"),
    ("Brüssel verhängte neue Sanktionen gegen Russland.", "de", "EUU"),
    ("In Rom traf Meloni den chinesischen Präsidenten.", "de", "ITA"),
])
def test_ambiguous_entries_standing_alone_are_accepted(coder, text, lang, expected):
    assert expected in codes(coder, text, lang)


def test_ambiguous_office_title_keeps_its_implicit_country(coder):
    result = coder.extract("The Secretary of State met Wang Yi in Beijing.", "en", PUB)
    assert [m.actor_code for m in result.actor_mentions][:2] == ["USA", "CHN"]
