"""Dataset scorers: engine output (ExtractionResult per text) against each gold standard.

Conventions shared by all scorers (documented in docs/evaluation.md):
- Engine rows are grouped into *predicted events*: rows from the same sentence with the same type, CAMEO code,
  trigger words, negation and modality are one event whose source and target are the sets of the rows' actors
  (the engine stores a compound or symmetric event as one row per coded direction).
- Negated rows say an event did not happen: they never count as predictions of an event; asserting an event the
  gold marks as negated is a false positive.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from geoevents.engine.model import Event, ExtractionResult, SanctionMention
from geoevents.evaluation.codes import ActorCodeNormalizer
from geoevents.evaluation.datasets import GoldEvent, GoldPassage, PetrarchRecord, PloverRecord
from geoevents.evaluation.metrics import Dyad, LabelScores, greedy_match, make_dyad, ratio


@dataclass
class PredictedEvent:
    event_type: str
    cameo_code: str
    cameo_root: str
    dyad: Dyad
    negated: bool
    modality: str
    event_date: date | None
    date_precision: str
    plover_mode: str | None
    reporting_source: str | None
    quote_text: str | None
    speaker_actor: str | None
    trigger_text: str
    evidence_text: str
    rule_ids: tuple[str, ...]

    def describe(self) -> str:
        flags = "".join([" NEG" if self.negated else "", f" {self.modality}" if self.modality != "asserted" else ""])
        return f"{self.event_type}({self.cameo_code}) {self.dyad.describe()}{flags} [{self.trigger_text}]"


def group_events(events: Iterable[Event], code_of: Callable[[str | None], str | None] = lambda c: c
                 ) -> list[PredictedEvent]:
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        key = (event.sentence_index, event.event_type, event.cameo_code, (event.trigger_text or "").casefold(),
               event.negated, event.modality,
               # two sayings with the same speech word in one sentence are two events (their rows' content spans
               # differ; the rows of one compound speaker share theirs)
               event.statement.quote_char_start if event.statement is not None else None)
        groups.setdefault(key, []).append(event)
    predicted = []
    for rows in groups.values():
        first = rows[0]
        statement = next((row.statement for row in rows if row.statement is not None), None)
        predicted.append(PredictedEvent(
            event_type=first.event_type, cameo_code=first.cameo_code,
            cameo_root=first.cameo_root or first.cameo_code[:2],
            dyad=make_dyad((code_of(row.source_actor) for row in rows), (code_of(row.target_actor) for row in rows)),
            negated=first.negated, modality=first.modality, event_date=first.event_date,
            date_precision=first.date_precision, plover_mode=first.plover_mode,
            reporting_source=next((row.reporting_source for row in rows if row.reporting_source), None),
            quote_text=statement.quote_text if statement else None,
            speaker_actor=statement.speaker_actor if statement else None,
            trigger_text=first.trigger_text or "", evidence_text=first.evidence_text,
            rule_ids=tuple(sorted({row.rule_id for row in rows}))))
    return predicted


@dataclass
class ErrorExample:
    record_id: str
    kind: str  # missed, spurious, wrong_dyad, wrong_attribute
    detail: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.record_id, "kind": self.kind, "detail": self.detail, "text": self.text}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, is_correct: bool) -> None:
        self.total += 1
        self.correct += int(is_correct)

    @property
    def value(self) -> float:
        return ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


def _score_matched_events(gold_events: list[tuple[str, GoldEvent | PloverRecord, Dyad]],
                          predicted: list[PredictedEvent], scores: LabelScores,
                          record_id: str, text: str, errors: list[ErrorExample]
                          ) -> list[tuple[int, int]]:
    """Type + dyad matching of one passage; updates per-type counts over asserted (non-negated) events.

    ``gold_events`` holds (type, gold item, dyad); gold items without a ``negated`` attribute are asserted.
    Returns the matched (gold index, predicted index) pairs, negated ones included, for attribute accuracy.
    """
    def negated(item: object) -> bool:
        return bool(getattr(item, "negated", False))

    pairs = greedy_match(
        gold_events, predicted,
        compatible=lambda g, p: g[0] == p.event_type and g[2].matches(p.dyad),
        preference=lambda g, p: p.negated != negated(g[1]))
    counted_gold, counted_predicted = set(), set()
    for gi, pi in pairs:
        if not negated(gold_events[gi][1]) and not predicted[pi].negated:
            scores.counts(gold_events[gi][0]).tp += 1
            counted_gold.add(gi)
            counted_predicted.add(pi)
    for pi, p in enumerate(predicted):
        if not p.negated and pi not in counted_predicted:
            scores.counts(p.event_type).fp += 1
            errors.append(ErrorExample(record_id, "spurious", p.describe(), text))
    for gi, (event_type, item, dyad) in enumerate(gold_events):
        if not negated(item) and gi not in counted_gold:
            scores.counts(event_type).fn += 1
            same_type = [p.describe() for p in predicted if p.event_type == event_type and not p.negated]
            detail = f"{event_type} {dyad.describe()}" + (f" (predicted {'; '.join(same_type)})" if same_type else "")
            errors.append(ErrorExample(record_id, "wrong_dyad" if same_type else "missed", detail, text))
    return pairs


def _dyad_accuracy(gold_type: str, dyad: Dyad, predicted: list[PredictedEvent],
                   overall: Accuracy, source: Accuracy, target: Accuracy) -> None:
    """Among gold events whose type was predicted in the same text: was some prediction's dyad right?"""
    same_type = [p for p in predicted if p.event_type == gold_type and not p.negated]
    if not same_type:
        return
    overall.add(any(dyad.matches(p.dyad) for p in same_type))
    source.add(any(dyad.source_matches(p.dyad) for p in same_type))
    target.add(any(dyad.target_matches(p.dyad) for p in same_type))


