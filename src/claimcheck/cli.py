"""The command line: parse, build Settings, call the pipeline, render, exit.

Exit codes: 0 the run completed (findings are not errors); 1 a gate failed;
2 a usage or input error.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from tabulate import tabulate

from . import __version__
from .corpus import read_article
from .errors import ArticleError, ClaimcheckError
from .extract.article import extract
from .models import ClaimsFile
from .pipeline import compare_corpus, extract_corpus, write_claims, write_reports
from .settings import Settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Compare news articles about the same event, claim by claim: what outlets agree on, "
    "what some omit, and where they contradict each other.",
)

KINDS = ("meeting", "visit", "statement", "role", "quantity", "event")

CorpusArg = Annotated[
    Path, typer.Argument(help="Folder of article files (.txt, .md), read recursively.")
]
ClaimsOpt = Annotated[Path, typer.Option("--claims", help="Folder for claims/<id>.json.")]
ReportsOpt = Annotated[Path, typer.Option("--reports", help="Folder for the reports.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """claimcheck: agreements, omissions and contradictions across outlets."""


def _fail(error: ClaimcheckError) -> typer.Exit:
    typer.echo(f"Error: {error}", err=True)
    return typer.Exit(error.exit_code)


def _warn(errors: list[ArticleError], quiet: bool) -> None:
    for error in errors:
        typer.echo(f"warning: {error} (skipped)", err=True)


def _summary_rows(files: list[ClaimsFile]) -> list[list[object]]:
    rows = []
    for claims in sorted(files, key=lambda c: c.article.id):
        counts = Counter(c.kind for c in claims.claims)
        rows.append(
            [claims.article.id, claims.article.outlet or "-", claims.article.published or "-"]
            + [counts.get(kind, 0) for kind in KINDS]
        )
    return rows


@app.command("extract")
def extract_command(
    corpus: CorpusArg,
    claims: ClaimsOpt = Path("claims"),
    quiet: QuietOpt = False,
) -> None:
    """Extract claims from every article and write claims/<article id>.json."""
    settings = Settings(corpus=corpus, claims_dir=claims)
    try:
        result = extract_corpus(settings, shown_root=str(corpus))
        _warn(result.errors, quiet)
        write_claims(result.files, settings)
    except ClaimcheckError as error:
        raise _fail(error) from None
    if not quiet:
        headers = ["article", "outlet", "published", *KINDS]
        typer.echo(tabulate(_summary_rows(result.files), headers=headers))


@app.command("compare")
def compare_command(
    corpus: CorpusArg,
    claims: ClaimsOpt = Path("claims"),
    reports: ReportsOpt = Path("reports"),
    quiet: QuietOpt = False,
) -> None:
    """Extract claims, group articles into events, compare them and write the reports."""
    settings = Settings(corpus=corpus, claims_dir=claims, reports_dir=reports)
    try:
        comparison = compare_corpus(settings, shown_root=str(corpus))
        _warn(comparison.extraction.errors, quiet)
        write_claims(comparison.extraction.files, settings)
        written = write_reports(comparison, settings)
    except ClaimcheckError as error:
        raise _fail(error) from None
    if not quiet:
        typer.echo(_compare_summary(comparison), err=True)
        typer.echo(
            f"wrote {len(comparison.extraction.files)} claims files to {claims}/, "
            f"{reports / 'findings.json'} and {len(written) - 1} markdown reports "
            f"(start at {reports / 'index.md'})",
            err=True,
        )


def _compare_summary(comparison) -> str:
    findings = comparison.findings
    count: Counter[tuple[str, str]] = Counter(
        (f.type, f.severity) for e in findings.events for f in e.findings
    )
    rows = [
        [
            len(findings.articles),
            len(findings.events),
            count[("discrepancy", "major")],
            count[("discrepancy", "minor")],
            count[("discrepancy", "info")],
            sum(n for (kind, _), n in count.items() if kind == "omission"),
            sum(n for (kind, _), n in count.items() if kind == "agreement"),
        ]
    ]
    headers = ["articles", "events", "major", "minor", "info", "omissions", "agreements"]
    return tabulate(rows, headers=headers)


@app.command("show")
def show_command(
    article: Annotated[str, typer.Argument(help="An article file, or an article id.")],
    claims: ClaimsOpt = Path("claims"),
) -> None:
    """Print one article's entities and claims as tables."""
    try:
        data = _load_for_show(article, claims)
    except ClaimcheckError as error:
        raise _fail(error) from None
    meta = data.article
    typer.echo(f"{meta.id}  outlet: {meta.outlet or '-'}  published: {meta.published or '-'}")
    if meta.title:
        typer.echo(f"title: {meta.title}")
    typer.echo("")
    people = [
        [
            e.id,
            e.name,
            e.type,
            e.rank or "",
            "; ".join(e.roles),
            e.nationality or "",
            ", ".join(e.aliases),
        ]
        for e in data.entities
    ]
    typer.echo(
        tabulate(people, headers=["id", "name", "type", "rank", "roles", "nationality", "aliases"])
    )
    typer.echo("")
    rows = [
        [
            c.id,
            c.kind + (" (bg)" if c.background else ""),
            c.date or c.month_day or "",
            _clip(c.text, 90),
            c.evidence.line,
        ]
        for c in data.claims
    ]
    typer.echo(tabulate(rows, headers=["id", "kind", "date", "claim", "line"]))


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _load_for_show(article: str, claims_dir: Path) -> ClaimsFile:
    path = Path(article)
    if path.is_file() and path.suffix.lower() != ".json":
        settings = Settings(corpus=path.parent)
        return extract(read_article(path, path.parent, settings, str(path.parent)), settings)
    candidate = (
        path if path.suffix == ".json" and path.is_file() else claims_dir / f"{article}.json"
    )
    if not candidate.is_file():
        raise ClaimcheckError(f"{article}: no such article file or claims/{article}.json")
    try:
        return ClaimsFile.model_validate(json.loads(candidate.read_text(encoding="utf-8")))
    except (ValueError, OSError) as exc:
        raise ClaimcheckError(
            f"{candidate}: not a claims file ({exc.__class__.__name__})"
        ) from None


def main() -> None:
    app()
