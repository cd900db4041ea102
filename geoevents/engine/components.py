"""spaCy pipeline components of the event coder, registered as factories and configured by the EventCoder.

Order in the pipeline: geoevents_quotes -> geoevents_sentencizer -> (lemmatizer) -> geoevents_actors ->
geoevents_triggers -> geoevents_assembler. Each component writes its findings to ``doc.user_data`` under a
``geo_*`` key so a plugged-in statistical pipeline can run in between without name clashes.
The publication date of a document is read from ``doc.user_data["geo_published"]`` (set by the EventCoder).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from datetime import date
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Sequence

import numpy
from spacy.attrs import IDX, LEMMA, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from geoevents.engine.lexicon import (LanguageLexicon, PatternIndex, SectorWord, TriggerEntry, WordMemo,
                                      fold_apostrophes, load_language_lexicon, match_after_first, parse_pattern,
                                      token_keys)
from geoevents.engine.dates import date_names
from geoevents.engine.model import dict_init
from geoevents.reference import ActorEntry, load_actor_lexicon

QUOTES_KEY, SENTS_KEY, ACTORS_KEY, TRIGGERS_KEY = "geo_quotes", "geo_paragraphs", "geo_actors", "geo_triggers"
PUBLISHED_KEY = "geo_published"
BOUNDS_KEY = "geo_sentence_bounds"


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices per sentence: ours, unless a plugged-in parser has re-segmented the doc."""
    bounds = doc.user_data.get(BOUNDS_KEY)
    if bounds is None or doc.has_annotation("DEP"):
        bounds = [(s.start, s.end) for s in doc.sents] if len(doc) else []
    return bounds
TERMINALS = frozenset({".", "!", "?", "…", "?!", "!!", "..."})
MAX_QUOTE_TOKENS_UNSPLIT = 150  # longer open quotes may be split into sentences (a stray quote mark must not glue a page)


def published_day(doc: Doc) -> date | None:
    """The publication date the EventCoder stored (ISO string so that docs stay serializable)."""
    value = doc.user_data.get(PUBLISHED_KEY)
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value if isinstance(value, date) else None


# ---------------------------------------------------------------- per-token table
TABLE_KEY = "geo_tokens"
# The English possessive marker, as a token's lowercase form: the clitic of "Russia's" (also "RUSSIA'S") and the bare
# apostrophe of a plural possessive ("the Philippines' coast guard"; is_possessive). The typographic apostrophe
# reads as the straight one: a token's lowercase form and its match keys have "'" for "’" (fold_apostrophes), so
# "Russia’s", "didn’t", "won’t" match the lexicons' "'s", "n't", "wo n't" and every rule that compares them.
POSSESSIVE_S = "'s"
PLURAL_POSSESSIVE = "'"
POSSESSIVE_TOKENS = frozenset({POSSESSIVE_S, PLURAL_POSSESSIVE})
_SINGLE_QUOTE_OPENERS = frozenset({PLURAL_POSSESSIVE, "\u2018"})   # ' (also ’, folded) and ‘


def is_possessive(lower: Sequence[str], text: Sequence[str], idx: Sequence[int], i: int) -> bool:
    """Token ``i`` is a possessive marker: "'s" (either apostrophe, any case), or a bare apostrophe written right
    behind a word ending in s ("the Philippines' navy", "the Baltic states’ ministers", German "Scholz' Besuch")
    with a word behind it, unless it closes a single quote opened shortly before ("called them 'terrorist attacks'
    on Tuesday"). ``lower``, ``text``, ``idx``: the token table's columns."""
    word = lower[i]
    if word == POSSESSIVE_S:
        return True
    if not (word == PLURAL_POSSESSIVE and 0 < i < len(lower) - 1 and lower[i - 1][-1:] == "s" and
            idx[i] == idx[i - 1] + len(text[i - 1]) and text[i + 1][:1].isalnum()):
        return False
    for k in range(i - 2, max(i - 13, -1), -1):
        if lower[k] in _SINGLE_QUOTE_OPENERS:
            # an opening mark (a space or nothing before it, a word glued behind it) makes this one its closing
            # mark; another mark first (a closing one, a possessive) leaves no quote open
            return not (idx[k + 1] == idx[k] + 1 and (k == 0 or idx[k] > idx[k - 1] + len(text[k - 1])))
    return True


TEXT_KEY = "geo_text"   # the text the Doc was made from (set by the EventCoder; the tokenizer keeps every character)


@dataclass
class TokenTable:
    """Per-token attributes read once from the Doc: Python loops index sequences instead of creating Token
    objects (``doc[i]`` builds a new Token on every access)."""
    text: Sequence[str]
    idx: Sequence[int]
    lower: Sequence[str]
    space: Sequence[bool]
    punct: Sequence[bool]
    alpha: Sequence[bool]
    quote: Sequence[bool]
    newline: Sequence[bool]
    trailing_space: Sequence[int]   # 1 when token.whitespace_ != ""
    doc_text: str                   # Doc.text re-joins every token on each access
    like_num: Sequence[bool] = ()
    boundary: Sequence[bool] = ()   # a line break or terminal punctuation: where a sentence may end

    def end_char(self, i: int) -> int:
        return self.idx[i] + len(self.text[i])

    def span(self, start: int, end: int) -> TokenSpan:
        """Tokens start..end with their character offsets, like ``doc[start:end]`` without a Span object."""
        start_char = self.idx[start] if start < len(self.text) else len(self.doc_text)
        return TokenSpan(start, end, start_char, self.end_char(end - 1) if end > start else start_char)


class TokenSpan(NamedTuple):
    start: int
    end: int          # exclusive
    start_char: int
    end_char: int


# Per vocabulary: orth hash -> (text, lower, is_space, is_punct, is_alpha, is_quote, newline, like_num, boundary).
# These are attributes of the lexeme, the same for every token of the word: read once per distinct word, not per
# token. The vocabulary is kept referenced so that its id() cannot be reused by another one.
_LEXEME_ROWS: dict[int, tuple[object, WordMemo]] = {}
_LEXEME_ROWS_LIMIT = 500_000


def _lexeme_rows(vocab) -> WordMemo:
    found = _LEXEME_ROWS.get(id(vocab))
    if found is None or found[0] is not vocab:
        if len(_LEXEME_ROWS) >= 16:
            _LEXEME_ROWS.clear()
        found = _LEXEME_ROWS[id(vocab)] = (vocab, WordMemo(functools.partial(_lexeme_row, vocab), _LEXEME_ROWS_LIMIT))
    return found[1]


def _lexeme_row(vocab, orth: int) -> tuple:
    lex = vocab[orth]
    text = lex.orth_
    newline = lex.is_space and "\n" in text
    return (text, fold_apostrophes(lex.lower_), lex.is_space, lex.is_punct, lex.is_alpha, lex.is_quote, newline,
            lex.like_num, newline or text in TERMINALS)


def token_table(doc: Doc) -> TokenTable:
    table = doc.user_data.get(TABLE_KEY)
    if table is None or len(table.text) != len(doc):
        # one array read (orth hash, offset, trailing space) and a dict look-up per token: no Token objects
        if len(doc):
            orths, idx, trailing = (column.tolist() for column in doc.to_array([ORTH, IDX, SPACY]).T)
            rows = list(map(_lexeme_rows(doc.vocab).__getitem__, orths))
            text, lower, space, punct, alpha, quote, newline, like_num, boundary = zip(*rows)
        else:
            text, idx, lower, space, punct, alpha, quote, newline, trailing, like_num, boundary = ((),) * 11
        doc_text = doc.user_data.get(TEXT_KEY)
        if not isinstance(doc_text, str) or len(doc_text) != (idx[-1] + len(text[-1]) + trailing[-1] if text else 0):
            doc_text = doc.text
        table = doc.user_data[TABLE_KEY] = TokenTable(text, idx, lower, space, punct, alpha, quote, newline,
                                                      trailing, doc_text, like_num, boundary)
    return table


