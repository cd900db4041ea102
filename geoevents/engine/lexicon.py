"""Trigger lexicons, cue lists and the token-pattern matcher the engine components share.

Pattern syntax (trigger CSVs, actor lexicon, cue YAML): words separated by spaces, compared case-insensitively
to a token's text or its lemma. ``word*`` matches any continuation (``russisch*``), ``*word`` any word ending in
``word`` after optional German inflection endings (compound heads: ``*treffen`` = Videotreffen, Gipfeltreffen),
and ``first ... particle`` a discontinuous pattern whose particle must follow later in the clause (German
separable verbs: ``halten ... ab`` = "hielten ein Treffen ab"; the matcher checks it, and the trigger finder also
wants it to close the clause).
"""
from __future__ import annotations

import csv
import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Generic, Iterable, TypeVar

import yaml

from geoevents import SEEDS_DIR

LEXICON_DIR = SEEDS_DIR / "lexicons"
# libyaml's parser when PyYAML was built with it (same safe constructors, same objects; the pure-Python parser took
# ~0.4 s of the ~3 s it takes to build the German pipeline, which every extraction run pays once).
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Inflection endings stripped before testing a compound-head suffix (Gesprächen -> Gespräch).
_NOUN_ENDINGS = ("", "n", "en", "e", "s", "es", "er", "ern", "nen")
# Endings of a German finite verb or infinitive after the stem a trigger pattern names ("griff*" -> griffen,
# "lehnte*" -> lehnten): the forms a separable verb's joined spelling takes (``joined_patterns``).
_VERB_ENDINGS = ("", "e", "n", "en", "t", "et", "st", "est", "te", "ten", "ete", "eten")

Payload = TypeVar("Payload")


@dataclass(frozen=True)
class Element:
    text: str
    prefix: bool = False  # word*
    suffix: bool = False  # *word

    @classmethod
    def parse(cls, raw: str) -> "Element":
        raw = raw.strip().lower()
        suffix = raw.startswith("*") and len(raw) > 1
        prefix = raw.endswith("*") and len(raw) > 1
        return cls(raw.strip("*"), prefix=prefix, suffix=suffix)

    def matches(self, key: str) -> bool:
        if self.suffix:
            if self.prefix:
                return self.text in key
            return any(key.endswith(self.text + ending) for ending in _NOUN_ENDINGS)
        if self.prefix:
            return key.startswith(self.text)
        return key == self.text


@dataclass(frozen=True)
class Pattern(Generic[Payload]):
    elements: tuple[Element, ...]
    particle: tuple[Element, ...]
    payload: Any
    source: str
    # the joined spelling of a separable verb, derived from a ``first ... particle`` pattern (``joined_patterns``)
    joined: bool = False
    # the second element when it is a plain word: a token that lacks it ends the match before any call
    # (matchers test ``second_word in keys[i + 1]`` first; "the" starts dozens of actor patterns)
    second_word: str | None = field(init=False, compare=False, default=None)
    # the words of the elements after the first when all of them are plain words (``match_after_first`` compares
    # them in one loop without a call per pattern), else None
    plain_rest: tuple[str, ...] | None = field(init=False, compare=False, default=None, repr=False)

    def __post_init__(self) -> None:
        if len(self.elements) > 1 and not (self.elements[1].prefix or self.elements[1].suffix):
            object.__setattr__(self, "second_word", self.elements[1].text)
        if not any(e.prefix or e.suffix for e in self.elements[1:]):
            object.__setattr__(self, "plain_rest", tuple(e.text for e in self.elements[1:]))

    @functools.cached_property
    def names_first_word(self) -> bool:
        """False when the first element only names a compound's head (``*angriff``: any kind of attack)."""
        return not self.elements[0].suffix

    @functools.cached_property   # compared for every candidate of every token: computed once per pattern
    def specificity(self) -> tuple[int, int]:
        if self.joined:
            return (0, 0)   # a derived spelling yields to any row written for the word
        return (len(self.elements) + len(self.particle), len(self.source))


