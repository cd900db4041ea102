"""Property test: the event coder survives arbitrary Unicode and only emits well-formed, in-contract rows.

Texts are random mixes of real political sentences (so events are actually produced), typographic quotes,
NULs and control characters, combining marks, right-to-left text and overrides, emoji, very long tokens
and free random Unicode.
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoevents.engine import EventCoder
from geoevents.engine.model import DATE_PRECISIONS, MODALITIES
from geoevents.reference import load_actor_codes, load_cameo_codes

PUBLISHED = date(2022, 12, 30)
POLITICAL_SENTENCES = (
    "Xi Jinping traf Wladimir Putin am Freitag in Moskau.",
    "Die USA kritisierten China scharf für seine Unterstützung Russlands.",
    "Die EU verhängte neue Sanktionen gegen Russland.",
    "„Wir werden niemals nachgeben“, sagte Putin.",
    "Russland griff am 24. Februar die Ukraine an.",
    "Biden met Xi in Indonesia on Monday.",
    "The United States accused China of helping Russia evade sanctions.",
    "\"We stand with Ukraine,\" the Secretary of State said on Tuesday.",
    "Beijing rejected the American proposal.",
)
ODDITIES = (
    "„", "“", "»", "«", "\"", "'", "‚", "‘", "”",                                # quotes
    "\x00", "\x00\x00", "\r\n", "\u2028", "\t", "\x0b", "\x1f",                  # NULs, controls, separators
    "e\u0301", "\u0308\u0308\u0308", "x" * 700 + "\u0301" * 50,                    # combining marks
    "\u202e", "\u200f", "\u200b", "\ufeff", "مرحبا بالعالم", "שלום",               # RTL, invisible
    "😀", "🇺🇸🇨🇳", "👩‍👩‍👧", "\U0010ffff", "\ud7ff",                                 # emoji, plane edges
    "A" * 3000, ". . .", "...", "?!", "(", ")", "[", "]", "—", "–", "·",             # long token, punctuation
)
FRAGMENTS = st.one_of(st.sampled_from(POLITICAL_SENTENCES), st.sampled_from(ODDITIES),
                      st.text(max_size=40), st.text(alphabet=st.characters(codec="utf-8"), max_size=20))
TEXTS = st.lists(FRAGMENTS, max_size=12).flatmap(
    lambda parts: st.sampled_from((" ", "", "\n\n", " „", "“ ")).map(lambda separator: separator.join(parts)))


@pytest.fixture(scope="module")
def coder_and_codes():
    return EventCoder(), load_cameo_codes(), load_actor_codes()


def assert_well_formed(text: str, result, cameo_codes: dict, actor_codes: dict) -> None:
    for event in result.events:
        assert 0 <= event.char_start <= event.char_end <= len(text)
        assert text[event.char_start:event.char_end] == event.evidence_text
        assert event.cameo_code in cameo_codes
        assert event.source_actor is None or event.source_actor in actor_codes
        assert event.target_actor is None or event.target_actor in actor_codes
        assert event.modality in MODALITIES and event.date_precision in DATE_PRECISIONS
        assert event.quad_class in (None, 1, 2, 3, 4)
        if event.statement is not None and event.statement.quote_char_start is not None:
            assert 0 <= event.statement.quote_char_start <= event.statement.quote_char_end <= len(text)
    for mention in result.sanctions:
        # the span is the sanctions word (sql/schema.sql), the evidence its sentence
        assert 0 <= mention.char_start < mention.char_end <= len(text)
        assert text[mention.char_start:mention.char_end] in mention.evidence_text and mention.evidence_text in text
        for actor in (mention.imposer_actor, mention.target_actor, mention.speaker_actor):
            assert actor is None or actor in actor_codes
    for actor in result.actor_mentions:
        assert 0 <= actor.char_start <= actor.char_end <= len(text)
        assert actor.actor_code in actor_codes


@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=TEXTS, language=st.sampled_from(("de", "en")))
def test_random_unicode_never_raises_and_rows_stay_in_contract(coder_and_codes, text, language):
    coder, cameo_codes, actor_codes = coder_and_codes
    result = coder.extract(text, language, PUBLISHED)
    assert_well_formed(text, result, cameo_codes, actor_codes)


def test_the_political_fragments_do_produce_events(coder_and_codes):
    """Keeps the property above meaningful: the mixes it draws from contain codable sentences."""
    coder, cameo_codes, actor_codes = coder_and_codes
    for language in ("de", "en"):
        text = " „\x00 ".join(POLITICAL_SENTENCES + ODDITIES)
        result = coder.extract(text, language, PUBLISHED)
        assert result.events, language
        assert_well_formed(text, result, cameo_codes, actor_codes)
