"""Run the engine over every evaluation dataset and collect the figures.

The engine is used exactly as the assets use it: ``EventCoder()`` with the default configuration, texts passed
through ``extract_many`` (nlp.pipe batching). The seed article goes through ingestion first, as in the pipeline.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from geoevents import PROJECT_ROOT
from geoevents.engine.model import ExtractionResult
from geoevents.evaluation.codes import load_actor_code_normalizer
from geoevents.evaluation.datasets import (
    PETRARCH_GSR_RELATIVE_PATH,
    PLOVER_GSR_RELATIVE_PATH,
    SEED_EXPECTED_FILE,
    load_gold_passages,
    load_petrarch_gsr,
    load_plover_gsr,
    load_seed_expected,
)
from geoevents.evaluation.scoring import score_gold, score_petrarch, score_plover
from geoevents.evaluation.seed import SeedScore, score_seed

DATASETS = ("plover", "petrarch", "gold", "seed")
DEFAULT_GOLD_DIR = PROJECT_ROOT / "tests" / "gold"
BASELINE_PATH = Path(__file__).resolve().parent / "baseline.json"
EVAL_DIR_ENV = "GEOEVENTS_EVAL_DIR"


def default_eval_dir() -> Path:
    """../shared/eval next to the repository, unless GEOEVENTS_EVAL_DIR says otherwise."""
    return Path(os.environ.get(EVAL_DIR_ENV) or PROJECT_ROOT.parent / "shared" / "eval")


class Coder(Protocol):
    def extract(self, text: str, language: str, published_date: date | None) -> ExtractionResult: ...


def run_coder(coder: Coder, items: Iterable[tuple[str, str, str, date | None]]) -> dict[str, ExtractionResult]:
    """key -> result; batched through ``extract_many`` when the coder offers it."""
    items = list(items)
    extract_many = getattr(coder, "extract_many", None)
    if callable(extract_many):
        return dict(extract_many(items))
    return {key: coder.extract(text, language, published) for key, text, language, published in items}


@dataclass
class DatasetReport:
    name: str
    ran: bool
    message: str = ""
    headline: dict[str, float] = field(default_factory=dict)
    details: dict[str, object] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self, max_errors: int | None = None) -> dict[str, object]:
        errors = self.errors if max_errors is None else self.errors[:max_errors]
        return {"ran": self.ran, "message": self.message, "headline": {k: round(v, 4) for k, v in self.headline.items()},
                "details": self.details, "skipped": self.skipped, "n_errors": len(self.errors), "errors": errors}


@dataclass
class EvaluationReport:
    extractor_version: str
    datasets: dict[str, DatasetReport]

    def headline_figures(self) -> dict[str, dict[str, float]]:
        return {name: {k: round(v, 4) for k, v in report.headline.items()}
                for name, report in self.datasets.items() if report.ran}

    def to_dict(self, max_errors: int | None = None) -> dict[str, object]:
        return {"extractor_version": self.extractor_version,
                "figures": self.headline_figures(),
                "datasets": {name: report.to_dict(max_errors) for name, report in self.datasets.items()}}


def _skipped(records) -> list[dict[str, str]]:
    return [{"id": s.record_id, "reason": s.reason} for s in records]


def evaluate_plover(coder: Coder, eval_dir: Path) -> DatasetReport:
    path = eval_dir / PLOVER_GSR_RELATIVE_PATH
    if not path.exists():
        return DatasetReport("plover", False, f"PLOVER GSR not found at {path}: skipped")
    normalizer = load_actor_code_normalizer()
    dataset = load_plover_gsr(path, normalizer)
    results = run_coder(coder, ((r.record_id, r.text, r.language, r.published) for r in dataset.records))
    score = score_plover(dataset.records, results, normalizer)
    reasons: dict[str, int] = {}
    for skipped in dataset.skipped:
        reasons[skipped.reason] = reasons.get(skipped.reason, 0) + 1
    message = f"{len(dataset.records)} records scored, {len(dataset.skipped)} skipped" + (
        " (" + "; ".join(f"{n}x {reason}" for reason, n in sorted(reasons.items())) + ")" if reasons else "")
    return DatasetReport("plover", True, message, score.headline(), score.to_dict(),
                         [e.to_dict() for e in score.errors], _skipped(dataset.skipped))


def evaluate_petrarch(coder: Coder, eval_dir: Path) -> DatasetReport:
    path = eval_dir / PETRARCH_GSR_RELATIVE_PATH
    if not path.exists():
        return DatasetReport("petrarch", False, f"PETRARCH-2 GSR not found at {path}: skipped")
    normalizer = load_actor_code_normalizer()
    dataset = load_petrarch_gsr(path, normalizer)
    results = run_coder(coder, ((r.record_id, r.text, "en", r.published) for r in dataset.records))
    score = score_petrarch(dataset.records, results, normalizer)
    n_codings = sum(len(r.codings) for r in dataset.records)
    n_empty = sum(1 for r in dataset.records if not r.codings)
    message = (f"{len(dataset.records)} sentences ({n_empty} coded as having no event) with {n_codings} codings "
               f"scored, {len(dataset.skipped)} skipped")
    if dataset.rebuilt_from_parse:
        message += f"; text rebuilt from the parse for {', '.join(dataset.rebuilt_from_parse)} (empty <Text>)"
    return DatasetReport("petrarch", True, message, score.headline(), score.to_dict(),
                         [e.to_dict() for e in score.errors], _skipped(dataset.skipped))


def evaluate_gold(coder: Coder, gold_dir: Path) -> DatasetReport:
    passages = load_gold_passages(gold_dir)
    if not passages:
        return DatasetReport("gold", False, f"no gold passages (gold_de.jsonl, gold_en.jsonl) in {gold_dir}: skipped")
    results = run_coder(coder, ((p.passage_id, p.text, p.language, p.published) for p in passages))
    score = score_gold(passages, results)
    by_language = {lang: sum(1 for p in passages if p.language == lang) for lang in sorted({p.language for p in passages})}
    message = (f"{score.n_passages} passages ({', '.join(f'{n} {lang}' for lang, n in by_language.items())}), "
               f"{score.n_events} gold events")
    return DatasetReport("gold", True, message, score.headline(), score.to_dict(), [e.to_dict() for e in score.errors])


def seed_article_input(expected: dict) -> tuple[str, date | None, str]:
    """Body and publication date of the seed article as the pipeline sees them (after ingestion).

    Falls back to the raw file and the date stated in the spec when ingestion is not importable, and says so.
    """
    article_path = PROJECT_ROOT / expected["article"]
    try:
        from geoevents.ingest import IngestSettings, scan_articles
    except ImportError as error:
        return (article_path.read_text(encoding="utf-8"), date.fromisoformat(expected["published"]),
                f"raw file and spec date (ingestion unavailable: {error})")
    for item in scan_articles(str(article_path.parent), IngestSettings(), today=date.today()):
        if Path(item.source_path).name == article_path.name and hasattr(item, "body"):
            note = f"ingested body, published {item.published_date} ({item.published_date_basis})"
            return item.body, item.published_date, note
    raise FileNotFoundError(f"ingestion produced no article for {article_path}")


def evaluate_seed(coder: Coder, gold_dir: Path) -> DatasetReport:
    if not (gold_dir / SEED_EXPECTED_FILE).exists():
        return DatasetReport("seed", False, f"{SEED_EXPECTED_FILE} not found in {gold_dir}: skipped")
    expected = load_seed_expected(gold_dir)
    body, published, note = seed_article_input(expected)
    result = run_coder(coder, [("seed", body, expected["language"], published)])["seed"]
    score: SeedScore = score_seed(expected, result)
    errors = [{"id": f"row {r.row}", "kind": "missed", "detail": f"{r.description}: {r.detail}", "text": ""}
              for r in score.rows if not r.found]
    score.input_note = note
    return DatasetReport("seed", True, f"{score.found}/{len(score.rows)} rows found; input: {note}",
                         score.headline(), score.to_dict(), errors)


def run_evaluation(coder: Coder | None = None, eval_dir: Path | None = None, gold_dir: Path | None = None,
                   only: Iterable[str] = DATASETS) -> EvaluationReport:
    if coder is None:
        from geoevents.engine import EventCoder

        coder = EventCoder()
    version = str(getattr(__import__("geoevents.engine", fromlist=["EXTRACTOR_VERSION"]), "EXTRACTOR_VERSION",
                          "unknown"))
    eval_dir = eval_dir or default_eval_dir()
    gold_dir = gold_dir or DEFAULT_GOLD_DIR
    runners = {"plover": lambda: evaluate_plover(coder, eval_dir),
               "petrarch": lambda: evaluate_petrarch(coder, eval_dir),
               "gold": lambda: evaluate_gold(coder, gold_dir),
               "seed": lambda: evaluate_seed(coder, gold_dir)}
    wanted = [name for name in DATASETS if name in set(only)]
    return EvaluationReport(version, {name: runners[name]() for name in wanted})


# ------------------------------------------------------------------ baseline (the ratchet)

def load_baseline(path: Path = BASELINE_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def baseline_from_report(report: EvaluationReport) -> dict:
    baseline: dict[str, object] = {"extractor_version": report.extractor_version,
                                   "figures": report.headline_figures()}
    seed = report.datasets.get("seed")
    if seed is not None and seed.ran:
        baseline["seed_rows"] = {"rows_found": seed.details["rows_found"], "rows_total": seed.details["rows_total"]}
    return baseline


def regressions(report: EvaluationReport, baseline: dict, tolerance: float = 0.02) -> list[str]:
    """Figures that dropped more than ``tolerance`` below the baseline (datasets that did not run are not compared)."""
    found = []
    current = report.headline_figures()
    for dataset, figures in baseline["figures"].items():
        if dataset not in current:
            continue
        for name, expected in figures.items():
            value = current[dataset].get(name)
            if value is None or value < expected - tolerance:
                found.append(f"{dataset}.{name}: {value} < baseline {expected} - {tolerance}")
    return found
