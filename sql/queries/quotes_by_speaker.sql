-- Statements and quotes: who said what to (or about) whom, and who reported it.
SELECT
    e.event_date,
    s.speaker_actor,
    s.speaker_text,
    s.addressee_actor,
    s.is_direct_quote,
    s.reporting_source,
    s.quote_text,
    a.title AS article_title
FROM statements AS s
JOIN events AS e USING (event_id)
JOIN articles AS a ON a.article_id = s.article_id
ORDER BY e.event_date DESC NULLS LAST, s.speaker_actor, s.quote_char_start;