# ---------------------------------------------------------------- quotes
@dataclass(frozen=True)
class Quote:
    open_token: int
    close_token: int | None      # None when the quote runs to the paragraph end without a closing mark
    end_token: int               # first token after the content (the closing mark or the paragraph break)
    start_char: int              # content, without the marks
    end_char: int
    word_count: int


def _is_newline(token) -> bool:
    return token.is_space and "\n" in token.text


def find_quotes(doc: Doc, pairs: dict[str, list[str]], marks: WordMemo | None = None) -> list[Quote]:
    """``marks``: a memo kept across docs, token text -> whether it may open or close a quote (``quote_marks``)."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []

    table = token_table(doc)
    text_all = table.doc_text
    alpha = table.alpha

    def close(open_index: int, close_index: int | None, end_index: int, end_char: int) -> None:
        start_char = table.end_char(open_index)
        while start_char < end_char and text_all[start_char].isspace():
            start_char += 1
        while end_char > start_char and text_all[end_char - 1].isspace():
            end_char -= 1
        words = sum(alpha[open_index + 1:end_index])
        if end_char > start_char:
            quotes.append(Quote(open_index, close_index, end_index, start_char, end_char, words))

    # only quote marks and line breaks matter: the loop visits those tokens
    if marks is None:
        marks = quote_marks(pairs)
    texts, newline = table.text, table.newline
    for i in sorted(set(itertools.compress(range(len(texts)), map(marks.__getitem__, texts))) |
                    set(itertools.compress(range(len(texts)), newline))):
        text = texts[i]
        if newline[i]:
            for _, index in stack:   # an unclosed quote ends with its paragraph
                close(index, None, i, table.idx[i])
            stack.clear()
            continue
        if stack and (text in pairs.get(stack[-1][0], ()) or
                      (len(text) > 1 and text[0] in pairs.get(stack[-1][0], ()) and not text[1].isspace())):
            _, index = stack.pop()   # a closing mark may be glued to what follows: „Grenzenlos“-Beschreibung
            close(index, i, i, table.idx[i])
        elif text in pairs:
            stack.append((text, i))
    for _, index in stack:
        close(index, None, len(doc), len(text_all))
    quotes.sort(key=lambda q: q.open_token)
    return quotes


def quote_marks(pairs: dict[str, list[str]]) -> WordMemo:
    """Token text -> whether its first character opens or closes a quote of ``pairs`` (once per distinct word)."""
    first_chars = {text[:1] for closers in pairs.values() for text in closers} | set(pairs)
    return WordMemo(lambda text: text[:1] in first_chars, _KEYS_MEMO_LIMIT)


@Language.factory("geoevents_quotes", default_config={"lexicon_dir": ""})
def make_quotes(nlp: Language, name: str, lexicon_dir: str):
    lexicon = load_language_lexicon(lexicon_dir, nlp.lang)
    pairs = {str(k): [str(v) for v in vs] for k, vs in lexicon.cues.raw.get("quote_pairs", {}).items()}
    marks = quote_marks(pairs)

    def quotes_component(doc: Doc) -> Doc:
        doc.user_data[QUOTES_KEY] = find_quotes(doc, pairs, marks)
        return doc
    return quotes_component


# ---------------------------------------------------------------- sentences
@Language.factory("geoevents_sentencizer")
def make_sentencizer(nlp: Language, name: str):
    """Sentence starts at paragraph breaks and terminal punctuation, never inside a (reasonably short) quote."""

    def sentencizer(doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            doc.user_data[SENTS_KEY] = []
            return doc
        table = token_table(doc)
        text, space, punct, quote, newline = table.text, table.space, table.punct, table.quote, table.newline
        inside = bytearray(n)
        for q in doc.user_data.get(QUOTES_KEY, []):
            stop = q.end_token
            if stop - q.open_token <= MAX_QUOTE_TOKENS_UNSPLIT:
                inside[q.open_token + 1:stop] = b"\x01" * max(0, stop - q.open_token - 1)
        starts = bytearray(n)
        starts[0] = True
        paragraph_starts = [0]
        # only line breaks and terminal punctuation can end a sentence: the loop visits those tokens
        for i in list(itertools.compress(range(n), table.boundary)):
            if i == n - 1:
                break
            if newline[i]:
                starts[i + 1] = True
                if not space[i + 1]:
                    paragraph_starts.append(i + 1)
                continue
            if text[i] in TERMINALS and not inside[i]:
                nxt = i + 1
                while nxt < n and punct[nxt] and not quote[nxt] and text[nxt] in TERMINALS:
                    nxt += 1
                if nxt < n and quote[nxt] and not inside[nxt] and nxt + 1 < n \
                        and not space[nxt + 1] and not table.trailing_space[nxt]:
                    nxt += 1
                if nxt < n:
                    first = text[nxt][:1]
                    if first.isupper() or first.isdigit() or quote[nxt] or space[nxt]:
                        starts[nxt] = True
        for i in list(itertools.compress(range(1, n - 1), starts[1:n - 1])):
            while i < n - 1 and starts[i] and space[i]:   # a sentence starts at a word, not at the blank line
                starts[i] = False
                starts[i + 1] = True
                i += 1
        if n > 1 and starts[-1] and space[-1]:
            starts[-1] = False
        # one array write instead of n Token.is_sent_start assignments (each re-checks the whole doc's parse)
        flags = numpy.frombuffer(bytes(starts), dtype="uint8")
        doc.from_array([SENT_START], numpy.where(flags, 1, -1).astype("int64").view("uint64"))
        doc.user_data[SENTS_KEY] = paragraph_starts
        begins = list(itertools.compress(range(n), starts))
        doc.user_data[BOUNDS_KEY] = list(zip(begins, begins[1:] + [n]))
        return doc
    return sentencizer


# ---------------------------------------------------------------- actors
@dataclass
class ActorHit:
    tok_start: int
    tok_end: int              # exclusive
    start_char: int
    end_char: int
    actor_code: str | None    # None: a description still to be resolved from context
    sector: str | None
    kind: str
    role: str | None
    person: str | None
    entry_id: str
    institution: str = ""
    parts: list[str] = field(default_factory=list)

    def text(self, doc_text: str) -> str:
        return doc_text[self.start_char:self.end_char]


@dataclass
class ActorResources:
    index: PatternIndex                  # actor lexicon patterns of the language, payload: list[ActorEntry]
    compound_prefix: PatternIndex         # patterns like "US-*" whose rest is a sector word
    sectors: PatternIndex
    genitive_s: bool
    np_words: frozenset[str]
    link_words: frozenset[str]           # "des", "of the", "for": Sprecher des Außenministeriums
    english_names: bool = False          # a capitalized next word continues a name (English, not German nouns)
    # id() of the payloads (entry lists of the index's patterns) holding an entry noted case_sensitive: only their
    # matches need the written form (_valid_entry)
    case_sensitive: frozenset[int] = frozenset()
    # weekday and month names (cues dates): no part of a name after a title ("the Defence Ministry Tuesday said")
    name_stop_words: frozenset[str] = frozenset()
    # "in the", "in der": people of an institution ("senior officers in the Russian army"; cues institution_links)
    institution_links: frozenset[str] = frozenset()
    institution_sectors: frozenset[str] = frozenset()   # the sectors of such institutions (cues institution_sectors)
    # token keys -> (keys with the genitive variant, actor patterns, sector patterns, whether the word may start a
    # mention: it starts a pattern or holds a hyphen): once per distinct word
    words: WordMemo = field(init=False)

    def __post_init__(self) -> None:
        self.words = WordMemo(self.word, _KEYS_MEMO_LIMIT)

    def word(self, keys: tuple[str, ...]) -> tuple:
        lookup_keys = _with_genitive(keys) if self.genitive_s else keys
        actor_patterns = self.index.candidates(lookup_keys)
        sector_patterns = self.sectors.candidates(lookup_keys[:2])
        return (lookup_keys, actor_patterns, sector_patterns, bool(actor_patterns or sector_patterns or "-" in keys[0]))


@functools.lru_cache(maxsize=8)
def actor_resources(actors_path: str, lexicon_dir: str, lang: str) -> ActorResources:
    entries = [e for e in load_actor_lexicon(actors_path or None) if e.lang in (lang, "any")]
    by_pattern: dict[str, list[ActorEntry]] = {}
    for entry in entries:
        by_pattern.setdefault(fold_apostrophes(entry.pattern.lower()), []).append(entry)
    lexicon: LanguageLexicon = load_language_lexicon(lexicon_dir, lang)
    compound = [p for p in by_pattern if p.endswith("-*")]
    return ActorResources(
        index=PatternIndex(parse_pattern(_token_pattern(p, lang), group) for p, group in by_pattern.items()
                           if p not in compound),
        compound_prefix=PatternIndex(parse_pattern(p, by_pattern[p]) for p in compound),
        sectors=lexicon.sector_index,
        genitive_s=bool(lexicon.cues.raw.get("genitive_s", False)),
        np_words=lexicon.cues.words("np_internal"),
        link_words=lexicon.cues.words("description_links"),
        institution_links=lexicon.cues.words("institution_links"),
        institution_sectors=lexicon.cues.values("institution_sectors"),
        english_names=(lang == "en"),
        name_stop_words=date_names(lexicon.cues.raw),
        case_sensitive=frozenset(id(group) for group in by_pattern.values() if any(e.case_sensitive for e in group)))


# The English tokenizer splits a hyphen between letters ("Jong-il" -> Jong, -, il; German keeps compounds whole)
_WORD_HYPHEN = re.compile(r"(?<=[^\W_])-(?=[^\W\d_])")


def _token_pattern(pattern: str, lang: str) -> str:
    """An actor pattern cut into the tokens the language's tokenizer makes: "Kim Jong-il", "Ban Ki-moon",
    "Guinea-Bissau" match English text token by token."""
    return _WORD_HYPHEN.sub(" - ", pattern) if lang == "en" else pattern


def _exact_case(entry: ActorEntry, surface: str) -> bool:
    """A case_sensitive pattern ("US", "WHO", "US-*") matches only as written, whitespace runs aside."""
    pattern = entry.pattern
    if pattern.endswith("*"):
        return surface.startswith(pattern.rstrip("*"))
    return " ".join(surface.split()) == pattern


def _valid_entry(entries: list[ActorEntry], day, surface: str | None = None) -> ActorEntry | None:
    """The entry valid on ``day``; offices resolve strictly by date, a person outside the listed terms is still
    that person (first entry). Entries noted case_sensitive ("US" vs "us") must match the exact case."""
    fallback = None
    for entry in entries:
        if surface is not None and entry.case_sensitive and not _exact_case(entry, surface):
            continue
        if entry.valid_on(day):
            return entry
        if fallback is None and entry.kind == "person":
            fallback = entry
    return fallback


def _namesake(entry: ActorEntry, start: int, end: int, day, words: list, texts: Sequence[str]) -> bool:
    """A one-word person pattern (a surname: "Chávez") of a person whose listed terms ended before ``day``, written
    right behind a capitalized word the tables do not know, itself not opening the text or a sentence ("Betssy
    Chávez", "Adán Chávez"): a first name of another person of that surname, not the listed person (was Hugo Chávez,
    VEN, as the target of an asylum granted in 2025). A known word before it (a title, "Präsident Chávez") or the
    listed full name ("Hugo Chávez", a longer pattern) keeps the person."""
    if entry.kind != "person" or end - start != 1 or start < 2 or day is None or entry.valid_on(day) or \
            entry.valid_to is None:
        return False
    before = texts[start - 1]
    if not before.isalpha() or not before[:1].isupper() or words[start - 1][1] or words[start - 1][2]:
        return False
    return texts[start - 2] not in (".", "!", "?", "\n", ":") and texts[start - 2].strip() != ""


def _hit(entry: ActorEntry, tok_start: int, tok_end: int, start: int, end: int) -> ActorHit:
    # (positional: a keyword costs ~0.3 µs a call, one call per mention; "" is the default institution)
    return ActorHit(tok_start, tok_end, start, end, entry.actor_code, entry.sector, entry.kind, entry.role,
                    entry.person, entry.entry_id, "", [entry.entry_id])


def _sector_hit(word: SectorWord, tok_start: int, tok_end: int, start: int, end: int) -> ActorHit:
    entry_id = f"sector:{word.pattern}"   # (positional, as in _hit)
    return ActorHit(tok_start, tok_end, start, end, None, word.sector, "description", word.role, None, entry_id,
                    word.institution, [entry_id])


KEYS_KEY = "geo_keys"


def doc_keys(doc: Doc) -> list[tuple[str, ...]]:
    """(lowercase text, lowercase lemma) per token, computed once per doc (by geoevents_keys when it ran)."""
    keys = doc.user_data.get(KEYS_KEY)
    if keys is None or len(keys) != len(doc):
        strings = doc.vocab.strings
        keys = doc.user_data[KEYS_KEY] = [token_keys(text, strings[lemma]) for text, lemma
                                          in zip(token_table(doc).text, doc.to_array(LEMMA).tolist())]
    return keys


def head_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A token's keys plus, for a hyphenated compound, its last part ("Putin-Xi-Gipfel" -> "gipfel")."""
    # (most words have no hyphen: the test here spares them the cached call)
    return _with_compound_head(keys) if "-" in keys[0] else keys


