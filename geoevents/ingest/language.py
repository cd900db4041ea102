"""Language identification with py3langid (model shipped in the wheel, no download)."""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from py3langid.langid import MODEL_FILE, LanguageIdentifier

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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._windowed = False
        try:
            self._next = np.asarray(self.tk_nextmove)
            self._rowstart = np.asarray(self._rowbase, dtype=np.intp)
            self._output = np.asarray(self.tk_output, dtype=np.intp)
            self._depth = automaton_depth(self._next, np.asarray(self.tk_row, dtype=np.intp))
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


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Unrestricted on purpose: all ~97 languages of the model, so a French or Italian article is labelled
    # as such (and later skipped by the coder) instead of being forced into de or en.
    identifier = _WindowedIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # The model ships its feature table as float16, for which numpy has no fast matrix product; the same
    # values as float32 (+28 MB) make scoring about three times faster with identical results.
    if getattr(identifier.nb_ptc, "dtype", None) == np.float16:
        identifier.nb_ptc = identifier.nb_ptc.astype(np.float32)
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
