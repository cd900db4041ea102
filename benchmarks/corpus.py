"""Deterministic synthetic news corpus for the benchmark.

German and English articles of realistic length are rendered from the templates in ``templates_de.yaml`` and
``templates_en.yaml`` (data, not code): a headline, a lead carrying the publication-date clue, then paragraphs
mixing neutral background sentences with event sentences of every kind the coder handles. A fraction of the
articles starts with a ``Date: YYYY-MM-DD`` metadata line; the others only say "am Freitag (30. Dezember)" /
"on Friday (December 30)" in the lead, which the ingest resolves against the ingestion date.

Each article is drawn from its own ``random.Random`` seeded by (seed, index), so article ``i`` is the same
whatever N is, and one more article can be written later for the incremental-run measurement.
No Dagster and no geoevents import: the generator only writes text files.
"""
from __future__ import annotations

import bisect
import random
import re
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

TEMPLATES_DIR = Path(__file__).resolve().parent
SLOT_PATTERN = re.compile(r"\{(\w+)(?:\.(\w+))?\}")
EVENT_KINDS = ("meeting", "statement", "sanctions", "criticism", "cooperation", "force", "negation", "future",
               "reported")
# Publication dates span less than five years before the ingestion date: a day, month and weekday recur
# only after 5, 6 or 11 years, so the weekday clue of an article without metadata points at a single year.
DEFAULT_FIRST_DATE = date(2022, 1, 1)
DEFAULT_LAST_DATE = date(2024, 12, 31)


@dataclass(frozen=True)
class CorpusSpec:
    n: int
    seed: int = 42
    lang_mix: dict[str, float] = field(default_factory=lambda: {"de": 0.5, "en": 0.5})
    date_header_fraction: float = 0.5
    min_words: int = 480
    max_words: int = 720
    first_date: date = DEFAULT_FIRST_DATE
    last_date: date = DEFAULT_LAST_DATE
    event_sentence_share: float = 0.4
    # relative and explicit dates in the text ("im März", "am 3. Mai", "next month") fall within this many
    # days of publication, so the events touch the days around the corpus's span, not arbitrary ones
    date_reach_days: int = 240

    @property
    def ingestion_date(self) -> date:
        """The "today" to ingest this corpus with: the day after the last publication date."""
        return self.last_date + timedelta(days=1)


@dataclass(frozen=True)
class SyntheticArticle:
    index: int
    language: str
    published: date
    has_date_header: bool
    text: str

    @property
    def file_name(self) -> str:
        return f"{self.index:07d}_{self.language}.txt"


@dataclass
class CorpusSummary:
    root: str
    n_files: int
    n_bytes: int
    n_words: int
    languages: dict[str, int]
    n_with_date_header: int
    n_distinct_dates: int
    first_date: str
    last_date: str
    seconds: float
    # file name -> true publication date, to score the ingest's date inference
    published_by_file: dict[str, date] = field(default_factory=dict, repr=False)

    @property
    def mean_words(self) -> float:
        return self.n_words / self.n_files if self.n_files else 0.0


def parse_lang_mix(text: str) -> dict[str, float]:
    """``"de=0.5,en=0.5"`` -> ``{"de": 0.5, "en": 0.5}`` (weights are normalized; languages need templates)."""
    mix: dict[str, float] = {}
    for part in text.split(","):
        lang, sep, weight = part.strip().partition("=")
        if not sep or not lang:
            raise ValueError(f"expected lang=weight, got {part!r}")
        if not (TEMPLATES_DIR / f"templates_{lang}.yaml").is_file():
            raise ValueError(f"no templates for language {lang!r}")
        mix[lang] = float(weight)
    total = sum(mix.values())
    if total <= 0 or any(w < 0 for w in mix.values()):
        raise ValueError(f"language weights must be non-negative and not all zero: {text!r}")
    return {lang: w / total for lang, w in mix.items()}


def _compile(template: str) -> tuple:
    """Split a template once into literal strings and (slot, form) pairs, so rendering is a join."""
    parts: list = []
    pos = 0
    for m in SLOT_PATTERN.finditer(template):
        if m.start() > pos:
            parts.append(template[pos:m.start()])
        parts.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(template):
        parts.append(template[pos:])
    return tuple(parts)


