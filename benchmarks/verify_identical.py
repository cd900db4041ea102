"""``python -m benchmarks.verify_identical``: one hash over everything the engine outputs, for speed work.

A change meant only to make the engine faster must leave its output identical. This codes a synthetic corpus
(benchmarks.corpus, ingested like the pipeline does), the gold passages of tests/gold and the seed article, and
hashes every ExtractionResult field (events with statements, sanctions, actor mentions, counts) plus the
``--explain`` records of the gold passages (the per-sentence decisions). Run it before and after a change and
compare the digests; ``--processes 2`` also codes the corpus through the worker pool and checks that the
parallel path returns the same results as the single process.

    python -m benchmarks.verify_identical [--n 1000] [--processes 2] [--show-per-part]
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from benchmarks.corpus import CorpusSpec, write_corpus

REPO = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((REPO / "tests" / "gold").glob("gold_*.jsonl"))
SEED_EXPECTED = REPO / "tests" / "gold" / "seed_expected.json"


def canonical(value: Any) -> Any:
    """Dataclasses, dates and containers as JSON-ready values with a fixed key order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, float):
        return repr(value)
    return value


def digest(records: Iterable[Any]) -> tuple[str, int]:
    h = hashlib.sha256()
    count = 0
    for record in records:
        h.update(json.dumps(canonical(record), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
        count += 1
    return h.hexdigest()[:16], count


def corpus_items(n: int, work_dir: str) -> list[tuple[str, str, str, date | None]]:
    """(key, body, language, publication date) of the ingested synthetic corpus, as the extract asset sees it."""
    from geoevents.ingest import scan_articles
    from geoevents.ingest.settings import IngestSettings

    spec = CorpusSpec(n=n)
    write_corpus(work_dir, spec)
    articles = [a for a in scan_articles(work_dir, IngestSettings(), today=spec.ingestion_date)
                if hasattr(a, "body") and a.supported_language]
    return [(a.source_path, a.body, a.language, a.published_date) for a in articles]


def gold_items() -> list[tuple[str, str, str, date | None]]:
    items = []
    for path in GOLD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                published = date.fromisoformat(row["published"]) if row.get("published") else None
                items.append((row["id"], row["text"], row["lang"], published))
    seed = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    items.append((seed["article"], (REPO / seed["article"]).read_text(encoding="utf-8"), seed["language"],
                  date.fromisoformat(seed["published"])))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.verify_identical", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="synthetic articles (default 1000)")
    parser.add_argument("--processes", type=int, default=1,
                        help="also code the corpus with this many worker processes and compare (default: no)")
    parser.add_argument("--worker-articles", type=int, default=None,
                        help="with --processes: replace the worker pool after this many articles per worker "
                             "(CoderConfig.worker_max_articles; default: the coder's default)")
    parser.add_argument("--show-per-part", action="store_true", help="one digest per part as well")
    args = parser.parse_args(argv)

    from geoevents.engine import CoderConfig, EventCoder

    coder = EventCoder()
    gold = gold_items()
    with tempfile.TemporaryDirectory() as work_dir:
        corpus = corpus_items(args.n, work_dir)
    started = time.perf_counter()
    parts: dict[str, tuple[str, int]] = {
        "gold_results": digest(coder.extract(text, lang, published) for _, text, lang, published in gold),
        "gold_explain": digest(coder.explain(text, lang, published)[1] for _, text, lang, published in gold),
        "corpus_results": digest(result for _, result in coder.extract_many(corpus)),
    }
    seconds = time.perf_counter() - started
    total = hashlib.sha256("".join(d for d, _ in parts.values()).encode()).hexdigest()[:16]
    print(f"verify_identical n={args.n} gold={len(gold)} corpus={len(corpus)} digest={total} ({seconds:.1f} s)")
    if args.show_per_part:
        for name, (value, count) in parts.items():
            print(f"  {name:15s} {value} ({count} records)")
    if args.processes > 1:
        pool_config = CoderConfig(n_process=args.processes)
        if args.worker_articles is not None:
            pool_config.worker_max_articles = args.worker_articles
        with EventCoder(pool_config) as parallel:
            parallel_digest = digest(result for _, result in parallel.extract_many(corpus))
        same = parallel_digest == parts["corpus_results"]
        print(f"  {args.processes} processes: corpus_results {parallel_digest[0]} "
              f"{'identical' if same else 'DIFFERENT'}")
        if not same:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
