-- Statements the pipeline runs against the warehouse (geoevents/warehouse.py). Blocks are named (-- name: ...);
-- a block may hold several statements separated by ";" at the end of a line. Incoming rows arrive as registered
-- Arrow tables (incoming_*); every other value is a bound parameter ($name).

-- ---------------------------------------------------------------- ingestion
-- name: upsert_articles
-- The first ingestion of an article wins: re-runs keep ingested_at and the date inferred on that day.
INSERT INTO articles BY NAME SELECT * FROM incoming_articles
ON CONFLICT (article_id) DO NOTHING;

-- name: upsert_article_sources
-- is_duplicate is decided against the stored article, so a copy ingested in a later run is still a duplicate.
INSERT INTO article_sources (source_path, article_id, content_sha256, is_duplicate, first_seen_at)
SELECT s.source_path, s.article_id, s.content_sha256, s.source_path <> a.source_path, s.first_seen_at
FROM incoming_article_sources AS s
JOIN articles AS a USING (article_id)
ON CONFLICT (source_path) DO UPDATE SET
    article_id = excluded.article_id,
    content_sha256 = excluded.content_sha256,
    is_duplicate = excluded.is_duplicate;
-- A file that used to be rejected and now ingests (fixed encoding, raised size limit) is no longer rejected.
DELETE FROM rejected_articles WHERE source_path IN (SELECT source_path FROM incoming_article_sources);

-- name: replace_file_scan_state
-- The state each ingested file was read in (rows only for files whose listing gave a size and an old enough
-- modification time): a later full scan skips the file while the listing still says the same.
DELETE FROM file_scan_state WHERE source_path IN (SELECT source_path FROM incoming_article_sources);
INSERT INTO file_scan_state BY NAME SELECT * FROM incoming_file_scan_state;

-- name: recorded_file_scan_state
-- Files still in article_sources with the state they were read in under this ingest fingerprint.
SELECT f.source_path, f.file_size, f.file_modified
FROM file_scan_state AS f
JOIN article_sources AS s USING (source_path)
WHERE f.ingest_fingerprint = $fingerprint;

-- name: upsert_rejected_articles
INSERT INTO rejected_articles BY NAME SELECT * FROM incoming_rejected_articles
ON CONFLICT (source_path) DO UPDATE SET
    reason = excluded.reason,
    detail = excluded.detail,
    content_sha256 = excluded.content_sha256,
    seen_at = CASE WHEN rejected_articles.reason = excluded.reason THEN rejected_articles.seen_at ELSE excluded.seen_at END;
-- Files in = article_sources + rejected_articles: a file is in exactly one of them.
DELETE FROM article_sources WHERE source_path IN (SELECT source_path FROM incoming_rejected_articles);
DELETE FROM file_scan_state WHERE source_path IN (SELECT source_path FROM incoming_rejected_articles);

-- name: ingest_counts
SELECT
    (SELECT count(*) FROM articles)                                   AS n_articles,
    (SELECT count(*) FROM article_sources)                            AS n_article_sources,
    (SELECT count(*) FROM article_sources WHERE is_duplicate)         AS n_duplicate_sources,
    (SELECT count(*) FROM rejected_articles)                          AS n_rejected;

-- name: articles_by_language
SELECT language, count(*) AS n_articles FROM articles GROUP BY language ORDER BY n_articles DESC, language;

-- name: rejections_by_reason
SELECT reason, count(*) AS n_files FROM rejected_articles GROUP BY reason ORDER BY n_files DESC, reason;

-- ---------------------------------------------------------------- extraction
-- name: pending_articles
-- In storage order (rowid) with the row number: the extract asset reads each batch's bodies from one range of
-- rows (articles_for_extraction_in_rows) instead of scanning every body of the table per batch.
SELECT article_id, rowid AS storage_row
FROM articles AS a
WHERE $reprocess_all
   OR NOT EXISTS (SELECT 1 FROM extraction_log AS l
                  WHERE l.article_id = a.article_id AND l.extractor_version = $extractor_version)
ORDER BY rowid;

-- name: articles_for_extraction
SELECT article_id, body, language, published_date, supported_language
FROM articles
WHERE article_id IN (SELECT unnest($article_ids))
ORDER BY article_id;

