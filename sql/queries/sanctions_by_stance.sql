-- Sanctions mentions by stance (impose, threaten, evade, oppose, ...), imposer and target, with an example.
SELECT
    stance,
    negated,
    coalesce(imposer_actor, '?')      AS imposer_actor,
    coalesce(target_actor, '?')       AS target_actor,
    count(*)                          AS n_mentions,
    count(DISTINCT article_id)        AS n_articles,
    min(evidence_text)                AS example_sentence
FROM sanctions_mentions
GROUP BY ALL
ORDER BY n_mentions DESC, stance, imposer_actor, target_actor;
