"""Extraction results as the columns of the extraction tables: plain lists, no DuckDB, no pyarrow.

What the engine's worker processes run on the results they coded (``EventCoder.extract_converted``): the columns
travel back to the pipeline's process instead of the result objects (about half the pickling), and
``geoevents.warehouse.extraction_batch_tables`` turns them into Arrow tables. The rows are those of
``geoevents.warehouse.extraction_rows`` (same ids, duplicate rules and row order).
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from operator import attrgetter
from typing import Any

from geoevents.engine.model import ActorMention, Event, ExtractionResult, SanctionMention, Statement, stable_id


@dataclass
class ExtractionColumns:
    """Per extraction table (but extraction_log) the values of each column, the extraction_log rows, and the
    number of duplicate rows dropped."""
    columns: dict[str, dict[str, list]]
    extraction_log: list[dict[str, Any]] = field(default_factory=list)
    duplicate_rows_dropped: int = 0


def statement_id(event_id: str) -> str:
    return stable_id(event_id, "statement")


@lru_cache(maxsize=None)
def _field_names(record_type: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(record_type))


def _record_columns(records: Sequence[Any], record_type: type, names: Sequence[str]) -> dict[str, list]:
    """The values of the ``names`` that are fields of ``record_type``, one list per column: an attrgetter per record
    (in C) and one transpose instead of a dict per row and a look-up per value."""
    own = [name for name in names if name in _field_names(record_type)]
    if not own:
        return {}
    if not records:
        return {name: [] for name in own}
    getter = attrgetter(*own)
    if len(own) == 1:
        return {own[0]: [getter(record) for record in records]}
    return dict(zip(own, map(list, zip(*map(getter, records)))))


def _first_of_each(records: Sequence[Any], key: Callable[[Any], Hashable]) -> tuple[list, list, int]:
    """The records whose key was not seen before (exact duplicates keep their first), their keys, and how many
    were dropped."""
    kept: list = []
    keys: list = []
    seen: set[Hashable] = set()
    for record in records:
        record_key = key(record)
        if record_key not in seen:
            seen.add(record_key)
            kept.append(record)
            keys.append(record_key)
    return kept, keys, len(records) - len(kept)


def extraction_columns(coded: Iterable[tuple[str, ExtractionResult]], extractor_version: str,
                       names: Mapping[str, Sequence[str]]) -> ExtractionColumns:
    """The columns ``names`` (table -> column names) of the rows of every (article_id, result), in order: each
    table's record fields among the names plus its ids, ``article_id`` and the events' ``cameo_root`` and
    ``extractor_version``; a name that is neither is left out (the table gets NULLs). Exact duplicates (same id)
    are kept once and counted."""
    events: list[Event] = []
    event_articles: list[str] = []
    event_ids: list[str] = []
    statements: list[Statement] = []
    statement_articles: list[str] = []
    statement_event_ids: list[str] = []
    sanctions: list[SanctionMention] = []
    sanction_articles: list[str] = []
    sanction_ids: list[str] = []
    actors: list[ActorMention] = []
    actor_articles: list[str] = []
    log: list[dict[str, Any]] = []
    dropped = 0
    for article_id, result in coded:
        kept, ids, n_dropped = _first_of_each(result.events, lambda event: event.event_id(article_id))
        events += kept
        event_ids += ids
        event_articles += [article_id] * len(kept)
        for event, event_id in zip(kept, ids):
            if event.statement is not None:
                statements.append(event.statement)
                statement_event_ids.append(event_id)
        statement_articles += [article_id] * (len(statements) - len(statement_articles))
        kept_sanctions, ids, dropped_sanctions = _first_of_each(result.sanctions,
                                                                lambda mention: mention.mention_id(article_id))
        sanctions += kept_sanctions
        sanction_ids += ids
        sanction_articles += [article_id] * len(kept_sanctions)
        kept_actors, _, dropped_actors = _first_of_each(   # by the actor_mentions key
            result.actor_mentions, lambda actor: (actor.char_start, actor.char_end, actor.actor_code))
        actors += kept_actors
        actor_articles += [article_id] * len(kept_actors)
        dropped += n_dropped + dropped_sanctions + dropped_actors
        log.append({"article_id": article_id, "extractor_version": extractor_version,
                    "status": "truncated" if result.truncated else "coded",
                    "detail": "a sentence exceeded the configured length and was cut" if result.truncated else None,
                    "n_sentences": result.n_sentences, "n_events": len(kept)})
    columns: dict[str, dict[str, Any]] = {
        "events": {**_record_columns(events, Event, [n for n in names["events"] if n != "statement"]),
                   "event_id": event_ids, "article_id": event_articles,
                   "cameo_root": [event.cameo_root or event.cameo_code[:2] for event in events],
                   "extractor_version": [extractor_version] * len(events)},
        "statements": {**_record_columns(statements, Statement, names["statements"]),
                       "statement_id": [statement_id(event_id) for event_id in statement_event_ids],
                       "event_id": statement_event_ids, "article_id": statement_articles},
        "sanctions_mentions": {**_record_columns(sanctions, SanctionMention, names["sanctions_mentions"]),
                               "mention_id": sanction_ids, "article_id": sanction_articles},
        "actor_mentions": {**_record_columns(actors, ActorMention, names["actor_mentions"]),
                           "article_id": actor_articles},
    }
    return ExtractionColumns(columns, log, dropped)