-- name: articles_for_extraction_in_rows
-- The same rows when the ids lie in rowid range [$first_row, $last_row]: DuckDB then reads only the row groups of
-- that range (an id list alone scanned the whole body column: ~1 s per batch at 100,000 articles).
SELECT article_id, body, language, published_date, supported_language
FROM articles
WHERE rowid BETWEEN $first_row AND $last_row
  AND article_id IN (SELECT unnest($article_ids))
ORDER BY article_id;

-- name: previously_coded_batch_articles
-- The batch's articles coded before (by any engine version): only they can have rows to replace. Every write of
-- coded rows writes the article's extraction_log row in the same transaction, so an article without one has none.
SELECT DISTINCT article_id
FROM extraction_log
WHERE article_id IN (SELECT article_id FROM incoming_batch_articles);

-- name: day_dates_of_replaced_events
-- Days whose daily aggregate changes when the stored events of incoming_replaced_articles go.
SELECT DISTINCT event_date
FROM events
WHERE article_id IN (SELECT article_id FROM incoming_replaced_articles)
  AND date_precision = 'day'
  AND event_date IS NOT NULL;

-- name: day_dates_of_incoming_events
-- Days whose daily aggregate changes when the batch's new events come in.
SELECT DISTINCT event_date
FROM incoming_events
WHERE date_precision = 'day'
  AND event_date IS NOT NULL;

