"""Language identification: the numpy walk of py3langid's byte scanner scores exactly as py3langid does."""
from __future__ import annotations

import random

import numpy as np
import pytest
from py3langid.langid import LanguageIdentifier

from badcorpus import SEED_ARTICLE, TODAY, make_bad_corpus
from benchmarks.corpus import CorpusSpec, render_article
from geoevents.evaluation.datasets import load_gold_passages
from geoevents.ingest import IngestSettings, detect_language, scan_articles
from geoevents.ingest import language as language_module
from geoevents.ingest.language import _WindowedIdentifier, automaton_depth

GOLD_DIR = SEED_ARTICLE.parents[2] / "tests" / "gold"
SAMPLE_CHARS = IngestSettings().language_sample_chars


def _identifier() -> _WindowedIdentifier:
    return language_module._identifier()


def _library_scores(identifier: LanguageIdentifier, text) -> np.ndarray:
    """The scores with py3langid's own byte-by-byte walk."""
    identifier._windowed = False
    try:
        return identifier._decide(text)
    finally:
        identifier._windowed = True


def aho_corasick_violations(next_state, state_row) -> tuple[int, int]:
    """(transitions that differ from the Aho-Corasick goto function of the trie the automaton's breadth-first tree
    spells, that trie's depth). No violation: the state after any text is the node of its longest suffix that is a
    node, so it depends only on the text's last ``depth`` bytes (what the numpy walk relies on)."""
    table = np.asarray(next_state).reshape(-1, 256)
    rows = np.asarray(state_row, dtype=np.intp)
    n = len(rows)
    depth = np.full(n, -1, dtype=np.int64)
    value = np.zeros(n, dtype=np.int64)      # a node's string as a big-endian number (at most 7 bytes)
    parent = np.full(n, -1, dtype=np.int64)
    last = np.zeros(n, dtype=np.int64)
    depth[0] = 0
    frontier = np.array([0], dtype=np.intp)
    while len(frontier):
        successors = table[rows[frontier]]
        fresh = depth[successors] < 0
        states = successors[fresh]
        sources = np.repeat(frontier, 256).reshape(-1, 256)[fresh]
        bytes_read = np.broadcast_to(np.arange(256), successors.shape)[fresh]
        states, first = np.unique(states, return_index=True)
        parent[states], last[states] = sources[first], bytes_read[first]
        depth[states] = depth[parent[states]] + 1
        value[states] = value[parent[states]] * 256 + last[states]
        frontier = states
    assert (depth >= 0).all() and depth.max() <= 7
    keys = value * 8 + depth
    assert len(np.unique(keys)) == n  # one string per state
    order = np.argsort(keys)
    sorted_keys = keys[order]
    # fail(s): the node of the longest proper suffix of the state's string (the start state for one byte)
    fail = np.zeros(n, dtype=np.intp)
    found = depth <= 1
    for length in range(int(depth.max()) - 1, 0, -1):
        probe = (value % (256 ** length)) * 8 + length
        at = np.minimum(np.searchsorted(sorted_keys, probe), n - 1)
        hit = ~found & (depth > length) & (sorted_keys[at] == probe)
        fail[hit] = order[at[hit]]
        found |= hit
    tree = np.zeros((n, 256), dtype=bool)
    tree[parent[1:], last[1:]] = True
    violations = int((table[rows[0]][~tree[0]] != 0).sum())
    for start in range(1, n, 8192):
        block = slice(start, min(n, start + 8192))
        violations += int(((table[rows[block]] != table[rows[fail[block]]]) & ~tree[block]).sum())
    return violations, int(depth.max())


def test_the_installed_model_is_scored_by_the_numpy_walk():
    identifier = _identifier()
    assert identifier._windowed, "self-check failed: py3langid's layout or scores changed, ingest is ~2x slower"


def test_the_scanner_is_an_aho_corasick_automaton_of_the_depth_the_walk_uses():
    identifier = _identifier()
    violations, depth = aho_corasick_violations(identifier.tk_nextmove, identifier.tk_row)
    assert violations == 0
    assert depth == identifier._depth == automaton_depth(identifier._next, np.asarray(identifier.tk_row))


def test_the_check_finds_a_changed_transition():
    identifier = _identifier()
    table = np.array(identifier.tk_nextmove)
    rng = random.Random(3)
    for _ in range(3):
        broken = table.copy()
        where = rng.randrange(len(broken))
        broken[where] = (broken[where] + 1 + rng.randrange(len(identifier.tk_row) - 1)) % len(identifier.tk_row)
        assert aho_corasick_violations(broken, identifier.tk_row)[0] > 0


