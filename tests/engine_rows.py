"""Shared by the engine's rule tests (test_engine_dyads.py, test_engine_german.py, test_engine_leftover16.py and the
modules whose local helpers were folded in here): the dyads or rows a sentence is coded with. Each module keeps its own publication date and binds it once:
``rows = functools.partial(coded_dyads, published=PUB)``."""
from __future__ import annotations

from datetime import date

from geoevents.engine import EventCoder


def coded_dyads(coder: EventCoder, text: str, lang: str, *, published: date, **fields) -> set[tuple]:
    """(source, target) of the non-statement rows whose attributes equal ``fields``."""
    result = coder.extract(text, lang, published)
    return {(e.source_actor, e.target_actor) for e in result.events if e.statement is None
            and all(getattr(e, k) == v for k, v in fields.items())}


ROW_KEYS = ("cameo_code", "source_actor", "target_actor")
# the whole reading of a row: code, source, target, negated, modality (also what coded_rows_with_statements gives)
READING_KEYS = ROW_KEYS + ("negated", "modality")


def asserted(code: str, source: str | None, target: str | None) -> tuple:
    """The READING_KEYS tuple of an asserted row that is not negated."""
    return (code, source, target, False, "asserted")


def coded_rows(coder: EventCoder, text: str, lang: str, *, published: date, keys: tuple[str, ...] = ROW_KEYS,
               statements: bool = False, **fields) -> set[tuple]:
    """(code, source, target) of the non-statement rows whose attributes equal ``fields``: the whole reading.
    ``keys``: the event attributes of each tuple instead ("negated", "modality", "sentence_index" ...);
    ``statements``: statement rows too. A module binds its choice once:
    ``rows = functools.partial(coded_rows, published=PUB, keys=ROW_KEYS + ("modality",), statements=True)``."""
    result = coder.extract(text, lang, published)
    return {tuple(getattr(e, k) for k in keys) for e in result.events if (statements or e.statement is None)
            and all(getattr(e, k) == v for k, v in fields.items())}


def coded_rows_with_statements(coder: EventCoder, text: str, lang: str, *, published: date, **fields) -> set[tuple]:
    """(code, source, target, negated, modality) of every row whose attributes equal ``fields``, the statements' own
    rows (010, 016, ...) included."""
    result = coder.extract(text, lang, published)
    return {(e.cameo_code, e.source_actor, e.target_actor, e.negated, e.modality) for e in result.events
            if all(getattr(e, k) == v for k, v in fields.items())}


def coded_mentions(coder: EventCoder, text: str, lang: str, *, published: date) -> set[tuple]:
    """(stance, imposer, target) of the sanctions mentions a text is coded with."""
    result = coder.extract(text, lang, published)
    return {(m.stance, m.imposer_actor, m.target_actor) for m in result.sanctions}