-- name: mark_months_of_replaced_events_stale
-- Months whose monthly aggregate changes when the stored events of incoming_replaced_articles go (run before they
-- are deleted, in the batch's transaction); the monthly_interactions asset recomputes them.
INSERT INTO monthly_interactions_stale (month)
SELECT DISTINCT CAST(date_trunc('month', event_date) AS DATE)
FROM events
WHERE article_id IN (SELECT article_id FROM incoming_replaced_articles)
  AND date_precision IN ('day', 'month')
  AND event_date IS NOT NULL
EXCEPT
SELECT month FROM monthly_interactions_stale;

-- name: mark_months_of_incoming_events_stale
-- Months whose monthly aggregate changes when the batch's new events come in (same transaction).
INSERT INTO monthly_interactions_stale (month)
SELECT DISTINCT CAST(date_trunc('month', event_date) AS DATE)
FROM incoming_events
WHERE date_precision IN ('day', 'month')
  AND event_date IS NOT NULL
EXCEPT
SELECT month FROM monthly_interactions_stale;

-- name: delete_replaced_extraction
-- The rows of the batch's previously coded articles (any engine version) go; the extraction_log rows only of the
-- versions the batch writes (a log row per article and version is the table's key).
DELETE FROM events WHERE article_id IN (SELECT article_id FROM incoming_replaced_articles);
DELETE FROM statements WHERE article_id IN (SELECT article_id FROM incoming_replaced_articles);
DELETE FROM sanctions_mentions WHERE article_id IN (SELECT article_id FROM incoming_replaced_articles);
DELETE FROM actor_mentions WHERE article_id IN (SELECT article_id FROM incoming_replaced_articles);
DELETE FROM extraction_log
WHERE article_id IN (SELECT article_id FROM incoming_replaced_articles)
  AND extractor_version IN (SELECT DISTINCT extractor_version FROM incoming_extraction_log);

-- name: insert_batch_extraction
-- The batch's new rows. The log rows name the run that wrote them ($run_id, NULL outside a pipeline run): that
-- run's event checks read them.
INSERT INTO events BY NAME SELECT * FROM incoming_events;
INSERT INTO statements BY NAME SELECT * FROM incoming_statements;
INSERT INTO sanctions_mentions BY NAME SELECT * FROM incoming_sanctions_mentions;
INSERT INTO actor_mentions BY NAME SELECT * FROM incoming_actor_mentions;
INSERT INTO extraction_log BY NAME SELECT * REPLACE (CAST($run_id AS VARCHAR) AS run_id) FROM incoming_extraction_log;

-- name: events_by_type
SELECT event_type, count(*) AS n_events FROM events GROUP BY event_type ORDER BY n_events DESC, event_type;

-- name: events_by_language
SELECT language, count(*) AS n_events FROM events GROUP BY language ORDER BY n_events DESC, language;

-- name: extraction_status_counts
SELECT status, count(*) AS n_articles
FROM extraction_log
WHERE extractor_version = $extractor_version
GROUP BY status
ORDER BY n_articles DESC, status;

-- name: table_row_count_events
SELECT
    (SELECT count(*) FROM events)             AS events,
    (SELECT count(*) FROM statements)         AS statements,
    (SELECT count(*) FROM sanctions_mentions) AS sanctions_mentions,
    (SELECT count(*) FROM actor_mentions)     AS actor_mentions,
    (SELECT count(*) FROM extraction_log)     AS extraction_log;

-- ---------------------------------------------------------------- reference tables
-- name: replace_reference_tables
-- Reference tables mirror the seed CSVs exactly: replaced as a whole in one transaction.
DELETE FROM cameo_codes;
DELETE FROM actors;
DELETE FROM actor_codes;
DELETE FROM places;
INSERT INTO cameo_codes BY NAME SELECT * FROM incoming_cameo_codes;
INSERT INTO actors BY NAME SELECT * FROM incoming_actors;
INSERT INTO actor_codes BY NAME SELECT * FROM incoming_actor_codes;
INSERT INTO places BY NAME SELECT * FROM incoming_places;

-- ---------------------------------------------------------------- aggregates
-- name: stale_months
SELECT DISTINCT month FROM monthly_interactions_stale ORDER BY month;

-- name: monthly_interactions_counts
SELECT count(*) AS rows, count(DISTINCT month) AS months FROM monthly_interactions;

-- name: replace_monthly_interactions
-- The recomputed months ($all_months: every month) replace their rows; no month is stale afterwards.
DELETE FROM monthly_interactions WHERE $all_months OR month IN (SELECT month FROM monthly_interactions_stale);
INSERT INTO monthly_interactions BY NAME SELECT * FROM incoming_monthly_interactions;
DELETE FROM monthly_interactions_stale;

-- ---------------------------------------------------------------- checks
-- Each check reads the whole tables when $run_id is NULL, else only the events (and articles, statements) of the
-- articles that run coded (extraction_log.run_id): a run that codes one new article checks that article, not a
-- warehouse of 100,000. The run's articles are named in a CTE and filtered on both sides of a join, so DuckDB
-- reads only their rows (filtering only the events side still read every article body).

-- name: run_coding_counts
-- Articles the run coded (this extractor version or any) and all articles: when they are equal the run coded
-- everything and the checks read the whole tables.
SELECT
    (SELECT count(*) FROM extraction_log WHERE run_id = $run_id) AS n_articles_coded_in_run,
    (SELECT count(*) FROM articles)                             AS n_articles;

-- name: check_event_keys
-- The keys of the coded rows (no unique index holds them: sql/schema.sql) and their links: duplicate event,
-- statement and sanctions-mention ids and actor mentions, events without their article, statements without their
-- event. An id is derived from its article_id, so a duplicate lies within one article: the run's articles suffice.
WITH run_articles AS (SELECT article_id FROM extraction_log WHERE run_id = $run_id),
checked_events AS (
    SELECT event_id, article_id FROM events
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM run_articles)),
checked_articles AS (
    SELECT article_id FROM articles
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM run_articles)),
checked_statements AS (
    SELECT statement_id, event_id FROM statements
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM run_articles)),
checked_sanctions AS (
    SELECT mention_id FROM sanctions_mentions
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM run_articles)),
checked_actor_mentions AS (
    SELECT article_id, char_start, char_end, actor_code FROM actor_mentions
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM run_articles))
-- A statement's event belongs to the statement's article, so the run's statements are matched with its events.
SELECT 'duplicate_event_id' AS problem, event_id AS id FROM checked_events GROUP BY event_id HAVING count(*) > 1
UNION ALL
SELECT 'duplicate_statement_id', statement_id FROM checked_statements GROUP BY statement_id HAVING count(*) > 1
UNION ALL
SELECT 'duplicate_sanctions_mention_id', mention_id FROM checked_sanctions GROUP BY mention_id HAVING count(*) > 1
UNION ALL
SELECT 'duplicate_actor_mention', concat_ws(':', article_id, char_start, char_end, actor_code)
FROM checked_actor_mentions GROUP BY article_id, char_start, char_end, actor_code HAVING count(*) > 1
UNION ALL
SELECT 'event_without_article', e.event_id FROM checked_events AS e ANTI JOIN checked_articles AS a USING (article_id)
UNION ALL
SELECT 'statement_without_event', s.statement_id
FROM checked_statements AS s ANTI JOIN checked_events AS e USING (event_id)
ORDER BY problem, id
LIMIT 50;

