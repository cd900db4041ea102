"""Command line: ``python -m geoevents extract FILE`` (engine on one text) and ``python -m geoevents eval``."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {
        "extract": "geoevents.engine.cli",      # events of one text as JSON lines, with the rules that fired
        "eval": "geoevents.evaluation.cli",     # precision/recall/F1 on the gold sets
    }
    if not argv or argv[0] not in commands:
        print("usage: python -m geoevents {extract FILE [--lang de|en] [--published YYYY-MM-DD] | eval [...]}",
              file=sys.stderr)
        return 2
    import importlib

    module = importlib.import_module(commands[argv[0]])
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