@functools.lru_cache(maxsize=4)
def lemma_lookup_table(lang: str) -> dict[str, str] | None:
    """spacy-lookups-data's lemma table of the language (what spaCy's lookup lemmatizer reads) as a plain dict;
    None if absent. Read from the package's file directly: spaCy's ``Lookups`` table would first hash each of its
    keys (355,000 for German) into its own mapping, 3-4x the time of reading the file, and only ``get`` is used."""
    try:
        from spacy.util import load_language_data, registry
        if lang not in registry.lookups:
            return None
        return load_language_data(registry.lookups.get(lang)["lemma_lookup"])
    except (ValueError, KeyError, OSError, ImportError):
        return None


_KEYS_MEMO_LIMIT = 500_000


@Language.factory("geoevents_keys")
def make_keys(nlp: Language, name: str):
    """Token keys for the lexicon matchers. With a plugged-in model the tokens' own lemmas are used; a blank
    pipeline looks lemmas up in spacy-lookups-data directly, like spaCy's lookup lemmatizer would, but once per
    distinct word instead of once per token (news repeat their words a lot)."""
    table = lemma_lookup_table(nlp.lang)
    memo = WordMemo(lambda text: token_keys(text, table.get(text, text)), _KEYS_MEMO_LIMIT)   # text -> keys

    def keys_component(doc: Doc) -> Doc:
        if table is None or doc.has_annotation("LEMMA"):
            doc_keys(doc)
            return doc
        doc.user_data[KEYS_KEY] = list(map(memo.__getitem__, token_table(doc).text))
        return doc
    return keys_component


