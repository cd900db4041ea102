"""Focused German and English tests of the event coder: one behaviour per test, coder built once per module."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoevents.engine import EXTRACTOR_VERSION, CoderConfig, EventCoder, ModelLoadError
from geoevents.engine import coder as coder_module
from geoevents.engine.cli import main as cli_main
from geoevents.reference import load_actor_codes, load_cameo_codes

PUB = date(2022, 12, 30)   # a Friday


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def code(coder, text, lang, published=PUB):
    return coder.extract(text, lang, published)


def one(result, **fields):
    rows = [e for e in result.events if all(getattr(e, k) == v for k, v in fields.items())]
    assert rows, [(e.cameo_code, e.source_actor, e.target_actor, e.rule_id) for e in result.events]
    return rows[0]


# ---------------------------------------------------------------- meetings
def test_de_video_meeting_compound_both_directions(coder):
    r = code(coder, "Putin und Xi hielten am Freitag eine Videoschalte ab.", "de")
    a = one(r, source_actor="RUS", target_actor="CHN", cameo_code="041")
    one(r, source_actor="CHN", target_actor="RUS", cameo_code="041")
    assert a.plover_mode == "video" and a.rule_id.endswith("de:041:videoschalte")


def test_de_phone_call(coder):
    r = code(coder, "Scholz telefonierte am Mittwoch mit Xi.", "de")
    e = one(r, cameo_code="041", source_actor="DEU", target_actor="CHN")
    assert e.plover_mode == "phone" and e.event_date == date(2022, 12, 28)


def test_en_visit_vs_host(coder):
    visit = one(code(coder, "Biden visited Kyiv on Monday.", "en"), cameo_code="042")
    assert (visit.source_actor, visit.target_actor, visit.plover_mode) == ("USA", "UKR", "visit")
    host = one(code(coder, "Xi hosted Putin in Beijing.", "en"), cameo_code="043")
    assert (host.source_actor, host.target_actor) == ("CHN", "RUS")


def test_en_video_call_between(coder):
    r = code(coder, "CCTV reported on a video call between Xi and Putin.", "en")
    one(r, cameo_code="041", source_actor="CHN", target_actor="RUS")


def test_topic_noun_without_support_word_is_not_an_event(coder):
    r = code(coder, "Der Weg zu Friedensgesprächen mit Russland ist lang, sagte Scholz.", "de")
    assert not [e for e in r.events if e.event_type == "CONSULT"]


# ---------------------------------------------------------------- statements
def test_de_quote_after_attribution_and_addressee(coder):
    r = code(coder, "Xi sagte Putin: „Wir werden mit Russland eng zusammenarbeiten und die Partnerschaft stärken.“", "de")
    e = one(r, event_type="STATEMENT")
    assert (e.source_actor, e.target_actor) == ("CHN", "RUS")
    assert e.statement.is_direct_quote and e.statement.quote_text.startswith("Wir werden")


def test_en_direct_quote_with_reporting_source(coder):
    text = "\u201cWe are ready to talk to Ukraine,\u201d Putin was quoted by CCTV as saying."
    e = one(code(coder, text, "en"), event_type="STATEMENT")
    assert e.source_actor == "RUS" and e.reporting_source == "CCTV"


def test_en_indirect_speech(coder):
    e = one(code(coder, "Blinken said that China must stop supporting Russia.", "en"), event_type="STATEMENT")
    assert e.source_actor == "USA" and e.target_actor == "CHN"
    assert not e.statement.is_direct_quote and e.statement.quote_text.startswith("China must")


def test_de_guillemets_quote_style(coder):
    e = one(code(coder, "»Die Sanktionen sind illegal«, sagte Lawrow über die Europäische Union.", "de"),
            event_type="STATEMENT")
    assert e.source_actor == "RUS" and e.statement.quote_text == "Die Sanktionen sind illegal"


def test_carried_speaker_for_unattributed_quote_paragraph(coder):
    text = ("„Wir werden nicht nachgeben“, sagte Selenskyj am Montag.\n\n"
            "„Die Ukraine wird sich gegen Russland verteidigen, solange es nötig ist.“")
    r = code(coder, text, "de")
    carried = [e for e in r.events if e.rule_id == "statement.quote:carried"]
    assert carried and carried[0].source_actor == "UKR" and carried[0].target_actor == "RUS"


def test_description_speaker_resolved_from_context(coder):
    text = ("Das US-Außenministerium äußerte sich am Freitag.\n\n"
            "„China muss Russland zur Rechenschaft ziehen“, sagte ein Sprecher des Außenministeriums.")
    e = one(code(coder, text, "de"), event_type="STATEMENT")
    assert e.source_actor == "USA" and e.source_sector == "GOV"


def test_en_the_chinese_side(coder):
    e = one(code(coder, "\u201cThe Chinese side values its ties with Russia,\u201d Wang Yi told Lavrov.", "en"),
            event_type="STATEMENT")
    assert e.source_actor == "CHN" and e.target_actor == "RUS"


# ---------------------------------------------------------------- sanctions
@pytest.mark.parametrize("text,lang,stance,imposer,target,event_code", [
    ("Die EU verhängte neue Sanktionen gegen Russland.", "de", "impose", "EUU", "RUS", "163"),
    ("Washington drohte Peking mit Sanktionen.", "de", "threaten", "USA", None, "1312"),
    ("The EU extended its sanctions against Russia.", "en", "extend", "EUU", "RUS", "163"),
    ("The United States lifted sanctions on Venezuela.", "en", "lift", "USA", "VEN", "085"),
    ("Iran tried to evade US sanctions.", "en", "evade", "USA", "IRN", None),
    ("Sanctions remain a topic in Brussels.", "en", "mention", None, None, None),
])
def test_sanction_stances(coder, text, lang, stance, imposer, target, event_code):
    r = code(coder, text, lang)
    assert r.sanctions and r.sanctions[0].stance == stance
    assert r.sanctions[0].imposer_actor == imposer
    if target:
        assert r.sanctions[0].target_actor == target
    codes = [e.cameo_code for e in r.events]
    assert (event_code in codes) if event_code else not [c for c in codes if c in ("163", "1312", "085")]


def test_sanction_opposed_in_quote_has_speaker(coder):
    r = code(coder, "„Die Sanktionen des Westens sind zum Scheitern verurteilt“, sagte Xi.", "de")
    s = r.sanctions[0]
    assert (s.stance, s.imposer_actor, s.speaker_actor) == ("oppose", "WST", "CHN")
    one(r, cameo_code="111", source_actor="CHN", target_actor="WST")


# ---------------------------------------------------------------- criticism, cooperation, force
def test_de_criticism(coder):
    one(code(coder, "Die USA kritisierten China scharf.", "de"), cameo_code="111", source_actor="USA",
        target_actor="CHN")


def test_en_concern_about(coder):
    one(code(coder, "Japan is concerned about China's military buildup.", "en"), event_type="ACCUSE",
        source_actor="JPN", target_actor="CHN")


def test_de_intent_to_cooperate(coder):
    e = one(code(coder, "Russland ist bereit, mit Indien wirtschaftlich zusammenzuarbeiten.", "de"),
            source_actor="RUS", target_actor="IND")
    assert e.cameo_code.startswith("03") and e.modality == "future"


def test_en_partnership(coder):
    r = code(coder, "China and Russia declared a strategic partnership in February.", "en")
    e = one(r, source_actor="CHN", target_actor="RUS", cameo_code="050")
    assert e.event_date == date(2022, 2, 1) and e.date_precision == "month"


def test_de_force_with_target_from_preposition(coder):
    one(code(coder, "Russland hat im Februar seine Invasion in der Ukraine gestartet.", "de"),
        event_type="ASSAULT", source_actor="RUS", target_actor="UKR")


def test_en_force_verbs(coder):
    one(code(coder, "Russian forces shelled Kharkiv and Ukraine on Tuesday.", "en"), event_type="ASSAULT",
        source_actor="RUS", target_actor="UKR")
    one(code(coder, "Israel launched airstrikes on Syria.", "en"), cameo_code="195", source_actor="ISR",
        target_actor="SYR")


# ---------------------------------------------------------------- negation and modality
def test_negation_de_and_en(coder):
    assert one(code(coder, "Russland hat die Ukraine nicht angegriffen.", "de"), cameo_code="190").negated
    assert one(code(coder, "China did not criticize Russia.", "en"), cameo_code="111").negated
    assert not one(code(coder, "China criticized Russia.", "en"), cameo_code="111").negated


@pytest.mark.parametrize("text,lang,modality", [
    ("Russland wird die Ukraine angreifen.", "de", "future"),
    ("Russland würde die Ukraine angreifen.", "de", "hypothetical"),
    ("Russland soll die Ukraine angegriffen haben.", "de", "reported"),
    ("Russia will attack Ukraine.", "en", "future"),   # "plans to attack" is a threat (138): test_engine_petrarch_rules
    ("Russia could attack Ukraine.", "en", "hypothetical"),
    ("Russia allegedly attacked Ukraine.", "en", "reported"),
])
def test_modality(coder, text, lang, modality):
    assert one(code(coder, text, lang), cameo_code="190").modality == modality


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize("text,lang,day,precision", [
    ("Russland griff die Ukraine am Freitag an.", "de", date(2022, 12, 30), "day"),
    ("Russland griff die Ukraine gestern an.", "de", date(2022, 12, 29), "day"),
    ("Russland griff die Ukraine am 24. Februar 2022 an.", "de", date(2022, 2, 24), "day"),
    ("Russland griff die Ukraine im Jahr 2019 an.", "de", date(2019, 1, 1), "year"),
    ("Russia attacked Ukraine in September.", "en", date(2022, 9, 1), "month"),
    ("Russia attacked Ukraine yesterday.", "en", date(2022, 12, 29), "day"),
    ("Russia attacked Ukraine last week.", "en", date(2022, 12, 1), "month"),
    ("Russia attacked Ukraine on Wednesday.", "en", date(2022, 12, 28), "day"),
])
def test_relative_dates(coder, text, lang, day, precision):
    e = one(code(coder, text, lang), cameo_code="190")
    assert (e.event_date, e.date_precision) == (day, precision) and e.date_text


@pytest.mark.parametrize("text,day,precision,date_text", [
    # "May" is a month only capitalized and with a day, a year, a qualifier or "in" (cues capitalized_months); these
    # got the publication date at day precision before
    ("Russia attacked Ukraine on May 3.", date(2022, 5, 3), "day", "May 3"),
    ("Russia attacked Ukraine on 3 May 2021.", date(2021, 5, 3), "day", "3 May 2021"),
    ("Russia attacked Ukraine in May.", date(2022, 5, 1), "month", "in May"),
    ("Russia attacked Ukraine in late May.", date(2022, 5, 1), "month", "late May"),
    ("Russia attacked Ukraine in May 2021.", date(2021, 5, 1), "month", "in May 2021"),
    # the modal and the name are no dates
    ("Russia may attack Ukraine.", PUB, "day", None),
    ("Russia attacked Ukraine, Theresa May said.", PUB, "day", None),
    ("Russia attacked Ukraine, may 3 sources said.", PUB, "day", None),
])
def test_may_is_a_month_only_where_it_cannot_be_the_verb(coder, text, day, precision, date_text):
    e = one(code(coder, text, "en"), cameo_code="190")
    assert (e.event_date, e.date_precision, e.date_text) == (day, precision, date_text)


def test_no_date_defaults_to_publication_or_unknown(coder):
    e = one(code(coder, "Russia attacked Ukraine.", "en"), cameo_code="190")
    assert (e.event_date, e.date_precision, e.date_text) == (PUB, "day", None)
    e = one(code(coder, "Russia attacked Ukraine on Friday.", "en", published=None), cameo_code="190")
    assert (e.event_date, e.date_precision) == (None, "unknown")


# ---------------------------------------------------------------- actors
def test_office_resolved_by_date(coder):
    text = "Der US-Präsident traf Xi in Peking."
    explain_2022 = coder.explain(text, "de", date(2022, 6, 1))[1]
    explain_2018 = coder.explain(text, "de", date(2018, 6, 1))[1]
    persons_2022 = {a["person"] for info in explain_2022 for a in info["actors"]}
    persons_2018 = {a["person"] for info in explain_2018 for a in info["actors"]}
    assert "Joe Biden" in persons_2022 and "Donald Trump" in persons_2018
    for published in (date(2022, 6, 1), date(2018, 6, 1)):
        one(coder.extract(text, "de", published), source_actor="USA", target_actor="CHN")


def test_pronoun_and_two_men_references(coder):
    r = code(coder, "Putin sprach mit Xi. Er sagte, dass er die Zusammenarbeit mit China stärken wolle.", "de")
    one(r, source_actor="RUS", target_actor="CHN", modality="future")


def test_neutral_sentences_yield_nothing(coder):
    for text, lang in [("China, Russland und die USA sind große Länder.", "de"),
                       ("China, Russia and the United States have long histories.", "en"),
                       ("In Peking, Moskau und Washington ist es kalt.", "de")]:
        assert code(coder, text, lang).events == []


# ---------------------------------------------------------------- contract and robustness
def test_result_contract(coder):
    codes = load_cameo_codes()
    actors = load_actor_codes()
    r = code(coder, "Xi und Putin trafen sich. Die USA kritisierten das Treffen und drohten mit Sanktionen.", "de")
    assert r.events and r.n_sentences == 2
    for e in r.events:
        assert e.cameo_code in codes and e.cameo_root == e.cameo_code[:2]
        assert e.source_actor in actors and (e.target_actor is None or e.target_actor in actors)
        assert e.quad_class in (1, 2, 3, 4) and e.goldstein is not None


def test_max_sentence_chars_truncates():
    small = EventCoder(CoderConfig(max_sentence_chars=40))
    r = small.extract("Russland griff die Ukraine an, " + "und es regnete lange " * 20 + ".", "de", PUB)
    assert r.truncated and one(r, cameo_code="190")


def test_extract_many_matches_extract(coder):
    items = [("a", "Xi traf Putin.", "en", PUB), ("b", "Russland griff die Ukraine an.", "de", PUB),
             ("c", "Die USA kritisierten China.", "de", None)]
    many = dict(coder.extract_many(items))
    for key, text, lang, published in items:
        assert [e.to_dict() for e in many[key].events] == [e.to_dict() for e in coder.extract(text, lang, published).events]


def test_unknown_model_raises_clear_error():
    with pytest.raises(ModelLoadError, match="never downloads"):
        EventCoder(CoderConfig(models={"de": "no_such_pipeline_xyz"})).extract("Text.", "de", PUB)


def test_unsupported_language_raises(coder):
    with pytest.raises(ValueError):
        coder.extract("Bonjour", "fr", PUB)


def test_extractor_version_names_engine_and_lexicons():
    assert EXTRACTOR_VERSION.startswith("1.") and "+" in EXTRACTOR_VERSION


def test_extractor_version_changes_with_the_engine_source(tmp_path):
    """README: when the engine changes, the next run re-codes every article. A rule edit without a lexicon edit
    must change EXTRACTOR_VERSION too."""
    engine_dir = Path(coder_module.__file__).resolve().parent
    sources = {path.relative_to(engine_dir).as_posix() for path in coder_module.ENGINE_SOURCES}
    assert {"assemble.py", "coder.py", "components.py", "rules/sources.py", "rules/targets.py"} <= sources
    assert "cli.py" not in sources
    assert coder_module.extractor_version() == EXTRACTOR_VERSION
    copy = tmp_path / "targets.py"
    copy.write_bytes((engine_dir / "rules" / "targets.py").read_bytes())
    before = coder_module.extractor_version([copy])
    copy.write_bytes(copy.read_bytes() + b"\n# a rule edited\n")
    assert coder_module.extractor_version([copy]) != before


def test_cli_prints_events_sanctions_and_explain(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text("Die EU verhängte Sanktionen gegen Russland. Xi traf Putin in Moskau.", encoding="utf-8")
    assert cli_main([str(path), "--lang", "de", "--published", "2022-12-30", "--explain"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = {line["kind"] for line in lines}
    assert kinds == {"explain", "event", "sanction"}
    event = next(line for line in lines if line["kind"] == "event")
    assert {"cameo_code", "rule_id", "statement", "event_date", "evidence_text"} <= set(event)
    assert cli_main([str(path), "--published", "2022-12-30"]) == 0   # language detected


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_property_arbitrary_unicode_never_raises(text):
    coder = _property_coder()
    codes, actors = load_cameo_codes(), load_actor_codes()
    for lang in ("de", "en"):
        r = coder.extract(text, lang, PUB)
        for e in r.events:
            assert 0 <= e.char_start <= e.char_end <= len(text) and text[e.char_start:e.char_end] == e.evidence_text
            assert e.cameo_code in codes and e.source_actor in actors
            assert e.target_actor is None or e.target_actor in actors
        for s in r.sanctions:
            assert 0 <= s.char_start <= s.char_end <= len(text)


_PROPERTY_CODER: list[EventCoder] = []


def _property_coder() -> EventCoder:
    if not _PROPERTY_CODER:
        _PROPERTY_CODER.append(EventCoder())
    return _PROPERTY_CODER[0]


# ---------------------------------------------------------------- accuracy rules (locations, media, late dates)
@pytest.mark.parametrize("text,lang", [
    ("Scholz und Macron berieten am Montag in einer Videokonferenz über die Lage in der Ukraine.", "de"),
    ("Im September hatten sich Xi und Putin in Kasachstan getroffen.", "de"),
    ("Biden and Xi met in Indonesia on Monday.", "en"),
])
def test_place_after_locative_preposition_is_not_a_meeting_party(coder, text, lang):
    rows = [e for e in code(coder, text, lang).events if e.event_type == "CONSULT"]
    assert rows
    parties = {e.source_actor for e in rows} | {e.target_actor for e in rows}
    assert not parties & {"UKR", "KAZ", "IDN"}, parties


def test_visit_destination_after_in_stays_the_target(coder):
    r = code(coder, "Scholz ist am Freitag zu einem Besuch in Peking eingetroffen.", "de")
    one(r, cameo_code="042", source_actor="DEU", target_actor="CHN")


@pytest.mark.parametrize("text,lang,outlet", [
    ("Xi told Putin that China was ready to work with Russia, state broadcaster CCTV reported.", "en", "CCTV"),
    ("Wie die staatliche Nachrichtenagentur KCNA berichtete, warf Nordkorea den USA vor, die Lage zu verschärfen.",
     "de", "KCNA"),
])
def test_media_outlet_is_reporting_source_not_speaker(coder, text, lang, outlet):
    r = code(coder, text, lang)
    assert r.events and all(outlet in (e.reporting_source or "") for e in r.events)
    assert not any(e.statement is not None and outlet in (e.statement.speaker_text or "") for e in r.events)


def test_quoting_outlet_reports_the_person_and_dates_the_content(coder):
    r = code(coder, "Russland und China wollen ihre Zusammenarbeit vertiefen, zitierte die Agentur Xinhua den "
                    "chinesischen Verteidigungsminister am Dienstag.", "de")
    st = one(r, cameo_code="010", source_actor="CHN")
    assert st.statement.reporting_source == "Xinhua"
    intent = one(r, event_type="AGREE", source_actor="CHN")
    assert intent.reporting_source == "Xinhua" and intent.event_date == date(2022, 12, 27)


@pytest.mark.parametrize("text,lang,accuser,accused,content_type", [
    ("Die Ukraine wirft Russland vor, Getreidelager in Odessa bombardiert zu haben.", "de", "UKR", "RUS", "ASSAULT"),
    ("Moscow accused Washington of fueling the war by sending weapons to Kyiv.", "en", "RUS", "USA", "AID"),
])
def test_accusation_content_has_the_accused_as_actor(coder, text, lang, accuser, accused, content_type):
    r = code(coder, text, lang)
    one(r, event_type="ACCUSE", source_actor=accuser, target_actor=accused)
    content = one(r, event_type=content_type, source_actor=accused)
    assert content.modality == "reported"


@pytest.mark.parametrize("text,lang,source,target", [
    ("Japan on Tuesday demanded that North Korea halt its missile tests.", "en", "JPN", "PRK"),
    ("Wang Wenbin said the United States should stop interfering in China's internal affairs.", "en", "CHN", "USA"),
    ("Der chinesische Außenamtssprecher sagte, die USA sollten aufhören, Waffen an Taiwan zu liefern.", "de",
     "CHN", "USA"),
])
def test_demand_target_from_object_clause(coder, text, lang, source, target):
    e = one(code(coder, text, lang), event_type="REQUEST", source_actor=source)
    assert e.target_actor == target


def test_planned_visit_is_intent_to_meet(coder):
    e = one(code(coder, "Chinese Foreign Minister Wang Yi will visit Moscow.", "en"), source_actor="CHN")
    assert (e.cameo_code, e.event_type, e.target_actor, e.modality) == ("036", "AGREE", "RUS", "future")


@pytest.mark.parametrize("text,event_type", [
    ("The Kremlin denied that Putin had met with Chinese officials during the trip.", "CONSULT"),
    ("China declined to condemn Russia at the U.N. General Assembly on Wednesday.", "ACCUSE"),
])
def test_deny_and_decline_negate_the_governed_act(coder, text, event_type):
    rows = [e for e in code(coder, text, "en").events if e.event_type == event_type]
    assert rows and all(e.negated for e in rows)


def test_visit_without_a_visited_state_is_no_event(coder):
    assert not code(coder, "Tourists visiting Washington often start at the Lincoln Memorial.", "en").events


def test_meeting_place_of_another_country_is_third_location(coder):
    r = code(coder, "Im September hatten sich Xi und Putin in der usbekischen Stadt Samarkand getroffen.", "de")
    e = one(r, event_type="CONSULT", source_actor="CHN", target_actor="RUS")
    assert e.plover_mode == "third_location"


def test_threat_with_sanctions_is_one_event_with_the_threatened_target(coder):
    r = code(coder, "Washington drohte Peking mit Sanktionen.", "de")
    threats = [e for e in r.events if e.event_type == "THREATEN"]
    assert [(e.cameo_code, e.source_actor, e.target_actor) for e in threats] == [("1312", "USA", "CHN")]


@pytest.mark.parametrize("text,lang,source,target,event_type", [
    ("North Korea allegedly sold artillery shells to Russia.", "en", "PRK", "RUS", "AID"),
    ("Iran soll Russland Hunderte Kampfdrohnen geliefert haben.", "de", "IRN", "RUS", "AID"),
    ("Die USA stellen der Ukraine weitere Militärhilfe zur Verfügung.", "de", "USA", "UKR", "AID"),
    ("Germany will provide Ukraine with additional air defense systems.", "en", "DEU", "UKR", "AGREE"),
])
def test_aid_deliveries_and_pledges(coder, text, lang, source, target, event_type):
    r = code(coder, text, lang)
    one(r, event_type=event_type, source_actor=source, target_actor=target)
    assert not [e for e in r.events if e.event_type == "ASSAULT"]


def test_nominal_act_with_agent_and_criticism_of_it(coder):
    r = code(coder, "Das Auswärtige Amt kritisierte am Mittwoch die Festnahme eines deutschen Journalisten durch "
                    "russische Behörden.", "de")
    one(r, event_type="ACCUSE", source_actor="DEU", target_actor="RUS")
    one(r, event_type="COERCE", source_actor="RUS", target_actor="DEU")


def test_genitive_object_before_a_clause_final_verb(coder):
    r = code(coder, "Frankreich und Deutschland haben das Vorgehen Russlands in der Ukraine kritisiert.", "de")
    assert {(e.source_actor, e.target_actor) for e in r.events if e.event_type == "ACCUSE"} == \
        {("FRA", "RUS"), ("DEU", "RUS")}


@pytest.mark.parametrize("text,lang,code_", [
    ("Georgia lifted the overnight curfew in Tbilisi.", "en", "0813"),
    ("Sudan ended the state of emergency in Darfur on Sunday.", "en", "0814"),
    ("Serbien hob die Ausgangssperre am Montag auf.", "de", "0813"),
])
def test_easing_restrictions_is_retreat(coder, text, lang, code_):
    rows = [e for e in code(coder, text, lang).events if e.cameo_code == code_]
    assert rows and rows[0].event_type == "RETREAT"


# ---------------------------------------------------------------- protests
@pytest.mark.parametrize("text,lang,source,target", [
    ("Vor der russischen Botschaft in Berlin demonstrierten am Samstag Hunderte gegen den Krieg.", "de", "DEU", "RUS"),
    ("Hundreds of people protested outside the Chinese embassy in London on Saturday.", "en", "GBR", "CHN"),
    # domestic dissent without a named opponent addresses the protesters' own state
    ("Tunisian teachers began a hunger strike outside the ministry.", "en", "TUN", "TUN"),
])
def test_protest_source_is_the_place_target_the_opposed_state(coder, text, lang, source, target):
    r = code(coder, text, lang)
    rows = [e for e in r.events if e.cameo_root == "14"]
    assert [(e.source_actor, e.target_actor) for e in rows] == [(source, target)]


def test_protest_words_of_one_sentence_are_one_event(coder):
    r = code(coder, "Egyptian demonstrators rioted in Cairo against President Mubarak.", "en")
    assert len([e for e in r.events if e.cameo_root == "14"]) == 1


def test_no_end_in_sight_does_not_negate(coder):
    r = code(coder, "Palestinian protests against Israeli settlement plans go on with no end in sight.", "en")
    e = one(r, cameo_root="14", source_actor="PSE", target_actor="ISR")
    assert not e.negated


@pytest.mark.parametrize("text,code_", [
    ("The United States demanded that the Democratic People's Republic of Korea (DPRK) end its program.", "PRK"),
    ("The United States demanded that the Democratic People’s Republic of Korea end its program.", "PRK"),
    ("The United States criticized the People's Republic of China.", "CHN"),
])
def test_names_with_possessive_s_match_whole(coder, text, code_):
    # spaCy splits "People's" into two tokens; the longer official name must win over "Republic of Korea"
    one(code(coder, text, "en"), source_actor="USA", target_actor=code_)


# ---------------------------------------------------------------- intent, planned visits, domestic dyads
def test_intent_word_alone_is_agree_and_yields_to_a_following_act(coder):
    alone = code(coder, "Syria has offered to hand over to Turkey three of its citizens.", "en")
    e = one(alone, event_type="AGREE", source_actor="SYR", target_actor="TUR")
    assert e.cameo_code == "030" and e.modality == "future"
    joint = code(coder, "Russia and Iran agreed on Tuesday to expand cooperation in the energy sector.", "en")
    assert {e.cameo_code for e in joint.events} == {"0311"}   # the cooperation carries the intent; no extra 030


@pytest.mark.parametrize("text,target,day", [
    ("Bundeskanzler Scholz will im Juni nach Indien reisen.", "IND", date(2023, 6, 1)),
    ("Anfang März will der chinesische Außenminister nach Moskau reisen.", "RUS", date(2023, 3, 1)),
])
def test_planned_trip_is_intent_dated_in_the_coming_month(coder, text, target, day):
    e = one(code(coder, text, "de", date(2023, 2, 20)), cameo_code="036", target_actor=target)
    assert (e.event_date, e.date_precision, e.modality) == (day, "month", "future")


def test_next_week_resolves_forward_to_month_precision(coder):
    e = one(code(coder, "Chinese Foreign Minister Wang Yi will visit Moscow next week.", "en", date(2023, 2, 16)),
            cameo_code="036")
    assert (e.event_date, e.date_precision) == (date(2023, 2, 1), "month")


def test_demonstrators_are_actors_not_a_protest(coder):
    r = code(coder, "Armenian demonstrators received weapons from the Armenian government.", "en")
    assert not [e for e in r.events if e.cameo_root == "14"]


def test_adjective_with_noun_modifier_is_the_agent_of_a_nominal_attack(coder):
    one(code(coder, "Two civilians died in Russian tank shelling near Kherson.", "en"),
        cameo_code="194", source_actor="RUS")


@pytest.mark.parametrize("text,lang,source,target", [
    ("The Sudanese government has accused Sudanese rebels of violating a ceasefire.", "en", "GOV", "REB"),
    ("Russian opposition leaders criticized Putin.", "en", "OPP", "GOV"),
])
def test_government_and_non_state_group_of_one_state_form_a_dyad(coder, text, lang, source, target):
    r = code(coder, text, lang)
    e = one(r, cameo_root="11")
    assert e.source_actor == e.target_actor and (e.source_sector, e.target_sector) == (source, target)


def test_same_state_same_sector_is_still_no_dyad(coder):
    r = code(coder, "Russian President Putin criticized the Russian government.", "en")
    assert all(e.target_actor != "RUS" for e in r.events)


def test_armed_movements_and_territories(coder):
    r = code(coder, "Israel threatened Hamas and Hezbollah on Monday.", "en")
    assert {(e.source_actor, e.target_actor, e.target_sector) for e in r.events if e.cameo_root == "13"} == \
        {("ISR", "PSE", "REB"), ("ISR", "LBN", "REB")}


@pytest.mark.parametrize("text,lang,code_", [
    ("Biden and Xi met on the sidelines of the G20 summit in Bali last Monday.", "en", "044"),
    ("Blinken und Wang Yi sind am Rande eines Treffens in Jakarta zusammengekommen.", "de", "044"),
    ("The British prime minister traveled to Kyiv on Saturday to meet President Zelensky.", "en", "042"),
])
def test_specific_meeting_form_replaces_the_generic_meeting_row(coder, text, lang, code_):
    r = code(coder, text, lang)
    assert {e.cameo_code for e in r.events if e.cameo_root == "04"} == {code_}


def test_numeral_between_preposition_and_actor_keeps_the_preposition(coder):
    r = code(coder, "The United States imposed sanctions on three Chinese companies on Friday.", "en")
    e = one(r, cameo_code="163", source_actor="USA")
    assert (e.target_actor, e.target_sector) == ("CHN", "BUS")


@pytest.mark.parametrize("text,lang,parties", [
    ("Die Außenminister Russlands, Chinas und Indiens kamen in Neu-Delhi zu gemeinsamen Beratungen zusammen.", "de",
     {"RUS", "CHN", "IND"}),
    ("Leaders of Brazil, Russia, India, China and South Africa gathered in Johannesburg for the BRICS summit.", "en",
     {"BRA", "RUS", "IND", "CHN", "ZAF"}),
])
def test_enumerated_parties_of_a_meeting(coder, text, lang, parties):
    rows = [e for e in code(coder, text, lang).events if e.cameo_root == "04"]
    assert {e.source_actor for e in rows} == parties and {e.target_actor for e in rows} == parties


def test_comma_without_closing_and_is_no_enumeration(coder):
    r = code(coder, "After talks with Xi, Biden criticized Russia.", "en")
    assert [(e.source_actor, e.target_actor) for e in r.events if e.cameo_root == "11"] == [("USA", "RUS")]


@pytest.mark.parametrize("text,lang,responder,actor", [
    ("If China invaded Taiwan, the United States would defend the island, Biden said.", "en", "USA", "CHN"),
    ("The United States would defend Taiwan if China invaded the island.", "en", "USA", "CHN"),
    ("Sollte Russland taktische Atomwaffen einsetzen, würde die NATO entschlossen reagieren.", "de", "NAT", "RUS"),
])
def test_announced_response_to_a_hostile_act_is_a_threat(coder, text, lang, responder, actor):
    r = code(coder, text, lang)
    threat = one(r, event_type="THREATEN", source_actor=responder, target_actor=actor)
    assert threat.modality == "asserted" and threat.rule_id.startswith("conditional_threat")
    assert one(r, event_type="ASSAULT", source_actor=actor).modality == "hypothetical"


def test_conditional_promise_is_no_threat(coder):
    r = code(coder, "If Russia agreed, Germany would lift sanctions.", "en")
    assert not [e for e in r.events if e.event_type == "THREATEN"]


# ---------------------------------------------------------------- attacks
@pytest.mark.parametrize("text,source,target", [
    ("Russian aircraft killed 12 Syrian civilians in an attack on a market.", "RUS", "SYR"),
    ("Turkey on Sunday mounted its long-planned invasion of northern Syria.", "TUR", "SYR"),
])
def test_attack_words_give_one_assault_per_attacker(coder, text, source, target):
    r = code(coder, text, "en")
    assert [(e.source_actor, e.target_actor) for e in r.events] == [(source, target)]


def test_shelling_and_killing_of_one_attack_are_one_event(coder):
    r = code(coder, "Sudanese rebels shelled the regional capital Khartoum on Sunday, killing about 20 people.", "en")
    assert [e.cameo_code for e in r.events if e.event_type == "ASSAULT"] == ["194"]


def test_agentless_passive_subject_is_the_target_and_the_place_the_source(coder):
    e = one(code(coder, "There were 15 Ukrainian soldiers killed in Russia yesterday.", "en"), cameo_code="190")
    assert (e.source_actor, e.target_actor) == ("RUS", "UKR")
    assert not code(coder, "Three Iraqi civilians were killed on Monday.", "en").events


# ---------------------------------------------------------------- threats
@pytest.mark.parametrize("text,target", [
    ("Armenia threatened on Monday to launch a new offensive in its conflict with Azerbaijan.", "AZE"),
    ("China has threatened to halt the talks if Japan goes ahead with the deployment.", "JPN"),
])
def test_threatened_act_is_the_threat_and_gives_its_target(coder, text, target):
    r = code(coder, text, "en")
    assert [(e.event_type, e.target_actor) for e in r.events] == [("THREATEN", target)]


def test_act_tied_to_an_unless_condition_is_a_threat(coder):
    r = code(coder, "Nigeria announced that it will withdraw its troops from Chad unless Libya arranges a ceasefire.",
             "en")
    one(r, event_type="THREATEN", source_actor="NGA", target_actor="TCD")
    r = code(coder, "The Tunisian opposition said it will boycott the vote unless the president agrees to "
                    "resign.", "en")
    e = one(r, event_type="THREATEN", source_actor="TUN", source_sector="OPP", target_sector="GOV")
    assert e.rule_id.startswith("ultimatum:") and e.modality == "asserted"
    assert not [e for e in r.events if e.event_type == "AGREE"]


def test_withdrawal_targets_the_state_left(coder):
    one(code(coder, "France sped up the withdrawal of its remaining troops from Mali.", "en"),
        cameo_code="0874", source_actor="FRA", target_actor="MLI")


def test_demanded_act_is_not_coded_as_an_act(coder):
    r = code(coder, "The UN General Assembly demanded that Russia immediately withdraw its troops from Ukraine.", "en")
    assert [(e.event_type, e.source_actor, e.target_actor) for e in r.events] == [("REQUEST", "UNO", "RUS")]


@pytest.mark.parametrize("text,lang,code_,source,target", [
    ("Armenia's president today rejected a new offer from Azerbaijan for direct talks.", "en", "120", "ARM", "AZE"),
    ("Lithuania's parliament has demanded a public admission by Moscow.", "en", "100", "LTU", "RUS"),
    ("Russland lehnte das Angebot von Frankreich ab.", "de", "120", "RUS", "FRA"),
])
def test_author_of_a_rejected_offer_or_the_addressee_of_a_demand_is_the_target(coder, text, lang, code_, source,
                                                                               target):
    one(code(coder, text, lang), cameo_code=code_, source_actor=source, target_actor=target)


@pytest.mark.parametrize("text,code_,source,target", [
    ("A senior French minister reiterated that Mali must hand over the suspects.", "100", "FRA", "MLI"),
    ("British Foreign Secretary David Cameron said that the Sudanese government must end the fighting.", "100", "GBR",
     "SDN"),
    ("U.S. Secretary of State Antony Blinken telephoned Russian Foreign Minister Sergei Lavrov.", "041", "USA",
     "RUS"),
])
def test_more_speech_verbs_offices_and_calls(coder, text, code_, source, target):
    one(code(coder, text, "en"), cameo_code=code_, source_actor=source, target_actor=target)


@pytest.mark.parametrize("text,source,target", [
    ("The Hungarians of northern Serbia are demanding autonomy from Serbian authorities.", "SRB", "SRB"),
    ("Ethnic Hungarians in north Serbia are demanding an EU observer mission.", "SRB", "EUU"),
    ("Bosnian Croats demanded a ceasefire with Serbia.", "BIH", "SRB"),
])
def test_ethnic_groups_are_coded_by_residence(coder, text, source, target):
    e = one(code(coder, text, "en"), cameo_root="10")
    assert (e.source_actor, e.target_actor) == (source, target)


@pytest.mark.parametrize("text", [
    "NATO-member Denmark is willing to send equipment to help defend Estonia if it is attacked.",
    "If Russia attacks Ukraine, NATO won't stand by.",
])
def test_conditional_sentences_without_a_will_modal_threat_are_coded_without_error(coder, text):
    r = code(coder, text, "en")
    assert not [e for e in r.events if e.rule_id.startswith("conditional_threat") and e.source_actor == "NAT"
                and e.target_actor == "EST"]
    assert all(e.cameo_root != "13" or e.source_actor != e.target_actor for e in r.events)


def test_it_refers_to_the_state_named_before(coder):
    r = code(coder, "Austria said today it had expelled three Russian diplomats based in Vienna for espionage.", "en")
    one(r, cameo_code="166", source_actor="AUT", target_actor="RUS")


def test_joint_commitment_of_two_states_is_symmetric(coder):
    r = code(coder, "Greece and France have agreed to hold joint naval exercises next month.", "en")
    assert {(e.source_actor, e.target_actor) for e in r.events if e.event_type == "AGREE"} == \
        {("GRC", "FRA"), ("FRA", "GRC")}


@pytest.mark.parametrize("text,code_,source,target", [
    ("Hungary will support Serbia's bid to become a full member.", "032", "HUN", "SRB"),
    ("Chile and Vietnam have upgraded their diplomatic ties.", "050", "CHL", "VNM"),
])
def test_support_pledges_and_diplomatic_ties(coder, text, code_, source, target):
    one(code(coder, text, "en"), cameo_code=code_, source_actor=source, target_actor=target)


def test_meeting_of_three_or_more_states_is_multilateral(coder):
    r = code(coder, "Leaders of Brazil, Russia, India, China and South Africa gathered for the BRICS summit.", "en")
    assert {e.plover_mode for e in r.events if e.cameo_root == "04"} == {"multilateral"}


def test_talk_with_a_partner_in_a_clause_final_participle(coder):
    r = code(coder, "Macron hatte letzte Woche in Peking mit Xi über den Krieg gesprochen.", "de")
    assert {(e.source_actor, e.target_actor) for e in r.events if e.cameo_code == "040"} == \
        {("FRA", "CHN"), ("CHN", "FRA")}
    assert not code(coder, "Scholz hatte von einem Erfolg gesprochen.", "de").events


def test_shooting_down_is_an_assault(coder):
    r = code(coder, "A Russian fighter jet brought down a U.S. surveillance drone over the Black Sea.", "en")
    one(r, event_type="ASSAULT", source_actor="RUS", target_actor="USA")


def test_apposition_between_subject_and_verb_is_skipped(coder):
    r = code(coder, "Egypt, a close EU partner in the region, has refused to send troops to Libya.", "en")
    one(r, cameo_code="120", source_actor="EGY")


@pytest.mark.parametrize("text", [
    "Israeli soldiers stayed on high alert across the occupied West Bank on Sunday.",
    "Palestinian workers in Israeli-occupied Hebron stayed away from work on Friday.",
])
def test_attributive_occupied_is_no_occupation_event(coder, text):
    assert not [e for e in code(coder, text, "en").events if e.cameo_code == "192"]


def test_west_bank_is_not_the_west(coder):
    one(code(coder, "Israel on Sunday reimposed a blockade on the West Bank.", "en"),
        cameo_code="191", source_actor="ISR", target_actor="PSE")


def test_demand_as_purpose_of_a_protest_is_part_of_the_protest(coder):
    r = code(coder, "Students across Serbia staged mass protests to demand early elections.", "en")
    assert [e.event_type for e in r.events] == ["PROTEST"]


def test_object_of_an_english_verb_is_never_its_source(coder):
    r = code(coder, "The rights group Human Rights Watch accused the United States of abuses.", "en")
    assert not [e for e in r.events if e.source_actor == "USA"]
    one(code(coder, "Russia was accused by the United States of abuses.", "en"), source_actor="USA",
        target_actor="RUS")


def test_ratified_agreement(coder):
    one(code(coder, "Moldova ratified a broad agreement with the European Union on Friday.", "en"),
        cameo_code="057", source_actor="MDA", target_actor="EUU")


def test_a_speech_clause_before_punctuation_outside_every_fragment_is_coded(coder):
    """The token after the speech verb's own clause may be a break (":" then a quote mark) that no fragment holds:
    the statement is still coded (this sentence crashed the assembler)."""
    result = coder.extract("Putin sagte am Freitag: '); DROP TABLE events; DELETE FROM articles WHERE ('1'='1", "de",
                           date(2023, 3, 3))
    assert [(e.event_type, e.source_actor) for e in result.events] == [("STATEMENT", "RUS")]
