"""The generated benchmark corpus writes names as outlets do (`bench/make_corpus.py`)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "bench" / "make_corpus.py"
_spec = importlib.util.spec_from_file_location("make_corpus", _PATH)
assert _spec is not None and _spec.loader is not None
make_corpus = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_corpus", make_corpus)  # its dataclasses look their module up
_spec.loader.exec_module(make_corpus)


def test_ascii_spellings_keep_the_case_of_every_letter():
    for source, target in make_corpus.ASCII_SPELLING.items():
        assert chr(source).isupper() == chr(target).isupper(), (chr(source), chr(target))
    assert "Žukauskas".translate(make_corpus.ASCII_SPELLING) == "Zukauskas"