@functools.lru_cache(maxsize=200_000)
def _with_genitive(key: tuple[str, ...]) -> tuple[str, ...]:
    """German genitive: Chinas, Russlands, Pekings also look up the word without its s."""
    first = key[0]
    return key + (first[:-1],) if len(first) > 3 and first.endswith("s") else key


def recognize_actors(doc: Doc, res: ActorResources, day) -> list[ActorHit]:
    words = list(map(res.words.__getitem__, doc_keys(doc)))
    keys, _, _, may_start = zip(*words) if words else ((), (), (), ())
    table = token_table(doc)
    text_all = table.doc_text
    texts, idx, lower, space, punct = table.text, table.idx, table.lower, table.space, table.punct
    sector_candidates = res.sectors.candidates
    case_sensitive = res.case_sensitive
    hits: list[ActorHit] = []
    n = len(texts)
    i = 0
    # only words with actor or sector patterns, or hyphenated compounds, can start a mention
    for start in [j for j in itertools.compress(range(n), may_start)
                  if words[j][1] or words[j][2] or ("-" in texts[j] and "-" in texts[j][1:-1])]:
        if start < i:   # inside the previous mention
            continue
        i = start
        if space[i] or punct[i]:
            continue
        best: tuple[int, ActorEntry] | None = None
        following = keys[i + 1] if i + 1 < n else ()   # (a pattern whose plain second word is not there fails)
        for pattern in words[i][1]:
            if pattern.second_word is not None and pattern.second_word not in following:
                continue
            end = match_after_first(pattern, keys, i, n)
            if end is not None and (best is None or end > best[0]):
                entry = _valid_entry(pattern.payload, day, text_all[idx[i]:table.end_char(end - 1)]
                                     if id(pattern.payload) in case_sensitive else None)
                if entry is not None:
                    best = (end, entry)
        if best is not None and not _ambiguous_accepted(doc, best[1], i, best[0], res, keys):
            best = None
        if best is not None and _office_of_another_state(best[1], hits, i, lower):
            best = None   # "Japan's defense secretary": the sector word of the title, for Japan
        if best is not None and _namesake(best[1], i, best[0], day, words, texts):
            best = None   # "der früheren Regierungschefin Betssy Chávez": another person of the surname
        if best is not None:
            end, entry = best
            hit = _hit(entry, i, end, idx[i], table.end_char(end - 1))
            head = lower[end - 1].rsplit("-", 1)[-1]
            sector = sector_candidates((head,)) if head else []
            if sector:   # "US-Außenministerium" names an institution a later description can refer to
                word = max(sector, key=lambda p: p.specificity).payload
                hit.institution = word.institution
                hit.sector = hit.sector or word.sector
            hits.append(hit)
            i = end
            continue
        if "-" in texts[i][1:-1]:
            hits.extend(_compound_hits(texts[i], i, idx[i], res, day))
        else:
            best_sector: tuple[int, SectorWord] | None = None
            for pattern in words[i][2]:
                if pattern.second_word is not None and pattern.second_word not in following:
                    continue
                end = match_after_first(pattern, keys, i, n)
                if end is not None and (best_sector is None or (end, pattern.specificity) > best_sector[0]):
                    best_sector = ((end, pattern.specificity), pattern.payload)
            if best_sector is not None:
                (end, _), word = best_sector
                hits.append(_sector_hit(word, i, end, idx[i], table.end_char(end - 1)))
                i = end
    merged = _merge_noun_phrases(table, hits, res)
    return _name_references(table, hits, merged, keys, res)


def _name_references(table: TokenTable, hits: list[ActorHit], merged: list[ActorHit],
                     keys: Sequence[tuple[str, ...]], res: ActorResources) -> list[ActorHit]:
    """A person the article introduces by full name ("Chinese Foreign Minister Wang Yi", "Bundeskanzler Olaf
    Scholz") is named later by one word of that name ("Wang told reporters", "sagte Scholz"): each later word,
    written as in the full name, is a mention of the same person (code, sector, role and lexicon entry of the
    full-name mention), also where the tables do not list the word alone (a surname many people share). In English
    the name may be one the tables lack, right behind a title that names the state ("Japanese Prime Minister
    Shigeru Ishiba": a later "Ishiba said" is JPN GOV; at most three capitalized words no actor or sector mention
    covers, no weekday or month: "William Ruto", "Abiy Ahmed" whole, where "William" and "Ahmed" start other people's
    patterns). Not a word two introduced names share, nor one that continues into a longer name (English: a
    capitalized word the tables do not know right after it, "Wang Huning")."""
    texts, alpha = table.text, table.alpha
    names: dict[str, ActorHit | None] = {}
    first: dict[str, int] = {}   # person -> token of the full name

    def register(word: str, hit: ActorHit, at: int) -> None:
        known = names.get(word, hit)
        names[word] = hit if known is hit or known is not None and known.person == hit.person else None
        first[hit.person] = min(first.get(hit.person, at), at)

    for hit in hits:
        if hit.kind != "person" or hit.actor_code is None or hit.tok_end - hit.tok_start < 2:
            continue
        for j in range(hit.tok_start, hit.tok_end):
            word = texts[j]
            if alpha[j] and len(word) > 1 and word[:1].isupper():
                register(word, hit, hit.tok_start)
    n = len(texts)
    # (a word some pattern starts with but none matches here is a name part too: "William" of "William Ruto", "Ahmed"
    # of "Abiy Ahmed", where the tables list other people of that name)
    in_hit = bytearray(n)
    introduced: list[ActorHit] = []
    for hit in merged if res.english_names else ():
        in_hit[hit.tok_start:hit.tok_end] = b"\x01" * (hit.tok_end - hit.tok_start)
    for hit in merged if res.english_names else ():
        if hit.actor_code is None or not hit.role or hit.person:
            continue
        name = []
        j = hit.tok_end
        while j < n and len(name) <= 3 and table.alpha[j] and texts[j][:1].isupper() and not in_hit[j] and \
                table.lower[j] not in res.name_stop_words:
            name.append(j)
            j += 1
        if not 1 <= len(name) <= 3:
            continue
        person = " ".join(texts[i] for i in name)
        titled = ActorHit(name[0], name[-1] + 1, table.idx[name[0]], table.end_char(name[-1]), hit.actor_code,
                          hit.sector, "person", hit.role, person, hit.entry_id)
        introduced.append(titled)
        for i in name:
            if len(texts[i]) > 1:
                register(texts[i], titled, name[0])
    names = {w: h for w, h in names.items() if h is not None}
    if not names:
        return merged
    covered = bytearray(n)
    for hit in merged:
        covered[hit.tok_start:hit.tok_end] = b"\x01" * (hit.tok_end - hit.tok_start)
    # the full names the tables lack are no mentions of their own, wherever the article introduces them (again)
    for hit in itertools.chain(names.values(), introduced):
        covered[hit.tok_start:hit.tok_end] = b"\x01" * (hit.tok_end - hit.tok_start)
    added: list[ActorHit] = []
    found = list(map(names.get, texts))   # (one look-up per token in C: the loop visits the name words only)
    for j in itertools.compress(range(n), found):
        hit = found[j]
        if covered[j] or j < first[hit.person]:
            continue
        if res.english_names and j + 1 < n and _proper_name_part_at(table, j + 1, keys, res):
            continue
        added.append(ActorHit(j, j + 1, table.idx[j], table.end_char(j), hit.actor_code, hit.sector, hit.kind,
                              hit.role, hit.person, hit.entry_id, parts=[hit.entry_id]))
    if not added:
        return merged
    return sorted(merged + added, key=lambda h: h.tok_start)


