-- Views for analysts. Blocks are named (-- name: ...) and applied by geoevents.warehouse after schema.sql and
-- reference.sql. Every statement is idempotent.

-- name: daily_interactions_empty
-- Typed, empty stand-in used until the first daily Parquet file exists, so queries and dependent views work
-- on a fresh warehouse. Same columns and types as daily_interactions_parquet.
CREATE OR REPLACE VIEW daily_interactions AS
SELECT
    CAST(NULL AS DATE)    AS date,
    CAST(NULL AS VARCHAR) AS source_actor,
    CAST(NULL AS VARCHAR) AS target_actor,
    CAST(NULL AS VARCHAR) AS event_type,
    CAST(NULL AS INTEGER) AS quad_class,
    CAST(NULL AS BIGINT)  AS n_events,
    CAST(NULL AS BIGINT)  AS n_articles,
    CAST(NULL AS DOUBLE)  AS goldstein_sum,
    CAST(NULL AS DOUBLE)  AS goldstein_mean
WHERE false;

-- name: daily_interactions_parquet
-- daily_interactions over the published Parquet files (Hive folders date=YYYY-MM-DD). DDL cannot take
-- prepared parameters, so :parquet_glob is replaced by a quoted, escaped string literal of the configured
-- location (never by article data).
CREATE OR REPLACE VIEW daily_interactions AS
SELECT
    CAST(date AS DATE)          AS date,
    source_actor,
    target_actor,
    event_type,
    CAST(quad_class AS INTEGER) AS quad_class,
    n_events,
    n_articles,
    goldstein_sum,
    goldstein_mean
FROM read_parquet(:parquet_glob, hive_partitioning = true, hive_types = {'date': DATE});

-- name: eligible_events
-- The events every aggregate counts (sql/aggregates.sql reads only this view): asserted, not negated, with a
-- source and a target actor. Each aggregate adds its date condition (day precision for daily_interactions, day
-- or month for monthly_interactions). Additive: no table or earlier view changed.
CREATE OR REPLACE VIEW eligible_events AS
SELECT *
FROM events
WHERE modality = 'asserted'
  AND NOT negated
  AND source_actor IS NOT NULL
  AND target_actor IS NOT NULL;
COMMENT ON VIEW eligible_events IS 'Events the aggregates count: asserted, not negated, with source and target actor (all columns of events). daily_interactions adds date_precision = ''day''; monthly_interactions adds day or month precision.';

-- name: analyst_views
CREATE OR REPLACE VIEW china_russia_us_daily AS
SELECT *
FROM daily_interactions
WHERE source_actor IN ('CHN', 'RUS', 'USA')
  AND target_actor IN ('CHN', 'RUS', 'USA')
  AND source_actor <> target_actor;

CREATE OR REPLACE VIEW china_russia_us_monthly AS
SELECT *
FROM monthly_interactions
WHERE source_actor IN ('CHN', 'RUS', 'USA')
  AND target_actor IN ('CHN', 'RUS', 'USA')
  AND source_actor <> target_actor;

-- Each event with its article and evidence: "why was this coded?" in one place.
CREATE OR REPLACE VIEW events_explained AS
SELECT
    e.event_id,
    e.event_date,
    e.date_precision,
    e.event_type,
    e.cameo_code,
    e.source_actor,
    e.source_text,
    e.target_actor,
    e.target_text,
    e.modality,
    e.negated,
    e.rule_id,
    e.trigger_text,
    e.evidence_text,
    e.reporting_source,
    e.extractor_version,
    a.article_id,
    a.title            AS article_title,
    a.source_path      AS article_source_path,
    a.published_date   AS article_published_date
FROM events AS e
JOIN articles AS a USING (article_id);
