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
        where = printable(self.path) + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {message}")


class UnreadableError(ArticleError):
    """The system refuses to read a file or folder of the corpus (permissions, I/O error).

    Unlike a file whose content is unusable, this is a fault of the setup the user can fix,
    so the command line may treat it as an input error (exit 2) after the run.
    """


class OutputError(ClaimcheckError):
    """Claims or reports cannot be written where they were asked for."""


def printable(name: str) -> str:
    """A file name fit for a one-line message: control characters (a newline in a file name)
    and undecodable bytes shown as escapes, everything else as it is."""
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in name)
