-- geoevents warehouse: the data contract for analysts and dashboards.
-- Table and column names are an API: change them only with a migration and a README note.
-- Every statement is idempotent (IF NOT EXISTS / OR REPLACE) so the schema can be applied on every run.

-- ---------------------------------------------------------------- articles
CREATE TABLE IF NOT EXISTS articles (
    article_id            VARCHAR PRIMARY KEY,
    source_path           VARCHAR NOT NULL,
    title                 VARCHAR,
    body                  VARCHAR NOT NULL,
    language              VARCHAR NOT NULL,
    language_confidence   DOUBLE,
    supported_language    BOOLEAN NOT NULL,
    published_date        DATE,
    published_date_basis  VARCHAR NOT NULL,
    content_sha256        VARCHAR NOT NULL,
    source_encoding       VARCHAR,
    source_format         VARCHAR,
    n_chars               INTEGER NOT NULL,
    ingested_at           TIMESTAMP NOT NULL
);
COMMENT ON TABLE articles IS 'One row per distinct article (by cleaned text). Renamed or copied files map to the same article_id; see article_sources.';
COMMENT ON COLUMN articles.article_id IS 'First 16 hex chars of sha256 of the normalized, boilerplate-free body: a copy or renamed file is the same article.';
COMMENT ON COLUMN articles.source_path IS 'Path of the first file (in sorted order) that carried this article, relative to the articles folder.';
COMMENT ON COLUMN articles.title IS 'First non-empty line of the cleaned text.';
COMMENT ON COLUMN articles.body IS 'Cleaned text (Unicode NFC, normalized whitespace, web boilerplate removed). Event spans (char_start/char_end) index into this string.';
COMMENT ON COLUMN articles.language IS 'ISO 639-1 code detected by py3langid (e.g. de, en, fr).';
COMMENT ON COLUMN articles.language_confidence IS 'Normalized probability of the detected language (0..1).';
COMMENT ON COLUMN articles.supported_language IS 'True when the event coder has lexicons for the language (de, en). Other languages are kept but not coded.';
COMMENT ON COLUMN articles.published_date IS 'Publication date: from metadata when present, else inferred from the text, else NULL.';
COMMENT ON COLUMN articles.published_date_basis IS 'How published_date was found: metadata, text_weekday_year (weekday-consistent year, e.g. "Freitag (30. Dezember)" -> 2022-12-30), text_explicit (full date in text), or unknown.';
COMMENT ON COLUMN articles.content_sha256 IS 'sha256 of the raw bytes of source_path.';
COMMENT ON COLUMN articles.source_encoding IS 'Encoding the bytes were decoded with (utf-8, utf-16, cp1252, ...).';
COMMENT ON COLUMN articles.source_format IS 'text or html (html: text extracted from the page).';
COMMENT ON COLUMN articles.n_chars IS 'Length of body in characters.';
COMMENT ON COLUMN articles.ingested_at IS 'When this article was first ingested (UTC). Kept on re-runs so re-running is idempotent.';

CREATE TABLE IF NOT EXISTS article_sources (
    source_path     VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    is_duplicate    BOOLEAN NOT NULL,
    first_seen_at   TIMESTAMP NOT NULL
);
COMMENT ON TABLE article_sources IS 'Every ingested file and the article it carries. Files in = article_sources + rejected_articles.';
COMMENT ON COLUMN article_sources.source_path IS 'Path relative to the articles folder.';
COMMENT ON COLUMN article_sources.article_id IS 'The article (articles.article_id) this file carries.';
COMMENT ON COLUMN article_sources.content_sha256 IS 'sha256 of the raw bytes of this file.';
COMMENT ON COLUMN article_sources.is_duplicate IS 'True when another file (articles.source_path) already carries the same article.';
COMMENT ON COLUMN article_sources.first_seen_at IS 'When this file was first ingested (UTC).';