def _proper_name_part_at(table: TokenTable, j: int, keys: Sequence[tuple[str, ...]], res: ActorResources) -> bool:
    word = table.text[j]
    return table.alpha[j] and word[:1].isupper() and not _known_word(keys[j], res)


# Kinds whose ambiguity is another word or name ("Chad", "Turkey", "Sputnik"); offices noted ambiguous only leave
# the country implicit ("Secretary of State", "Kanzler") and are accepted like any other office.
NAME_GUARDED_KINDS = frozenset({"country", "capital", "igo", "bloc", "media", "organization", "adjective",
                                "demonym", "prefix"})


def _known_word(keys: tuple[str, ...], res: ActorResources) -> bool:
    return bool(res.index.candidates(keys) or res.sectors.candidates(keys[:2]))


def _ambiguous_accepted(doc: Doc, entry: ActorEntry, start: int, end: int, res: ActorResources,
                        keys: list[tuple[str, ...]]) -> bool:
    """Conservative rule for entries noted ``ambiguous`` (a common word or another name):
    1. the written form keeps the pattern's capitals ("turkey", "polish", "chad" are words, not countries);
    2. it is not part of a longer proper name: no capitalized word that the lexicons do not know directly before it
       inside the sentence ("Michael Jordan", "New Holland") nor, in English, directly after it ("Chad Smith",
       "Georgia Tech"); German capitalizes every noun, so only the preceding word is checked there.
    Office titles noted ambiguous (country left implicit) are not restricted."""
    if not entry.ambiguous or entry.kind not in NAME_GUARDED_KINDS:
        return True
    surface = doc[start].text
    if entry.pattern[:1].isupper() and not surface[:1].isupper():
        return False
    before = start - 1
    while before >= 0 and doc[before].is_space and "\n" not in doc[before].text:
        before -= 1
    if before >= 0 and not doc[start].is_sent_start and _proper_name_part(doc[before], keys[before], res):
        return False
    if res.english_names and end < len(doc) and _proper_name_part(doc[end], keys[end], res):
        return False
    return True


STATE_NAMING_KINDS = frozenset({"country", "adjective"})


def _office_of_another_state(entry: ActorEntry, hits: list[ActorHit], i: int, lower: Sequence[str]) -> bool:
    """An office title noted ambiguous leaves its state implicit ("Defense Secretary" is the US one, "Kanzler" the
    German one) only where no other state is named right before it: a state's name with a possessive ("Japan's
    defense secretary", "South Korea's defence secretary"), its genitive ("Österreichs Kanzler") or its adjective
    ("the Japanese defense secretary", "der österreichische Kanzler") makes the title that state's office, which
    the sector words then code."""
    if not entry.ambiguous or entry.kind != "office" or not hits:
        return False
    before = hits[-1]
    if before.kind not in STATE_NAMING_KINDS or not before.actor_code or before.actor_code == entry.actor_code:
        return False
    return before.tok_end == i or before.tok_end == i - 1 and lower[i - 1] in POSSESSIVE_TOKENS


def _proper_name_part(token, keys: tuple[str, ...], res: ActorResources) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not _known_word(keys, res)


def _compound_hits(text: str, token_i: int, token_idx: int, res: ActorResources, day) -> list[ActorHit]:
    """Actors inside a hyphenated compound: US-Außenministerium, Putin-Xi-Gespräch, chinesisch-russischen."""
    lower = text.lower()
    found: list[ActorHit] = []
    head_sector: SectorWord | None = None
    for pattern in res.compound_prefix.candidates((lower,)):
        entry = _valid_entry(pattern.payload, day, text)
        if entry is not None:
            prefix_len = len(pattern.elements[0].text)
            found.append(_hit(entry, token_i, token_i + 1, token_idx, token_idx + prefix_len - 1))
            rest = lower[prefix_len:]
            sector = res.sectors.candidates((rest,))
            if sector:
                head_sector = max(sector, key=lambda p: p.specificity).payload
            break
    if not found:
        offset = 0
        for segment in text.split("-"):
            seg_lower = segment.lower()
            if seg_lower:
                seg_keys = (seg_lower,) + ((seg_lower[:-1],) if res.genitive_s and seg_lower.endswith("s") else ())
                for pattern in res.index.candidates(seg_keys):
                    if len(pattern.elements) == 1:
                        entry = _valid_entry(pattern.payload, day, segment)
                        if entry is not None:
                            start = token_idx + offset
                            found.append(_hit(entry, token_i, token_i + 1, start, start + len(segment)))
                            break
                else:
                    sector = res.sectors.candidates((seg_lower,))
                    if sector:
                        head_sector = max(sector, key=lambda p: p.specificity).payload
            offset += len(segment) + 1
    if head_sector is not None:
        for hit in found:
            if hit.sector is None:
                hit.sector = head_sector.sector
                hit.role = hit.role or head_sector.role
            hit.institution = head_sector.institution
            hit.end_char = token_idx + len(text)
    return found


def _merge_noun_phrases(table: TokenTable, hits: list[ActorHit], res: ActorResources) -> list[ActorHit]:
    """One mention per noun phrase: "der russische Präsident Wladimir Putin", "ein Sprecher des Außenministeriums"."""
    merged: list[ActorHit] = []
    for k, hit in enumerate(hits):
        if merged:
            prev = merged[-1]
            if hit.tok_start >= prev.tok_end and (
                    _mergeable(prev, hit, range(prev.tok_end, hit.tok_start), table, res) or
                    _member_of_institution(prev, hit, hits[k + 1] if k + 1 < len(hits) else None, table, res)):
                merged[-1] = _combine(prev, hit)
                continue
        merged.append(hit)
    return merged


def _member_of_institution(prev: ActorHit, hit: ActorHit, nxt: ActorHit | None, table: TokenTable,
                           res: ActorResources) -> bool:
    """People named by a description word, then "in the" (cues institution_links), then a state's adjective and an
    institution word of that state (cues institution_sectors): "senior officers in the Russian army", "officials in
    the Russian government", "Offiziere in der russischen Armee" are that state's people, as "officers of the Russian
    army" are (not "soldiers in the Ukrainian capital", a place)."""
    if prev.kind != "description" or not prev.role or prev.actor_code is not None or \
            hit.kind not in ("adjective", "demonym") or not hit.actor_code or nxt is None or \
            nxt.kind != "description" or nxt.actor_code is not None or nxt.sector not in res.institution_sectors:
        return False
    if any(not table.space[j] for j in range(hit.tok_end, nxt.tok_start)):
        return False
    words = [j for j in range(prev.tok_end, hit.tok_start) if not table.space[j]]
    return bool(words) and not any(table.punct[j] for j in words) and \
        " ".join(table.lower[j] for j in words) in res.institution_links