# ------------------------------------------------------------------ PLOVER GSR

@dataclass
class PloverScore:
    n_records: int = 0
    types: LabelScores = field(default_factory=LabelScores)
    type_dyad: LabelScores = field(default_factory=LabelScores)
    dyad: Accuracy = field(default_factory=Accuracy)
    source: Accuracy = field(default_factory=Accuracy)
    target: Accuracy = field(default_factory=Accuracy)
    ignored_statements: int = 0
    errors: list[ErrorExample] = field(default_factory=list)

    def headline(self) -> dict[str, float]:
        return {"type_f1": self.types.micro().f1, "type_dyad_f1": self.type_dyad.micro().f1,
                "dyad_accuracy": self.dyad.value}

    def to_dict(self) -> dict[str, object]:
        return {"n_records": self.n_records, "type": self.types.to_dict(), "type_dyad": self.type_dyad.to_dict(),
                "dyad_accuracy": self.dyad.to_dict(), "source_accuracy": self.source.to_dict(),
                "target_accuracy": self.target.to_dict(), "ignored_statement_predictions": self.ignored_statements}


def plover_gold_dyad(record: PloverRecord) -> Dyad:
    # "SRC/TAR" actors without a separate target act on each other: compare the participants, not the direction
    return Dyad(record.sources, record.targets, symmetric=record.reciprocal and not record.targets)


def score_plover(records: list[PloverRecord], results: Mapping[str, ExtractionResult],
                 normalizer: ActorCodeNormalizer) -> PloverScore:
    score = PloverScore()
    for record in records:
        result = results[record.record_id]
        score.n_records += 1
        grouped = group_events(result.events, normalizer.predicted_code)
        # PLOVER has no statement category and the GSR never codes "officials said": see docs/evaluation.md
        score.ignored_statements += sum(1 for p in grouped if p.event_type == "STATEMENT" and not p.negated)
        predicted = [p for p in grouped if p.event_type != "STATEMENT" and not p.negated]
        score.types.add_sets({record.event_type}, {p.event_type for p in predicted})
        dyad = plover_gold_dyad(record)
        _score_matched_events([(record.event_type, record, dyad)], predicted, score.type_dyad,
                              record.record_id, record.text, score.errors)
        _dyad_accuracy(record.event_type, dyad, predicted, score.dyad, score.source, score.target)
    return score


# ------------------------------------------------------------------ PETRARCH-2 GSR

@dataclass
class PetrarchScore:
    n_records: int = 0
    roots: LabelScores = field(default_factory=LabelScores)
    root_dyad: LabelScores = field(default_factory=LabelScores)
    dyad: Accuracy = field(default_factory=Accuracy)
    errors: list[ErrorExample] = field(default_factory=list)

    def headline(self) -> dict[str, float]:
        return {"root_f1": self.roots.micro().f1, "root_dyad_f1": self.root_dyad.micro().f1,
                "dyad_accuracy": self.dyad.value}

    def to_dict(self) -> dict[str, object]:
        return {"n_records": self.n_records, "root": self.roots.to_dict(), "root_dyad": self.root_dyad.to_dict(),
                "dyad_accuracy": self.dyad.to_dict()}