CREATE TABLE IF NOT EXISTS file_scan_state (
    source_path         VARCHAR PRIMARY KEY,
    file_size           BIGINT NOT NULL,
    file_modified       DOUBLE NOT NULL,
    ingest_fingerprint  VARCHAR NOT NULL
);
COMMENT ON TABLE file_scan_state IS 'Pipeline bookkeeping: each file of article_sources as it was when last read. A full scan does not read a file again while its size, modification time and the ingest fingerprint all match (a file changed in any of them is read again; a file that becomes rejected loses its row).';
COMMENT ON COLUMN file_scan_state.source_path IS 'Path relative to the articles folder (article_sources.source_path).';
COMMENT ON COLUMN file_scan_state.file_size IS 'Size in bytes the listing reported when the file was read.';
COMMENT ON COLUMN file_scan_state.file_modified IS 'Modification time (POSIX seconds) the listing reported when the file was read. Only recorded when it lay at least two seconds before the listing, so a write in the same clock tick as the read cannot go unnoticed.';
COMMENT ON COLUMN file_scan_state.ingest_fingerprint IS 'sha256 of the ingest settings, their pattern files and the ingest code the file was read with (geoevents.ingest.ingest_fingerprint).';

CREATE TABLE IF NOT EXISTS rejected_articles (
    source_path  VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    detail       VARCHAR,
    content_sha256 VARCHAR,
    seen_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (source_path)
);
COMMENT ON TABLE rejected_articles IS 'Files that could not be ingested, one row per file with a specific reason. Nothing is dropped silently.';
COMMENT ON COLUMN rejected_articles.source_path IS 'Path relative to the articles folder.';
COMMENT ON COLUMN rejected_articles.reason IS 'Machine-readable reason (full list with meanings: geoevents/ingest/model.py REJECTION_REASONS): ignored_hidden, unsupported_extension, not_a_file, symlink_outside_root, symlink_loop, broken_symlink, symlinked_directory, unreadable, too_large, empty, binary, undecodable, no_text_in_html, no_text_after_cleaning, too_long_text, error.';
COMMENT ON COLUMN rejected_articles.detail IS 'Human-readable detail (sizes, encodings tried, error message).';
COMMENT ON COLUMN rejected_articles.content_sha256 IS 'sha256 of the bytes when they could be read.';
COMMENT ON COLUMN rejected_articles.seen_at IS 'When the file was first rejected for this reason (UTC).';

