"""Language identification with py3langid (model shipped in the wheel, no download).

py3langid ships its model LZMA-compressed (``data/model.npz.xz``): decompressing it and widening its float16 table
to float32 cost ~0.5-0.9 CPU-s in every process that identifies a language (each launched run of a deployment).
With a model cache folder (``set_model_cache_dir``; the pipeline's ``articles_source`` resource names one under the
data dir) the arrays are written there once, uncompressed and already widened, and later processes load them in a
few hundredths of a second. A cache entry names the py3langid version and the model file's size and modification
time, is written under a temporary name and renamed into place whole, and is used only when the scores it gives
for fixed texts equal those recorded from the model file when it was written; anything else (missing, stale,
unreadable, truncated, another version) is rebuilt from the model file, and a folder that cannot be written only
costs the cache (the model file is used).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import numpy as np

import py3langid
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

LOGGER = logging.getLogger(__name__)

# Texts the fast scorer must score exactly as py3langid does before it is used (see _WindowedIdentifier).
_SELF_CHECK_TEXTS = (
    "",
    "   ",
    "Die Bundesregierung hat am Freitag neue Sanktionen gegen Russland angekündigt.",
    "The foreign ministers met in Brussels on Monday to discuss the ceasefire.",
    "Le président a rencontré son homologue à Paris. Ça s'est bien passé, dit-il.",
    "ВЕЛИКОБРИТАНИЯ ВВЕЛА НОВЫЕ САНКЦИИ",
    "北京 東京 서울 — 2024年 🙂 \u00ad\u200b x",
    "a",
    "Am Montag sagte der Minister: \u201eWir werden das nicht hinnehmen.\u201c " * 40,
)


class _WindowedIdentifier(LanguageIdentifier):
    """py3langid's identifier with its byte scanner run by numpy instead of a Python loop; same scores, bit for bit.

    The scanner is an Aho-Corasick automaton over byte n-grams (``tk_nextmove``: state x byte -> state, through the
    shared rows ``tk_row``; ``tk_output``: the feature a state emits). The state after a byte is the trie node of
    the longest suffix of the text read so far that is a node, and no node is longer than the automaton's depth D
    (6 bytes for the shipped model). So the state at every position is the one reached by walking only the last D
    bytes from the start state, which numpy does for all positions at once in D steps (fed the bytes i-D+1 .. i),
    instead of a Python step per byte (~2/3 of ingest's CPU). The features are counted in the order of their first
    occurrence, as py3langid's Counter does, so the float32 dot product adds the same terms in the same order.
    ``tests/test_ingest_language.py`` checks the automaton property on the installed model and the scores on
    corpora; if the self-check on ``_SELF_CHECK_TEXTS`` ever differs (another py3langid), py3langid's own walk is
    used."""

    __slots__ = ("_depth", "_next", "_rowstart", "_output", "_windowed")

    def __init__(self, *args, depth: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._windowed = False
        try:
            self._next = np.asarray(self.tk_nextmove)
            self._rowstart = np.asarray(self._rowbase, dtype=np.intp)
            self._output = np.asarray(self.tk_output, dtype=np.intp)
            # the depth recorded in the model cache, else computed (~0.1 s); enable_if_identical checks either
            self._depth = depth or automaton_depth(self._next, np.asarray(self.tk_row, dtype=np.intp))
        except (AttributeError, TypeError, ValueError):
            return  # another py3langid layout: keep its own walk

    def enable_if_identical(self) -> bool:
        """Use the numpy walk only if it scores the self-check texts exactly as py3langid does."""
        if not hasattr(self, "_depth"):
            return False
        self._windowed = True
        for text in _SELF_CHECK_TEXTS:
            encoded = self._encode(text)
            if not np.array_equal(self._raw_score(encoded), LanguageIdentifier._raw_score(self, encoded)):
                self._windowed = False
                break
        return self._windowed

    def feature_counts(self, encoded: bytes) -> tuple[np.ndarray, np.ndarray]:
        """Feature indexes in order of first occurrence and their counts (float32), as py3langid's visit_counts."""
        data = np.frombuffer(encoded, dtype=np.uint8)
        n = len(data)
        states = np.zeros(n, dtype=np.intp)
        for back in range(min(self._depth, n) - 1, -1, -1):
            # position i reads byte i - back: the window of the last D bytes, oldest first
            window = states[back:]
            np.take(self._rowstart, window, out=window)
            window += data[:n - back]
            states[back:] = self._next[window]
        features = self._output[states]
        positions = np.flatnonzero(features >= 0)
        if not len(positions):
            return positions, np.zeros(0, dtype=np.float32)
        features = features[positions]
        # first occurrences: a stable sort puts each feature's earliest position first in its run
        order = np.argsort(features, kind="stable")
        ordered = features[order]
        starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
        counts = np.diff(np.append(starts, len(ordered)))
        first = np.zeros(len(features), dtype=np.intp)
        first[order[starts]] = counts
        at = np.flatnonzero(first)
        return features[at], first[at].astype(np.float32)

    def _raw_score(self, text):
        if not self._windowed or not isinstance(text, bytes):
            return super()._raw_score(text)
        features, counts = self.feature_counts(text)
        if not len(features):
            return super()._raw_score(b"")  # py3langid's score of a text without features
        # py3langid's _sparse_score on the same arrays
        return np.log1p(counts) @ self.nb_ptc[features] + self.nb_pc


def automaton_depth(next_state: np.ndarray, state_row: np.ndarray) -> int:
    """Longest shortest path from the start state 0 (breadth-first, over the automaton's shared rows): for an
    Aho-Corasick automaton, the length of its longest node."""
    table = next_state.reshape(-1, 256)
    seen = np.zeros(len(state_row), dtype=bool)
    seen[0] = True
    frontier = np.array([0], dtype=np.intp)
    depth = 0
    while True:
        rows = np.zeros(len(table), dtype=bool)
        rows[state_row[frontier]] = True
        reached = np.zeros(len(state_row), dtype=bool)
        reached[table[rows].ravel()] = True
        frontier = np.flatnonzero(reached & ~seen)
        if not len(frontier):
            return depth
        depth += 1
        seen[frontier] = True


def _identifier_from_model_file() -> _WindowedIdentifier:
    # Unrestricted on purpose: all ~97 languages of the model, so a French or Italian article is labelled
    # as such (and later skipped by the coder) instead of being forced into de or en.
    identifier = _WindowedIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # The model ships its feature table as float16, for which numpy has no fast matrix product; the same
    # values as float32 (+28 MB) make scoring about three times faster with identical results.
    if getattr(identifier.nb_ptc, "dtype", None) == np.float16:
        identifier.nb_ptc = identifier.nb_ptc.astype(np.float32)
    return identifier


# ------------------------------------------------------------------------------------------ the model cache
# Bump when the cached files or their meaning change: entries of another format are not read.
MODEL_CACHE_FORMAT = 1
_MODEL_CACHE_PREFIX = "py3langid-"
_model_cache_dir: Path | None = None


def set_model_cache_dir(folder: str | os.PathLike | None) -> None:
    """Keep py3langid's decompressed model in ``folder`` (created when needed; None: no cache). Applies to the
    first identification of this process; the model is loaded once per process either way."""
    global _model_cache_dir
    _model_cache_dir = Path(folder) if folder else None


def model_cache_dir() -> Path | None:
    """The folder set by ``set_model_cache_dir`` (None: no cache)."""
    return _model_cache_dir


def model_cache_key() -> str:
    """What a cache entry must match: this cache format, the py3langid version and its model file's size and
    modification time (a reinstalled or upgraded py3langid gets a new entry)."""
    model = MODEL_DIR / MODEL_FILE
    info = model.stat()
    identity = f"{MODEL_CACHE_FORMAT}|{getattr(py3langid, '__version__', '?')}|{model}|{info.st_size}|{info.st_mtime_ns}"
    return _MODEL_CACHE_PREFIX + hashlib.sha256(identity.encode()).hexdigest()[:20]


def self_check_digest(identifier: LanguageIdentifier) -> str:
    """sha256 of py3langid's raw scores of the self-check texts: an entry's arrays must reproduce the model file's."""
    digest = hashlib.sha256()
    for text in _SELF_CHECK_TEXTS:
        digest.update(np.ascontiguousarray(LanguageIdentifier._raw_score(identifier, identifier._encode(text))).tobytes())
    return digest.hexdigest()


_ARRAYS = ("nb_ptc", "nb_pc", "tk_nextmove", "tk_row", "tk_output")


def _write_model_cache(identifier: LanguageIdentifier, entry: Path) -> None:
    """The identifier's arrays as an entry folder: written in a temporary folder beside it, renamed into place."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=".tmp-" + entry.name + "-", dir=entry.parent))
    try:
        os.chmod(temporary, 0o755)  # mkdtemp's 0700 would hide the entry from the other users of the data dir
        arrays = {name: np.asarray(getattr(identifier, name)) for name in _ARRAYS}
        arrays["tk_output"] = np.asarray(identifier.tk_output, dtype=np.int32)   # a list of Python ints
        for name, values in arrays.items():
            with open(temporary / f"{name}.npy", "wb") as handle:
                np.save(handle, values, allow_pickle=False)
                handle.flush()
                os.fsync(handle.fileno())
        meta = {"format": MODEL_CACHE_FORMAT, "key": entry.name, "classes": list(identifier.nb_classes),
                "shapes": {name: list(values.shape) for name, values in arrays.items()},
                "dtypes": {name: values.dtype.str for name, values in arrays.items()},
                "depth": int(getattr(identifier, "_depth", 0)),
                "self_check_sha256": self_check_digest(identifier)}
        # meta.json last: an entry without it is incomplete (cannot happen after the rename, which moves the whole folder)
        (temporary / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        try:
            os.rename(temporary, entry)
        except OSError:
            if not (entry / "meta.json").is_file():  # not a concurrent writer's complete entry: a stale folder
                _discard(entry)
                os.rename(temporary, entry)
    finally:
        if temporary.exists():
            shutil.rmtree(temporary, ignore_errors=True)


def _discard(folder: Path) -> None:
    """Move a folder aside (atomically) and delete it: a reader never sees it half deleted."""
    if not folder.exists():
        return
    aside = Path(tempfile.mkdtemp(prefix=".old-" + folder.name + "-", dir=folder.parent))
    os.rename(folder, aside / folder.name)
    shutil.rmtree(aside, ignore_errors=True)


def _read_model_cache(entry: Path) -> _WindowedIdentifier:
    """The identifier from an entry folder; ValueError/OSError when the entry is incomplete, of another format or
    its arrays do not reproduce the recorded scores."""
    meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
    if meta.get("format") != MODEL_CACHE_FORMAT or meta.get("key") != entry.name:
        raise ValueError("another cache format or key")
    arrays = {}
    for name in _ARRAYS:
        # Memory-mapped: nothing is read now, scoring reads the pages of the features it meets. Entries are never
        # changed in place (written whole under another name, renamed; discarded by rename), so a mapped file
        # stays as it was; a truncated file fails here (the header's shape needs more bytes than the file has).
        values = np.load(entry / f"{name}.npy", mmap_mode="r", allow_pickle=False)
        if list(values.shape) != meta["shapes"][name] or values.dtype.str != meta["dtypes"][name]:
            raise ValueError(f"{name}: shape or type differs from the entry's record")
        arrays[name] = values
    classes = meta["classes"]
    if len(classes) != len(arrays["nb_pc"]) or arrays["nb_ptc"].shape[1:] != (len(classes),):
        raise ValueError("the class list does not match the tables")
    # Row offsets and outputs as Python ints, as py3langid's own loader gives them (its __init__ shifts each row
    # index by 8 bits: a numpy uint16 would wrap).
    identifier = _WindowedIdentifier(arrays["nb_ptc"], np.array(arrays["nb_pc"]), classes, arrays["tk_nextmove"],
                                     arrays["tk_output"].tolist(), norm_probs=True,
                                     tk_row=arrays["tk_row"].tolist(), depth=meta.get("depth") or None)
    if self_check_digest(identifier) != meta["self_check_sha256"]:
        raise ValueError("the cached arrays do not reproduce the model file's scores")
    return identifier


def _identifier_with_cache(folder: Path) -> _WindowedIdentifier:
    """From the cache entry of this py3langid in ``folder``, else from the model file (and the entry written)."""
    try:
        entry = folder / model_cache_key()
    except OSError as error:  # the model file itself is unreadable: the model load below reports it
        LOGGER.warning("py3langid model cache not used: %s", error)
        return _identifier_from_model_file()
    if (entry / "meta.json").is_file():
        try:
            return _read_model_cache(entry)
        except (OSError, ValueError, KeyError, TypeError, EOFError) as error:
            LOGGER.warning("py3langid model cache entry %s unusable (%s): rebuilding it", entry, error)
    identifier = _identifier_from_model_file()
    try:
        if entry.exists():
            _discard(entry)
        _write_model_cache(identifier, entry)
        for stale in folder.glob(_MODEL_CACHE_PREFIX + "*"):  # other py3langid versions' entries
            if stale.name != entry.name:
                _discard(stale)
    except OSError as error:
        LOGGER.warning("py3langid model cache %s not written (%s): using the model file", folder, error)
    return identifier


def prepare_model_cache() -> bool:
    """Write the cache entry now when the cache folder (``set_model_cache_dir``) has none, without keeping the model
    loaded; True if one was written. Called before worker processes start: they all read the entry then, instead of
    each decompressing the model file (0.5-0.9 CPU-s apiece) and writing the same entry."""
    folder = _model_cache_dir
    if folder is None or _identifier.cache_info().currsize:   # no cache, or this process loaded (and cached) it
        return False
    try:
        entry = folder / model_cache_key()
    except OSError:
        return False
    if (entry / "meta.json").is_file():
        return False
    _identifier_with_cache(folder)
    return (entry / "meta.json").is_file()


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    folder = _model_cache_dir
    identifier = _identifier_with_cache(folder) if folder is not None else _identifier_from_model_file()
    identifier.enable_if_identical()
    return identifier


def detect_language(text: str, sample_chars: int = 3000) -> tuple[str, float]:
    """ISO 639-1 code and normalized confidence (0..1) of the text, judged on its first ``sample_chars``."""
    sample = text[:sample_chars]
    if len(text) > sample_chars:
        # Cut at a word boundary so a half word does not add a spurious n-gram.
        cut = sample.rfind(" ")
        if cut > sample_chars // 2:
            sample = sample[:cut]
    language, confidence = _identifier().classify(sample)
    return language, round(float(confidence), 4)
