"""Plain-text rendering of an evaluation report, and the README table rendered from baseline.json."""
from __future__ import annotations

from geoevents.evaluation.runner import DatasetReport, EvaluationReport

# (dataset, headline key, label in the summary block), in the order the summary prints them
SUMMARY_FIGURES = (
    ("plover", "type_f1", "type F1"),
    ("plover", "type_dyad_f1", "type+dyad F1"),
    ("plover", "dyad_accuracy", "dyad accuracy"),
    ("petrarch", "root_f1", "root F1"),
    ("petrarch", "root_dyad_f1", "root+dyad F1"),
    ("petrarch", "dyad_accuracy", "dyad accuracy"),
    ("gold", "type_f1", "type F1"),
    ("gold", "type_dyad_f1", "type+dyad F1"),
    ("gold", "dyad_accuracy", "dyad accuracy"),
    ("gold", "negation_accuracy", "negation accuracy"),
    ("gold", "modality_accuracy", "modality accuracy"),
    ("gold", "date_accuracy", "date accuracy"),
    ("gold", "sanctions_stance_f1", "sanctions stance F1"),
    ("gold", "no_event_precision", "no-event passages clean"),
    ("seed", "rows_found_fraction", "rows"),
)
TABLE_KEYS = {"plover": ("type", "type_dyad", "type", "type+dyad"),
              "petrarch": ("root", "root_dyad", "root", "root+dyad"),
              "gold": ("type", "type_dyad", "type", "type+dyad")}
ACCURACY_KEYS = ("dyad_accuracy", "source_accuracy", "target_accuracy", "negation_accuracy", "modality_accuracy",
                 "date_accuracy", "mode_accuracy", "quote_accuracy", "speaker_accuracy", "reporting_source_accuracy",
                 "sanction_actor_accuracy")


def _prf(scores: dict) -> str:
    return f"{scores['precision']:5.2f} {scores['recall']:5.2f} {scores['f1']:5.2f}"


def render_label_table(details: dict, left_key: str, right_key: str, left_title: str, right_title: str) -> list[str]:
    left, right = details[left_key], details[right_key]
    labels = sorted(set(left["by_label"]) | set(right["by_label"]))
    empty = {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    lines = [f"  {'':14} {left_title + ' P/R/F1':>17}  {right_title + ' P/R/F1':>22}  {'gold':>5} {'pred':>5}"]
    for label in labels + ["micro"]:
        l_scores = left["micro"] if label == "micro" else left["by_label"].get(label, empty)
        r_scores = right["micro"] if label == "micro" else right["by_label"].get(label, empty)
        lines.append(f"  {label:14} {_prf(l_scores):>17}  {_prf(r_scores):>22}  "
                     f"{r_scores['tp'] + r_scores['fn']:5d} {r_scores['tp'] + r_scores['fp']:5d}")
    return lines


def render_dataset(report: DatasetReport, show_errors: int) -> list[str]:
    lines = [f"== {report.name}: {report.message}"]
    if not report.ran:
        return lines
    details = report.details
    if report.name in TABLE_KEYS:
        left, right, left_title, right_title = TABLE_KEYS[report.name]
        lines += render_label_table(details, left, right, left_title, right_title)
    if report.name == "gold":
        lines.append("  sanctions stance (P/R/F1 per stance):")
        stances = details["sanctions_stance"]
        for stance, scores in list(stances["by_label"].items()) + [("micro", stances["micro"])]:
            lines.append(f"    {stance:12} {_prf(scores)}  gold {scores['tp'] + scores['fn']:3d}"
                         f"  pred {scores['tp'] + scores['fp']:3d}")
        no_event = details["no_event_passages"]
        lines.append(f"  passages without gold events and without predictions: "
                     f"{no_event['without_prediction']}/{no_event['total']}")
        lines.append(f"  gold negated events asserted by the engine: {details['negated_events_asserted']}")
    for key in ACCURACY_KEYS:
        if key in details and details[key]["total"]:
            acc = details[key]
            lines.append(f"  {key.replace('_', ' '):28} {acc['accuracy']:5.2f}  ({acc['correct']}/{acc['total']})")
    if report.name == "plover":
        lines.append(f"  STATEMENT predictions ignored (no PLOVER category): {details['ignored_statement_predictions']}")
    if report.name == "seed":
        for row in details["rows"]:
            mark = "found  " if row["found"] else "MISSING"
            lines.append(f"  {row['row']:2d} {mark} {row['description']}" + (f"  [{row['detail']}]" if row["detail"] else ""))
    if show_errors and report.errors:
        lines.append(f"  first {min(show_errors, len(report.errors))} of {len(report.errors)} errors:")
        for error in report.errors[:show_errors]:
            text = error["text"].replace("\n", " ")
            snippet = (text[:110] + "...") if len(text) > 110 else text
            lines.append(f"    [{error['id']}] {error['kind']}: {error['detail']}" + (f"  | {snippet}" if snippet else ""))
    return lines


def format_figure(dataset: str, key: str, value: float, details: dict | None = None) -> str:
    if dataset == "seed" and key == "rows_found_fraction" and details is not None:
        return f"{details['rows_found']}/{details['rows_total']}"
    return f"{value:.2f}"


def render_summary(report: EvaluationReport) -> list[str]:
    lines = [f"  {'dataset':12} {'metric':26} value"]
    for dataset, key, label in SUMMARY_FIGURES:
        dataset_report = report.datasets.get(dataset)
        if dataset_report is None or not dataset_report.ran:
            continue
        value = dataset_report.headline[key]
        lines.append(f"  {dataset:12} {label:26} {format_figure(dataset, key, value, dataset_report.details)}")
    return lines


def render_report(report: EvaluationReport, show_errors: int = 0) -> str:
    lines = [f"geoevents evaluation (extractor {report.extractor_version})", ""]
    for dataset_report in report.datasets.values():
        lines += render_dataset(dataset_report, show_errors)
        lines.append("")
    lines.append("summary")
    lines += render_summary(report)
    return "\n".join(lines)


def render_readme_table(baseline: dict) -> str:
    """Markdown table of the committed figures (baseline.json), for the README."""
    figures = baseline["figures"]
    rows = ["| dataset | metric | value |", "|---|---|---|"]
    for dataset, key, label in SUMMARY_FIGURES:
        if key not in figures.get(dataset, {}):
            continue
        value = figures[dataset][key]
        if dataset == "seed" and "rows_total" in baseline.get("seed_rows", {}):
            shown = f"{baseline['seed_rows']['rows_found']}/{baseline['seed_rows']['rows_total']}"
        else:
            shown = f"{value:.2f}"
        rows.append(f"| {dataset} | {label} | {shown} |")
    rows.append(f"\nExtractor version {baseline.get('extractor_version', 'unknown')}; "
                "regenerate with `python -m geoevents eval --update-baseline`.")
    return "\n".join(rows)
