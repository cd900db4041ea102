"""Loading of the data-driven ingestion patterns (seeds/ingest/*.yaml), compiled once per file."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml


def _load_yaml(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def _compile_whole_line_alternatives(patterns: list[str], path: str | Path, section: str) -> re.Pattern:
    # Check each pattern alone first, so a typo names the offending entry instead of the combined regex.
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{path}: bad regex in {section}: {pattern!r}: {exc}") from exc
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", re.IGNORECASE)


@dataclass(frozen=True)
class BoilerplateRules:
    edge: re.Pattern
    anywhere: re.Pattern
    tail_markers: re.Pattern


@lru_cache(maxsize=8)
def load_boilerplate_rules(path: str | Path) -> BoilerplateRules:
    data = _load_yaml(path)
    return BoilerplateRules(
        edge=_compile_whole_line_alternatives(list(data.get("edge") or []), path, "edge"),
        anywhere=_compile_whole_line_alternatives(list(data.get("anywhere") or []), path, "anywhere"),
        tail_markers=_compile_whole_line_alternatives(list(data.get("tail_markers") or []), path, "tail_markers"),
    )


@dataclass(frozen=True)
class MetadataRules:
    header_line: re.Pattern              # "Key: value" at the start of a line, key from header_keys
    header_fields: dict[str, str]        # lower-case key -> field (date, title, url, ...)
    html_meta_date: tuple[tuple[str, str], ...]   # (attribute, key) pairs, most trusted first


@lru_cache(maxsize=8)
def load_metadata_rules(path: str | Path) -> MetadataRules:
    data = _load_yaml(path)
    fields = {str(k).strip().lower(): str(v) for k, v in (data.get("header_keys") or {}).items()}
    keys = sorted(fields, key=len, reverse=True)  # longest first: "published on" before "published"
    header_line = re.compile(
        r"(?P<key>" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys) + r")\s*:\s*(?P<value>\S.*)",
        re.IGNORECASE,
    )
    meta = tuple((str(e["attribute"]), str(e["key"])) for e in data.get("html_meta_date") or [])
    return MetadataRules(header_line=header_line, header_fields=fields, html_meta_date=meta)


@dataclass(frozen=True)
class DateWords:
    weekdays: dict[str, dict[str, int]]   # language -> name/abbreviation (lower case) -> 0=Monday..6
    weekday_abbreviations: dict[str, frozenset[str]]
    months: dict[str, dict[str, int]]     # language -> name/abbreviation (lower case) -> 1..12
    month_abbreviations: dict[str, frozenset[str]]


@lru_cache(maxsize=8)
def load_date_words(path: str | Path) -> DateWords:
    data = _load_yaml(path)
    weekdays, weekday_abbr, months, month_abbr = {}, {}, {}, {}
    for language, entry in data.items():
        weekdays[language], months[language] = {}, {}
        weekday_abbr[language], month_abbr[language] = set(), set()
        for index, names in enumerate(entry["weekdays"]):
            for position, name in enumerate(names):
                weekdays[language][name.lower()] = index
                if position > 0 and len(name) <= 4:
                    weekday_abbr[language].add(name.lower())
        for index, names in enumerate(entry["months"], start=1):
            for position, name in enumerate(names):
                months[language][name.lower()] = index
                if position > 0 and len(name) <= 4:
                    month_abbr[language].add(name.lower())
    return DateWords(
        weekdays=weekdays,
        weekday_abbreviations={k: frozenset(v) for k, v in weekday_abbr.items()},
        months=months,
        month_abbreviations={k: frozenset(v) for k, v in month_abbr.items()},
    )