-- ---------------------------------------------------------------- extraction output
-- The four tables of coded rows have no PRIMARY KEY (since 2026-11-28; a warehouse created before is rebuilt once
-- without them when this code version first applies the schema: geoevents.warehouse, docs/operations.md). Their ids
-- are unique by construction: event_id, statement_id and mention_id are hashes that
-- include the article_id, actor_mentions rows are unique per (article_id, char_start, char_end, actor_code), each
-- article's rows are deduplicated before they are written, and a batch's write first removes the rows an article
-- had from an earlier coding (in the same transaction). The blocking check events_keys_consistent verifies the
-- uniqueness of the rows each run wrote. A unique index made every write load most of it (~240 MiB of index at
-- 100,000 articles), so a write's cost grew with the warehouse; without it a write costs the same at any size.
CREATE TABLE IF NOT EXISTS events (
    event_id          VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    sentence_index    INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    evidence_text     VARCHAR NOT NULL,
    trigger_text      VARCHAR,
    event_type        VARCHAR NOT NULL,
    cameo_code        VARCHAR NOT NULL,
    cameo_root        VARCHAR NOT NULL,
    plover_mode       VARCHAR,
    plover_context    VARCHAR,
    quad_class        INTEGER,
    goldstein         DOUBLE,
    source_actor      VARCHAR,
    source_sector     VARCHAR,
    source_text       VARCHAR,
    target_actor      VARCHAR,
    target_sector     VARCHAR,
    target_text       VARCHAR,
    negated           BOOLEAN NOT NULL,
    modality          VARCHAR NOT NULL,
    event_date        DATE,
    date_precision    VARCHAR NOT NULL,
    date_text         VARCHAR,
    reporting_source  VARCHAR,
    language          VARCHAR NOT NULL,
    rule_id           VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL
);
COMMENT ON TABLE events IS 'Dyadic political events, one row per (trigger, source, target) coded in a sentence. Symmetric events (meetings, partnerships) are stored once per coded direction.';
COMMENT ON COLUMN events.event_id IS 'Deterministic: sha256 of article_id, span, cameo_code, source, target and rule_id (first 16 hex chars). Unique (the key of the table; checked for each run''s rows by events_keys_consistent, no index).';
COMMENT ON COLUMN events.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN events.sentence_index IS '0-based index of the sentence in the article body.';
COMMENT ON COLUMN events.char_start IS 'Start of the evidence span in articles.body (0-based, inclusive).';
COMMENT ON COLUMN events.char_end IS 'End of the evidence span in articles.body (exclusive).';
COMMENT ON COLUMN events.evidence_text IS 'The sentence (or quote) that produced the event: body[char_start:char_end].';
COMMENT ON COLUMN events.trigger_text IS 'The words that triggered the event code.';
COMMENT ON COLUMN events.event_type IS 'PLOVER event type (CONSULT, AGREE, ACCUSE, ASSAULT, ...) or STATEMENT for CAMEO 01 public statements.';
COMMENT ON COLUMN events.cameo_code IS 'CAMEO event code as a string with leading zeros kept (041, 0312, 1056).';
COMMENT ON COLUMN events.cameo_root IS 'Two-digit CAMEO root (01..20).';
COMMENT ON COLUMN events.plover_mode IS 'PLOVER mode (video, phone, visit, third_location, multilateral, ...) when known.';
COMMENT ON COLUMN events.plover_context IS 'PLOVER context (military, economic, diplomatic, ...) when known.';
COMMENT ON COLUMN events.quad_class IS 'Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.';
COMMENT ON COLUMN events.goldstein IS 'Goldstein conflict-cooperation score (-10..+10) of the CAMEO code.';
COMMENT ON COLUMN events.source_actor IS 'Actor code of the initiator: ISO 3166-1 alpha-3 country, or bloc/IGO code (WST = the West, EUU = EU, NAT = NATO, UNO = UN, ...). See the actors table. NULL when the act names no actor ("Der Angriff tötete drei russische Soldaten"): source_text then holds the noun phrase that stands for it, the target is kept.';
COMMENT ON COLUMN events.source_sector IS 'Sector/role of the source (GOV, MIL, MED, DIP, ...).';
COMMENT ON COLUMN events.source_text IS 'Surface text naming the source (e.g. "Xi", "das US-Außenministerium").';
COMMENT ON COLUMN events.target_actor IS 'Actor code of the recipient (NULL when the event has none).';
COMMENT ON COLUMN events.target_sector IS 'Sector/role of the target.';
COMMENT ON COLUMN events.target_text IS 'Surface text naming the target.';
COMMENT ON COLUMN events.negated IS 'True when the text says the event did not happen ("nicht erwähnt", "no plans to").';
COMMENT ON COLUMN events.modality IS 'asserted, future (intent/plan), hypothetical (conditional), or reported (alleged, "soll ... haben").';
COMMENT ON COLUMN events.event_date IS 'Resolved date of the event (first day of the month/year for month/year precision).';
COMMENT ON COLUMN events.date_precision IS 'day, month, year or unknown.';
COMMENT ON COLUMN events.date_text IS 'The date expression the date was resolved from (NULL when it defaults to the publication date).';
COMMENT ON COLUMN events.reporting_source IS 'Who reports the event when not the article itself (e.g. CCTV).';
COMMENT ON COLUMN events.language IS 'Language the event was coded from.';
COMMENT ON COLUMN events.rule_id IS 'The rule and lexicon entry that produced the row, e.g. "trigger:de:videotreffen->041". Answers "why was this coded?".';
COMMENT ON COLUMN events.extractor_version IS 'Version of the extraction engine and its lexicons.';