def parse_pattern(raw: str, payload: Any) -> Pattern:
    main, _, particle = fold_apostrophes(raw).partition("...")
    elements = tuple(Element.parse(w) for w in main.split() if w.strip("*"))
    particles = tuple(Element.parse(w) for w in particle.split() if w.strip("*"))
    if not elements:
        raise ValueError(f"empty lexicon pattern: {raw!r}")
    return Pattern(elements, particles, payload, raw.strip())


class WordMemo(dict):
    """A memo of what a word (its text, keys or orth) maps to, filled on first sight by ``compute``. Made for the
    per-token passes: ``list(map(memo.__getitem__, words))`` runs the loop in C and calls Python only for a word
    not seen before (a list comprehension with a ``get`` and a fallback per token cost ~1.5x as much). Cleared
    when it grows beyond ``limit`` (values are recomputed the same), so memory stays flat over a long run."""
    __slots__ = ("compute", "limit")

    def __init__(self, compute: Callable[[Any], Any], limit: int):
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, word: Any) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.compute(word)
        return value


class PatternIndex:
    """Index of patterns by their first element so each token costs a few dict look-ups, not a scan."""

    def __init__(self, patterns: Iterable[Pattern]):
        self.exact: dict[str, list[Pattern]] = {}
        self.prefix: dict[int, dict[str, list[Pattern]]] = {}
        self.suffix: dict[int, dict[str, list[Pattern]]] = {}
        self.infix: list[Pattern] = []
        for pattern in patterns:
            first = pattern.elements[0]
            if first.prefix and first.suffix:
                self.infix.append(pattern)
            elif first.suffix:
                self.suffix.setdefault(len(first.text), {}).setdefault(first.text, []).append(pattern)
            elif first.prefix:
                self.prefix.setdefault(len(first.text), {}).setdefault(first.text, []).append(pattern)
            else:
                self.exact.setdefault(first.text, []).append(pattern)
        self._prefix_lengths = sorted(self.prefix)
        self._memo: dict[tuple[str, ...], list[Pattern]] = {}
        self._suffix_items = sorted(self.suffix.items())

    def candidates(self, keys: tuple[str, ...]) -> list[Pattern]:
        """Patterns whose first element matches one of the token's keys (memoized: words repeat a lot)."""
        found = self._memo.get(keys)
        if found is None:
            if len(self._memo) > 200_000:
                self._memo.clear()
            found = self._memo[keys] = self._candidates(keys)
        return found

    def candidates_each(self, keys_per_token: list[tuple[str, ...]]) -> list[list[Pattern]]:
        """``candidates`` of every token of a doc: one dict look-up per token whose word was seen before."""
        get = self._memo.get
        return [found if (found := get(keys)) is not None else self.candidates(keys) for keys in keys_per_token]

    def first_match(self, keys_per_token: list[tuple[str, ...]], start: int, end: int) -> Pattern | None:
        """The first pattern that matches inside tokens start..end: the earliest token, then in ``candidates`` order."""
        get = self._memo.get
        for i in range(start, end):
            keys = keys_per_token[i]
            found = get(keys)
            for pattern in found if found is not None else self.candidates(keys):
                if _match_elements(pattern.elements, 1, keys_per_token, i + 1, end) is not None:
                    return pattern
        return None

    def _candidates(self, keys: tuple[str, ...]) -> list[Pattern]:
        found: list[Pattern] = []
        for key in keys:
            if not key:
                continue
            hit = self.exact.get(key)
            if hit:
                found.extend(hit)
            for length in self._prefix_lengths:
                if len(key) >= length:
                    hit = self.prefix[length].get(key[:length])
                    if hit:
                        found.extend(hit)
            for length, table in self._suffix_items:
                for ending in _NOUN_ENDINGS:
                    end = len(key) - len(ending)
                    if end >= length and (not ending or key.endswith(ending)):
                        hit = table.get(key[end - length:end])
                        if hit:
                            found.extend(hit)
            for pattern in self.infix:
                if pattern.elements[0].text in key:
                    found.append(pattern)
        return found


_TYPOGRAPHIC_APOSTROPHE = "\u2019"


def fold_apostrophes(word: str) -> str:
    """``word`` with the typographic apostrophe (U+2019, "Russia’s", "didn’t") as the straight one, the form the
    lexicons write and the rules compare (the same length: offsets stay). Tokens' lowercase forms and match keys are
    folded, and so are the lexicons' own words (actor patterns, cue words, trigger and cue patterns)."""
    return word.replace(_TYPOGRAPHIC_APOSTROPHE, "'") if _TYPOGRAPHIC_APOSTROPHE in word else word