def _sample(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and sample.rfind(" ") > SAMPLE_CHARS // 2:
        sample = sample[:sample.rfind(" ")]
    return sample


def _texts(tmp_path) -> dict[str, list]:
    spec = CorpusSpec(n=200)
    synthetic = [render_article(spec, index).text for index in range(200)]
    root = tmp_path / "bad"
    make_bad_corpus(root)
    bad = [outcome.body for outcome in scan_articles(str(root), IngestSettings(), TODAY) if hasattr(outcome, "body")]
    rng = random.Random(11)
    alphabet = [chr(c) for c in (*range(32, 127), *range(0xA0, 0x250), *range(0x400, 0x460), *range(0x4E00, 0x4E20),
                                 0x1F642, 0x200B, 0xAD, 0x2028, 0x0A)]
    noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200))) for _ in range(300)]
    raw = [bytes(rng.randrange(256) for _ in range(rng.randint(0, 200))) for _ in range(200)]
    return {
        "seed": [SEED_ARTICLE.read_text(encoding="utf-8")],
        "gold": [passage.text for passage in load_gold_passages(GOLD_DIR)],
        "synthetic": [_sample(text) for text in synthetic] + synthetic[:20] + [t.upper() for t in synthetic[:20]],
        "bad_corpus": bad,
        # short texts, where py3langid can be wrong ("Russia attacks Kyiv." is read as Swedish): the same answers
        "short": ["Russland greift Kiew an.", "Russia attacks Kyiv.", "Nein.", "OK", "EU", "G7-Gipfel", "1:0",
                  *(line for passage in load_gold_passages(GOLD_DIR)[:20] for line in passage.text.split(". ")[:1])],
        "noise": noise + raw,
    }


def test_scores_are_those_of_py3langid_bit_for_bit(tmp_path):
    identifier = _identifier()
    for name, texts in _texts(tmp_path).items():
        assert texts, name
        for text in texts:
            assert np.array_equal(identifier._decide(text), _library_scores(identifier, text)), (name, text[:80])


def test_feature_counts_are_py3langid_visits_in_first_occurrence_order():
    from py3langid.langid import visit_counts

    identifier = _identifier()
    encoded = identifier._encode(SEED_ARTICLE.read_text(encoding="utf-8")[:SAMPLE_CHARS])
    features, counts = identifier.feature_counts(encoded)
    visits = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, encoded)
    assert features.tolist() == list(visits) and counts.tolist() == list(visits.values())
    assert [len(part) for part in identifier.feature_counts(b"")] == [0, 0]


def test_a_walk_that_differs_is_not_used():
    # a window shorter than the automaton's depth misses the longer n-grams: the self-check must catch it
    identifier = _WindowedIdentifier.from_model_file(language_module.MODEL_FILE, norm_probs=True)
    identifier._depth = 2
    assert identifier.enable_if_identical() is False
    text = "Die Außenminister trafen sich am Montag in Brüssel."
    assert np.array_equal(identifier._decide(text), LanguageIdentifier._decide(identifier, text))


# ---------------------------------------------------------------- mixed-language and short texts (the sample rule)

GERMAN_PARAGRAPH = ("Die Bundesregierung hat am Freitag weitere Hilfen für die Ukraine angekündigt. Der Verteidigungs"
                    "minister sagte nach einem Treffen mit seinen Amtskollegen in Brüssel, Deutschland werde zusätzliche "
                    "Luftabwehrsysteme liefern. Die Opposition kritisierte, die Entscheidung komme zu spät. ")
ENGLISH_QUOTE = ("\"We are grateful for every system that arrives, because every system saves lives in our cities, "
                 "and we will keep asking our partners for more until the attacks stop,\" the Ukrainian president "
                 "told reporters at the press conference on Friday evening.")


@pytest.mark.parametrize("where", ["lead", "middle", "end"])
def test_long_german_article_with_an_english_quote_block_is_german(where):
    paragraphs = [GERMAN_PARAGRAPH] * 12
    paragraphs.insert({"lead": 1, "middle": 6, "end": 12}[where], ENGLISH_QUOTE)
    language, confidence = detect_language("\n\n".join(paragraphs), SAMPLE_CHARS)
    assert language == "de" and confidence > 0.9


def test_english_article_quoting_a_german_sentence_is_english():
    text = ("The German chancellor defended the decision on Friday. " * 3
            + "„Wir stehen fest an der Seite der Ukraine“, sagte er. "
            + "Critics in parliament said the deliveries came too late and asked for a debate next week. " * 4)
    assert detect_language(text, SAMPLE_CHARS)[0] == "en"
