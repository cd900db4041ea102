"""Loaders for the evaluation data: the two external gold-standard records (PLOVER, PETRARCH-2), the team's own
gold passages (tests/gold/gold_*.jsonl) and the seed article's acceptance rows (tests/gold/seed_expected.json).

Every loader returns plain records plus a list of skipped records with the reason, so the report can say what
was left out instead of dropping it silently.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geoevents.engine.model import DATE_PRECISIONS, MODALITIES, SANCTION_STANCES
from geoevents.evaluation.codes import ActorCodeNormalizer, load_plover_type_map

PLOVER_GSR_RELATIVE_PATH = Path("plover_gsr") / "PLOVER_GSR_CAMEO.txt"
PETRARCH_GSR_RELATIVE_PATH = Path("petrarch_gsr") / "PETR2_GSR_validation.xml"
GOLD_FILES = ("gold_de.jsonl", "gold_en.jsonl")
SEED_EXPECTED_FILE = "seed_expected.json"


@dataclass(frozen=True)
class SkippedRecord:
    record_id: str
    reason: str


# ------------------------------------------------------------------ PLOVER GSR

@dataclass(frozen=True)
class PloverRecord:
    record_id: str
    text: str
    language: str
    published: date | None
    original_type: str
    event_type: str  # current PLOVER type
    sources: frozenset[str]
    targets: frozenset[str]
    reciprocal: bool  # markup tags the actors "SRC/TAR": each is the other's target


@dataclass
class PloverDataset:
    records: list[PloverRecord] = field(default_factory=list)
    skipped: list[SkippedRecord] = field(default_factory=list)


def split_json_objects(text: str) -> list[str]:
    """Top-level ``{...}`` chunks of a JSON array, found by brace depth outside strings.

    Used when the file as a whole is not valid JSON, so one damaged record costs only itself.
    """
    chunks: list[str] = []
    depth, start, in_string, escaped = 0, -1, False, False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch == "{":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                chunks.append(text[start:i + 1])
    return chunks


_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def parse_json_ish(chunk: str) -> dict:
    """json.loads with the repairs hand-edited JSON usually needs (trailing commas, raw newlines/tabs in strings)."""
    try:
        return json.loads(chunk)
    except json.JSONDecodeError:
        repaired = _TRAILING_COMMA.sub(r"\1", chunk)
        return json.loads(repaired, strict=False)


def _actor_codes(value: object, normalizer: ActorCodeNormalizer) -> frozenset[str]:
    """Gold actor field (a list of {actorText, code}, a single dict, or "") -> set of normalized codes."""
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return frozenset()
    codes = (normalizer.gold_code(actor.get("code")) for actor in value if isinstance(actor, dict))
    return frozenset(code for code in codes if code)


def _parse_date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def load_plover_gsr(path: Path, normalizer: ActorCodeNormalizer) -> PloverDataset:
    text = path.read_text(encoding="utf-8", errors="replace")
    dataset = PloverDataset()
    try:
        raw_records = json.loads(text)
        if not isinstance(raw_records, list):
            raise json.JSONDecodeError("top level is not an array", text, 0)
        candidates: list[tuple[str, dict | None, str]] = [(f"#{i}", r, "") for i, r in enumerate(raw_records)]
    except json.JSONDecodeError:
        candidates = []
        for i, chunk in enumerate(split_json_objects(text)):
            try:
                candidates.append((f"#{i}", parse_json_ish(chunk), ""))
            except json.JSONDecodeError as error:
                candidates.append((f"#{i}", None, f"malformed JSON: {error.msg}"))
    type_map = load_plover_type_map()
    seen_ids: dict[str, int] = {}
    for position, record, problem in candidates:
        if record is None:
            dataset.skipped.append(SkippedRecord(position, problem))
            continue
        if not isinstance(record, dict):
            dataset.skipped.append(SkippedRecord(position, "not a JSON object"))
            continue
        record_id = str(record.get("id") or position)
        # the GSR has two records with one id (COERCE-0004): engine results are keyed by id, so the second gets
        # its own ("...#2") instead of being scored against the first record's sentence
        seen_ids[record_id] = seen_ids.get(record_id, 0) + 1
        if seen_ids[record_id] > 1:
            record_id = f"{record_id}#{seen_ids[record_id]}"
        original_type = str(record.get("event") or "").strip().upper()
        if original_type == "DOCUMENT":
            dataset.skipped.append(SkippedRecord(record_id, "DOCUMENT record (file documentation, no event)"))
            continue
        if original_type not in type_map:
            dataset.skipped.append(SkippedRecord(record_id, f"unknown PLOVER 0.5 event type {original_type!r}"))
            continue
        sentence = record.get("text")
        if not isinstance(sentence, str) or not sentence.strip():
            dataset.skipped.append(SkippedRecord(record_id, "no text"))
            continue
        markup = str((record.get("textInfo") or {}).get("markup", "")) if isinstance(record.get("textInfo"), dict) else ""
        dataset.records.append(PloverRecord(
            record_id=record_id,
            text=sentence.strip(),
            language=str(record.get("language") or "en"),
            published=_parse_date(record.get("date")),
            original_type=original_type,
            event_type=type_map[original_type],
            sources=_actor_codes(record.get("source"), normalizer),
            targets=_actor_codes(record.get("target"), normalizer),
            reciprocal="SRC/TAR" in markup,
        ))
    return dataset


# ------------------------------------------------------------------ PETRARCH-2 GSR

@dataclass(frozen=True)
class PetrarchCoding:
    event_code: str
    root: str
    source: str | None  # country (3-letter prefix), IGO class, or None for unidentified
    target: str | None


@dataclass(frozen=True)
class PetrarchRecord:
    record_id: str
    text: str
    published: date | None
    codings: tuple[PetrarchCoding, ...]


@dataclass
class PetrarchDataset:
    records: list[PetrarchRecord] = field(default_factory=list)
    skipped: list[SkippedRecord] = field(default_factory=list)
    rebuilt_from_parse: list[str] = field(default_factory=list)  # ids whose <Text> was empty


# The validation file is not well-formed XML (self-closing <Sentence .../> followed by </Sentence>, '#' comment
# lines), so records are read by pattern rather than by an XML parser.
_SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>(.*?)</Sentence>", re.S)
_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)


def text_from_parse(parse: str) -> str:
    """Sentence text rebuilt from a CoNLL-U parse (FORM column, SpaceAfter=No honoured): one record has an empty
    <Text> but a full parse."""
    pieces: list[str] = []
    for line in parse.splitlines():
        columns = line.split("\t")
        if len(columns) < 10 or not columns[0].isdigit():
            continue
        pieces.append(columns[1] + ("" if "SpaceAfter=No" in columns[9] else " "))
    return "".join(pieces).strip()


def load_petrarch_gsr(path: Path, normalizer: ActorCodeNormalizer) -> PetrarchDataset:
    text = path.read_text(encoding="utf-8", errors="replace")
    dataset = PetrarchDataset()
    for index, match in enumerate(_SENTENCE.finditer(text)):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        record_id = attributes.get("id", f"#{index}")
        if attributes.get("evaluate", "").lower() != "true":
            dataset.skipped.append(SkippedRecord(record_id, "evaluate is not true"))
            continue
        text_match = _TEXT.search(match.group(2))
        sentence = " ".join(text_match.group(1).split()) if text_match else ""
        if not sentence:
            parse_match = _PARSE.search(match.group(2))
            sentence = text_from_parse(parse_match.group(1)) if parse_match else ""
            if not sentence:
                dataset.skipped.append(SkippedRecord(record_id, "no <Text> and no <Parse>"))
                continue
            dataset.rebuilt_from_parse.append(record_id)
        # <EventCoding noevents="True" /> marks a sentence with no event: it keeps an empty coding list
        codings = []
        for coding_match in _CODING.finditer(match.group(2)):
            coding = dict(_ATTRIBUTE.findall(coding_match.group(1)))
            event_code = coding.get("eventcode", "").strip()
            if not re.fullmatch(r"\d{2,4}", event_code):
                continue
            codings.append(PetrarchCoding(event_code, event_code[:2],
                                          normalizer.petrarch_country(coding.get("sourcecode")),
                                          normalizer.petrarch_country(coding.get("targetcode"))))
        published = None
        raw_date = attributes.get("date", "")
        if re.fullmatch(r"\d{8}", raw_date):
            published = _parse_date(f"{raw_date[:4]}-{raw_date[4:6]}-{raw_date[6:]}")
        dataset.records.append(PetrarchRecord(record_id, sentence, published, tuple(codings)))
    return dataset


# ------------------------------------------------------------------ own gold set

@dataclass(frozen=True)
class GoldEvent:
    event_type: str
    cameo_root: str
    sources: frozenset[str]
    targets: frozenset[str]
    symmetric: bool
    negated: bool
    modality: str
    event_date: date | None
    date_precision: str
    mode: str | None = None
    quote: str | None = None
    speaker: str | None = None
    reporting_source: str | None = None


@dataclass(frozen=True)
class GoldSanction:
    stance: str
    imposer: str | None
    target: str | None
    negated: bool = False


@dataclass(frozen=True)
class GoldPassage:
    passage_id: str
    language: str
    published: date
    text: str
    events: tuple[GoldEvent, ...]
    sanctions: tuple[GoldSanction, ...]


def _code_set(value: object) -> frozenset[str]:
    if value is None or value == "":
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(str(v) for v in value if v)


class GoldFormatError(ValueError):
    """A gold file line does not follow the schema in docs/evaluation.md."""


def parse_gold_passage(record: dict, where: str) -> GoldPassage:
    try:
        events = []
        for raw in record.get("events", []):
            modality = raw.get("modality", "asserted")
            precision = raw.get("date_precision", "unknown")
            if modality not in MODALITIES:
                raise GoldFormatError(f"{where}: modality {modality!r} not in {MODALITIES}")
            if precision not in DATE_PRECISIONS:
                raise GoldFormatError(f"{where}: date_precision {precision!r} not in {DATE_PRECISIONS}")
            events.append(GoldEvent(
                event_type=raw["type"], cameo_root=raw["cameo_root"],
                sources=_code_set(raw.get("source")), targets=_code_set(raw.get("target")),
                symmetric=bool(raw.get("symmetric", False)), negated=bool(raw.get("negated", False)),
                modality=modality,
                event_date=date.fromisoformat(raw["date"]) if raw.get("date") else None,
                date_precision=precision, mode=raw.get("mode"), quote=raw.get("quote"),
                speaker=raw.get("speaker"), reporting_source=raw.get("reporting_source")))
        sanctions = []
        for raw in record.get("sanctions", []):
            if raw["stance"] not in SANCTION_STANCES:
                raise GoldFormatError(f"{where}: stance {raw['stance']!r} not in {SANCTION_STANCES}")
            sanctions.append(GoldSanction(raw["stance"], raw.get("imposer"), raw.get("target"),
                                          bool(raw.get("negated", False))))
        return GoldPassage(record["id"], record["lang"], date.fromisoformat(record["published"]), record["text"],
                           tuple(events), tuple(sanctions))
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, GoldFormatError):
            raise
        raise GoldFormatError(f"{where}: {type(error).__name__}: {error}") from error


def load_gold_passages(gold_dir: Path) -> list[GoldPassage]:
    passages: list[GoldPassage] = []
    for name in GOLD_FILES:
        path = gold_dir / name
        if not path.exists():
            continue
        for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                passages.append(parse_gold_passage(json.loads(line), f"{name}:{line_number}"))
    return passages


def load_seed_expected(gold_dir: Path) -> dict:
    return json.loads((gold_dir / SEED_EXPECTED_FILE).read_text(encoding="utf-8"))
