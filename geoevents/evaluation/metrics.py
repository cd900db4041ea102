"""Counting and matching primitives shared by all dataset scorers.

Precision, recall and F1 are computed from true/false positive and false negative counts, per label and
micro-averaged over labels (sum the counts, then divide). A ratio with an empty denominator is 0.0, so an
engine that predicts nothing scores 0 precision rather than an undefined value.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Number of gold items (true positives plus misses)."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class LabelScores:
    """Counts per label (event type or CAMEO root) with a micro average."""

    by_label: dict[str, Counts] = field(default_factory=dict)

    def counts(self, label: str) -> Counts:
        return self.by_label.setdefault(label, Counts())

    def add_sets(self, gold: Iterable[str], predicted: Iterable[str]) -> None:
        """Score one unit (e.g. a sentence) whose gold and predicted labels are sets."""
        gold_set, predicted_set = set(gold), set(predicted)
        for label in gold_set & predicted_set:
            self.counts(label).tp += 1
        for label in predicted_set - gold_set:
            self.counts(label).fp += 1
        for label in gold_set - predicted_set:
            self.counts(label).fn += 1

    def micro(self) -> Counts:
        total = Counts()
        for counts in self.by_label.values():
            total += counts
        return total

    def to_dict(self) -> dict[str, object]:
        return {"micro": self.micro().to_dict(),
                "by_label": {label: self.by_label[label].to_dict() for label in sorted(self.by_label)}}


@dataclass(frozen=True)
class Dyad:
    """Source and target actors of one event, as sets so compound actors ("Germany and France") compare whole.

    ``symmetric`` marks gold events whose direction is immaterial (meetings, joint agreements): they match a
    prediction with the same participants in any split between source and target.
    """

    sources: frozenset[str]
    targets: frozenset[str]
    symmetric: bool = False

    def matches(self, predicted: Dyad) -> bool:
        if self.sources == predicted.sources and self.targets == predicted.targets:
            return True
        if self.symmetric:
            return (self.sources | self.targets) == (predicted.sources | predicted.targets)
        return False

    def source_matches(self, predicted: Dyad) -> bool:
        # a symmetric event has no meaningful source side: only the whole dyad can be right
        return self.matches(predicted) if self.symmetric else self.sources == predicted.sources

    def target_matches(self, predicted: Dyad) -> bool:
        return self.matches(predicted) if self.symmetric else self.targets == predicted.targets

    def describe(self) -> str:
        arrow = "<->" if self.symmetric else "->"
        return f"{'+'.join(sorted(self.sources)) or '-'}{arrow}{'+'.join(sorted(self.targets)) or '-'}"


def make_dyad(sources: Iterable[str | None], targets: Iterable[str | None], symmetric: bool = False) -> Dyad:
    return Dyad(frozenset(s for s in sources if s), frozenset(t for t in targets if t), symmetric)


def greedy_match(gold: list, predicted: list, compatible: Callable[[object, object], bool],
                 preference: Callable[[object, object], object] | None = None) -> list[tuple[int, int]]:
    """One-to-one matching: each gold item takes the first compatible unused prediction.

    ``preference(gold_item, predicted_item)`` ranks candidates (lower first), e.g. to prefer a prediction with the
    same negation flag. Gold items are few per passage, so greedy matching is exact enough and deterministic.
    """
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        candidates = [pi for pi, p in enumerate(predicted) if pi not in used and compatible(g, p)]
        if not candidates:
            continue
        if preference is not None:
            candidates.sort(key=lambda pi: preference(g, predicted[pi]))
        used.add(candidates[0])
        pairs.append((gi, candidates[0]))
    return pairs

