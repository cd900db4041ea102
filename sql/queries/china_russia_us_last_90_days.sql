-- China-Russia-US interactions over the last 90 days that have data, per ordered dyad and event type.
-- Run: duckdb -readonly data/warehouse.duckdb < sql/queries/china_russia_us_last_90_days.sql
WITH latest AS (SELECT max(date) AS last_day FROM china_russia_us_daily)
SELECT
    source_actor || '->' || target_actor AS dyad,
    event_type,
    sum(n_events)                        AS n_events,
    sum(n_articles)                      AS n_article_days,
    round(sum(goldstein_sum) / nullif(sum(n_events), 0), 2) AS mean_goldstein,
    min(date)                            AS first_day,
    max(date)                            AS last_day
FROM china_russia_us_daily, latest
WHERE date > latest.last_day - INTERVAL 90 DAY
GROUP BY ALL
ORDER BY dyad, n_events DESC, event_type;