def _mergeable(prev: ActorHit, hit: ActorHit, gap: range, table: TokenTable, res: ActorResources) -> bool:
    if prev.tok_end == hit.tok_start and prev.tok_start == hit.tok_start:
        return False  # two actors inside one compound token stay separate (Putin-Xi-Gespräch)
    # more than two words or a punctuation mark/line break between: not one phrase (the gap to the next actor may
    # be a long stretch of text: the scan stops at the first of these)
    space, punct, newline = table.space, table.punct, table.newline
    words: list[int] = []
    for j in gap:
        # (the bare apostrophe of a plural possessive is no break: "the Philippines' navy" as "Egypt's army")
        if punct[j] and not is_possessive(table.lower, table.text, table.idx, j) or newline[j]:
            return False
        if not space[j]:
            words.append(j)
            if len(words) > 2:
                return False
    gap_words = [table.lower[j] for j in words]
    if prev.actor_code and hit.actor_code and prev.actor_code != hit.actor_code:
        return False
    if prev.kind == "description" and prev.role and gap_words and " ".join(gap_words) in res.link_words:
        return True   # spokesperson of <institution/actor>
    if prev.kind == "description" and prev.role and not gap_words and _genitive_name(hit, table, res):
        return True   # "die Regierung Österreichs", "der Außenminister Polens": its state in the s-genitive
    if gap_words and not all(table.lower[j] in res.np_words or (table.text[j][:1].isupper() and table.alpha[j]) or
                             table.lower[j] == PLURAL_POSSESSIVE for j in words):
        return False
    if prev.actor_code is None and hit.actor_code is None:
        return False
    # a country adjective/name or an organisation followed by an office/person/sector word of the same phrase
    # ("UN peacekeepers", "NATO troops")
    return prev.kind in ("adjective", "demonym", "country", "igo", "description", "office", "prefix") and \
        hit.kind != "country"


def written_as_its_own_name(entry_id: str, surface: str) -> bool:
    """The mention is a name written alike in both languages and matched as written ("Belarus", "Honduras", "Paris":
    entry ``CODE:kind:any:<surface>``), so its final s is no German genitive; "Polens", "Putins" are."""
    fields = entry_id.split(":")
    return len(fields) > 3 and fields[2] == "any" and fields[3] == surface


def _genitive_name(hit: ActorHit, table: TokenTable, res: ActorResources) -> bool:
    """A German country or capital in the s-genitive ("Österreichs", "Polens", "Moskaus"): one token ending in s that
    is no name written alike in both languages and matched as written ("Belarus", "Paris"; as the assembler's
    genitive check reads it)."""
    if not res.genitive_s or hit.tok_end - hit.tok_start != 1 or hit.kind not in ("country", "capital"):
        return False
    surface = table.lower[hit.tok_start]
    return surface.endswith("s") and not written_as_its_own_name(hit.entry_id, surface)   # also "Saudi-Arabiens"


def _combine(a: ActorHit, b: ActorHit) -> ActorHit:
    person = b.person or a.person
    code = b.actor_code or a.actor_code
    return ActorHit(a.tok_start, b.tok_end, a.start_char, b.end_char, code,
                    b.sector or a.sector, b.kind if b.actor_code else a.kind, a.role or b.role, person,
                    b.entry_id if b.actor_code else a.entry_id, b.institution or a.institution, a.parts + b.parts)


@Language.factory("geoevents_actors", default_config={"lexicon_dir": "", "actors_path": ""})
def make_actors(nlp: Language, name: str, lexicon_dir: str, actors_path: str):
    resources = actor_resources(actors_path, lexicon_dir, nlp.lang)

    def actors_component(doc: Doc) -> Doc:
        doc.user_data[ACTORS_KEY] = recognize_actors(doc, resources, published_day(doc))
        return doc
    return actors_component


# ---------------------------------------------------------------- triggers
@dataclass(frozen=True)
class TriggerHit:
    entry: TriggerEntry
    tok_start: int
    tok_end: int
    particle_token: int | None

    def tokens(self) -> list[int]:
        toks = list(range(self.tok_start, self.tok_end))
        return toks + ([self.particle_token] if self.particle_token is not None else [])


new_trigger_hit = dict_init(TriggerHit)


CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "…", "(", ")", "–", "—"})


def _particle_position(table: TokenTable, pattern, after: int, sent_end: int,
                       coordinators: frozenset[str] = frozenset(),
                       articles: frozenset[str] = frozenset(), stops: frozenset[str] = frozenset()) -> int | None:
    """The particle must close the clause: last word before the next clause break, or before a coordinator that
    opens the next predicate ("lehnte den Plan ab und sagte ...")."""
    text, lower, quote, newline = table.text, table.lower, table.quote, table.newline
    single = len(pattern.particle) == 1
    j = after
    while j < sent_end and not newline[j]:
        if quote[j]:
            # a short quoted phrase inside the clause ("wies die Vorwürfe als „haltlose Verleumdung“ zurück"): the
            # particle may stand behind it; any other quote ends the search
            close = _short_quote_end(table, j, sent_end)
            if close is None:
                break
            j = close + 1
            continue
        if text[j] in CLAUSE_BREAKS:
            behind = _behind_name_apposition(table, j, sent_end, articles, stops)
            if behind is None:
                break
            j = behind
            continue
        if single and j > after and lower[j] in coordinators and pattern.particle[0].matches(lower[j - 1]):
            return j - 1
        j += 1
    last = j - 1
    while last >= after and table.space[last]:
        last -= 1
    if last >= after and len(pattern.particle) == 1 and pattern.particle[0].matches(table.lower[last]):
        return last
    return None


def _short_quote_end(table: TokenTable, opening: int, sent_end: int, most: int = 6) -> int | None:
    """The closing quote mark of a quoted phrase of one to ``most`` words that opens at ``opening`` with no clause
    break inside and more of the clause behind it, or None."""
    words = 0
    j = opening + 1
    while j < sent_end and not table.newline[j]:
        if table.quote[j]:
            behind = j + 1
            while behind < sent_end and table.space[behind]:
                behind += 1
            return j if words and behind < sent_end and table.text[behind] not in CLAUSE_BREAKS else None
        if table.text[j] in CLAUSE_BREAKS:
            return None
        if not table.space[j]:
            words += 1
            if words > most:
                return None
        j += 1
    return None


def _behind_name_apposition(table: TokenTable, comma: int, sent_end: int,
                            articles: frozenset[str] = frozenset(), stops: frozenset[str] = frozenset()) -> int | None:
    """The token behind a name apposition that opens at ``comma``: one to four capitalized words closed by a comma,
    with more of the clause behind it ("wies den russischen Konsul, Igor Petrow, am Mittwoch aus": the particle
    closes the clause there), or a description opening with one of ``articles`` (cues apposition_articles) and at
    most four more words, none of ``stops`` (infinitive markers: "den Vorschlag, eine Waffenruhe zu vereinbaren, ..."
    is a clause) ("ließ Anna Weber, eine deutsche Lehrerin, am Freitag frei"). None otherwise."""
    if table.text[comma] != ",":
        return None
    j = comma + 1
    while j < sent_end and table.space[j]:
        j += 1
    described = j < sent_end and table.lower[j] in articles
    words = 0
    while j < sent_end and table.text[j] != ",":
        if not table.space[j]:
            if not (table.text[j].replace("-", "").isalpha() and (described or table.text[j][:1].isupper())) or \
                    words == (5 if described else 4) or described and table.lower[j] in stops:
                return None
            words += 1
        j += 1
    return j + 1 if words and j + 1 < sent_end and table.text[j] == "," else None


