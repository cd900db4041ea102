"""Evaluation of the event coder against gold standards: ``python -m geoevents eval``.

Datasets: the PLOVER and PETRARCH-2 gold-standard records (read from ../shared/eval, not vendored), the team's own
German/English gold passages (tests/gold) and the seed article's acceptance rows. See docs/evaluation.md.
"""
from geoevents.evaluation.runner import DATASETS, EvaluationReport, run_evaluation

__all__ = ["DATASETS", "EvaluationReport", "run_evaluation"]