CREATE TABLE IF NOT EXISTS statements (
    statement_id      VARCHAR NOT NULL,
    event_id          VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    speaker_actor     VARCHAR,
    speaker_text      VARCHAR,
    addressee_actor   VARCHAR,
    quote_text        VARCHAR,
    is_direct_quote   BOOLEAN NOT NULL,
    reporting_source  VARCHAR,
    quote_char_start  INTEGER,
    quote_char_end    INTEGER
);
COMMENT ON TABLE statements IS 'Statements and quotes, each linked to its STATEMENT event.';
COMMENT ON COLUMN statements.statement_id IS 'Deterministic id (derived from event_id); unique, checked for each run''s rows by events_keys_consistent.';
COMMENT ON COLUMN statements.event_id IS 'The STATEMENT event (events.event_id).';
COMMENT ON COLUMN statements.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN statements.speaker_actor IS 'Actor code of the speaker.';
COMMENT ON COLUMN statements.speaker_text IS 'Surface text naming the speaker ("ein Sprecher des Außenministeriums", "Xi").';
COMMENT ON COLUMN statements.addressee_actor IS 'Actor code of who was addressed or spoken about, when known.';
COMMENT ON COLUMN statements.quote_text IS 'The quoted words (direct quote) or the reported content (indirect speech).';
COMMENT ON COLUMN statements.is_direct_quote IS 'True for text inside quotation marks.';
COMMENT ON COLUMN statements.reporting_source IS 'Who reported the statement ("CCTV" in "wurde Xi von CCTV zitiert").';
COMMENT ON COLUMN statements.quote_char_start IS 'Start of quote_text in articles.body.';
COMMENT ON COLUMN statements.quote_char_end IS 'End of quote_text in articles.body (exclusive).';

CREATE TABLE IF NOT EXISTS sanctions_mentions (
    mention_id      VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    imposer_actor   VARCHAR,
    target_actor    VARCHAR,
    stance          VARCHAR NOT NULL,
    negated         BOOLEAN NOT NULL,
    speaker_actor   VARCHAR,
    evidence_text   VARCHAR NOT NULL,
    rule_id         VARCHAR NOT NULL
);
COMMENT ON TABLE sanctions_mentions IS 'Every mention of sanctions with its stance, also when no full event is coded; also trade measures (tariffs, export controls, import bans, entity lists) when an act is done to them (rule_id starts with trade. instead of sanction.).';
COMMENT ON COLUMN sanctions_mentions.mention_id IS 'Deterministic id (article_id, span, stance); unique, checked for each run''s rows by events_keys_consistent.';
COMMENT ON COLUMN sanctions_mentions.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN sanctions_mentions.sentence_index IS '0-based sentence index in the body.';
COMMENT ON COLUMN sanctions_mentions.char_start IS 'Start of the sanctions or trade-measure word in articles.body.';
COMMENT ON COLUMN sanctions_mentions.char_end IS 'End of the sanctions word (exclusive).';
COMMENT ON COLUMN sanctions_mentions.imposer_actor IS 'Who imposes (or would impose) the sanctions.';
COMMENT ON COLUMN sanctions_mentions.target_actor IS 'Who the sanctions are aimed at.';
COMMENT ON COLUMN sanctions_mentions.stance IS 'impose, threaten, extend, lift, evade, oppose or mention.';
COMMENT ON COLUMN sanctions_mentions.negated IS 'True when the sentence negates the stance.';
COMMENT ON COLUMN sanctions_mentions.speaker_actor IS 'Speaker when the mention is inside a quote.';
COMMENT ON COLUMN sanctions_mentions.evidence_text IS 'The sentence the mention is in.';
COMMENT ON COLUMN sanctions_mentions.rule_id IS 'The rule and lexicon entry that produced the row: sanction.<stance>:<lang>:<word> for sanctions, trade.<stance>:<lang>:<word> for tariffs and other trade measures.';

CREATE TABLE IF NOT EXISTS actor_mentions (
    article_id    VARCHAR NOT NULL,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    actor_code    VARCHAR NOT NULL,
    sector        VARCHAR,
    surface_text  VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    entry_id      VARCHAR NOT NULL
);
COMMENT ON TABLE actor_mentions IS 'Every actor mention recognized in an article (after date-bounded office resolution). One row per (article_id, char_start, char_end, actor_code): the key, checked for each run''s rows by events_keys_consistent, no index.';
COMMENT ON COLUMN actor_mentions.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN actor_mentions.char_start IS 'Start of the mention in articles.body.';
COMMENT ON COLUMN actor_mentions.char_end IS 'End of the mention (exclusive).';
COMMENT ON COLUMN actor_mentions.actor_code IS 'Actor code (actors.actor_code).';
COMMENT ON COLUMN actor_mentions.sector IS 'Sector/role (GOV, MIL, MED, ...).';
COMMENT ON COLUMN actor_mentions.surface_text IS 'The words in the text.';
COMMENT ON COLUMN actor_mentions.sentence_index IS '0-based sentence index.';
COMMENT ON COLUMN actor_mentions.entry_id IS 'The actor lexicon entry that matched (actors.entry_id).';

