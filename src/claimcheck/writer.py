"""Writing claims and reports: atomic (temp file, then rename), deterministic JSON."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel

from .errors import OutputError


def to_json(model: BaseModel) -> str:
    """Stable JSON: contract field names, UTF-8 kept, two-space indent, trailing newline."""
    data = model.model_dump(by_alias=True, mode="json")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_text(path: Path, content: str) -> None:
    """Write via a temp file in the same folder and rename, so no reader sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def write_if_changed(path: Path, content: str) -> bool:
    """Write only when the content differs; True when the file was (re)written."""
    try:
        if path.read_text(encoding="utf-8") == content:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    write_text(path, content)
    return True