@functools.lru_cache(maxsize=200_000)
def _with_compound_head(key: tuple[str, ...]) -> tuple[str, ...]:
    """A hyphenated compound is also looked up by its last part: "Putin-Xi-Gipfel" -> "gipfel"."""
    return key + (key[0].rsplit("-", 1)[-1],) if "-" in key[0][1:] else key


def trigger_words(lexicon: LanguageLexicon) -> WordMemo:
    """Token keys -> (head keys, trigger patterns, blocker patterns, whether the patterns read the word both as a
    noun and as a verb), once per distinct word."""
    trigger_index, blocker_index = lexicon.trigger_index, lexicon.cues.index("trigger_blockers")

    def word(keys: tuple[str, ...]) -> tuple:
        head = head_keys(keys)
        patterns = trigger_index.candidates(head)
        return (head, patterns, blocker_index.candidates(head),
                len({p.payload.pos for p in patterns} & {"NOUN", "VERB"}) == 2)
    return WordMemo(word, _KEYS_MEMO_LIMIT)


class TriggerCueSets(NamedTuple):
    """The cue sets and maps ``find_triggers`` reads (see the comments in ``trigger_cue_sets``)."""
    determiners: frozenset[str]
    article_determiners: frozenset[str]
    noun_openers: frozenset[str]
    gerund_links: frozenset[str]
    coordinators: frozenset[str]
    apposition_articles: frozenset[str]
    infinitive_marks: frozenset[str]
    past_forms: frozenset[str]
    noun_endings: tuple[str, ...]
    support_families: dict[str, frozenset[str]]
    support_pairs: dict[tuple[str, str], frozenset[str]]
    strike_target_preps: frozenset[str]
    attributive_openers: frozenset[str]
    not_nouns: frozenset[str]


def trigger_cue_sets(lexicon: LanguageLexicon) -> TriggerCueSets:
    """``TriggerCueSets`` of the lexicon, built from its cues once and kept with them (``Cues.derived``): built per
    doc, the set unions and the walk over every support pattern for the two-word ones cost ~2 % of the engine."""
    found = lexicon.cues.derived.get("trigger_cue_sets")
    if found is not None:
        return found
    determiners = lexicon.cues.words("determiners")
    # "the Russian attack", not "said that Russia attacked": a capitalized word after these is an adjective
    article_determiners = determiners - lexicon.cues.words("complementizers")
    # a word after these is a noun ("of attacks"); "to" is also the infinitive marker ("to attack")
    noun_openers = determiners | (lexicon.cues.words("prepositions") - lexicon.cues.words("infinitive_markers"))
    gerund_links = lexicon.cues.words("accusation_links")
    coordinators = lexicon.cues.words("coordinators")
    apposition_articles = lexicon.cues.words("apposition_articles")
    infinitive_marks = lexicon.cues.words("infinitive_markers")
    # past forms that do not end in -ed ("The US struck Houthi positions": a verb after a capitalized word)
    past_forms = lexicon.cues.words("irregular_participles")
    # endings no verb has ("criticism"): a word that a noun row and a verb row's wildcard ("critici*") both take is
    # the noun, also without a determiner ("against Western criticism of its elections")
    noun_endings = tuple(sorted(lexicon.cues.words("noun_only_endings")))
    # a support word of a noun row right before a noun-or-verb word makes it that noun ("provided help", "gave help")
    support_families = lexicon.cues.word_families("support")
    # ... and so does a two-word one ("carried out strikes on", "launched strikes"): its last two words -> families
    support_pairs: dict[tuple[str, str], frozenset[str]] = {}
    for label, patterns in (lexicon.cues.raw.get("support") or {}).items():
        for pattern in patterns:
            pair = tuple(str(pattern).lower().split())
            if len(pair) == 2 and "*" not in pattern and "..." not in pair:
                support_pairs[pair] = support_pairs.get(pair, frozenset()) | {str(label)}
    # a noun-or-verb word followed by one of these is the noun right after a past form ("Israel launched strikes on
    # Gaza": its object) and, when it has a military strike reading (support strike_target), right after a nationality
    # adjective that opens the sentence ("Russian strikes on Kyiv damaged ..."; "Palestinian protests against ...
    # go on" keeps the verb row); cues strike_target_prepositions
    strike_target_preps = lexicon.cues.words("strike_target_prepositions")
    # an English participle between an article, numeral or possessive and its noun describes the noun ("freed ten
    # detained Americans", "the jailed activist"): no verb row (cues attributive_openers)
    attributive_openers = lexicon.cues.words("attributive_openers")
    not_nouns = determiners | lexicon.cues.words("prepositions") | coordinators | \
        lexicon.cues.words("subordinators") | lexicon.cues.words("pronouns_person") | \
        lexicon.cues.words("pronouns_any") | lexicon.cues.words("pronouns_first_person")
    found = lexicon.cues.derived["trigger_cue_sets"] = TriggerCueSets(
        determiners, article_determiners, noun_openers, gerund_links, coordinators, apposition_articles,
        infinitive_marks, past_forms, noun_endings, support_families, support_pairs, strike_target_preps,
        attributive_openers, not_nouns)
    return found


