-- Pipeline health: files in vs. articles, rejections by reason, extraction outcomes per engine version.
SELECT 'files ingested' AS what, NULL AS detail, count(*) AS n FROM article_sources
UNION ALL SELECT 'duplicate files', NULL, count(*) FROM article_sources WHERE is_duplicate
UNION ALL SELECT 'distinct articles', NULL, count(*) FROM articles
UNION ALL SELECT 'articles by language', language, count(*) FROM articles GROUP BY language
UNION ALL SELECT 'files rejected', reason, count(*) FROM rejected_articles GROUP BY reason
UNION ALL SELECT 'extraction ' || status, extractor_version, count(*) FROM extraction_log GROUP BY status, extractor_version
ORDER BY what, detail;