-- name: check_codes_in_reference
WITH checked_events AS (
    SELECT event_id, source_actor, target_actor, cameo_code FROM events
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM extraction_log WHERE run_id = $run_id))
SELECT 'unknown_source_actor' AS problem, e.event_id, e.source_actor AS code
FROM checked_events AS e WHERE e.source_actor IS NOT NULL AND e.source_actor NOT IN (SELECT code FROM actor_codes)
UNION ALL
SELECT 'unknown_target_actor', e.event_id, e.target_actor
FROM checked_events AS e WHERE e.target_actor IS NOT NULL AND e.target_actor NOT IN (SELECT code FROM actor_codes)
UNION ALL
SELECT 'unknown_cameo_code', e.event_id, e.cameo_code
FROM checked_events AS e WHERE e.cameo_code NOT IN (SELECT code FROM cameo_codes)
ORDER BY problem, event_id
LIMIT 50;

-- name: check_evidence_spans
-- Spans index code points of articles.body (Python str indices); DuckDB substring is 1-based.
WITH run_articles AS (SELECT article_id FROM extraction_log WHERE run_id = $run_id),
checked_events AS (
    SELECT event_id, article_id, char_start, char_end, evidence_text FROM events
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM run_articles)),
checked_articles AS (
    SELECT article_id, body FROM articles
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM run_articles))
SELECT e.event_id, e.char_start, e.char_end, length(a.body) AS body_length
FROM checked_events AS e
JOIN checked_articles AS a USING (article_id)
WHERE e.char_start < 0
   OR e.char_end > length(a.body)
   OR e.char_end <= e.char_start
   OR substring(a.body, e.char_start + 1, e.char_end - e.char_start) <> e.evidence_text
ORDER BY e.event_id
LIMIT 50;

-- name: check_event_dates_not_after_publication
WITH run_articles AS (SELECT article_id FROM extraction_log WHERE run_id = $run_id),
checked_events AS (
    SELECT event_id, article_id, event_date, date_precision, modality, negated FROM events
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM run_articles)),
checked_articles AS (
    SELECT article_id, published_date FROM articles
    WHERE $run_id IS NULL OR article_id IN (SELECT article_id FROM run_articles))
SELECT e.event_id, e.event_date, e.date_precision, a.published_date
FROM checked_events AS e
JOIN checked_articles AS a USING (article_id)
WHERE e.modality = 'asserted'
  AND NOT e.negated
  AND e.event_date IS NOT NULL
  AND a.published_date IS NOT NULL
  AND e.event_date > a.published_date
ORDER BY e.event_id
LIMIT 50;

-- ---------------------------------------------------------------- bookkeeping
-- name: table_columns
-- Columns of a table or view in definition order: Arrow schemas of incoming rows, Dagster column schemas.
SELECT column_name, data_type, comment
FROM duckdb_columns()
WHERE table_name = $table
ORDER BY column_index;

-- name: existing_tables_and_views
-- Which of $names exist: apply_schema creates only what is missing.
SELECT table_name AS name FROM duckdb_tables() WHERE table_name IN (SELECT unnest($names))
UNION ALL
SELECT view_name FROM duckdb_views() WHERE view_name IN (SELECT unnest($names));

-- name: applied_schema_fingerprint
SELECT value FROM warehouse_meta WHERE key = 'schema_sha256';

-- name: tables_with_primary_key
-- Which of $names have a PRIMARY KEY (the coded-row tables of a warehouse created before 2026-11-28).
SELECT DISTINCT table_name FROM duckdb_constraints()
WHERE constraint_type = 'PRIMARY KEY' AND table_name IN (SELECT unnest($names))
ORDER BY table_name;

-- name: record_schema_fingerprint
INSERT OR REPLACE INTO warehouse_meta (key, value) VALUES ('schema_sha256', $fingerprint);

-- name: meta_value
-- Bookkeeping value the pipeline compares before re-writing something that may not have changed: the
-- reference tables (reference_sha256) and the daily_interactions view (daily_interactions_view_sha256).
SELECT value FROM warehouse_meta WHERE key = $key;

-- name: set_meta_value
INSERT OR REPLACE INTO warehouse_meta (key, value) VALUES ($key, $value);
