"""geoevents: geopolitical event extraction, independent of Dagster.

Subpackages:
- ``geoevents.ingest``: files -> cleaned articles (decode, boilerplate, language, publication date)
- ``geoevents.engine``: spaCy-based bilingual CAMEO/PLOVER event coder
- ``geoevents.reference``: code tables and lexicons under ``seeds/``
- ``geoevents.warehouse``: DuckDB schema and writes (SQL lives in ``sql/``)
"""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"
SEEDS_DIR = PROJECT_ROOT / "seeds"

__version__ = "0.1.0"
