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


# ---------------------------------------------------------------- the model cache (decompressed once per py3langid)

def _from_model_file() -> _WindowedIdentifier:
    identifier = language_module._identifier_from_model_file()
    identifier.enable_if_identical()
    return identifier


def _cached(folder) -> _WindowedIdentifier:
    identifier = language_module._identifier_with_cache(folder)
    identifier.enable_if_identical()
    return identifier


def _model_file_not_read(monkeypatch) -> None:
    def refuse():
        raise AssertionError("the model file was read although the cache holds a valid entry")
    monkeypatch.setattr(language_module, "_identifier_from_model_file", refuse)


def _entries(folder) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture(scope="module")
def reference_identifier() -> _WindowedIdentifier:
    return _from_model_file()


def test_a_cache_entry_is_written_once_and_scores_as_the_model_file(tmp_path, monkeypatch, reference_identifier):
    folder = tmp_path / "cache"
    built = _cached(folder)  # missing: built from the model file, entry written
    key = language_module.model_cache_key()
    assert _entries(folder) == [key] and (folder / key / "meta.json").is_file()
    assert (folder / key).stat().st_mode & 0o777 == 0o755  # readable by the data dir's other users
    _model_file_not_read(monkeypatch)
    loaded = _cached(folder)
    assert loaded._windowed and loaded._depth == reference_identifier._depth
    assert isinstance(loaded.nb_ptc, np.memmap) and loaded.nb_ptc.dtype == np.float32
    assert loaded.nb_classes == reference_identifier.nb_classes
    for name, texts in _texts(tmp_path).items():
        for text in texts:
            expected = reference_identifier._decide(text)
            assert np.array_equal(loaded._decide(text), expected), (name, text[:80])
            assert np.array_equal(built._decide(text), expected), (name, text[:80])
    # py3langid's own walk over the cached arrays (the fallback) gives the same scores too
    assert np.array_equal(_library_scores(loaded, SEED_ARTICLE.read_text(encoding="utf-8")),
                          reference_identifier._decide(SEED_ARTICLE.read_text(encoding="utf-8")))
    assert loaded.classify("Die Außenminister trafen sich am Montag in Brüssel.") == \
        reference_identifier.classify("Die Außenminister trafen sich am Montag in Brüssel.")


def _damage_truncate(entry):
    path = entry / "nb_ptc.npy"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _damage_values(entry):
    path = entry / "nb_ptc.npy"  # same size, other numbers: only the recorded scores can tell
    data = bytearray(path.read_bytes())
    data[-4_000_000:] = bytes(4_000_000)
    path.write_bytes(bytes(data))


def _damage_meta(entry):
    (entry / "meta.json").write_text("{not json", encoding="utf-8")


def _damage_missing_array(entry):
    (entry / "tk_row.npy").unlink()


