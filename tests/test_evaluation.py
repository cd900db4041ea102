"""Evaluation harness: scorer arithmetic on hand-made cases, dataset loaders, gold-set integrity, and the ratchet
(the real engine on all datasets must not fall more than 0.02 below geoevents/evaluation/baseline.json)."""
from __future__ import annotations

import json
from pathlib import Path
from datetime import date

import pytest

from geoevents.engine.model import Event, ExtractionResult, SanctionMention, Statement
from geoevents.evaluation import cli, overlap
from geoevents.evaluation.codes import load_actor_code_normalizer, load_plover_type_map
from geoevents.evaluation.datasets import (
    GoldFormatError,
    load_gold_passages,
    load_petrarch_gsr,
    load_plover_gsr,
    load_seed_expected,
    parse_gold_passage,
    split_json_objects,
)
from geoevents.evaluation.metrics import Counts, Dyad, LabelScores, greedy_match, make_dyad
from geoevents.evaluation.report import render_readme_table, render_report
from geoevents.evaluation.runner import (
    DEFAULT_GOLD_DIR,
    baseline_from_report,
    default_eval_dir,
    load_baseline,
    regressions,
    run_evaluation,
)
from geoevents.evaluation.scoring import group_events, quote_matches, score_gold, score_petrarch, score_plover
from geoevents.evaluation.seed import score_seed
from geoevents.reference import load_cameo_codes


def make_event(event_type: str, cameo: str, source: str | None, target: str | None, *, negated: bool = False,
               modality: str = "asserted", day: date | None = date(2023, 1, 2), precision: str = "day",
               trigger: str = "t", sentence: int = 0, evidence: str = "text", mode: str | None = None,
               reporting_source: str | None = None, quote: str | None = None) -> Event:
    statement = Statement(source, None, target, quote, True) if quote else None
    return Event(sentence_index=sentence, char_start=0, char_end=len(evidence), evidence_text=evidence,
                 trigger_text=trigger, cameo_code=cameo, event_type=event_type, source_actor=source,
                 source_sector=None, source_text=None, target_actor=target, target_sector=None, target_text=None,
                 negated=negated, modality=modality, event_date=day, date_precision=precision, date_text=None,
                 reporting_source=reporting_source, rule_id="test", language="en", cameo_root=cameo[:2],
                 plover_mode=mode, statement=statement)


def result(*events: Event, sanctions: tuple[SanctionMention, ...] = ()) -> ExtractionResult:
    return ExtractionResult(language="en", n_sentences=1, events=list(events), sanctions=list(sanctions))


# ------------------------------------------------------------------ arithmetic

def test_precision_recall_f1_arithmetic():
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0 and Counts(fp=2).precision == 0.0


def test_label_scores_sets_and_micro_average():
    scores = LabelScores()
    scores.add_sets({"ACCUSE", "CONSULT"}, {"CONSULT", "ASSAULT"})
    scores.add_sets({"ACCUSE"}, {"ACCUSE"})
    assert (scores.by_label["ACCUSE"].tp, scores.by_label["ACCUSE"].fn) == (1, 1)
    assert scores.by_label["ASSAULT"].fp == 1
    micro = scores.micro()
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 1)
    assert micro.f1 == pytest.approx(2 / 3)


def test_compound_and_symmetric_dyads():
    compound = make_dyad(["DEU", "FRA"], ["RUS"])
    assert compound.matches(make_dyad(["FRA", "DEU"], ["RUS"]))
    assert not compound.matches(make_dyad(["DEU"], ["RUS"]))
    symmetric = Dyad(frozenset({"RUS"}), frozenset({"CHN"}), symmetric=True)
    assert symmetric.matches(make_dyad(["CHN"], ["RUS"]))
    assert symmetric.matches(make_dyad(["CHN", "RUS"], ["RUS", "CHN"]))
    assert not symmetric.matches(make_dyad(["CHN"], ["USA"]))
    directed = make_dyad(["RUS"], ["CHN"])
    assert not directed.matches(make_dyad(["CHN"], ["RUS"]))
    assert directed.source_matches(make_dyad(["RUS"], ["USA"])) and not directed.target_matches(make_dyad(["RUS"], ["USA"]))


