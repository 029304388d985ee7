"""Properties that hold for any input: extraction never raises, evidence always slices."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.corpus import read_article
from claimcheck.errors import ArticleError
from claimcheck.extract.article import extract
from claimcheck.settings import Settings

WIRE_WORDS = st.sampled_from(
    [
        "General", "Minister", "met", "with", "said", "noted", "the", "guest", "on", "March",
        "9", "Thursday", "“quoted words”", '"', ",", ".", "\n", "\n\n", "Lt-Gen", "Hasanov",
        "Oğuz", "up to", "250", "personnel", "It was noted that", "visited", "He", "NATO",
        "(LANDCOM)", "2023", "—", "|", "told News.Az", "BAKU, Azerbaijan, March 9.",
    ]
)  # fmt: skip

texts = st.one_of(
    st.text(max_size=400),
    st.lists(WIRE_WORDS, max_size=80).map(" ".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_and_evidence_slices(text):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "a.txt"
        path.write_text(text, encoding="utf-8", newline="")
        config = Settings(corpus=root)
        try:
            article = read_article(path, root, config)
        except ArticleError:
            return
        claims = extract(article, config)
        decoded = article.text
        for claim in claims.claims:
            evidence = claim.evidence
            assert decoded[evidence.start : evidence.end] == evidence.sentence
            assert evidence.line == decoded.count("\n", 0, evidence.start) + 1 or "\r" in decoded