def token_keys(text: str, lemma: str) -> tuple[str, ...]:
    lower = fold_apostrophes(text.lower())
    lemma_lower = fold_apostrophes(lemma.lower()) if lemma else lower
    return (lower,) if lemma_lower == lower else (lower, lemma_lower)


def match_at(pattern: Pattern, keys: list[tuple[str, ...]], start: int, end: int,
             clause_end: int | None = None) -> int | None:
    """Token index after the contiguous part of ``pattern`` starting at ``start`` (None if it does not match). A
    separable pattern (``first ... particle``: "kündigte ... an", "soll ... haben") matches only when its particle
    stands in a later token of the clause, before ``clause_end`` (default ``end``)."""
    if not pattern.particle:   # (most patterns: their words alone decide)
        return _match_elements(pattern.elements, 0, keys, start, end)
    return _match_pattern(pattern, 0, keys, start, end, clause_end)


def match_after_first(pattern: Pattern, keys: list[tuple[str, ...]], start: int, end: int,
                      clause_end: int | None = None) -> int | None:
    """``match_at`` for a pattern that ``candidates(keys[start])`` returned: its first element is known to match
    at ``start``, so only the rest is compared (a one-word pattern needs no comparison at all)."""
    if start + 1 > end:
        return None
    if not pattern.particle:   # (most patterns: a one-word one matches here, a longer one by its other words)
        elements = pattern.elements
        if len(elements) == 1:
            return start + 1
        rest = pattern.plain_rest
        if rest is None:
            return _match_elements(elements, 1, keys, start + 1, end)
        position = start + 1   # plain words only: _match_elements' tests without its call and element checks
        for text in rest:
            if position >= end or text not in keys[position]:
                return None
            position += 1
        return position
    return _match_pattern(pattern, 1, keys, start + 1, end, clause_end)


def _match_pattern(pattern: Pattern, first: int, keys: list[tuple[str, ...]], position: int, end: int,
                   clause_end: int | None) -> int | None:
    stop = _match_elements(pattern.elements, first, keys, position, end)
    if stop is None or not pattern.particle:
        return stop
    particle, clause_end = pattern.particle, end if clause_end is None else clause_end
    return stop if any(_match_elements(particle, 0, keys, j, clause_end) is not None
                       for j in range(stop, clause_end)) else None


def _match_elements(elements, first: int, keys: list[tuple[str, ...]], position: int, end: int) -> int | None:
    """Match ``elements[first:]`` at consecutive tokens from ``position``; the token index after them, or None."""
    for index in range(first, len(elements)):
        if position >= end:
            return None
        element = elements[index]
        token_keys_ = keys[position]
        if element.prefix or element.suffix:
            if not any(element.matches(k) for k in token_keys_):
                return None
        elif element.text not in token_keys_:   # plain word: a tuple membership test
            return None
        position += 1
    return position


# ---------------------------------------------------------------- trigger lexicon
@dataclass(frozen=True)
class TriggerEntry:
    entry_id: str
    cameo_code: str
    pattern: str
    pos: str
    frame: str            # speech | directed | symmetric
    support: str | None   # support-verb family a noun trigger needs (None: fires on its own)
    mode: str | None
    context: str | None
    intent_code: str | None
    note: str | None


TRIGGER_FRAMES = ("speech", "directed", "symmetric")


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def read_triggers(path: Path) -> list[TriggerEntry]:
    """The rows of a trigger lexicon. Each row's ``entry_id`` names the rule in every event it codes (``rule_id``), so
    two rows with one id are an error: an analyst could not tell which row coded an event."""
    entries = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            entry = TriggerEntry(
                entry_id=row["entry_id"].strip(), cameo_code=row["cameo_code"].strip(),
                pattern=row["pattern"].strip(), pos=row["pos"].strip(), frame=row["frame"].strip(),
                support=_opt(row.get("support")), mode=_opt(row.get("mode")), context=_opt(row.get("context")),
                intent_code=_opt(row.get("intent_code")), note=_opt(row.get("note")))
            if entry.frame not in TRIGGER_FRAMES:
                raise ValueError(f"{path}: {entry.entry_id}: unknown frame {entry.frame!r}")
            if entry.entry_id in seen:
                raise ValueError(f"{path}: {entry.entry_id}: entry_id used by an earlier row (ids name the rule)")
            seen.add(entry.entry_id)
            entries.append(entry)
    return entries