def score_petrarch(records: list[PetrarchRecord], results: Mapping[str, ExtractionResult],
                   normalizer: ActorCodeNormalizer) -> PetrarchScore:
    score = PetrarchScore()
    for record in records:
        result = results[record.record_id]
        score.n_records += 1
        predicted = {((e.cameo_root or e.cameo_code[:2]), normalizer.predicted_code(e.source_actor),
                      normalizer.predicted_code(e.target_actor)) for e in result.events if not e.negated}
        gold = {(c.root, c.source, c.target) for c in record.codings}
        predicted_roots = {root for root, _, _ in predicted}
        score.roots.add_sets({root for root, _, _ in gold}, predicted_roots)
        for item in gold & predicted:
            score.root_dyad.counts(item[0]).tp += 1
        for item in sorted(predicted - gold, key=str):
            score.root_dyad.counts(item[0]).fp += 1
            score.errors.append(ErrorExample(record.record_id, "spurious", _petrarch_label(item), record.text))
        for item in sorted(gold - predicted, key=str):
            score.root_dyad.counts(item[0]).fn += 1
            kind = "wrong_dyad" if item[0] in predicted_roots else "missed"
            score.errors.append(ErrorExample(record.record_id, kind, _petrarch_label(item), record.text))
        for item in gold:
            if item[0] in predicted_roots:
                score.dyad.add(item in predicted)
    return score


def _petrarch_label(item: tuple[str, str | None, str | None]) -> str:
    return f"root {item[0]} {item[1] or '-'}->{item[2] or '-'}"


# ------------------------------------------------------------------ own gold set

_QUOTE_MARKS = re.compile(r"[\"„“”»«‚‘’'›‹…]")


def normalize_quote(text: str | None) -> str:
    return " ".join(_QUOTE_MARKS.sub(" ", text or "").split()).casefold()


def quote_matches(gold_quote: str, predicted_quote: str | None) -> bool:
    """The predicted quote starts with the gold prefix, or contains it (quote split differently)."""
    gold, predicted = normalize_quote(gold_quote), normalize_quote(predicted_quote)
    return bool(gold) and bool(predicted) and (predicted.startswith(gold) or gold in predicted)


def text_contains(expected: str, actual: str | None) -> bool:
    return bool(actual) and expected.casefold() in actual.casefold()


@dataclass
class GoldScore:
    n_passages: int = 0
    n_events: int = 0
    types: LabelScores = field(default_factory=LabelScores)
    type_dyad: LabelScores = field(default_factory=LabelScores)
    dyad: Accuracy = field(default_factory=Accuracy)
    source: Accuracy = field(default_factory=Accuracy)
    target: Accuracy = field(default_factory=Accuracy)
    negation: Accuracy = field(default_factory=Accuracy)
    modality: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    mode: Accuracy = field(default_factory=Accuracy)
    quote: Accuracy = field(default_factory=Accuracy)
    speaker: Accuracy = field(default_factory=Accuracy)
    reporting_source: Accuracy = field(default_factory=Accuracy)
    negated_asserted: int = 0  # gold negated events the engine asserted
    sanctions: LabelScores = field(default_factory=LabelScores)
    sanction_actors: Accuracy = field(default_factory=Accuracy)
    no_event_passages: int = 0
    no_event_passages_clean: int = 0
    by_language: dict[str, LabelScores] = field(default_factory=dict)
    errors: list[ErrorExample] = field(default_factory=list)

    def headline(self) -> dict[str, float]:
        return {"type_f1": self.types.micro().f1, "type_dyad_f1": self.type_dyad.micro().f1,
                "dyad_accuracy": self.dyad.value, "negation_accuracy": self.negation.value,
                "modality_accuracy": self.modality.value, "date_accuracy": self.date.value,
                "sanctions_stance_f1": self.sanctions.micro().f1,
                "no_event_precision": ratio(self.no_event_passages_clean, self.no_event_passages)}

    def to_dict(self) -> dict[str, object]:
        return {
            "n_passages": self.n_passages, "n_events": self.n_events, "type": self.types.to_dict(),
            "type_dyad": self.type_dyad.to_dict(),
            "type_dyad_by_language": {lang: s.micro().to_dict() for lang, s in sorted(self.by_language.items())},
            "dyad_accuracy": self.dyad.to_dict(), "source_accuracy": self.source.to_dict(),
            "target_accuracy": self.target.to_dict(), "negation_accuracy": self.negation.to_dict(),
            "modality_accuracy": self.modality.to_dict(), "date_accuracy": self.date.to_dict(),
            "mode_accuracy": self.mode.to_dict(), "quote_accuracy": self.quote.to_dict(),
            "speaker_accuracy": self.speaker.to_dict(), "reporting_source_accuracy": self.reporting_source.to_dict(),
            "negated_events_asserted": self.negated_asserted, "sanctions_stance": self.sanctions.to_dict(),
            "sanction_actor_accuracy": self.sanction_actors.to_dict(),
            "no_event_passages": {"total": self.no_event_passages, "without_prediction": self.no_event_passages_clean},
        }