class LanguageTemplates:
    """The compiled templates of one language."""

    def __init__(self, path: Path):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.language: str = raw["language"]
        self.date_header = raw["date_header"]
        self.weekdays: list[str] = raw["weekdays"]
        self.months: list[str] = raw["months"]
        self.pub_with_header = _compile(raw["pub_with_header"])
        self.pub_without_header = _compile(raw["pub_without_header"])
        self.when = [_compile(t) for t in raw["when"]]
        self.future = [_compile(t) for t in raw["future"]]
        self.topics: list[str] = raw["topics"]
        self.quotes: list[str] = raw["quotes"]
        self.reporters: list[str] = raw["reporters"]
        self.cities: list[str] = raw["cities"]
        self.actors: list[dict] = raw["actors"]
        weights = [float(a["weight"]) for a in self.actors]
        total = sum(weights)
        running = 0.0
        self.actor_cumulative: list[float] = []
        for w in weights:
            running += w / total
            self.actor_cumulative.append(running)
        self.headlines = [_compile(t) for t in raw["headlines"]]
        self.leads = [_compile(t) for t in raw["leads"]]
        self.events = {kind: [_compile(t) for t in raw["events"][kind]] for kind in EVENT_KINDS}
        self.filler = [_compile(t) for t in raw["filler"]]


_TEMPLATE_CACHE: dict[str, LanguageTemplates] = {}


def load_templates(language: str) -> LanguageTemplates:
    if language not in _TEMPLATE_CACHE:
        _TEMPLATE_CACHE[language] = LanguageTemplates(TEMPLATES_DIR / f"templates_{language}.yaml")
    return _TEMPLATE_CACHE[language]


class _ArticleRenderer:
    """Renders one article; holds the article's random stream, date and actors."""

    def __init__(self, templates: LanguageTemplates, rng: random.Random, published: date, has_header: bool,
                 date_reach_days: int):
        self.t = templates
        self.date_reach_days = date_reach_days
        self.rng = rng
        self.published = published
        self.has_header = has_header
        self.actors: dict[str, dict] = {}
        self.main_pair = self._distinct_actors(3)

    def _draw_actor(self) -> dict:
        i = bisect.bisect_left(self.t.actor_cumulative, self.rng.random())
        return self.t.actors[min(i, len(self.t.actors) - 1)]

    def _distinct_actors(self, k: int) -> list[dict]:
        chosen: list[dict] = []
        while len(chosen) < k:
            actor = self._draw_actor()
            if all(actor is not c for c in chosen):
                chosen.append(actor)
        return chosen

    def _cast(self, main_share: float = 0.7) -> None:
        """Actors A, B, C of the next sentence: mostly the article's main dyad (either direction)."""
        if self.rng.random() < main_share:
            a, b, c = self.main_pair
            if self.rng.random() < 0.5:
                a, b = b, a
        else:
            a, b, c = self._distinct_actors(3)
        self.actors = {"A": a, "B": b, "C": c}

    def _date_expression(self, parts: tuple, future: bool) -> str:
        """A past (or future) date expression whose weekday, day and month name one real date."""
        names_weekday = any(isinstance(p, tuple) and p[0] == "weekday" for p in parts)
        # a bare weekday means the last (or next) seven days; other expressions reach further
        reach = 6 if names_weekday else max(1, self.date_reach_days)
        offset = timedelta(days=self.rng.randint(1, reach))
        return self._render(parts, self.published + offset if future else self.published - offset)

    def _slot(self, name: str, form: str | None) -> str:
        rng = self.rng
        if name in self.actors:
            forms = self.actors[name].get(form or "nom") or self.actors[name]["nom"]
            return forms if isinstance(forms, str) else rng.choice(forms)
        if name == "when":
            return self._date_expression(rng.choice(self.t.when), future=False)
        if name == "future":
            return self._date_expression(rng.choice(self.t.future), future=True)
        if name == "pub":
            # the clue names the real weekday, day and month of the publication date
            return self._render(self.t.pub_with_header if self.has_header else self.t.pub_without_header,
                                self.published)
        if name == "quote":
            return rng.choice(self.t.quotes)
        if name == "topic":
            return rng.choice(self.t.topics)
        if name == "city":
            return rng.choice(self.t.cities)
        if name == "reporter":
            return rng.choice(self.t.reporters)
        if name == "num":
            return f"{rng.randint(120, 98000):,}".replace(",", "." if self.t.language == "de" else ",")
        if name == "pct":
            value = f"{rng.uniform(0.2, 14.9):.1f}"
            return value.replace(".", ",") if self.t.language == "de" else value
        if name == "bn":
            return str(rng.randint(2, 480))
        if name == "year":
            return str(rng.randint(1992, self.published.year - 1))
        raise KeyError(f"unknown template slot {{{name}}}")

    def _render(self, parts: tuple, day: date | None = None) -> str:
        """Join a compiled template; {weekday}, {day} and {month} are those of ``day``."""
        if day is not None:
            values = {"weekday": self.t.weekdays[day.weekday()], "day": str(day.day),
                      "month": self.t.months[day.month - 1]}
            return "".join(p if isinstance(p, str) else values.get(p[0]) or self._slot(*p) for p in parts)
        return "".join(p if isinstance(p, str) else self._slot(*p) for p in parts)

    def sentence(self, parts: tuple) -> str:
        text = self._render(parts)
        return text[0].upper() + text[1:]

    def event_sentence(self) -> str:
        self._cast()
        kind = EVENT_KINDS[self.rng.randrange(len(EVENT_KINDS))]
        return self.sentence(self.rng.choice(self.t.events[kind]))

    def article(self, min_words: int, max_words: int, event_share: float) -> str:
        rng = self.rng
        lines: list[str] = []
        if self.has_header:
            lines.append(self.t.date_header.format(iso=self.published.isoformat()))
            lines.append("")
        self._cast(main_share=1.0)
        lines.append(self.sentence(rng.choice(self.t.headlines)))
        lines.append("")
        target = rng.randint(min_words, max_words)
        lead = [self.sentence(rng.choice(self.t.leads))]
        paragraphs = [lead]
        words = len(lead[0].split())
        current = lead
        while words < target:
            if len(current) >= rng.randint(2, 4):
                current = []
                paragraphs.append(current)
            if rng.random() < event_share:
                text = self.event_sentence()
            else:
                text = self.sentence(rng.choice(self.t.filler))
            current.append(text)
            words += text.count(" ") + 1
        lines.append("\n\n".join(" ".join(p) for p in paragraphs))
        return "\n".join(lines) + "\n"


