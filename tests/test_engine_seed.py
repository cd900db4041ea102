"""The seed article's 14 acceptance rows (/work/shared/spec/seed_article_expected.md), one test per row."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents import SEEDS_DIR
from geoevents.engine import EventCoder

SEED = SEEDS_DIR / "articles" / "000_60d5d92e676d09a4.txt"
PUBLISHED = date(2022, 12, 30)


@pytest.fixture(scope="module")
def result():
    return EventCoder().extract(SEED.read_text(encoding="utf-8"), "de", PUBLISHED)


def events(result, event_type=None, code_prefix=None, source=None, target=None, asserted=None):
    found = []
    for e in result.events:
        if event_type and e.event_type != event_type:
            continue
        if code_prefix and not e.cameo_code.startswith(code_prefix):
            continue
        if source and e.source_actor != source:
            continue
        if target and e.target_actor != target:
            continue
        if asserted is not None and (not e.negated) != asserted:
            continue
        found.append(e)
    return found


def test_row01_video_meeting_rus_chn(result):
    rows = events(result, "CONSULT", source="RUS", target="CHN") + events(result, "CONSULT", source="CHN", target="RUS")
    video = [e for e in rows if e.plover_mode == "video" and e.cameo_code in ("040", "041")]
    assert video, rows
    assert all(e.event_date == PUBLISHED and e.date_precision == "day" for e in video)
    assert {e.source_actor for e in video} == {"RUS", "CHN"}   # stored in both directions


def test_row02_state_department_quote(result):
    rows = [e for e in events(result, "STATEMENT", source="USA", target="CHN")
            if e.statement and e.statement.is_direct_quote
            and e.statement.quote_text.startswith("Peking behauptet, neutral zu sein")]
    assert rows
    assert rows[0].event_date == PUBLISHED
    assert rows[0].evidence_text == rows[0].statement.quote_text
    assert "Sprecher" in rows[0].statement.speaker_text


def test_row03_usa_concerned_about_china(result):
    rows = events(result, "ACCUSE", source="USA", target="CHN")
    assert {e.sentence_index for e in rows} >= {0, 1}   # headline and first paragraph
    assert all(e.event_date == PUBLISHED for e in rows)


def test_row04_xi_tells_putin_quote(result):
    rows = [e for e in events(result, "STATEMENT", source="CHN", target="RUS")
            if e.statement and e.statement.quote_text.startswith("Fakten haben wiederholt bewiesen")]
    assert rows and rows[0].event_date == PUBLISHED
    assert rows[0].source_text == "Xi" and rows[0].target_text == "Putin"
    assert rows[0].statement.addressee_actor == "RUS"


def test_row05_cctv_is_reporting_source(result):
    rows = [e for e in events(result, "STATEMENT", source="CHN", target="RUS")
            if e.statement and e.statement.quote_text.startswith("Die chinesische Seite hat festgestellt")]
    assert rows
    assert rows[0].reporting_source == "CCTV" and rows[0].statement.reporting_source == "CCTV"
    assert rows[0].source_text == "Xi"


def test_row06_intent_military_cooperation(result):
    rows = [e for e in events(result, "AGREE", source="RUS", target="CHN") if e.cameo_code == "0312"]
    assert rows
    assert rows[0].modality == "future" and rows[0].event_date == PUBLISHED
    assert rows[0].plover_context == "military"


def test_row07_not_mentioned_is_not_asserted(result):
    paragraph8 = [e for e in result.events if "nicht erwähnt" in e.evidence_text and "CCTV" in (e.source_text or "")]
    assert all(e.negated for e in paragraph8)


def test_row08_sanctions_evaded(result):
    rows = [s for s in result.sanctions if s.stance == "evade"]
    assert rows and rows[0].imposer_actor == "WST" and rows[0].target_actor == "CHN"
    assert not [e for e in result.events if e.cameo_code == "163"]   # not an imposed sanction


def test_row09_sanctions_opposed_in_xi_quote(result):
    rows = [s for s in result.sanctions if s.stance == "oppose"]
    assert rows and rows[0].speaker_actor == "CHN"
    assert "zum Scheitern verurteilt" in rows[0].evidence_text


def test_row10_invasion_february(result):
    rows = [e for e in events(result, "ASSAULT", source="RUS", target="UKR") if e.date_precision == "month"]
    assert rows and rows[0].event_date == date(2022, 2, 1)
    assert rows[0].date_text == "Februar"


def test_row11_partnership_without_limits(result):
    rows = events(result, "SUPPORT", source="CHN", target="RUS") + events(result, "AGREE", source="CHN", target="RUS")
    rows = [e for e in rows if e.date_precision == "month"]
    assert rows and rows[0].event_date == date(2022, 2, 1)
    assert rows[0].date_text == "Anfang Februar"


def test_row12_xi_concerns_september(result):
    rows = events(result, "ACCUSE", source="CHN", target="RUS")
    assert rows
    assert rows[0].event_date == date(2022, 9, 1) and rows[0].date_precision == "month"
    assert rows[0].reporting_source == "Putin"


def test_row13_putin_statement(result):
    rows = [e for e in events(result, "STATEMENT", source="RUS")
            if e.source_text == "Putin" and "Kommentaren im russischen Fernsehen" in e.evidence_text]
    assert rows and rows[0].event_date == PUBLISHED and rows[0].date_text == "Freitag"


def test_row14_china_ready_to_cooperate_carried_speaker(result):
    agree = [e for e in events(result, "AGREE", source="CHN", target="RUS") if e.cameo_code.startswith("03")]
    assert agree and agree[0].modality == "future"
    carried = [e for e in events(result, "STATEMENT", source="CHN")
               if e.statement and e.statement.quote_text.startswith("China ist bereit")]
    assert carried and carried[0].source_text == "Xi"
    assert carried[0].rule_id == "statement.quote:carried"


def test_every_span_and_code_is_consistent(result):
    text = SEED.read_text(encoding="utf-8")
    for e in result.events:
        assert text[e.char_start:e.char_end] == e.evidence_text
        assert e.rule_id and e.trigger_text
        if e.statement and e.statement.quote_char_start is not None:
            assert text[e.statement.quote_char_start:e.statement.quote_char_end] == e.statement.quote_text
    for s in result.sanctions:
        assert text[s.char_start:s.char_end].lower().startswith("sanktion")
