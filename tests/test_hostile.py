"""Input claimcheck must refuse clearly, and output no file name or article text can break.

Each test builds its corpus from bytes and runs the command line through typer's CliRunner
(or the corpus reader where the point is the reader's error), asserting the one-line
message, the exit code, and what was or was not written.
"""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.corpus import read_corpus, survey
from claimcheck.errors import ArticleError, CorpusError, UnreadableError
from claimcheck.report import escape_cell
from claimcheck.settings import Settings
from test_report import assert_no_injection, assert_tables_well_formed

STORY = (
    "KYIV, May 3 (Reuters) - Ukrainian Defence Minister Taras Melnyk met Polish Deputy "
    "Defence Minister Anna Wrobel in Kyiv on Friday, the ministry said on May 3, 2024.\n\n"
    "Air defences shot down 14 drones overnight, the air force said.\n"
)
OTHER = (
    "BAKU, Azerbaijan, June 4. Georgian Defence Minister Levan Abashidze met Brigadier "
    "General Tomas Lindqvist of Sweden on June 4, 2024, Trend reports.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    """tmp_path/corpus with two good articles; tmp_path is the working folder."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "reuters.txt").write_text(STORY, encoding="utf-8")
    (folder / "trend.txt").write_text(OTHER, encoding="utf-8")
    return folder


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


def claim_ids(folder: Path = Path("claims")) -> list[str]:
    return sorted(
        json.loads(p.read_text(encoding="utf-8"))["article"]["id"] for p in folder.rglob("*.json")
    )


def run_compare(runner: CliRunner, *extra: str):
    result = runner.invoke(app, ["compare", "corpus", *extra])
    assert "Traceback" not in result.output
    return result


def finishes(target, seconds: float = 20.0) -> bool:
    """True when `target()` returns within `seconds` (a hang fails the test, not the suite)."""
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    return not thread.is_alive()


# --- refused files: the run goes on ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("doc.txt", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "binary file"),
        ("ctrl.txt", bytes(range(1, 9)) * 20 + b"text", "binary file"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"\r\n \t\r\n", "empty file"),
        ("nul16.txt", "odd".encode("utf-16-le") + b"\x00", "binary file"),
        ("page.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
        ("export.json", b'{"title": "t",\n"maintext": }', "malformed JSON"),
        ("list.json", b'[{"maintext": "a"}]', "JSON list"),
    ],
)
def test_unusable_file_is_skipped_with_one_warning(runner, corpus, name, data, reason):
    (corpus / name).write_bytes(data)
    result = run_compare(runner)
    assert result.exit_code == 0
    [warning] = warnings(result)
    assert warning.startswith(f"warning: corpus/{name}") and reason in warning
    assert warning.endswith("(skipped)")
    assert claim_ids() == ["reuters", "trend"]


