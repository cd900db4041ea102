-- Why was this coded? Every event of one day with the rule that fired, the evidence sentence, the actors'
-- names and the CAMEO code's name. Change the date (or filter on event_id) to inspect other events.
SELECT
    e.event_date,
    e.date_precision,
    e.event_type,
    e.cameo_code,
    c.name                     AS cameo_name,
    e.source_actor,
    src.name                   AS source_name,
    e.source_text,
    e.target_actor,
    tgt.name                   AS target_name,
    e.target_text,
    e.modality,
    e.negated,
    e.rule_id,
    e.trigger_text,
    e.evidence_text,
    a.title                    AS article_title,
    a.source_path              AS article_file
FROM events AS e
JOIN articles AS a USING (article_id)
LEFT JOIN cameo_codes AS c ON c.code = e.cameo_code
LEFT JOIN actor_codes AS src ON src.code = e.source_actor
LEFT JOIN actor_codes AS tgt ON tgt.code = e.target_actor
WHERE e.event_date = DATE '2022-12-30'
ORDER BY a.article_id, e.sentence_index, e.char_start, e.event_type;
