"""One Settings model: the options and thresholds of a run, with documented defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    """Everything a run needs to know; the CLI builds one and hands it to the pipeline."""

    model_config = ConfigDict(frozen=True)

    corpus: Path = Field(description="Folder holding the article files (read recursively).")
    claims_dir: Path = Field(Path("claims"), description="Where claims/<id>.json files go.")
    reports_dir: Path = Field(Path("reports"), description="Where the reports go.")
    extensions: tuple[str, ...] = Field(
        (".txt", ".md", ".html", ".htm", ".json"),
        description="File endings read as articles (lowercase): plain text, saved web pages, "
        "crawler exports.",
    )
    max_file_bytes: int = Field(
        5_000_000, description="Files larger than this are skipped with a warning."
    )
    heading_max_words: int = Field(
        14,
        description="A line without end punctuation and at most this many words is a heading, "
        "not a sentence claims are taken from.",
    )
    background_years: int = Field(
        1,
        description="A dated fact at least this many years before the article's publication "
        "is history (background), not the reported event.",
    )
    statement_overlap: float = Field(
        0.5,
        description="Two statements align when at least this share of the shorter one's "
        "content words are in the other (overlap coefficient).",
    )
    visit_overlap: float = Field(
        0.3, description="Share of content words two visits' places must have in common."
    )
    event_overlap: float = Field(
        0.6,
        description="Share of content words two dated happenings need to align when their "
        "dates differ (a clash of dates rather than two happenings).",
    )
    jobs: int | None = Field(
        None,
        description="Worker processes for extraction; None uses every CPU this process may "
        "run on. Output is identical whatever the number.",
    )