CREATE TABLE IF NOT EXISTS extraction_log (
    article_id        VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,
    detail            VARCHAR,
    n_sentences       INTEGER,
    n_events          INTEGER,
    PRIMARY KEY (article_id, extractor_version)
);
COMMENT ON TABLE extraction_log IS 'Which articles were coded by which engine version, and with what outcome (coded, skipped_language, too_long, error).';
COMMENT ON COLUMN extraction_log.status IS 'coded, skipped_language (no lexicons for the language), truncated (over the configured limit), or error (detail has the message).';
-- Added after the first release: ALTER ... IF NOT EXISTS adds the column to existing warehouses (idempotent, like
-- every statement here) and keeps the column order of new and migrated warehouses the same.
ALTER TABLE extraction_log ADD COLUMN IF NOT EXISTS run_id VARCHAR;
COMMENT ON COLUMN extraction_log.run_id IS 'The pipeline run (Dagster run id) that last coded the article; NULL for rows written outside a Dagster run or before the column existed. The blocking event checks of a run that coded some articles check the events of exactly those articles.';

-- ---------------------------------------------------------------- aggregates
-- Written by the monthly_interactions asset (SQL in sql/aggregates.sql). The daily aggregate is the view
-- daily_interactions over Parquet files (sql/views.sql).
CREATE TABLE IF NOT EXISTS monthly_interactions (
    month              DATE NOT NULL,
    source_actor       VARCHAR NOT NULL,
    target_actor       VARCHAR NOT NULL,
    event_type         VARCHAR NOT NULL,
    quad_class         INTEGER,
    n_events           BIGINT NOT NULL,
    n_day_precision    BIGINT NOT NULL,
    n_month_precision  BIGINT NOT NULL,
    n_articles         BIGINT NOT NULL,
    goldstein_sum      DOUBLE,
    goldstein_mean     DOUBLE
);
COMMENT ON TABLE monthly_interactions IS 'Asserted, non-negated dyadic events per month, ordered dyad, event type and quad class. Day- and month-precision events both count (n_day_precision + n_month_precision = n_events). Also published as Parquet month=YYYY-MM.';
COMMENT ON COLUMN monthly_interactions.month IS 'First day of the month.';
COMMENT ON COLUMN monthly_interactions.n_day_precision IS 'Events dated to a day in this month (these also appear in daily_interactions).';
COMMENT ON COLUMN monthly_interactions.n_month_precision IS 'Events only dated to this month ("im Februar"); never in daily_interactions.';
COMMENT ON COLUMN monthly_interactions.n_articles IS 'Distinct articles the events come from.';
COMMENT ON COLUMN monthly_interactions.goldstein_sum IS 'Sum of the Goldstein scores (events without a score are left out).';
COMMENT ON COLUMN monthly_interactions.goldstein_mean IS 'Mean Goldstein score of the events that have one.';

-- ---------------------------------------------------------------- bookkeeping
CREATE TABLE IF NOT EXISTS warehouse_meta (
    key    VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL
);
COMMENT ON TABLE warehouse_meta IS 'Pipeline bookkeeping: schema_sha256 (fingerprint of the DDL last applied; the schema is re-applied when sql/*.sql change), reference_sha256 (of the reference rows and sql/reference.sql last loaded: unchanged seeds are not re-loaded), daily_interactions_view_sha256 (of the statement that last defined the daily_interactions view), monthly_interactions_source_sha256 (of the SQL and Parquet location the monthly table was last rebuilt from as a whole: another one rebuilds it).';

-- Months whose monthly_interactions rows are out of date: the extraction adds the months of the events it replaces
-- (old and new rows, in the same transaction), the monthly_interactions asset recomputes exactly these months and
-- empties the table. Recomputing a month from all its events gives the rows a full rebuild would.
CREATE TABLE IF NOT EXISTS monthly_interactions_stale (
    month  DATE NOT NULL
);
COMMENT ON TABLE monthly_interactions_stale IS 'Pipeline bookkeeping: months whose monthly_interactions rows and Parquet file are recomputed by the next monthly_interactions run (events of these months changed since).';
COMMENT ON COLUMN monthly_interactions_stale.month IS 'First day of the month.';
