"""Language identification with py3langid (model shipped in the wheel, no download)."""
from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Unrestricted on purpose: all ~97 languages of the model, so a French or Italian article is labelled
    # as such (and later skipped by the coder) instead of being forced into de or en.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, sample_chars: int = 3000) -> tuple[str, float]:
    """ISO 639-1 code and normalized confidence (0..1) of the text, judged on its first ``sample_chars``."""
    sample = text[:sample_chars]
    if len(text) > sample_chars:
        # Cut at a word boundary so a half word does not add a spurious n-gram.
        cut = sample.rfind(" ")
        if cut > sample_chars // 2:
            sample = sample[:cut]
    language, confidence = _identifier().classify(sample)
    return language, round(float(confidence), 4)
