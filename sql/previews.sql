-- Row previews shown as materialization metadata in the Dagster UI (assets/*.py): a few rows an engineer can
-- eyeball. Blocks are named after the table they preview (-- name: ...).

-- name: articles
SELECT article_id, language, published_date, published_date_basis, title
FROM articles
ORDER BY ingested_at DESC, article_id
LIMIT 10;

-- name: events
SELECT event_date, date_precision, event_type, cameo_code, source_actor, target_actor, modality, negated, rule_id
FROM events
ORDER BY event_date DESC NULLS LAST, event_id
LIMIT 15;

-- name: statements
SELECT speaker_actor, addressee_actor, is_direct_quote, reporting_source, quote_text
FROM statements
ORDER BY article_id, statement_id
LIMIT 15;

-- name: sanctions_mentions
SELECT imposer_actor, target_actor, stance, negated, evidence_text, rule_id
FROM sanctions_mentions
ORDER BY article_id, char_start
LIMIT 15;

-- name: actor_mentions
SELECT actor_code, sector, surface_text, entry_id
FROM actor_mentions
ORDER BY article_id, char_start
LIMIT 15;

-- name: extraction_log
SELECT article_id, extractor_version, status, detail, n_sentences, n_events
FROM extraction_log
ORDER BY status DESC, article_id
LIMIT 15;

-- name: cameo_codes
SELECT code, name, goldstein, quad_class, plover_type, plover_mode
FROM cameo_codes
ORDER BY code
LIMIT 20;

-- name: actor_codes
SELECT *
FROM actor_codes
ORDER BY code
LIMIT 20;

-- name: monthly_interactions
SELECT month, source_actor, target_actor, event_type, quad_class, n_events, n_articles, goldstein_mean
FROM monthly_interactions
ORDER BY month DESC, n_events DESC, source_actor, target_actor, event_type
LIMIT 20;
