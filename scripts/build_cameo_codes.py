"""Build seeds/reference/cameo_codes.csv from the shared GDELT/PLOVER lookup files.

Usage: python scripts/build_cameo_codes.py [--source DIR] [--output FILE]

DIR defaults to ../shared/reference relative to the repository root and must hold
cameo_eventcodes.tsv (GDELT), cameo_goldstein.tsv (GDELT) and cameo_to_plover_2021.txt (PLOVER 0.8).
The output is committed, so the product never reads the shared folder at run time. Every choice made
where the sources disagree is listed in seeds/reference/ATTRIBUTION.md; the constants below carry them.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT.parent / "shared" / "reference"
DEFAULT_OUTPUT = REPO_ROOT / "seeds" / "reference" / "cameo_codes.csv"
COLUMNS = ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context")

# GDELT fused two records into one line; split it back on the embedded code.
FUSED_LINE = re.compile(r"^(?P<code1>\d+)\t(?P<name1>.*?)(?P<code2>\d{3,4}):\[(?P<goldstein>-?\d+(?:\.\d+)?)\]\s*(?P<name2>.*)$")

# Typos in the GDELT names (mojibake quotes, a lost space).
NAME_FIXES = {
    "044": "Meet at a 'third' location",
    "2041": "Use chemical, biological, or radiological weapons",
}

# GDELT's QuadClass convention, decided on the two-digit root.
QUAD_CLASS_BY_ROOT = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 10)},
                      **{f"{r:02d}": 3 for r in range(10, 15)}, **{f"{r:02d}": 4 for r in range(15, 21)}}

# PLOVER has no rows for CAMEO 01 (public statements) and 02 (appeals).
STATEMENT_ROOT = "01"   # project convention: event_type STATEMENT (data contract, events.event_type)
APPEAL_ROOT = "02"      # REQUEST with mode "appeal"; context from the parallel demand code 10x (CAMEO manual numbering)

# GDELT's names for 105-108 differ from the CAMEO manual numbering PLOVER follows; take the PLOVER row of the
# code whose meaning matches the GDELT name instead of the row with the same number.
PLOVER_ROW_BY_MEANING = {
    "105": "108",   # GDELT "Demand mediation"             = manual 108 Demand mediation
    "106": "1056",  # GDELT "Demand withdrawal"            ~ manual 1056 demand military de-escalation
    "107": "1056",  # GDELT "Demand ceasefire"             ~ manual 1056 demand military de-escalation
    "108": "106",   # GDELT "Demand meeting, negotiation"  = manual 106 Demand meeting, negotiation
}

# Explicit project decisions that override the PLOVER table: (type, mode, context); None keeps PLOVER's value.
OVERRIDES: dict[str, tuple[str | None, str | None, str | None]] = {
    # Sanctions are their own type for our users; CAMEO root 16 is REDUCE RELATIONS = PLOVER SANCTION.
    "163": ("SANCTION", "restrict", "economic"),
    # PLOVER writes "third-party"; the data contract's vocabulary is "third_location".
    "044": (None, "third_location", None),
    # PLOVER gives no mode for mediation/negotiation; the engine and dashboards filter on these.
    "045": (None, "mediate", None),
    "046": (None, "negotiate", None),
}

PLOVER_ROW = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<body>[^#]*)")


def read_event_codes(path: Path) -> dict[str, str]:
    """CAMEO code -> name from the GDELT file, in file order, without the 1-digit QuadClass label rows."""
    names: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        lines = handle.read().splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        fused = FUSED_LINE.match(line)
        if fused:
            names[fused["code1"]] = fused["name1"].strip()
            names[fused["code2"]] = fused["name2"].strip()
            continue
        code, _, name = line.partition("\t")
        code = code.strip()
        if len(code) < 2:  # "1\tVerbal Cooperation": a QuadClass label, not a CAMEO code
            continue
        names[code] = name.strip()
    for code, name in NAME_FIXES.items():
        if code in names:
            names[code] = name
    return names


def read_goldstein(path: Path) -> dict[str, float]:
    values: dict[str, float] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        for row in reader:
            if len(row) >= 2 and row[0].strip():
                values[row[0].strip()] = float(row[1])
    return values


def _clean_plover_field(value: str) -> str:
    parts = [p.strip() for p in value.split(";")]
    return ";".join(p for p in parts if p)


def read_plover(path: Path) -> tuple[dict[str, tuple[str, str, str]], dict[str, str]]:
    """(code -> (type, mode, context), root -> type of the first header line for that root)."""
    rows: dict[str, tuple[str, str, str]] = {}
    root_types: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            match = PLOVER_ROW.match(line.strip())
            if not match:
                continue
            code = match["code"]
            fields = [_clean_plover_field(f) for f in match["body"].split(",")]
            fields += [""] * (3 - len(fields))
            if len(code) == 2:
                root_types.setdefault(code, fields[0])  # root 08 appears twice (CONCEDE, RETREAT); 080 is CONCEDE
            else:
                rows.setdefault(code, (fields[0], fields[1], fields[2]))  # 175 is listed twice, identically
    return rows, root_types


def plover_for(code: str, rows: dict[str, tuple[str, str, str]],
               root_types: dict[str, str]) -> tuple[str, str, str]:
    root = code[:2]
    if root == STATEMENT_ROOT:
        return ("STATEMENT", "", "")
    if root == APPEAL_ROOT:
        if len(code) == 2:
            return ("REQUEST", "appeal", "")
        parallel_demand = "10" + code[2:]
        _, _, context = rows.get(parallel_demand, ("", "", ""))
        return ("REQUEST", "appeal", context)
    if len(code) == 2:
        return (root_types[root], "", "")
    source_code = PLOVER_ROW_BY_MEANING.get(code, code)
    # a 4-digit code without a PLOVER row inherits its 3-digit parent, then the root
    for candidate in (source_code, source_code[:3]):
        if candidate in rows:
            return rows[candidate]
    return (root_types[root], "", "")


def build_rows(source: Path) -> list[dict[str, str]]:
    names = read_event_codes(source / "cameo_eventcodes.tsv")
    goldstein = read_goldstein(source / "cameo_goldstein.tsv")
    plover_rows, root_types = read_plover(source / "cameo_to_plover_2021.txt")
    out = []
    for code in sorted(names):
        root = code[:2]
        plover_type, mode, context = plover_for(code, plover_rows, root_types)
        override = OVERRIDES.get(code)
        if override:
            plover_type = override[0] or plover_type
            mode = override[1] if override[1] is not None else mode
            context = override[2] if override[2] is not None else context
        score = goldstein.get(code, goldstein.get(code[:3], goldstein.get(root)))
        out.append({
            "code": code,
            "name": names[code],
            "goldstein": "" if score is None else f"{score:.1f}",
            "quad_class": str(QUAD_CLASS_BY_ROOT[root]),
            "plover_type": plover_type,
            "plover_mode": mode,
            "plover_context": context,
        })
    return out


def write_csv(rows: list[dict[str, str]], output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    rows = build_rows(args.source)
    write_csv(rows, args.output)
    print(f"wrote {len(rows)} CAMEO codes to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