def render_article(spec: CorpusSpec, index: int) -> SyntheticArticle:
    """Article ``index`` of the corpus described by ``spec`` (independent of ``spec.n``)."""
    rng = random.Random(spec.seed * 1_000_003 + index)
    r = rng.random()
    language = next(iter(spec.lang_mix))
    running = 0.0
    for lang, weight in spec.lang_mix.items():
        running += weight
        if r < running:
            language = lang
            break
    span_days = (spec.last_date - spec.first_date).days
    published = spec.first_date + timedelta(days=rng.randint(0, span_days))
    has_header = rng.random() < spec.date_header_fraction
    renderer = _ArticleRenderer(load_templates(language), rng, published, has_header, spec.date_reach_days)
    text = renderer.article(spec.min_words, spec.max_words, spec.event_sentence_share)
    return SyntheticArticle(index, language, published, has_header, text)


def write_article(root: Path, article: SyntheticArticle) -> int:
    data = article.text.encode("utf-8")
    (root / article.file_name).write_bytes(data)
    return len(data)


def write_corpus(root: str | Path, spec: CorpusSpec, progress: bool = False) -> CorpusSummary:
    """Write articles 0..n-1 as ``<index>_<lang>.txt`` into ``root`` (created; must not hold other articles)."""
    from tqdm import tqdm

    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    n_bytes = n_words = n_header = 0
    languages: dict[str, int] = {}
    published_by_file: dict[str, date] = {}
    for index in tqdm(range(spec.n), desc=f"corpus N={spec.n}", unit="file", disable=not progress, leave=False):
        article = render_article(spec, index)
        n_bytes += write_article(root, article)
        n_words += len(article.text.split())
        n_header += article.has_date_header
        languages[article.language] = languages.get(article.language, 0) + 1
        published_by_file[article.file_name] = article.published
    dates = set(published_by_file.values())
    return CorpusSummary(
        root=str(root), n_files=spec.n, n_bytes=n_bytes, n_words=n_words, languages=languages,
        n_with_date_header=n_header, n_distinct_dates=len(dates),
        first_date=min(dates).isoformat() if dates else "", last_date=max(dates).isoformat() if dates else "",
        seconds=time.perf_counter() - started, published_by_file=published_by_file,
    )