def test_file_over_the_size_limit_is_skipped(runner, corpus):
    limit = Settings(corpus=corpus).max_file_bytes
    (corpus / "huge.txt").write_bytes(b"Lima hosted the fair. " * (limit // 22 + 1))
    result = run_compare(runner)
    assert result.exit_code == 0
    [warning] = warnings(result)
    assert f"corpus/huge.txt: larger than {limit} bytes" in warning
    assert claim_ids() == ["reuters", "trend"]


def test_size_limit_is_configurable(corpus):
    items = list(read_corpus(Settings(corpus=corpus, max_file_bytes=50)))
    assert [str(i) for i in items if isinstance(i, ArticleError)] == [
        f"{corpus}/reuters.txt: larger than 50 bytes",
        f"{corpus}/trend.txt: larger than 50 bytes",
    ]


def test_malformed_front_matter_names_file_and_line(runner, corpus):
    (corpus / "broken.md").write_bytes(b"---\r\noutlet: Trend\r\ntitle: [x\r\n---\r\nBody.\r\n")
    result = run_compare(runner)
    assert result.exit_code == 0
    [warning] = warnings(result)
    assert warning.startswith("warning: corpus/broken.md:3: malformed front matter")
    assert "broken" not in claim_ids()


def test_unreadable_file_is_one_line(runner, corpus, monkeypatch):
    locked = corpus / "locked.txt"
    locked.write_text(STORY, encoding="utf-8")
    real_open = os.open

    def deny(path, flags, *args):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", deny)
    errors = [i for i in read_corpus(Settings(corpus=corpus)) if isinstance(i, ArticleError)]
    assert [type(e) for e in errors] == [UnreadableError]
    assert str(errors[0]) == f"{locked}: cannot read: Permission denied"
    result = run_compare(runner)
    [warning] = warnings(result)
    assert warning == "warning: corpus/locked.txt: cannot read: Permission denied (skipped)"
    assert "locked" not in claim_ids()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_permissions(runner, corpus):
    locked = corpus / "locked.txt"
    locked.write_text(STORY, encoding="utf-8")
    locked.chmod(0)
    try:
        result = run_compare(runner)
    finally:
        locked.chmod(0o644)
    assert "corpus/locked.txt: cannot read: Permission denied" in result.stderr


def test_unreadable_sub_folder_is_reported_not_dropped(corpus, monkeypatch):
    (corpus / "locked").mkdir()
    (corpus / "locked" / "a.txt").write_text(STORY, encoding="utf-8")
    real_scandir = os.scandir

    def deny(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    paths, refused = survey(corpus, (".txt",))
    assert [p.name for p in paths] == ["reuters.txt", "trend.txt"]
    assert [str(e) for e in refused] == [f"{corpus}/locked: cannot read folder: Permission denied"]
    assert isinstance(refused[0], UnreadableError)


def test_unreadable_corpus_folder_is_a_corpus_error(runner, corpus, monkeypatch):
    real_scandir = os.scandir

    def deny(path="."):
        if Path(path).name == "corpus":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    with pytest.raises(CorpusError, match="corpus: cannot read folder: Permission denied"):
        survey(corpus, (".txt",))
    result = run_compare(runner)
    assert result.exit_code == 2
    assert result.stderr == "Error: corpus: cannot read folder: Permission denied\n"
    assert not Path("claims").exists()


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_missing_or_file_corpus_exits_2_with_one_line(runner, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    Path("file.txt").write_text(STORY, encoding="utf-8")
    for target, reason in (("missing", "no such folder"), ("file.txt", "not a folder")):
        result = runner.invoke(app, [command, target])
        assert result.exit_code == 2
        assert result.stderr == f"Error: {target}: {reason}\n"
    assert not Path("claims").exists() and not Path("reports").exists()


# --- symlinks, special files, odd names ---------------------------------------------------


def test_symlinks_leaving_the_corpus_are_not_followed(runner, corpus, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(OTHER.replace("Trend", "Secret"), encoding="utf-8")
    (corpus / "file-link.txt").symlink_to(outside / "secret.txt")
    (corpus / "folder-link").symlink_to(outside, target_is_directory=True)
    (corpus / "inside-link.txt").symlink_to(corpus / "trend.txt")
    result = run_compare(runner)
    assert result.exit_code == 0
    assert warnings(result) == [
        "warning: corpus/file-link.txt: symlinked file outside the corpus, not followed (skipped)",
        "warning: corpus/folder-link: symlinked folder outside the corpus, not followed (skipped)",
    ]
    assert claim_ids() == ["inside-link", "reuters", "trend"]


def test_symlink_loops_do_not_hang(runner, corpus):
    (corpus / "a.txt").symlink_to(corpus / "b.txt")
    (corpus / "b.txt").symlink_to(corpus / "a.txt")
    (corpus / "self.txt").symlink_to(corpus / "self.txt")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "up").symlink_to(corpus, target_is_directory=True)
    (corpus / "sub" / "here").symlink_to(corpus / "sub", target_is_directory=True)
    outcome = {}
    assert finishes(lambda: outcome.setdefault("result", run_compare(runner)))
    result = outcome["result"]
    assert result.exit_code == 0
    assert sorted(warnings(result)) == [
        f"warning: corpus/{name}.txt: symlink loop, not followed (skipped)"
        for name in ("a", "b", "self")
    ]
    assert claim_ids() == ["reuters", "trend"]


def test_fifo_with_an_article_name_does_not_block(runner, corpus):
    os.mkfifo(corpus / "pipe.txt")
    outcome = {}
    assert finishes(lambda: outcome.setdefault("result", run_compare(runner)))
    assert warnings(outcome["result"]) == ["warning: corpus/pipe.txt: not a regular file (skipped)"]


def test_file_name_that_is_not_utf8_is_refused(runner, corpus):
    os.close(os.open(os.fsencode(corpus) + b"/caf\xe9.txt", os.O_CREAT | os.O_WRONLY, 0o644))
    with open(os.fsencode(corpus) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(STORY.encode())
    result = run_compare(runner)
    assert result.exit_code == 0
    [warning] = warnings(result)
    assert "file name is not valid UTF-8" in warning
    assert claim_ids() == ["reuters", "trend"]


def test_warning_for_a_file_name_with_a_newline_stays_on_one_line(runner, corpus):
    (corpus / "bad\nname.txt").write_bytes(b"\x00binary")
    result = run_compare(runner)
    [warning] = warnings(result)
    assert warning == "warning: corpus/bad\\nname.txt: binary file, not article text (skipped)"


HOSTILE_NAMES = [
    "my story.txt",
    "Ölkə #1 (draft).txt",
    "a|b.txt",
    "a..b.txt",
    "-rf.txt",
    "--help.md",
    "CON.txt",
    "trailing dot..txt",
    "[link](x).txt",
    "<script>.md",
    "2024/sub dir/ünï cödé.txt",
]


def test_hostile_file_names_are_written_inside_claims_and_reports(runner, corpus):
    for number, name in enumerate(HOSTILE_NAMES):
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(STORY.replace("14 drones", f"{number + 20} drones"), encoding="utf-8")
    result = run_compare(runner)
    assert result.exit_code == 0, result.output
    assert warnings(result) == []
    expected = sorted([n.rsplit(".", 1)[0] for n in HOSTILE_NAMES] + ["reuters", "trend"])
    assert claim_ids() == expected
    root = Path.cwd().resolve()
    for folder in ("claims", "reports"):
        for path in Path(folder).rglob("*"):
            assert path.resolve().is_relative_to(root / folder)
    for page in Path("reports").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert_tables_well_formed(text)
        assert_no_injection(text)
        for target in re.findall(r"\]\(([^)]*)\)", text):
            file_part = unquote(target.split("#", 1)[0])
            assert (page.parent / file_part).exists(), (page.name, target)


def test_output_folders_inside_the_corpus_are_not_read_back(runner, corpus, monkeypatch):
    monkeypatch.chdir(corpus)
    first = runner.invoke(app, ["compare", "."])
    second = runner.invoke(app, ["compare", "."])
    assert first.exit_code == second.exit_code == 0
    assert warnings(first) == warnings(second) == []
    assert claim_ids(corpus / "claims") == ["reuters", "trend"]


# --- reports --------------------------------------------------------------------------------

HOSTILE_TEXT = [
    "a | b || c",
    "`code` and ``more``",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](http://evil.example/x)",
    "![pixel](http://evil.example/p.png)",
    "[ref]: http://evil.example",
    "<!-- hidden -->",
    "> quoted block",
    "***",
    "line one\nline two\r\nline three\u2028four",
    "right-to-left \u202eevil",
    "x" * 5000,
]


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_escape_cell_keeps_hostile_text_inert(text):
    cell = escape_cell(text)
    assert "\n" not in cell and "\r" not in cell and "\u2028" not in cell
    assert "<" not in cell and "\u202e" not in cell
    assert re.search(r"(?<!\\)[|`\[\]]", cell) is None
    assert not cell.startswith((">", "*", "-", "#"))
    assert len(cell) <= 400


def test_hostile_article_text_cannot_break_the_reports(runner, corpus):
    body = " ".join(HOSTILE_TEXT[:-1]).replace("\n", " ")
    (corpus / "hostile.txt").write_text(
        "---\noutlet: '<b>Evil</b> | News'\ntitle: '[x](http://evil.example) `t`'\n---\n"
        f'{STORY}\nMelnyk said: "{body}" on Friday.\n',
        encoding="utf-8",
    )
    result = run_compare(runner)
    assert result.exit_code == 0
    for page in Path("reports").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert_tables_well_formed(text)
        assert_no_injection(text)
        assert "<b>" not in text and "<script" not in text


def test_an_endless_sentence_is_read_in_bounded_pieces(tmp_path):
    from claimcheck.corpus import read_article
    from claimcheck.extract.article import MAX_SENTENCE_CHARS, extract, sentences_of
    from claimcheck.settings import Settings

    endless = ", ".join(["Kenji Tanaka said that Russia agreed"] * 400) + "."
    path = tmp_path / "a.txt"
    path.write_text(f"TOKYO, May 20. {endless}\n", encoding="utf-8")
    settings = Settings(corpus=tmp_path)
    article = read_article(path, tmp_path, settings)
    sents = sentences_of(article)
    assert len(sents) > 1
    assert all(0 < len(s.text) <= MAX_SENTENCE_CHARS for s in sents)
    assert all(article.text[s.start : s.end] == s.text for s in sents)
    assert "".join(s.text for s in sents).replace(" ", "") in article.text.replace(" ", "")
    assert [s.text.rstrip(",.") for s in sents[1:-1]] == [s.text[:-1] for s in sents[1:-1]]
    claims = extract(article, settings)  # every piece is read
    assert sum(c.kind == "statement" for c in claims.claims) >= len(sents)
