"""Plain data records produced by the extraction engine.

These are the engine's public contract: the Dagster assets turn them into rows of the tables documented in
``sql/schema.sql`` (same field names), the CLI prints them as JSON lines, the evaluation compares them to gold.
No Dagster import anywhere in the engine.
"""
from __future__ import annotations

import hashlib
from dataclasses import MISSING, asdict, dataclass, field, fields
from datetime import date
from typing import Any, Callable

MODALITIES = ("asserted", "future", "hypothetical", "reported")
DATE_PRECISIONS = ("day", "month", "year", "unknown")
SANCTION_STANCES = ("impose", "threaten", "extend", "lift", "evade", "oppose", "mention")


def stable_id(*parts: Any, length: int = 16) -> str:
    """Deterministic id from the given parts (same input -> same id on every machine and run)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def dict_init(cls: type) -> Callable[..., Any]:
    """A constructor for the frozen dataclass ``cls`` that fills the new instance's ``__dict__`` directly.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (its own ``__setattr__``
    refuses), about three times the cost of the whole construction here; the engine builds such records by the
    hundred thousand (trigger hits, actor mentions, date mentions). The result is the same instance: same fields in
    the same order, so equality, hash, repr, pickling and the frozen ``__setattr__`` behave as after ``cls(...)``.
    Takes the fields positionally or by name like ``cls``; only for plain classes (no defaults, no
    ``__post_init__``, no ``__slots__``, no ``InitVar``): anything else raises TypeError here, once, at import."""
    params = fields(cls)
    if (not getattr(cls, "__dataclass_params__", None) or "__slots__" in cls.__dict__
            or hasattr(cls, "__post_init__") or any(not f.init or f.default is not MISSING
                                                    or f.default_factory is not MISSING for f in params)
            or len(params) != len(cls.__dataclass_fields__)):
        raise TypeError(f"dict_init: {cls.__name__} is not a plain dataclass")
    names = [f.name for f in params]
    body = "".join(f"    d[{n!r}] = {n}\n" for n in names)
    source = f"def {cls.__name__}({', '.join(names)}):\n    o = new(cls)\n    d = o.__dict__\n{body}    return o\n"
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    exec(source, namespace)   # noqa: S102 - field names are identifiers of a dataclass defined in this package
    make = namespace[cls.__name__]
    make.__qualname__ = f"dict_init({cls.__name__})"
    make.__doc__ = f"{cls.__name__}(...) without the frozen __init__'s per-field object.__setattr__."
    return make


@dataclass(frozen=True)
class ActorMention:
    char_start: int
    char_end: int
    actor_code: str
    sector: str | None
    surface_text: str
    sentence_index: int
    entry_id: str  # actor lexicon entry that matched


new_actor_mention = dict_init(ActorMention)


@dataclass
class Statement:
    speaker_actor: str | None
    speaker_text: str | None
    addressee_actor: str | None
    quote_text: str | None
    is_direct_quote: bool
    reporting_source: str | None = None
    quote_char_start: int | None = None
    quote_char_end: int | None = None


@dataclass
class Event:
    sentence_index: int
    char_start: int
    char_end: int
    evidence_text: str
    trigger_text: str
    cameo_code: str
    event_type: str  # PLOVER type, or STATEMENT for CAMEO 01x
    source_actor: str | None
    source_sector: str | None
    source_text: str | None
    target_actor: str | None
    target_sector: str | None
    target_text: str | None
    negated: bool
    modality: str  # one of MODALITIES
    event_date: date | None
    date_precision: str  # one of DATE_PRECISIONS
    date_text: str | None
    reporting_source: str | None
    rule_id: str
    language: str
    # filled from the CAMEO code table
    cameo_root: str = ""
    plover_mode: str | None = None
    plover_context: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    statement: Statement | None = None

    def event_id(self, article_id: str) -> str:
        return stable_id(article_id, self.char_start, self.char_end, self.cameo_code,
                         self.source_actor, self.target_actor, self.rule_id)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["event_date"] = self.event_date.isoformat() if self.event_date else None
        return d


@dataclass
class SanctionMention:
    sentence_index: int
    char_start: int
    char_end: int
    imposer_actor: str | None
    target_actor: str | None
    stance: str  # one of SANCTION_STANCES
    negated: bool
    speaker_actor: str | None
    evidence_text: str
    rule_id: str

    def mention_id(self, article_id: str) -> str:
        return stable_id(article_id, self.char_start, self.char_end, self.stance, self.rule_id)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ExtractionResult:
    language: str
    n_sentences: int
    events: list[Event] = field(default_factory=list)
    sanctions: list[SanctionMention] = field(default_factory=list)
    actor_mentions: list[ActorMention] = field(default_factory=list)
    n_tokens: int = 0
    truncated: bool = False  # some sentence exceeded the configured limit and was cut