def _damage_other_format(entry):
    import json
    meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
    meta["format"] = -1
    (entry / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


@pytest.mark.parametrize("damage", [_damage_truncate, _damage_values, _damage_meta, _damage_missing_array,
                                    _damage_other_format])
def test_a_damaged_entry_is_rebuilt(tmp_path, monkeypatch, damage, reference_identifier):
    folder = tmp_path / "cache"
    _cached(folder)
    key = language_module.model_cache_key()
    damage(folder / key)
    text = "Die Außenminister trafen sich am Montag in Brüssel."
    assert np.array_equal(_cached(folder)._decide(text), reference_identifier._decide(text))
    assert _entries(folder) == [key]  # replaced, no leftovers
    _model_file_not_read(monkeypatch)
    assert np.array_equal(_cached(folder)._decide(text), reference_identifier._decide(text))


def test_a_stale_entry_of_another_py3langid_is_replaced(tmp_path, monkeypatch, reference_identifier):
    folder = tmp_path / "cache"
    _cached(folder)
    old_key = language_module.model_cache_key()
    # py3langid upgraded (its version or model file changed): another key, the old entry is not read
    monkeypatch.setattr(language_module, "model_cache_key", lambda: "py3langid-upgraded")
    text = "The foreign ministers met in Brussels on Monday."
    assert np.array_equal(_cached(folder)._decide(text), reference_identifier._decide(text))
    assert _entries(folder) == ["py3langid-upgraded"] and old_key != "py3langid-upgraded"


def test_the_key_names_the_py3langid_version_and_model_file(monkeypatch):
    key = language_module.model_cache_key()
    assert key.startswith("py3langid-") and key == language_module.model_cache_key()
    monkeypatch.setattr(language_module.py3langid, "__version__", "99.0", raising=False)
    assert language_module.model_cache_key() != key


def test_an_unwritable_cache_folder_only_costs_the_cache(tmp_path, reference_identifier):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    text = "Die Außenminister trafen sich am Montag in Brüssel."
    assert np.array_equal(_cached(blocker)._decide(text), reference_identifier._decide(text))
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def _build_at_the_same_time(folder: str, barrier) -> str:
    from geoevents.ingest import language
    barrier.wait()
    identifier = language._identifier_with_cache(__import__("pathlib").Path(folder))
    identifier.enable_if_identical()
    return identifier.classify("Die Außenminister trafen sich am Montag in Brüssel.")[0]


def test_processes_writing_the_entry_at_the_same_time_all_get_the_model_and_one_valid_entry(tmp_path, monkeypatch):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    folder = tmp_path / "cache"
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(3)
        with ProcessPoolExecutor(3, mp_context=context) as pool:
            results = list(pool.map(_build_at_the_same_time, [str(folder)] * 3, [barrier] * 3))
    assert results == ["de", "de", "de"]
    key = language_module.model_cache_key()
    assert _entries(folder) == [key]  # no temporary folder left behind
    _model_file_not_read(monkeypatch)
    assert _cached(folder).classify("The foreign ministers met in Brussels.")[0] == "en"


def test_a_half_written_folder_under_the_entry_name_is_replaced(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    entry = folder / language_module.model_cache_key()
    entry.mkdir(parents=True)
    (entry / "nb_ptc.npy").write_bytes(b"\x93NUMPY partial")  # no meta.json: never a complete entry
    assert _cached(folder).classify("The foreign ministers met in Brussels.")[0] == "en"
    assert (entry / "meta.json").is_file()
    _model_file_not_read(monkeypatch)
    assert _cached(folder).classify("Die Außenminister trafen sich am Montag in Brüssel.")[0] == "de"


def test_prepare_model_cache_writes_a_missing_entry_once_without_keeping_the_model(tmp_path, monkeypatch):
    """Called before scan workers start: the entry is written by the caller (the workers then read it instead of
    each decompressing the model file), and the caller does not keep the model loaded."""
    folder = tmp_path / "cache"
    monkeypatch.setattr(language_module, "_model_cache_dir", None)
    language_module._identifier.cache_clear()
    try:
        assert language_module.prepare_model_cache() is False   # no cache folder: nothing to prepare
        language_module.set_model_cache_dir(folder)
        assert language_module.prepare_model_cache() is True
        assert language_module._identifier.cache_info().currsize == 0
        assert _entries(folder) == [language_module.model_cache_key()]
        _model_file_not_read(monkeypatch)
        assert language_module.prepare_model_cache() is False   # a complete entry is left alone
        assert _cached(folder).classify("Die Außenminister trafen sich am Montag in Brüssel.")[0] == "de"
    finally:
        language_module._identifier.cache_clear()


def test_the_articles_asset_keeps_the_model_in_the_data_dirs_cache_and_scan_workers_use_it(tmp_path, monkeypatch):
    import shutil

    import dagster as dg

    from conftest import build_pipeline_resources
    from geoevents.ingest import iter_article_files
    from geoevents.ingest.scan import ingest_entries
    from test_assets import ASSETS

    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copyfile(SEED_ARTICLE, articles / SEED_ARTICLE.name)
    resources = build_pipeline_resources(articles, tmp_path / "data")
    monkeypatch.setattr(language_module, "_model_cache_dir", None)
    language_module._identifier.cache_clear()  # as in a new run's process: the model is not loaded yet
    try:
        assert dg.materialize(ASSETS, resources=resources, selection=["articles"]).success
        entry = tmp_path / "data" / "cache" / language_module.model_cache_key()
        assert (entry / "meta.json").is_file()
        assert not isinstance(language_module._identifier().nb_ptc, np.memmap)  # built from the model file
        language_module._identifier.cache_clear()
        _model_file_not_read(monkeypatch)  # the next run's process reads the entry
        assert dg.materialize(ASSETS, resources=resources, selection=["articles"]).success
        assert isinstance(language_module._identifier().nb_ptc, np.memmap)
        with resources["warehouse"].reader() as con:
            assert con.execute("SELECT DISTINCT language FROM articles").fetchall() == [("de",)]
        # a scan in worker processes: they are told the cache folder (the parent's model is loaded already)
        worker_cache = tmp_path / "worker_cache"
        language_module.set_model_cache_dir(worker_cache)
        for index in range(4):
            shutil.copyfile(SEED_ARTICLE, articles / f"copy{index}.txt")
        settings = IngestSettings(min_files_for_workers=2, scan_batch_size=2)
        outcomes = list(ingest_entries(list(iter_article_files(str(articles), settings)), settings, TODAY,
                                       n_process=2))
        assert {outcome.language for outcome in outcomes} == {"de"}
        assert (worker_cache / language_module.model_cache_key() / "meta.json").is_file()
    finally:
        language_module._identifier.cache_clear()