def score_gold(passages: list[GoldPassage], results: Mapping[str, ExtractionResult]) -> GoldScore:
    score = GoldScore()
    for passage in passages:
        result = results[passage.passage_id]
        score.n_passages += 1
        score.n_events += len(passage.events)
        predicted = group_events(result.events)
        asserted_gold = [e for e in passage.events if not e.negated]
        asserted_predicted = [p for p in predicted if not p.negated]
        score.types.add_sets({e.event_type for e in asserted_gold}, {p.event_type for p in asserted_predicted})
        if not asserted_gold:
            score.no_event_passages += 1
            score.no_event_passages_clean += int(not asserted_predicted)
        gold_items = [(e.event_type, e, make_dyad(e.sources, e.targets, e.symmetric)) for e in passage.events]
        language_scores = score.by_language.setdefault(passage.language, LabelScores())
        pairs = _score_matched_events(gold_items, predicted, score.type_dyad, passage.passage_id, passage.text,
                                      score.errors)
        # the same matching again, into the per-language counts (errors already recorded)
        _score_matched_events(gold_items, predicted, language_scores, passage.passage_id, passage.text, [])
        for event_type, gold_event, dyad in gold_items:
            if not gold_event.negated:
                _dyad_accuracy(event_type, dyad, predicted, score.dyad, score.source, score.target)
        for gi, pi in pairs:
            _score_attributes(passage, gold_items[gi][1], predicted[pi], score)
        for gold_event in passage.events:
            if gold_event.negated and any(
                    p.event_type == gold_event.event_type and not p.negated
                    and make_dyad(gold_event.sources, gold_event.targets, gold_event.symmetric).matches(p.dyad)
                    for p in predicted):
                score.negated_asserted += 1
        _score_sanctions(passage, result.sanctions, score)
    return score


def _score_attributes(passage: GoldPassage, gold: GoldEvent, predicted: PredictedEvent, score: GoldScore) -> None:
    def check(accuracy: Accuracy, ok: bool, what: str, expected: object, got: object) -> None:
        accuracy.add(ok)
        if not ok:
            score.errors.append(ErrorExample(passage.passage_id, "wrong_attribute",
                                             f"{gold.event_type} {what}: expected {expected!r}, got {got!r}",
                                             passage.text))

    check(score.negation, gold.negated == predicted.negated, "negated", gold.negated, predicted.negated)
    check(score.modality, gold.modality == predicted.modality, "modality", gold.modality, predicted.modality)
    check(score.date, gold.event_date == predicted.event_date and gold.date_precision == predicted.date_precision,
          "date", f"{gold.event_date} ({gold.date_precision})",
          f"{predicted.event_date} ({predicted.date_precision})")
    if gold.mode:
        check(score.mode, gold.mode == predicted.plover_mode, "mode", gold.mode, predicted.plover_mode)
    if gold.quote:
        check(score.quote, quote_matches(gold.quote, predicted.quote_text or predicted.evidence_text), "quote",
              gold.quote, predicted.quote_text)
    if gold.speaker:
        speaker = predicted.speaker_actor or next(iter(sorted(predicted.dyad.sources)), None)
        check(score.speaker, gold.speaker == speaker, "speaker", gold.speaker, speaker)
    if gold.reporting_source:
        check(score.reporting_source, text_contains(gold.reporting_source, predicted.reporting_source),
              "reporting_source", gold.reporting_source, predicted.reporting_source)


def _score_sanctions(passage: GoldPassage, mentions: list[SanctionMention], score: GoldScore) -> None:
    pairs = greedy_match(list(passage.sanctions), mentions, compatible=lambda g, m: g.stance == m.stance and g.negated == m.negated,
                         preference=lambda g, m: (g.imposer != m.imposer_actor) + (g.target != m.target_actor))
    matched_gold = {gi for gi, _ in pairs}
    matched_mentions = {mi for _, mi in pairs}
    for gi, mi in pairs:
        gold, mention = passage.sanctions[gi], mentions[mi]
        score.sanctions.counts(gold.stance).tp += 1
        score.sanction_actors.add(gold.imposer == mention.imposer_actor and gold.target == mention.target_actor)
    for gi, gold in enumerate(passage.sanctions):
        if gi not in matched_gold:
            score.sanctions.counts(gold.stance).fn += 1
            got = ", ".join(m.stance for m in mentions) or "none"
            score.errors.append(ErrorExample(passage.passage_id, "missed",
                                             f"sanctions stance {gold.stance} (predicted: {got})", passage.text))
    for mi, mention in enumerate(mentions):
        if mi not in matched_mentions:
            score.sanctions.counts(mention.stance).fp += 1
            score.errors.append(ErrorExample(passage.passage_id, "spurious", f"sanctions stance {mention.stance}",
                                             passage.text))
