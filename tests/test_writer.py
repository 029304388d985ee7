"""Tests for claimcheck.writer: safe output names, the containment check, the run lock and
the clean-up of interrupted writes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import unicodedata
from pathlib import PurePosixPath

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError, OutputError
from claimcheck.writer import (
    LOCK_NAME,
    MAX_NAME_BYTES,
    STALE_UNREADABLE_SECONDS,
    RunLock,
    inside,
    remove_temp_files,
    safe_file_name,
    safe_relative_path,
    safe_relative_paths,
    write_text,
)

RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")
}
HOSTILE_IDS = [
    "2024/trend",
    "my story",
    "Ölkə #1 (draft)",
    "a|b",
    "a:b",
    "a?b*c",
    'say "hi"',
    "back\\slash",
    "..",
    "../../etc/passwd",
    "a/../b",
    "-rf",
    "--help",
    " leading space",
    "trailing dot.",
    "trailing space ",
    "CON",
    "con.txt",
    "lpt1",
    "nul.tar.gz",
    "new\nline",
    "tab\there",
    "bidi\u202eevil",
    "x" * 400,
    "é" * 200,
    "Trend",
    "trend",
    "Cafe\u0301",
    "Café",
    "x",
    "x.json/y",
    "acknowledged",
    "dir/",
    "/absolute",
    "",
]

ids = st.one_of(
    st.text(max_size=80),
    st.lists(
        st.sampled_from(["..", ".", "", "CON", "a", "A", "-x", "x.", " ", "é", "e\u0301", "|"]),
        min_size=1,
        max_size=5,
    ).map("/".join),
    st.sampled_from(HOSTILE_IDS),
)


def assert_safe_part(part: str) -> None:
    assert part not in ("", ".", "..")
    assert not set(part) & set('<>:"/\\|?*')
    assert all(
        unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"} for ch in part
    ), part
    assert part[0] not in "-. " and part[-1] not in ". "
    assert part.split(".")[0].rstrip(" ").upper() not in RESERVED
    assert len(part.encode("utf-8")) <= MAX_NAME_BYTES
    assert unicodedata.normalize("NFC", part) == part


# --- names ----------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(ids)
def test_any_id_gives_a_safe_relative_path_inside_the_folder(article_id):
    path = safe_relative_path(article_id, ".json")
    assert not path.is_absolute()
    for part in path.parts:
        assert_safe_part(part)
    assert path.name.endswith(".json")
    joined = os.path.normpath(os.path.join("/out", *path.parts))
    assert joined.startswith("/out/")
    assert safe_relative_path(article_id, ".json") == path  # deterministic


@settings(max_examples=200, deadline=None)
@given(st.lists(ids, max_size=12))
def test_distinct_ids_never_share_a_path_even_ignoring_case(article_ids):
    paths = safe_relative_paths(article_ids, ".json", taken=["acknowledged.json"])
    assert set(paths) == set(article_ids)
    folded = [unicodedata.normalize("NFC", str(p)).casefold() for p in paths.values()]
    assert len(set(folded)) == len(folded)
    assert "acknowledged.json" not in folded
    folders = {str(f).casefold() for p in paths.values() for f in list(p.parents)[:-1]}
    assert not folders & set(folded)


@given(st.lists(st.from_regex(r"[a-z0-9_]{1,12}", fullmatch=True), min_size=1, max_size=3))
def test_safe_ids_keep_the_contract_name(parts):
    article_id = "/".join(parts)
    assert safe_relative_path(article_id, ".json") == PurePosixPath(f"{article_id}.json")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2024/trend", "2024/trend.json"),
        ("Ölkə #1 (draft)", "Ölkə #1 (draft).json"),
        ("my story", "my story.json"),
    ],
)
def test_ordinary_names_are_kept(name, expected):
    assert str(safe_relative_path(name, ".json")) == expected


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("a|b", "a_b-"),
        ("CON", "_CON-"),
        ("con.txt", "_con.txt-"),
        ("-rf", "_rf-"),
        ("..", "__-"),
        ("trailing dot.", "trailing dot_-"),
        ("new\nline", "new_line-"),
    ],
)
def test_changed_names_are_cleaned_and_hashed(name, start):
    result = safe_file_name(name, ".md")
    assert result.startswith(start) and result.endswith(".md")
    assert len(result) == len(start) + 12 + len(".md")


def test_an_id_that_looks_hashed_is_hashed_again():
    changed = safe_file_name("a|b")
    assert safe_file_name(changed) != changed


def test_case_variants_are_separated_for_macos_and_windows():
    paths = safe_relative_paths(["Trend", "trend", "other"], ".json")
    assert paths["other"] == PurePosixPath("other.json")
    assert paths["Trend"] != paths["trend"]
    assert str(paths["Trend"]).casefold() != str(paths["trend"]).casefold()


def test_every_hostile_id_is_written_inside_the_folder(tmp_path):
    out = tmp_path / "claims"
    paths = safe_relative_paths(HOSTILE_IDS, ".json")
    for article_id, relative in paths.items():
        write_text(inside(out, relative), f"{article_id!r}\n")
    written = [p for p in out.rglob("*") if p.is_file()]
    assert len(written) == len(set(HOSTILE_IDS))
    for path in written:
        assert path.resolve().is_relative_to(out.resolve())


def test_inside_refuses_traversal_and_symlinks_leading_out(tmp_path):
    out = tmp_path / "claims"
    out.mkdir()
    with pytest.raises(OutputError, match="outside"):
        inside(out, PurePosixPath("../x.json"))
    with pytest.raises(OutputError, match="outside"):
        inside(out, PurePosixPath("/etc/x.json"))
    (tmp_path / "elsewhere").mkdir()
    (out / "link").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OutputError, match="symlink"):
        inside(out, PurePosixPath("link/x.json"))
    assert inside(out, PurePosixPath("2024/x.json")) == out / "2024" / "x.json"


# --- the run lock ---------------------------------------------------------------------------


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_lock_is_created_with_the_pid_and_removed(tmp_path):
    folder = tmp_path / "claims"
    with RunLock(folder):
        content = (folder / LOCK_NAME).read_text(encoding="utf-8")
        assert content.splitlines()[0] == str(os.getpid())
    assert not (folder / LOCK_NAME).exists()


def test_second_run_is_refused_with_a_clear_message(tmp_path):
    folder = tmp_path / "reports"
    with RunLock(folder), pytest.raises(ClaimcheckError) as caught:
        RunLock(folder).__enter__()
    message = str(caught.value)
    assert f"pid {os.getpid()}" in message and str(folder / LOCK_NAME) in message
    assert "\n" not in message
    assert not (folder / LOCK_NAME).exists()


def test_lock_held_by_another_live_process_is_refused(tmp_path):
    folder = tmp_path / "claims"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from claimcheck.writer import RunLock\n"
            "with RunLock(Path(sys.argv[1])):\n"
            "    print('held', flush=True); time.sleep(30)",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(ClaimcheckError, match=f"pid {holder.pid}"):
            RunLock(folder).__enter__()
    finally:
        holder.kill()
        holder.wait()
    with RunLock(folder):  # the holder died without cleaning up: its lock is stale now
        assert (folder / LOCK_NAME).read_text().startswith(f"{os.getpid()}\n")


def test_stale_lock_of_a_dead_pid_is_taken_over(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / LOCK_NAME).write_text(f"{dead_pid()}\n{os.uname().nodename}\n")
    with RunLock(folder):
        assert (folder / LOCK_NAME).read_text().startswith(f"{os.getpid()}\n")


def test_lock_without_a_pid_is_stale_only_when_old(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    lock = folder / LOCK_NAME
    lock.write_text("")
    with pytest.raises(ClaimcheckError, match="pid not yet written"):
        RunLock(folder).__enter__()
    old = time.time() - STALE_UNREADABLE_SECONDS - 1
    os.utime(lock, (old, old))
    with RunLock(folder):
        assert lock.read_text().startswith(f"{os.getpid()}\n")


def test_lock_of_another_host_counts_as_live(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / LOCK_NAME).write_text(f"{dead_pid()}\nsome-other-host\n")
    with pytest.raises(ClaimcheckError, match="on some-other-host"):
        RunLock(folder).__enter__()


def test_one_folder_given_twice_is_locked_once(tmp_path):
    with RunLock(tmp_path / "out", tmp_path / "out" / ".") as lock:
        assert len(lock.held) == 1


def test_lock_is_released_when_the_run_fails(tmp_path):
    with pytest.raises(RuntimeError), RunLock(tmp_path / "a", tmp_path / "b"):
        raise RuntimeError("boom")
    assert not (tmp_path / "a" / LOCK_NAME).exists() and not (tmp_path / "b" / LOCK_NAME).exists()


def test_failing_second_folder_releases_the_first(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / LOCK_NAME).write_text("1\nsome-other-host\n")
    with pytest.raises(ClaimcheckError):
        RunLock(tmp_path / "a", tmp_path / "b").__enter__()
    assert not (tmp_path / "a" / LOCK_NAME).exists()


def test_release_leaves_a_lock_that_is_no_longer_ours(tmp_path):
    folder = tmp_path / "claims"
    with RunLock(folder):
        (folder / LOCK_NAME).write_text("999999\nsome-other-host\n")
    assert (folder / LOCK_NAME).exists()


def test_unwritable_place_for_the_lock_is_an_output_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError):
        RunLock(tmp_path / "file" / "claims").__enter__()


# --- interrupted writes ---------------------------------------------------------------------


def test_remove_temp_files_removes_only_write_text_leftovers(tmp_path):
    (tmp_path / "2024").mkdir()
    leftovers = [tmp_path / ".a.json.k3j_x9q2.tmp", tmp_path / "2024" / ".b.md.abcdefgh.tmp"]
    kept = [tmp_path / "a.json", tmp_path / "notes.tmp", tmp_path / ".hidden.tmp"]
    for path in leftovers + kept:
        path.write_text("x")
    assert remove_temp_files(tmp_path) == sorted(leftovers)
    assert all(p.exists() for p in kept)
    assert remove_temp_files(tmp_path / "missing") == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_write_text_round_trips_any_text(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("w") / "f.md"
    write_text(path, content)
    assert path.read_bytes() == content.encode("utf-8", "surrogatepass")
    assert [p.name for p in path.parent.iterdir()] == ["f.md"]