def test_greedy_match_is_one_to_one_and_prefers():
    pairs = greedy_match([1, 1], [1, 1, 1], compatible=lambda g, p: g == p)
    assert pairs == [(0, 0), (1, 1)]
    preferred = greedy_match(["a"], ["b", "a"], compatible=lambda g, p: True, preference=lambda g, p: g != p)
    assert preferred == [(0, 1)]


# ------------------------------------------------------------------ code tables

def test_plover_0_5_type_map_covers_the_gsr_names_and_targets_current_types():
    type_map = load_plover_type_map()
    assert type_map["DEMAND"] == "REQUEST" and type_map["DISAPPROVE"] == "ACCUSE"
    assert type_map["FIGHT"] == "ASSAULT" and type_map["INVESTIGATE"] == "ACCUSE"
    current_types = {code.plover_type for code in load_cameo_codes().values()}
    assert set(type_map.values()) <= current_types
    assert {"AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "DEMAND", "DISAPPROVE", "FIGHT",
            "INVESTIGATE", "MOBILIZE", "PROTEST", "REJECT", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"} <= set(type_map)


def test_actor_code_normalization():
    normalizer = load_actor_code_normalizer()
    assert normalizer.gold_code("JAP") == "JPN" and normalizer.gold_code("ITL") == "ITA"
    assert normalizer.gold_code("USA") == "USA" and normalizer.gold_code("") is None
    assert normalizer.petrarch_country("USAGOV") == "USA"
    assert normalizer.petrarch_country("IGOUNOMIL") == "IGO"
    assert normalizer.petrarch_country("---GOV") is None
    assert normalizer.predicted_code("UNO") == "IGO" and normalizer.predicted_code("NAT") == "IGO"
    assert normalizer.predicted_code("CHN") == "CHN" and normalizer.predicted_code("WST") == "WST"
    # transnational militant groups are the GSRs' class IMG (PLOVER "al-Qaeda" IMG, PETRARCH IMGMUSISI)
    assert normalizer.predicted_code("ALQ") == "IMG" and normalizer.petrarch_country("IMGMUSISI") == "IMG"


# ------------------------------------------------------------------ loaders

def test_plover_loader_skips_document_and_damaged_records(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text(
        '[\n{"id": "D-1", "event": "DOCUMENT", "eventText": "docs"},\n'
        '{"id": "A-1", "event": "DEMAND", "text": "Japan urged Italy to act.", "language": "en", "date": "2000-01-01",\n'
        ' "source": [{"actorText": "Tokyo", "code": "JAP"}], "target": {"actorText": "Italy", "code": "ITL"},\n'
        ' "textInfo": {"markup": "x"},},\n'
        '{"id": "B-1", "event": "FIGHT" "text": "broken"},\n'
        '{"id": "C-1", "event": "AGREE", "text": "A and B agreed.", "source": [{"code": "USA"}, {"code": "JOR"}],\n'
        ' "target": "", "textInfo": {"markup": "(SRC/TAR: A) and (SRC/TAR: B) agreed"}}\n]', encoding="utf-8")
    dataset = load_plover_gsr(path, load_actor_code_normalizer())
    assert [r.record_id for r in dataset.records] == ["A-1", "C-1"]
    first = dataset.records[0]
    assert first.event_type == "REQUEST" and first.sources == {"JPN"} and first.targets == {"ITA"}
    assert dataset.records[1].reciprocal and dataset.records[1].targets == frozenset()
    reasons = sorted(s.reason.split(":")[0] for s in dataset.skipped)
    assert reasons == ["DOCUMENT record (file documentation, no event)", "malformed JSON"]


def test_plover_loader_keeps_records_that_share_an_id_apart(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text(
        '[{"id": "X-1", "event": "FIGHT", "text": "Afghan rebels attacked Kabul.", "source": [{"code": "AFG"}]},\n'
        ' {"id": "X-1", "event": "COERCE", "text": "Israel blockaded Gaza.", "source": [{"code": "ISR"}]}]',
        encoding="utf-8")
    dataset = load_plover_gsr(path, load_actor_code_normalizer())
    assert [(r.record_id, r.text) for r in dataset.records] == [
        ("X-1", "Afghan rebels attacked Kabul."), ("X-1#2", "Israel blockaded Gaza.")]


def test_split_json_objects_respects_strings():
    chunks = split_json_objects('[{"a": "}{"}, {"b": {"c": 1}}]')
    assert chunks == ['{"a": "}{"}', '{"b": {"c": 1}}']


def test_petrarch_loader_reads_the_not_well_formed_file(tmp_path):
    path = tmp_path / "petr.xml"
    path.write_text(
        "<Validation>\n# comment <EventCoding...>\n<Sentences>\n"
        '<Sentence category="AFP" date="20100315" id="S1" evaluate="true"/>\n'
        '<EventCoding eventcode="043" sourcecode="USAGOV" targetcode="CHN" />\n'
        '<EventCoding eventcode="190" sourcecode="IGOUNOMIL" targetcode="---" />\n'
        "<Text>\nThe US leader\nvisited.\n</Text>\n</Sentence>\n"
        '<Sentence id="S2" evaluate="false"/>\n<Text>x</Text>\n</Sentence>\n'
        '<Sentence id="S3" evaluate="true"/>\n<EventCoding noevents="True" />\n<Text>\n</Text>\n<Parse>\n'
        '1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t0\tpunct\t_\t_\n'
        '</Parse></Sentence>\n</Sentences></Validation>',
        encoding="utf-8")
    dataset = load_petrarch_gsr(path, load_actor_code_normalizer())
    assert [r.record_id for r in dataset.records] == ["S1", "S3"] and dataset.skipped[0].record_id == "S2"
    assert dataset.records[1].codings == () and dataset.records[1].text == "Rain."
    assert dataset.rebuilt_from_parse == ["S3"]
    record = dataset.records[0]
    assert record.text == "The US leader visited." and record.published == date(2010, 3, 15)
    assert [(c.root, c.source, c.target) for c in record.codings] == [("04", "USA", "CHN"), ("19", "IGO", None)]


def test_gold_schema_errors_are_reported_with_location():
    with pytest.raises(GoldFormatError, match="x.jsonl:3"):
        parse_gold_passage({"id": "x", "lang": "de", "published": "2023-01-01", "text": "t",
                            "events": [{"type": "CONSULT", "cameo_root": "04", "modality": "maybe"}]}, "x.jsonl:3")


# ------------------------------------------------------------------ scorers

def test_grouping_merges_rows_of_one_compound_event():
    rows = [make_event("ACCUSE", "111", "DEU", "RUS"), make_event("ACCUSE", "111", "FRA", "RUS")]
    grouped = group_events(rows)
    assert len(grouped) == 1 and grouped[0].dyad == make_dyad(["DEU", "FRA"], ["RUS"])


def test_grouping_keeps_two_sayings_of_one_sentence_apart():
    # "..., Ukraine's air force said ..., hours after the Kremlin said ...": one speech word, two speakers, two
    # contents; the rows of a compound speaker share one content span and stay one event
    first, second = make_event("STATEMENT", "010", "UKR", "RUS", trigger="said", quote="q"), \
        make_event("STATEMENT", "010", "RUS", "UKR", trigger="said", quote="q")
    first.statement.quote_char_start, second.statement.quote_char_start = 0, 40
    grouped = group_events([first, second])
    assert [g.dyad for g in grouped] == [make_dyad(["UKR"], ["RUS"]), make_dyad(["RUS"], ["UKR"])]
    one, two = make_event("STATEMENT", "010", "DEU", None, trigger="said", quote="q"), \
        make_event("STATEMENT", "010", "FRA", None, trigger="said", quote="q")
    one.statement.quote_char_start = two.statement.quote_char_start = 0
    assert [g.dyad for g in group_events([one, two])] == [make_dyad(["DEU", "FRA"], [None])]


def test_score_plover_types_dyads_and_ignored_statements(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps([
        {"id": "R1", "event": "DISAPPROVE", "text": "s1", "source": [{"code": "USA"}], "target": [{"code": "IGO"}]},
        {"id": "R2", "event": "FIGHT", "text": "s2", "source": [{"code": "ISR"}], "target": [{"code": "PSE"}]},
    ]), encoding="utf-8")
    normalizer = load_actor_code_normalizer()
    records = load_plover_gsr(path, normalizer).records
    results = {"R1": result(make_event("ACCUSE", "111", "USA", "UNO"), make_event("STATEMENT", "010", "USA", None)),
               "R2": result(make_event("ASSAULT", "190", "PSE", "ISR"))}
    score = score_plover(records, results, normalizer)
    assert score.types.micro().f1 == 1.0
    type_dyad = score.type_dyad.micro()
    assert (type_dyad.tp, type_dyad.fp, type_dyad.fn) == (1, 1, 1)
    assert score.dyad.correct == 1 and score.dyad.total == 2
    assert score.ignored_statements == 1


def test_score_petrarch_root_and_dyad(tmp_path):
    path = tmp_path / "petr.xml"
    path.write_text('<Sentence id="S1" evaluate="true"/>\n<EventCoding eventcode="043" sourcecode="USAGOV" '
                    'targetcode="CHN" />\n<EventCoding eventcode="112" sourcecode="CHN" targetcode="USA" />\n'
                    '<Text>t</Text>\n</Sentence>', encoding="utf-8")
    normalizer = load_actor_code_normalizer()
    records = load_petrarch_gsr(path, normalizer).records
    score = score_petrarch(records, {"S1": result(make_event("CONSULT", "042", "USA", "CHN"),
                                                  make_event("ACCUSE", "111", "USA", "CHN"))}, normalizer)
    assert score.roots.micro().f1 == 1.0
    assert (score.root_dyad.micro().tp, score.root_dyad.micro().fp, score.root_dyad.micro().fn) == (1, 1, 1)
    assert (score.dyad.correct, score.dyad.total) == (1, 2)


def _gold(events: list[dict], sanctions: list[dict] | None = None, text: str = "t") -> object:
    return parse_gold_passage({"id": "g1", "lang": "en", "published": "2023-01-02", "text": text,
                               "events": events, "sanctions": sanctions or []}, "test")


def test_score_gold_negation_modality_dates_and_sanctions():
    passage = _gold([
        {"type": "CONSULT", "cameo_root": "04", "source": "RUS", "target": "CHN", "symmetric": True,
         "date": "2023-01-02", "date_precision": "day", "mode": "video"},
        {"type": "AGREE", "cameo_root": "03", "source": "RUS", "target": "CHN", "modality": "future",
         "date": "2023-01-01", "date_precision": "month"},
        {"type": "COOPERATE", "cameo_root": "06", "source": "RUS", "target": "CHN", "negated": True,
         "date": "2023-01-02", "date_precision": "day"},
    ], [{"stance": "evade", "imposer": "WST", "target": "CHN"}])
    predicted = result(
        make_event("CONSULT", "040", "CHN", "RUS", mode="video"),
        make_event("AGREE", "0312", "RUS", "CHN", modality="asserted", trigger="a"),
        make_event("COOPERATE", "062", "RUS", "CHN", trigger="c"),
        sanctions=(SanctionMention(0, 0, 1, "WST", "CHN", "evade", False, None, "t", "r"),))
    score = score_gold([passage], {"g1": predicted})
    micro = score.type_dyad.micro()
    # CONSULT and AGREE found; asserting the negated COOPERATE is a false positive
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 0)
    assert score.negated_asserted == 1
    assert (score.negation.correct, score.negation.total) == (2, 3)
    assert (score.modality.correct, score.modality.total) == (2, 3)
    assert (score.date.correct, score.date.total) == (2, 3)  # AGREE expected month precision
    assert (score.mode.correct, score.mode.total) == (1, 1)
    assert score.sanctions.micro().f1 == 1.0 and score.sanction_actors.value == 1.0


def test_no_event_passage_counts_predictions():
    passage = _gold([])
    clean = score_gold([passage], {"g1": result()})
    noisy = score_gold([passage], {"g1": result(make_event("CONSULT", "042", "USA", None))})
    assert (clean.no_event_passages_clean, noisy.no_event_passages_clean) == (1, 0)
    assert noisy.type_dyad.micro().fp == 1


def test_quote_matching_ignores_quote_marks_and_case():
    assert quote_matches("Peking behauptet, neutral zu sein", "„Peking behauptet, neutral zu sein, aber …“")
    assert quote_matches("we will", "»We will continue«")
    assert not quote_matches("Fakten", None)


def test_seed_rows_checks():
    expected = load_seed_expected(DEFAULT_GOLD_DIR)
    assert len(expected["rows"]) == 14
    events = [
        make_event("CONSULT", "040", "CHN", "RUS", day=date(2022, 12, 30), mode="video"),
        make_event("AGREE", "0312", "RUS", "CHN", modality="future", day=date(2022, 12, 30),
                   evidence="dass er beabsichtige ... nicht erwähnt"),
        make_event("COOPERATE", "062", "RUS", "CHN", day=date(2022, 12, 30), evidence="... nicht erwähnt"),
    ]
    rows = {r.row: r for r in score_seed(expected, result(*events)).rows}
    assert rows[1].found and rows[6].found
    assert not rows[7].found and "062" in rows[7].detail
    assert not rows[2].found and rows[2].detail.startswith("closest candidate fails")


# ------------------------------------------------------------------ own gold set integrity

@pytest.mark.parametrize("fresh_dir", sorted(DEFAULT_GOLD_DIR.glob("fresh*")), ids=lambda p: p.name)
def test_fresh_passage_sets_parse_with_unique_ids_in_both_languages(fresh_dir):
    """The blind fresh-passage sets (docs/evaluation.md "Fresh-passage check") stay measurable with
    `eval --gold-dir tests/gold/freshN`: each parses, holds German and English passages, and no id repeats."""
    passages = load_gold_passages(fresh_dir)
    assert {p.language for p in passages} == {"de", "en"}
    assert len({p.passage_id for p in passages}) == len(passages)


def test_gold_files_parse_and_cover_the_brief():
    passages = load_gold_passages(DEFAULT_GOLD_DIR)
    by_language = {lang: [p for p in passages if p.language == lang] for lang in ("de", "en")}
    assert all(len(items) >= 45 for items in by_language.values())
    for items in by_language.values():
        assert sum(1 for p in items if not p.events and not p.sanctions) >= 8
    assert len({p.passage_id for p in passages}) == len(passages)
    stances = {s.stance for p in passages for s in p.sanctions}
    assert stances == {"impose", "threaten", "extend", "lift", "evade", "oppose", "mention"}
    modalities = {e.modality for p in passages for e in p.events}
    assert modalities == {"asserted", "future", "hypothetical", "reported"}
    assert any(e.negated for p in passages for e in p.events)
    modes = {e.mode for p in passages for e in p.events if e.mode}
    assert {"video", "phone", "visit", "third_location", "multilateral"} <= modes


def test_gold_event_types_agree_with_the_cameo_table():
    codes = load_cameo_codes()
    for path in (DEFAULT_GOLD_DIR / "gold_de.jsonl", DEFAULT_GOLD_DIR / "gold_en.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for event in record["events"]:
                code = codes[event["cameo"]]
                assert (code.plover_type, code.root) == (event["type"], event["cameo_root"]), record["id"]


# ------------------------------------------------------------------ command line and README table

class _SilentCoder:
    def extract(self, text, language, published_date):
        return ExtractionResult(language=language, n_sentences=1)


def test_cli_reports_missing_datasets_and_writes_json(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "run_evaluation",
                        lambda **kwargs: run_evaluation(coder=_SilentCoder(), **kwargs))
    out = tmp_path / "figures.json"
    status = cli.main(["--eval-dir", str(tmp_path / "absent"), "--json", str(out), "--show-errors", "2"])
    printed = capsys.readouterr().out
    assert status == 0
    assert "PLOVER GSR not found" in printed and "PETRARCH-2 GSR not found" in printed
    assert "seed" in printed and "rows" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["datasets"]["plover"]["ran"] is False and figures["datasets"]["gold"]["ran"] is True


def test_cli_fails_without_the_own_gold_set(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "run_evaluation",
                        lambda **kwargs: run_evaluation(coder=_SilentCoder(), **kwargs))
    assert cli.main(["--eval-dir", str(tmp_path), "--gold-dir", str(tmp_path), "--only", "gold"]) == 1


def test_readme_table_renders_from_baseline():
    table = render_readme_table(load_baseline())
    assert table.startswith("| dataset | metric | value |")
    assert "| gold | type+dyad F1 |" in table and "| seed | rows |" in table


# ------------------------------------------------------------------ the ratchet: real engine, real data

@pytest.fixture(scope="module")
def real_report():
    datasets = ["gold", "seed"]
    if (default_eval_dir() / "plover_gsr").exists() and (default_eval_dir() / "petrarch_gsr").exists():
        datasets = ["plover", "petrarch", "gold", "seed"]
    return run_evaluation(only=datasets)


def test_real_evaluation_runs_every_available_dataset(real_report):
    assert real_report.datasets["gold"].ran and real_report.datasets["seed"].ran
    assert "summary" in render_report(real_report)
    baseline = baseline_from_report(real_report)
    assert set(baseline["figures"]) == set(real_report.datasets)


def test_figures_do_not_drop_below_baseline(real_report):
    assert regressions(real_report, load_baseline()) == []


def test_readme_shows_the_committed_figures():
    """README's accuracy table is the ratchet's reference: it must match baseline.json row for row."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    committed = readme.split("<!-- eval-table:start -->")[1].split("<!-- eval-table:end -->")[0].strip()
    expected = render_readme_table(load_baseline()).split("\n\n")[0].strip()
    assert committed == expected, "README accuracy table differs from geoevents/evaluation/baseline.json: " \
                                  "paste `python -m geoevents eval --readme-table` into README"


# ------------------------------------------------------------------ no evaluation text in the project's own files

def test_overlap_reports_the_longest_shared_runs_of_six_words_and_more(tmp_path):
    (tmp_path / "plover_gsr").mkdir()
    (tmp_path / "plover_gsr" / "records.txt").write_text(
        '{"text": "The northern alliance signed a water treaty with its southern neighbour on Friday."}',
        encoding="utf-8")
    (tmp_path / "LICENSE").write_text("you may copy the northern alliance signed a water treaty", encoding="utf-8")
    grams = overlap.eval_ngrams(tmp_path)
    text = ("A comment.\n# As when the Northern Alliance signed a water-treaty with its neighbour;\n"
            "five words: signed a water treaty with, no more.\n")
    # punctuation and case do not hide a quote; five shared words are no quote; the LICENSE is not evaluation text
    assert overlap.shared_runs(text, grams) == [(2, "the northern alliance signed a water treaty with its")]
    assert overlap.shared_runs("you may copy the northern alliance", grams) == []
    with pytest.raises(FileNotFoundError):
        overlap.eval_ngrams(tmp_path / "plover_gsr" / "missing")


@pytest.mark.skipif(not (default_eval_dir() / "plover_gsr").exists() or
                    not (default_eval_dir() / "petrarch_gsr").exists(), reason="evaluation sets not available")
def test_lexicons_and_own_gold_quote_no_evaluation_text():
    """Lexicon comments and own gold passages are the project's own sentences (`python -m
    geoevents.evaluation.overlap` lists what the rest of the project still quotes)."""
    assert overlap.quotes(default_eval_dir(), ("seeds/lexicons", "seeds/ingest", "seeds/articles", "tests/gold")) == []