def find_triggers(doc: Doc, lexicon: LanguageLexicon, words: WordMemo | None = None) -> list[TriggerHit]:
    """``words``: the ``trigger_words`` memo of the lexicon, kept across docs."""
    words = trigger_words(lexicon) if words is None else words
    rows = list(map(words.__getitem__, doc_keys(doc)))   # one look-up per token for all four
    keys, trigger_candidates, blocker_candidates, noun_or_verb = zip(*rows) if rows else ((), (), (), ())
    table = token_table(doc)
    text, lower, space, punct, quote = table.text, table.lower, table.space, table.punct, table.quote
    n = len(keys)
    blocked = bytearray(n)
    for i in itertools.compress(range(n), blocker_candidates):
        for pattern in blocker_candidates[i]:
            end = match_after_first(pattern, keys, i, n)
            if end is not None:
                for j in range(i, end):
                    blocked[j] = 1
    hits: list[TriggerHit] = []
    german_nouns = lexicon.lang == "de"
    (determiners, article_determiners, noun_openers, gerund_links, coordinators, apposition_articles, infinitive_marks,
     past_forms, noun_endings, support_families, support_pairs, strike_target_preps, attributive_openers,
     not_nouns) = trigger_cue_sets(lexicon)
    # the ends of nationality adjectives ("in Russian attacks"): a noun-or-verb word right after one that follows a
    # preposition is the noun (a capitalized last word: an adjective hit also takes a sector word, "Russian forces
    # attack"; not at the subject: "Palestinian protests against ... go on" is read by the verb row)
    adjective_ends = frozenset(hit.tok_end for hit in doc.user_data.get(ACTORS_KEY) or () if hit.kind == "adjective")
    starts = list(itertools.compress(range(n), trigger_candidates))   # tokens some trigger pattern starts with
    for sent_start, sent_end in sentence_bounds(doc):
        i = sent_start
        for start in starts[bisect.bisect_left(starts, sent_start):bisect.bisect_left(starts, sent_end)]:
            if start < i:   # inside the previous trigger
                continue
            i = start
            if punct[i] or space[i] or blocked[i]:
                continue
            candidates = trigger_candidates[i]
            best: tuple[TriggerEntry, int, int | None] | None = None   # the hit is built once it is chosen
            best_rank = None
            pos_filter = None
            if not german_nouns and noun_or_verb[i]:
                # an English word that is both noun and verb ("attack"): a determiner before it makes it a noun,
                # also across one lowercase adjective or numeral ("a deadly attack", "the chemical attacks")
                prev = lower[i - 1] if i > sent_start else ""
                at = i - 2
                if at > sent_start - 1 and lower[at] == "-" and i - 4 >= sent_start:
                    at = i - 4   # "a four-day strike": the tokenizer split the adjective at its hyphen
                before = lower[at] if i - 1 > sent_start else ""
                # (also a capitalized adjective after a determiner: "the Russian attack on Kyiv"; a nationality
                # adjective of the actor table also after a preposition: "hit in Russian attacks")
                # (not before a past form: "The EU protested", "The US struck" is the verb)
                # (a past form after a lowercase noun is the verb as well: "Russia said its troops attacked
                # Kharkiv", where "troops" is no adjective; "-eed" words are no past forms: "the urgent need")
                past = lower[i].endswith("ed") and not lower[i].endswith("eed") or lower[i] in past_forms
                adjective = prev.isalpha() and (text[i - 1].islower() and not past or
                                                before in article_determiners and not past) or \
                    prev.isdigit()
                noun = prev in noun_openers or prev.isdigit() or \
                    i > sent_start and is_possessive(lower, text, table.idx, i - 1) or \
                    adjective and (before in determiners or i - 1 > sent_start and
                                   is_possessive(lower, text, table.idx, at)) or \
                    i in adjective_ends and before in noun_openers and text[i - 1][:1].isupper() and \
                    not lower[i].endswith("ed") and lower[i] not in past_forms or \
                    bool(noun_endings) and lower[i].endswith(noun_endings) or \
                    prev in support_families and any(p.payload.pos == "NOUN" and p.payload.support in
                                                     support_families[prev] for p in candidates) or \
                    (before, prev) in support_pairs and any(p.payload.pos == "NOUN" and p.payload.support in
                                                            support_pairs[(before, prev)] for p in candidates) or \
                    i + 1 < sent_end and lower[i + 1] in strike_target_preps and not past and \
                    (i - 1 == sent_start and i in adjective_ends and text[i - 1][:1].isupper() and
                     any(p.payload.pos == "NOUN" and p.payload.support == "strike_target" for p in candidates) or
                     prev.endswith("ed") and text[i - 1].islower() and i - 1 > sent_start)
                if noun and lower[i].endswith("ing") and prev in gerund_links:
                    noun = False   # a gerund: "accused Ukraine of attacking Belgorod" (cues accusation_links)
                pos_filter = "VERB" if noun else "NOUN"
            if pos_filter is None and attributive_openers and i > sent_start and i + 1 < sent_end and \
                    _attributive_participle(table, i, attributive_openers, not_nouns):
                pos_filter = "VERB"
            capitalized = text[i][:1].isupper()
            following = keys[i + 1] if i + 1 < sent_end else ()   # (a plain second word not there: no match)
            for pattern in candidates:
                entry: TriggerEntry = pattern.payload
                if entry.pos == pos_filter:
                    continue
                if german_nouns and entry.pos == "NOUN" and not capitalized:
                    continue
                if german_nouns and entry.pos == "VERB" and capitalized and i != sent_start \
                        and not quote[i - 1] and not punct[i - 1]:
                    continue    # a capitalized word inside a German sentence is a noun (Verbot, Treffen)
                if pattern.joined and capitalized:
                    continue    # "angriffen" closes a clause; "Angriff" and "Festnahmen" are nouns
                if pattern.second_word is not None and pattern.second_word not in following:
                    continue
                end = match_after_first(pattern, keys, i, sent_end)
                if end is None:
                    continue
                particle = None
                if pattern.particle:
                    particle = _particle_position(table, pattern, end, sent_end, coordinators, apposition_articles,
                                                  infinitive_marks)
                    if particle is None:
                        continue
                # a pattern naming the word itself ("luftangriff*") beats a compound-head wildcard ("*angriff"),
                # also when the wildcard's pattern is a longer phrase ("*angriff auf"); then the longer match
                rank = (pattern.names_first_word, end - i + (1 if particle is not None else 0), pattern.specificity)
                if best_rank is None or rank > best_rank:
                    best, best_rank = (entry, end, particle), rank
            if best is not None:
                entry, end, particle = best
                first = i
                if entry.pos != "VERB" and (not hits or hits[-1].tok_end <= i - 2) and \
                        _coordinated_modifier(table, i, sent_start, coordinators, determiners, article_determiners):
                    first = i - 2   # "Iran's drone and missile attack", "russischen Raketen- und Drohnenangriffen"
                hits.append(new_trigger_hit(entry, first, end, particle))
                i = end
    return hits


def _attributive_participle(table: TokenTable, i: int, openers: frozenset[str], not_nouns: frozenset[str]) -> bool:
    """An English -ed word right after an article, a numeral (not a year) or a possessive "'s" (cues
    attributive_openers) and right before a word that can head a noun phrase: "ten detained Americans", "the jailed
    activist", "Iran's imprisoned opposition leader". Not before a preposition, article, pronoun or number ("20
    detained in Moscow", "in 2019 detained two men")."""
    lower = table.lower
    if not lower[i].endswith("ed") or table.text[i][:1].isupper():
        return False
    prev = lower[i - 1]
    numeral = bool(table.like_num) and table.like_num[i - 1] and not (prev.isdigit() and len(prev) == 4)
    if not (prev in openers or numeral):
        return False
    nxt = lower[i + 1]
    return table.alpha[i + 1] and nxt not in not_nouns and not (table.like_num and table.like_num[i + 1])


def _coordinated_modifier(table: TokenTable, i: int, sent_start: int, coordinators: frozenset[str],
                          determiners: frozenset[str], article_determiners: frozenset[str]) -> bool:
    """A noun trigger at ``i`` whose first modifier is coordinated with another one before it: "Iran's drone and
    missile attack", "the drone and missile attack", German "Raketen- und Drohnenangriffe" (the first compound cut
    short by its hyphen). The trigger then starts at that modifier, so its article, possessor or nationality
    adjective stands right before it and no clause opens at the coordinator (was "France condemned Iran's drone and
    missile attack on Israel" 195 FRA->ISR: the coordinator opened a clause sharing the critic as subject)."""
    if i - 2 < sent_start or table.lower[i - 1] not in coordinators:
        return False
    modifier = table.text[i - 2]
    if modifier.endswith("-"):   # German: "Raketen- und Drohnenangriffen"
        return len(modifier) > 1 and modifier[0].isupper()
    if not (modifier.isalpha() and modifier.islower()) or table.lower[i - 2] in determiners or i - 3 < sent_start:
        return False
    lead, lead_text = table.lower[i - 3], table.text[i - 3]
    return lead in determiners or is_possessive(table.lower, table.text, table.idx, i - 3) or \
        lead_text[:1].isupper() and lead_text.isalpha() and i - 4 >= sent_start and \
        table.lower[i - 4] in article_determiners


@Language.factory("geoevents_triggers", default_config={"lexicon_dir": ""})
def make_triggers(nlp: Language, name: str, lexicon_dir: str):
    lexicon = load_language_lexicon(lexicon_dir, nlp.lang)
    words = trigger_words(lexicon)

    def triggers_component(doc: Doc) -> Doc:
        doc.user_data[TRIGGERS_KEY] = find_triggers(doc, lexicon, words)
        return doc
    return triggers_component


def default_lexicon_dir() -> str:
    from geoevents.engine.lexicon import LEXICON_DIR
    return str(Path(LEXICON_DIR))
