"""The seed article's acceptance list (/work/shared/spec/seed_article_expected.md) as checks on engine output.

Each row of tests/gold/seed_expected.json names a kind and the checks a single engine row must pass:
- ``event``: some event satisfies every check (type, dyad, date, quote, ...);
- ``absent_event``: no asserted, non-negated event from the named sentence has a forbidden code/type;
- ``sanction``: some sanctions mention satisfies every check (stance, imposer, target, speaker).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from geoevents.engine.model import Event, ExtractionResult, SanctionMention
from geoevents.evaluation.scoring import quote_matches, text_contains


def _as_set(value: object) -> set[str] | None:
    if value is None:
        return None
    return {value} if isinstance(value, str) else set(value)


def _dyad_ok(checks: dict, source: str | None, target: str | None) -> bool:
    sources, targets = _as_set(checks.get("source")), _as_set(checks.get("target"))
    if sources is not None and source not in sources:
        return False
    if targets is not None and target not in targets:
        return False
    return True


def event_failures(checks: dict, event: Event) -> list[str]:
    """Names of the checks the event fails (empty when it satisfies the row)."""
    failed = []
    types = _as_set(checks.get("type"))
    if types is not None and event.event_type not in types:
        failed.append("type")
    direct = _dyad_ok(checks, event.source_actor, event.target_actor)
    swapped = checks.get("symmetric", False) and _dyad_ok(checks, event.target_actor, event.source_actor)
    if not (direct or swapped):
        failed.append("dyad")
    codes = _as_set(checks.get("cameo_code"))
    if codes is not None and event.cameo_code not in codes:
        failed.append("cameo_code")
    if "plover_mode" in checks and event.plover_mode != checks["plover_mode"]:
        failed.append("plover_mode")
    if "date" in checks and (event.event_date is None or event.event_date != date.fromisoformat(checks["date"])):
        failed.append("date")
    if "date_precision" in checks and event.date_precision != checks["date_precision"]:
        failed.append("date_precision")
    modalities = _as_set(checks.get("modality"))
    if modalities is not None and event.modality not in modalities:
        failed.append("modality")
    if event.negated != checks.get("negated", False):
        failed.append("negated")
    if "quote" in checks:
        quote = event.statement.quote_text if event.statement else None
        if not quote_matches(checks["quote"], quote or event.evidence_text):
            failed.append("quote")
    if "reporting_source" in checks:
        reporter = event.reporting_source or (event.statement.reporting_source if event.statement else None)
        if not text_contains(checks["reporting_source"], reporter):
            failed.append("reporting_source")
    if "evidence" in checks and not text_contains(checks["evidence"], event.evidence_text):
        failed.append("evidence")
    return failed


def sanction_failures(checks: dict, mention: SanctionMention) -> list[str]:
    failed = []
    if mention.stance not in _as_set(checks["stance"]):
        failed.append("stance")
    if "imposer" in checks and mention.imposer_actor not in _as_set(checks["imposer"]):
        failed.append("imposer")
    if "target" in checks and mention.target_actor not in _as_set(checks["target"]):
        failed.append("target")
    if "speaker" in checks and mention.speaker_actor not in _as_set(checks["speaker"]):
        failed.append("speaker")
    if mention.negated != checks.get("negated", False):
        failed.append("negated")
    if "evidence" in checks and not text_contains(checks["evidence"], mention.evidence_text):
        failed.append("evidence")
    return failed


def absent_event_violations(checks: dict, events: list[Event]) -> list[Event]:
    """Asserted, non-negated events from the sentence named by ``evidence`` that the row forbids."""
    forbidden_codes = _as_set(checks.get("forbidden_cameo_code")) or set()
    forbidden_type_context = [tuple(pair) for pair in checks.get("forbidden_type_context", [])]
    return [e for e in events
            if text_contains(checks["evidence"], e.evidence_text) and not e.negated and e.modality == "asserted"
            and (e.cameo_code in forbidden_codes or (e.event_type, e.plover_context) in forbidden_type_context)]


@dataclass
class SeedRowResult:
    row: int
    description: str
    found: bool
    detail: str


@dataclass
class SeedScore:
    rows: list[SeedRowResult] = field(default_factory=list)
    input_note: str = ""

    @property
    def found(self) -> int:
        return sum(1 for r in self.rows if r.found)

    def headline(self) -> dict[str, float]:
        return {"rows_found_fraction": self.found / len(self.rows) if self.rows else 0.0}

    def to_dict(self) -> dict[str, object]:
        return {"rows_found": self.found, "rows_total": len(self.rows), "input": self.input_note,
                "rows": [{"row": r.row, "description": r.description, "found": r.found, "detail": r.detail}
                         for r in self.rows]}


def score_seed(expected: dict, result: ExtractionResult) -> SeedScore:
    score = SeedScore()
    for row in expected["rows"]:
        checks = row["checks"]
        if row["kind"] == "event":
            failures = [event_failures(checks, e) for e in result.events]
            found = any(not f for f in failures)
            detail = "" if found else _closest(failures)
        elif row["kind"] == "sanction":
            failures = [sanction_failures(checks, m) for m in result.sanctions]
            found = any(not f for f in failures)
            detail = "" if found else _closest(failures)
        elif row["kind"] == "absent_event":
            violations = absent_event_violations(checks, result.events)
            found = not violations
            detail = "; ".join(f"asserted {e.cameo_code} {e.source_actor}->{e.target_actor}" for e in violations)
        else:
            raise ValueError(f"seed row {row['row']}: unknown kind {row['kind']!r}")
        score.rows.append(SeedRowResult(row["row"], row["description"], found, detail))
    return score


def _closest(failures: list[list[str]]) -> str:
    if not failures:
        return "no candidate rows"
    best = min(failures, key=len)
    return "closest candidate fails: " + ", ".join(best)