def joined_patterns(entries: Iterable[TriggerEntry], particles: frozenset[str]) -> list[Pattern]:
    """The joined spelling of the German separable verb rows ("griff* ... an", "lehnte* ... ab"): a clause that
    ends with its verb writes the particle in front of it ("..., nachdem russische Truppen die Stadt angriffen",
    "..., weil Serbien den Plan ablehnte"). One exact pattern per verb ending (``_VERB_ENDINGS`` after a ``word*``
    stem), marked ``joined``: only a lowercase word matches (the trigger finder checks), so the nouns "Angriff",
    "Festnahmen" stay nouns. Only rows of one verb word and one particle of ``particles`` (cues
    separable_prefixes); the entry is the row's own, so its rule names the row."""
    found: list[Pattern] = []
    for entry in entries:
        if entry.pos != "VERB" or "..." not in entry.pattern:
            continue
        pattern = parse_pattern(entry.pattern, entry)
        if len(pattern.elements) != 1 or len(pattern.particle) != 1:
            continue
        verb, particle = pattern.elements[0], pattern.particle[0]
        if verb.suffix or particle.prefix or particle.suffix or particle.text not in particles:
            continue
        stem = particle.text + verb.text
        for form in (tuple(stem + ending for ending in _VERB_ENDINGS) if verb.prefix else (stem,)):
            found.append(Pattern((Element(form),), (), entry, form, joined=True))
    return found


@dataclass(frozen=True)
class SectorWord:
    pattern: str
    sector: str | None
    role: str | None
    institution: str  # key that links a bare description ("Sprecher des Außenministeriums") to an earlier mention


def read_sector_words(path: Path) -> list[SectorWord]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [SectorWord(row["pattern"].strip(), _opt(row.get("sector")), _opt(row.get("role")),
                           (row.get("institution") or "").strip())
                for row in csv.DictReader(line for line in handle if not line.startswith("#"))]


