"""Language identification with py3langid (model shipped in the wheel, no download)."""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from py3langid.langid import MODEL_FILE, LanguageIdentifier


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Unrestricted on purpose: all ~97 languages of the model, so a French or Italian article is labelled
    # as such (and later skipped by the coder) instead of being forced into de or en.
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # The model ships its feature table as float16, for which numpy has no fast matrix product; the same
    # values as float32 (+28 MB) make scoring about three times faster with identical results.
    if getattr(identifier.nb_ptc, "dtype", None) == np.float16:
        identifier.nb_ptc = identifier.nb_ptc.astype(np.float32)
    return identifier


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
