"""``python -m geoevents extract FILE [--lang de|en] [--published YYYY-MM-DD] [--explain]``

Prints one JSON object per line: every event (kind "event", all Event fields with its statement) and every
sanctions mention (kind "sanction"); with --explain first, per sentence, the actors and triggers found and why
each trigger did or did not produce an event (kind "explain").
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from geoevents.engine.coder import SUPPORTED_LANGUAGES, EventCoder


def detect_language(text: str) -> str:
    import py3langid

    language, _ = py3langid.classify(text[:5000])
    return language


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geoevents extract", description=__doc__.splitlines()[2])
    parser.add_argument("file", help="UTF-8 text file ('-' for stdin)")
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="language (detected when absent)")
    parser.add_argument("--published", type=date.fromisoformat, default=None,
                        help="publication date YYYY-MM-DD; relative dates resolve against it")
    parser.add_argument("--explain", action="store_true", help="also print the rules that fired per sentence")
    args = parser.parse_args(argv)
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"cannot read {args.file}: {error}", file=sys.stderr)
        return 2
    language = args.lang or detect_language(text)
    if language not in SUPPORTED_LANGUAGES:
        print(f"detected language {language!r} is not supported ({', '.join(SUPPORTED_LANGUAGES)}); "
              f"pass --lang to force one", file=sys.stderr)
        return 2
    result, explain = EventCoder().explain(text, language, args.published)
    out = sys.stdout
    if args.explain:
        for info in explain:
            out.write(json.dumps({"kind": "explain", **info}, ensure_ascii=False, default=str) + "\n")
    for event in result.events:
        out.write(json.dumps({"kind": "event", **event.to_dict()}, ensure_ascii=False) + "\n")
    for mention in result.sanctions:
        out.write(json.dumps({"kind": "sanction", **mention.to_dict()}, ensure_ascii=False) + "\n")
    if result.truncated:
        print("note: at least one sentence exceeded max_sentence_chars and was cut", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
