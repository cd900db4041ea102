"""spaCy-based bilingual (de/en) CAMEO/PLOVER event coder. No Dagster here.

Public API: ``EventCoder``, ``CoderConfig``, ``EXTRACTOR_VERSION``, ``SUPPORTED_LANGUAGES`` and the records in
``geoevents.engine.model``. Rules and lexicons: ``geoevents/engine/assemble.py`` (the assembler and its
drivers), ``geoevents/engine/rules/`` (its rules, one module per concern) and ``seeds/lexicons/``.
"""
from geoevents.engine.coder import (EXTRACTOR_VERSION, SUPPORTED_LANGUAGES, CoderConfig, EventCoder,
                                    ModelLoadError)
from geoevents.engine.model import ActorMention, Event, ExtractionResult, SanctionMention, Statement

__all__ = ["EXTRACTOR_VERSION", "SUPPORTED_LANGUAGES", "CoderConfig", "EventCoder", "ModelLoadError",
           "ActorMention", "Event", "ExtractionResult", "SanctionMention", "Statement"]