@dataclass
class Cues:
    """Closed-class cue words of one language (seeds/lexicons/cues_<lang>.yaml)."""
    raw: dict[str, Any]
    indexes: dict[str, PatternIndex] = field(default_factory=dict)
    word_sets: dict[str, frozenset[str]] = field(default_factory=dict)   # built once: the rules ask per clause
    family_maps: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    sections: dict[str, Cues] = field(default_factory=dict)
    # values other modules compute from these cues once per lexicon (components.trigger_cue_sets)
    derived: dict[str, Any] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        found = self.word_sets.get(name)
        if found is None:
            found = self.word_sets[name] = frozenset(fold_apostrophes(str(w).lower())
                                                     for w in self.raw.get(name) or ())
        return found

    def nested(self, name: str) -> Cues:
        """A nested mapping of cue lists (``days_after: {numbers: {...}, units: [...], links: [...]}``) as Cues of its
        own, read with the same accessors (``nested("days_after").words("units")``); empty when the file lacks it."""
        found = self.sections.get(name)
        if found is None:
            value = self.raw.get(name)
            found = self.sections[name] = Cues(value if isinstance(value, dict) else {})
        return found

    def word_lists(self, name: str) -> dict[str, frozenset[str]]:
        """A cue mapping of keys to word lists, keys and words lowercased as ``words`` reads a list
        (``pronouns_only_before``: pronoun -> the verbs it is one before; ``target_prepositions_by_root``: CAMEO root
        -> prepositions, whose digits lowercasing leaves as written)."""
        return {str(key).lower(): frozenset(fold_apostrophes(str(w).lower()) for w in value or ())
                for key, value in (self.raw.get(name) or {}).items()}

    def value_lists(self, name: str) -> dict[str, frozenset[str]]:
        """A cue mapping of codes to lists of codes, all as written like ``values`` reads a list (``refined_codes``:
        general code -> its finer readings)."""
        return {str(key): frozenset(str(v) for v in value or ()) for key, value in (self.raw.get(name) or {}).items()}

    def numbers(self, name: str) -> dict[str, int]:
        """A cue mapping of words (lowercased) to whole numbers (``days_after`` numbers: "two" -> 2)."""
        return {str(key).lower(): int(value) for key, value in (self.raw.get(name) or {}).items()}

    def number(self, name: str, default: int = 0) -> int:
        """A whole-number cue (a reach in tokens, a minimum length); ``default`` when left out or empty."""
        value = self.raw.get(name)
        return default if value is None or value == "" else int(value)

    def word_families(self, name: str) -> dict[str, frozenset[str]]:
        """A cue mapping of labels to patterns (``support``: family -> words) read backwards for its one-word plain
        patterns: word (lowercase) -> the labels it belongs to."""
        found = self.family_maps.get(name)
        if found is None:
            families: dict[str, set[str]] = {}
            for label, patterns in (self.raw.get(name) or {}).items():
                for pattern in patterns:
                    word = fold_apostrophes(str(pattern).lower())
                    if " " not in word and "*" not in word:
                        families.setdefault(word, set()).add(str(label))
            found = self.family_maps[name] = {w: frozenset(labels) for w, labels in families.items()}
        return found

    def values(self, name: str) -> frozenset[str]:
        """A cue list of codes as written (CAMEO roots "05", sectors "MIL"): not lowercased like ``words``."""
        return frozenset(str(v) for v in self.raw.get(name) or ())

    def codes(self, name: str) -> dict[str, str]:
        """A cue mapping of codes to codes (``demand_codes``: base code -> demand code), keys and values as written."""
        return {str(k): str(v) for k, v in (self.raw.get(name) or {}).items()}

    def index(self, name: str) -> PatternIndex:
        """Patterns of a cue list (list of patterns, or mapping label -> patterns) with the label as payload."""
        if name not in self.indexes:
            value = self.raw.get(name, [])
            items = value.items() if isinstance(value, dict) else [(name, value)]
            self.indexes[name] = PatternIndex(parse_pattern(str(p), label) for label, pats in items for p in pats)
        return self.indexes[name]


@dataclass
class LanguageLexicon:
    lang: str
    triggers: list[TriggerEntry]
    trigger_index: PatternIndex
    cues: Cues
    sector_words: list[SectorWord]
    sector_index: PatternIndex


def _check_cue_types(value: Any, where: str) -> None:
    """YAML reads bare on/no/yes as booleans: a cue word must stay a string (quote it in the file)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in ("genitive_s", "min_quote_words"):
                _check_cue_types(item, f"{where}:{key}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, bool):
                raise ValueError(f"{where}: boolean {item!r} in a cue list; quote the word")
            _check_cue_types(item, where)


@functools.lru_cache(maxsize=8)
def load_language_lexicon(lexicon_dir: str, lang: str) -> LanguageLexicon:
    base = Path(lexicon_dir)
    triggers = read_triggers(base / f"triggers_{lang}.csv")
    with (base / f"cues_{lang}.yaml").open(encoding="utf-8") as handle:
        cues = Cues(yaml.load(handle, Loader=YAML_LOADER) or {})
    _check_cue_types(cues.raw, f"cues_{lang}.yaml")
    sector_words = read_sector_words(base / f"sector_words_{lang}.csv")
    patterns = [parse_pattern(e.pattern, e) for e in triggers] + \
        joined_patterns(triggers, cues.words("separable_prefixes"))
    return LanguageLexicon(
        lang=lang, triggers=triggers,
        trigger_index=PatternIndex(patterns),
        cues=cues, sector_words=sector_words,
        sector_index=PatternIndex(parse_pattern(w.pattern, w) for w in sector_words))


def lexicon_fingerprint(lexicon_dir: str | Path, extra_files: Iterable[Path] = ()) -> str:
    """Hash of every lexicon file (and the given reference and source files): part of EXTRACTOR_VERSION."""
    digest = hashlib.sha256()
    files = sorted(p for p in Path(lexicon_dir).glob("*") if p.is_file()) + [p for p in extra_files if p.is_file()]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
