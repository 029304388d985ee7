"""Extraction in worker processes gives exactly what extraction in one process gives."""

from __future__ import annotations

import shutil
from pathlib import Path

from claimcheck.corpus import read_article
from claimcheck.errors import ArticleError
from claimcheck.parallel import MIN_PARALLEL, extract_many
from claimcheck.settings import Settings
from claimcheck.writer import to_json

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _corpus(folder: Path, copies: int) -> list[Path]:
    """The seed articles copied under several names, with one unreadable file among them."""
    paths = []
    seeds = sorted(CORPUS.glob("*.txt"))
    for number in range(copies):
        for seed in seeds:
            target = folder / f"{number:03d}_{seed.name}"
            shutil.copyfile(seed, target)
            paths.append(target)
    broken = folder / "zz_empty.txt"
    broken.write_text("   \n", encoding="utf-8")
    paths.insert(len(paths) // 2, broken)
    return paths


def test_two_workers_give_the_claims_one_process_gives(tmp_path):
    paths = _corpus(tmp_path, copies=8)
    assert len(paths) >= MIN_PARALLEL  # so that a pool is really used
    settings = Settings(corpus=tmp_path)
    serial = extract_many(paths, settings, jobs=1)
    parallel = extract_many(paths, settings, jobs=2)
    assert [_shown(o) for o in serial] == [_shown(o) for o in parallel]
    errors = [o for o in parallel if isinstance(o, ArticleError)]
    assert [e.path for e in errors] == [str(tmp_path / "zz_empty.txt")]
    assert "empty file" in str(errors[0])


def test_articles_already_read_are_extracted_in_order(tmp_path):
    paths = [p for p in _corpus(tmp_path, copies=1) if p.name != "zz_empty.txt"]
    settings = Settings(corpus=tmp_path)
    articles = [read_article(p, tmp_path, settings) for p in paths]
    outcomes = extract_many(articles, settings, jobs=2)
    assert [o.article.id for o in outcomes] == [a.id for a in articles]


def _shown(outcome) -> str:
    return str(outcome) if isinstance(outcome, ArticleError) else to_json(outcome)


def _collector_on(_item: object) -> bool:
    import gc

    return gc.isenabled()


def test_runs_and_their_workers_go_without_the_cycle_collector():
    import subprocess
    import sys

    from claimcheck.parallel import map_ordered

    assert not any(map_ordered(_collector_on, list(range(4)), 2, chunk=1, minimum=2))
    script = (
        "import gc, sys\n"
        "from claimcheck.cli import main\n"
        "sys.argv = ['claimcheck', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('on' if gc.isenabled() else 'off')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.stdout.split()[-1] == "off", out.stderr
