"""Text of the external evaluation sets (PLOVER GSR, PETRARCH-2 GSR) quoted in the project's own files.

    python -m geoevents.evaluation.overlap [--eval-dir DIR] [--n 6] [PATH ...]

Every run of ``n`` or more words (lowercased letters and digits; punctuation and markup ignored) that a file under
PATH (default: DEFAULT_PATHS, relative to the project root) shares with the raw text of the evaluation files is
printed once as ``path:line: words``, overlapping n-grams merged into the longest run; the last line is the count,
and the exit status is 1 when there is any. The project must not carry the evaluation text: its examples, comments
and test sentences are its own, and a test that needs an evaluation sentence reads it from the evaluation folder
at test time. (Runs of six words and more are quotes; shorter ones are mostly common phrases, "as a result of".)
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from geoevents import PROJECT_ROOT

DEFAULT_PATHS = ("seeds", "tests", "docs", "README.md", "geoevents", "benchmarks", "pipelines", "assets", "sql")
DEFAULT_N = 6
SUFFIXES = frozenset({".py", ".csv", ".yaml", ".yml", ".md", ".json", ".jsonl", ".sql", ".txt", ".toml"})
SKIPPED_FOLDERS = frozenset({".venv", "__pycache__", ".git", "data", "test-output", "bench-output"})
WORD = re.compile(r"[^\W_]+")


def eval_ngrams(eval_dir: Path, n: int = DEFAULT_N) -> set[tuple[str, ...]]:
    """Every run of ``n`` words of the files under ``eval_dir`` (but their LICENSE files)."""
    files = sorted(p for p in eval_dir.rglob("*") if p.is_file() and p.name != "LICENSE")
    if not files:
        raise FileNotFoundError(f"no evaluation files under {eval_dir}")
    grams: set[tuple[str, ...]] = set()
    for path in files:
        words = [w.lower() for w in WORD.findall(path.read_text(encoding="utf-8", errors="replace"))]
        grams.update(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    return grams


def shared_runs(text: str, grams: set[tuple[str, ...]], n: int = DEFAULT_N) -> list[tuple[int, str]]:
    """(line of its first word, the words) of every longest run of words in ``text`` whose n-grams are all in
    ``grams``."""
    tokens = [(m.group().lower(), m.start()) for m in WORD.finditer(text)]
    hits = [tuple(word for word, _ in tokens[i:i + n]) in grams for i in range(len(tokens) - n + 1)]
    runs: list[tuple[int, str]] = []
    i = 0
    while i < len(hits):
        if not hits[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(hits) and hits[j + 1]:
            j += 1
        runs.append((text.count("\n", 0, tokens[i][1]) + 1, " ".join(word for word, _ in tokens[i:j + n])))
        i = j + 1
    return runs


def project_files(paths: list[str] | tuple[str, ...], root: Path = PROJECT_ROOT) -> list[Path]:
    """The text files (SUFFIXES) under ``paths`` (files or folders, relative to ``root``), generated output and
    environments left out."""
    found: list[Path] = []
    for name in paths:
        path = root / name
        candidates = [path] if path.is_file() else sorted(path.rglob("*"))
        found.extend(p for p in candidates if p.is_file() and p.suffix in SUFFIXES and
                     SKIPPED_FOLDERS.isdisjoint(p.relative_to(root).parts[:-1]))
    return found


def quotes(eval_dir: Path, paths: list[str] | tuple[str, ...] = DEFAULT_PATHS, n: int = DEFAULT_N,
           root: Path = PROJECT_ROOT) -> list[tuple[str, int, str]]:
    """(path relative to ``root``, line, words) of every run of ``n`` or more words the project files under
    ``paths`` share with the evaluation files under ``eval_dir``."""
    grams = eval_ngrams(eval_dir, n)
    return [(path.relative_to(root).as_posix(), line, run) for path in project_files(paths, root)
            for line, run in shared_runs(path.read_text(encoding="utf-8", errors="replace"), grams, n)]


def main(argv: list[str] | None = None) -> int:
    from geoevents.evaluation.runner import default_eval_dir

    parser = argparse.ArgumentParser(prog="python -m geoevents.evaluation.overlap", description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=None,
                        help="folder with plover_gsr/ and petrarch_gsr/ (default: $GEOEVENTS_EVAL_DIR or "
                             "../shared/eval)")
    parser.add_argument("--n", type=int, default=DEFAULT_N, help=f"shortest shared run reported (default {DEFAULT_N})")
    parser.add_argument("paths", nargs="*", default=list(DEFAULT_PATHS),
                        help="files or folders relative to the project root (default: all the project's text)")
    args = parser.parse_args(argv)
    found = quotes(args.eval_dir or default_eval_dir(), args.paths, args.n)
    for path, line, run in found:
        print(f"{path}:{line}: {run}")
    print(f"{len(found)} shared run(s) of {args.n}+ words")
    return int(bool(found))


if __name__ == "__main__":
    sys.exit(main())
