"""The one exception hierarchy: every failure a user can cause is a ClaimcheckError.

`cli.py` catches it once and prints `Error: <message>` on one line, naming the file
(and line) at fault.
"""

from __future__ import annotations

from pathlib import Path


class ClaimcheckError(Exception):
    """Base class: a problem with the input or the options, shown as one line."""

    exit_code = 2


class CorpusError(ClaimcheckError):
    """The corpus folder cannot be used at all (missing, not a folder, unreadable)."""


class ArticleError(ClaimcheckError):
    """One article file cannot be read; the run may go on without it."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.detail = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class OutputError(ClaimcheckError):
    """Claims or reports cannot be written where they were asked for."""
