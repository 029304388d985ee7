"""The command line: parse, build Settings, call the pipeline, render, exit.

Exit codes: 0 the run completed (findings are not errors); 1 a gate failed;
2 a usage or input error.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from tabulate import tabulate

from . import __version__
from .cache import read_summary, record_run, survey_unchanged
from .corpus import check_folder, read_article
from .errors import ArticleError, ClaimcheckError, UnreadableError
from .gate import (
    FAIL_ON,
    Verdict,
    acknowledge,
    blocking_findings,
    has_discrepancies,
    load_acks,
    save_acks,
)
from .models import ArticleMeta, ClaimsFile, Event, FindingsFile
from .runtime import without_cycle_collector
from .settings import Settings
from .writer import RunLock, inside, remove_temp_files, safe_relative_path

if TYPE_CHECKING:
    from .incremental import Outcome

# The extractor, the aligner and the report writer load only in the commands that use them:
# a compare with nothing to do (and --help, --version) starts in a fraction of the time.

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Compare news articles about the same event, claim by claim: what outlets agree on, "
    "what some omit, and where they contradict each other.",
)

KINDS = ("meeting", "visit", "statement", "role", "quantity", "event")

CorpusArg = Annotated[
    Path,
    typer.Argument(
        help="Folder of article files (.txt, .md, .html, .htm, .json), read recursively."
    ),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, help="Worker processes for extraction (default: the CPU count)."
    ),
]
StrictOpt = Annotated[
    bool,
    typer.Option(
        "--strict", help="Stop (exit 2) when any file cannot be read, instead of skipping it."
    ),
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


def _warn(errors: list[ArticleError], quiet: bool, strict: bool = False) -> None:
    """One line per file that could not be read; with --strict the run stops here."""
    for error in errors:
        typer.echo(
            f"{'error' if strict else 'warning'}: {error}{'' if strict else ' (skipped)'}", err=True
        )
    if strict and errors:
        raise typer.Exit(2)


def _require_folder(corpus: Path) -> None:
    """Refuse a missing or unreadable corpus before anything is created (the lock makes
    the output folders); what lies inside is listed by the run."""
    check_folder(corpus)


def _exit_for_unreadable(errors: list[ArticleError]) -> None:
    """A file the system refuses to read (permissions) is an input error: exit 2 once the
    rest is written."""
    if any(isinstance(error, UnreadableError) for error in errors):
        raise typer.Exit(2)


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
    strict: StrictOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Extract claims from every article and write claims/<article id>.json."""
    settings = Settings(corpus=corpus, claims_dir=claims, jobs=jobs)
    try:
        _require_folder(corpus)
        with RunLock(claims):
            remove_temp_files(claims)
            with _progress(quiet) as progress:
                if strict:  # read everything first: nothing is written if a file is refused
                    from .pipeline import extract_corpus, write_claims

                    result = extract_corpus(settings, shown_root=str(corpus), progress=progress)
                    _warn(result.errors, quiet, strict)
                    write_claims(result, settings)
                    rows, errors = _summary_rows(result.files), result.errors
                else:
                    from . import incremental

                    records, errors = incremental.extract_claims(settings, str(corpus), progress)
                    rows = [
                        [r.id, r.meta.outlet or "-", r.meta.published or "-"]
                        + [r.kinds.get(kind, 0) for kind in KINDS]
                        for r in records
                    ]
            _warn(errors, quiet)
    except ClaimcheckError as error:
        raise _fail(error) from None
    if not quiet:
        headers = ["article", "outlet", "published", *KINDS]
        typer.echo(tabulate(rows, headers=headers))
    _exit_for_unreadable(errors)


@app.command("compare")
def compare_command(
    corpus: CorpusArg,
    claims: ClaimsOpt = Path("claims"),
    reports: ReportsOpt = Path("reports"),
    quiet: QuietOpt = False,
    strict: StrictOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Extract claims, group articles into events, compare them and write the reports."""
    settings = Settings(corpus=corpus, claims_dir=claims, reports_dir=reports, jobs=jobs)
    try:
        _require_folder(corpus)
        with RunLock(claims, reports):
            remove_temp_files(claims)
            remove_temp_files(reports)
            listing, unchanged = None, False
            if not strict:
                listing, unchanged = survey_unchanged(settings, str(corpus))
            if unchanged:
                if not quiet:
                    saved = read_summary(reports)
                    if saved is not None:
                        table = _summary_table(saved["articles"], saved["events"], saved["counts"])
                        typer.echo(table, err=True)
                    typer.echo(
                        f"nothing changed since the last compare: {claims}/ and {reports}/ "
                        f"are up to date (start at {reports / 'index.md'})",
                        err=True,
                    )
                return
            from . import incremental

            with _progress(quiet) as progress:
                if strict:
                    outcome = _compare_in_memory(settings, str(corpus), progress, quiet)
                else:
                    outcome = incremental.compare(
                        settings, str(corpus), progress=progress, survey=listing
                    )
            _warn(outcome.errors, quiet)
    except ClaimcheckError as error:
        raise _fail(error) from None
    if not quiet:
        typer.echo(_summary_table(outcome.articles, outcome.events, outcome.counts), err=True)
        typer.echo(
            f"wrote {outcome.claims_files} claims files to {claims}/, "
            f"{reports / 'findings.json'} and {outcome.pages} markdown reports "
            f"(start at {reports / 'index.md'})",
            err=True,
        )
    _exit_for_unreadable(outcome.errors)


def _compare_in_memory(settings: Settings, shown: str, progress, quiet: bool) -> Outcome:
    """--strict: read and compare everything first, write nothing if a file is refused."""
    from . import incremental
    from .pipeline import compare_corpus, write_claims, write_reports

    comparison = compare_corpus(settings, shown_root=shown, progress=progress)
    _warn(comparison.extraction.errors, quiet, strict=True)
    write_claims(comparison.extraction, settings)
    written = write_reports(comparison, settings)
    from .report.markdown import Tally

    counts: Counter[str] = Counter()
    for event in comparison.findings.events:
        counts.update(Tally.of(event.findings).counts)
    summary = {
        "articles": len(comparison.findings.articles),
        "events": len(comparison.findings.events),
        "counts": dict(counts),
    }
    record_run(settings, shown, comparison.extraction.errors, summary)
    return incremental.Outcome(
        articles=len(comparison.findings.articles),
        events=len(comparison.findings.events),
        claims_files=len(comparison.extraction.files),
        pages=len(written) - 1,
        counts=dict(counts),
    )


def _summary_table(articles: int, events: int, counts: dict[str, int]) -> str:
    kinds = ("major", "minor", "info", "omission", "agreement")
    rows = [[articles, events, *(counts.get(kind, 0) for kind in kinds)]]
    headers = ["articles", "events", "major", "minor", "info", "omissions", "agreements"]
    return tabulate(rows, headers=headers)


FailOnOpt = Annotated[
    str,
    typer.Option(
        "--fail-on",
        help="Fail on unacknowledged discrepancies of this severity or above: major, minor, "
        "info, or never.",
    ),
]
FormatOpt = Annotated[
    str, typer.Option("--format", help="text (a table and a verdict), json, or github.")
]


@app.command("check")
def check_command(
    corpus: CorpusArg,
    claims: ClaimsOpt = Path("claims"),
    reports: ReportsOpt = Path("reports"),
    fail_on: FailOnOpt = "major",
    output: FormatOpt = "text",
    fix: Annotated[
        bool, typer.Option("--fix", help="Refresh stale claims/ and reports/ instead of failing.")
    ] = False,
    quiet: QuietOpt = False,
    strict: StrictOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """The CI gate: compare without writing anything (unless --fix) and fail on new,
    unacknowledged discrepancies or stale outputs.

    Exit codes: 0 pass, 1 gate failed, 2 usage or input error.
    """
    if output not in {"text", "json", "github"}:
        raise _fail(ClaimcheckError(f"--format must be text, json or github, not {output!r}"))
    if fail_on not in FAIL_ON:
        raise _fail(ClaimcheckError(f"--fail-on must be one of {', '.join(FAIL_ON)}"))
    settings = Settings(corpus=corpus, claims_dir=claims, reports_dir=reports, jobs=jobs)
    from . import incremental

    try:
        events: list[Event] = []

        def keep(event: Event) -> None:
            found = [f for f in event.findings if f.type == "discrepancy"]
            events.append(event.model_copy(update={"findings": found}))

        with _progress(quiet or output != "text") as progress:
            outcome = incremental.compare(
                settings,
                str(corpus),
                progress=progress,
                dry=True,
                on_event=keep,
                only=has_discrepancies,
                clashes_only=True,
            )
        _warn(outcome.errors, quiet, strict)
        view = GateView(events, outcome.metas)
        verdict = Verdict(blockers=blocking_findings(events, outcome.metas, fail_on))
        if outcome.stale and fix:
            with RunLock(claims, reports):
                remove_temp_files(claims)
                remove_temp_files(reports)
                incremental.compare(settings, str(corpus))
            if not quiet:
                typer.echo(f"refreshed {claims}/ and {reports}/ (--fix)", err=True)
        elif outcome.stale:
            verdict.stale = outcome.stale.messages(str(corpus))
        for article, sentences in sorted(outcome.stale_reviews.items()):
            path = outcome.metas[article].path
            gone = "; ".join(f"“{_clip(s, 80)}”" for s in sentences[:3]) or "wording elsewhere"
            verdict.stale_reviews.append(
                f"{claims / (article + '.json')} was reviewed for another version of {path}; "
                f"no longer in the text: {gone}"
            )
    except ClaimcheckError as error:
        raise _fail(error) from None
    _print_verdict(verdict, view, output, fail_on, quiet)
    raise typer.Exit(1 if verdict.failed else 0)


@dataclass
class GateView:
    """What the gate reports on: the events with their discrepancies, every article's
    metadata."""

    events: list[Event]
    metas: dict[str, ArticleMeta]


def _print_verdict(
    verdict: Verdict, view: GateView, output: str, fail_on: str, quiet: bool
) -> None:
    if output == "json":
        blocked = {(b.event.id, b.finding.id) for b in verdict.blockers}
        data = {
            "passed": not verdict.failed,
            "fail_on": fail_on,
            "stale": verdict.stale,
            "stale_reviews": verdict.stale_reviews,
            "findings": [
                {
                    "event": e.id,
                    **f.model_dump(mode="json"),
                    "gate": "fail"
                    if (e.id, f.id) in blocked
                    else ("acknowledged" if f.acknowledged is not None else "pass"),
                }
                for e in view.events
                for f in e.findings
                if f.type == "discrepancy"
            ],
        }
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if output == "github":
        for blocker in verdict.blockers:
            message = _github_escape(
                f"{blocker.finding.severity} discrepancy ({blocker.finding.id}): "
                f"{blocker.finding.summary}"
            )
            typer.echo(f"::error file={blocker.path},line={blocker.line}::{message}")
        for line in verdict.stale + verdict.stale_reviews:
            typer.echo(f"::error::{_github_escape(line)}")
        return
    if verdict.blockers and not quiet:
        rows = [_blocker_row(b, view) for b in verdict.blockers]
        headers = ["where", "finding", "severity", "slot", "this article says", "others say"]
        typer.echo(tabulate(rows, headers=headers))
    for line in verdict.stale + verdict.stale_reviews:
        typer.echo(f"stale: {line}", err=True)
    if verdict.failed:
        parts = []
        if verdict.blockers:
            parts.append(
                f"{len(verdict.blockers)} unacknowledged discrepanc"
                f"{'y' if len(verdict.blockers) == 1 else 'ies'} at or above {fail_on}"
            )
        if verdict.stale:
            parts.append("stale outputs")
        if verdict.stale_reviews:
            parts.append("stale reviews")
        typer.echo(f"FAIL: {', '.join(parts)}")
    elif not quiet:
        typer.echo(f"PASS: no unacknowledged discrepancy at or above {fail_on}")


def _blocker_row(blocker, view: GateView) -> list[str]:
    """Where the clash comes in, and both values: the new article's and the others'."""
    finding = blocker.finding
    metas = view.metas
    own = finding.values.get(blocker.article, "")
    others: dict[str, list[str]] = {}
    for article, value in sorted(finding.values.items()):
        if article != blocker.article and value != own:
            outlet = metas[article].outlet if article in metas else None
            others.setdefault(value, []).append(outlet or article)
    said = "; ".join(f"{value} ({', '.join(who)})" for value, who in others.items())
    return [
        f"{blocker.path}:{blocker.line}",
        finding.id,
        finding.severity,
        finding.slot or "",
        _clip(own, 60),
        _clip(said or finding.summary, 90),
    ]


def _github_escape(text: str) -> str:
    """Workflow-command data: %, CR and LF must be escaped to stay one annotation."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


@app.command("ack")
def ack_command(
    finding: Annotated[
        str | None, typer.Argument(help="The finding's id (fingerprint), e.g. f-1a2b3c4d5e6f.")
    ] = None,
    reason: Annotated[str, typer.Option("--reason", help="Why the finding is fine.")] = "",
    everything: Annotated[
        bool, typer.Option("--all", help="Acknowledge every current discrepancy.")
    ] = False,
    corpus: Annotated[Path, typer.Option("--corpus", help="The corpus folder.")] = Path("corpus"),
    claims: ClaimsOpt = Path("claims"),
    reports: ReportsOpt = Path("reports"),
) -> None:
    """Acknowledge a finding (or --all) with a reason, in claims/acknowledged.json."""
    if not everything and not finding:
        raise _fail(ClaimcheckError("give a finding id, or --all"))
    settings = Settings(corpus=corpus, claims_dir=claims, reports_dir=reports)
    from . import incremental

    try:
        events: list[Event] = []
        incremental.compare(settings, str(corpus), dry=True, on_event=events.append)
        findings = FindingsFile(articles=[], events=events)
        acks, chosen = acknowledge(findings, load_acks(claims), reason, finding, everything)
        with RunLock(claims):
            path = save_acks(claims, acks)
    except ClaimcheckError as error:
        raise _fail(error) from None
    typer.echo(f"acknowledged {len(chosen)} finding(s) in {path}")


class _progress:
    """A progress bar on stderr while articles are read, only on a terminal."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar = None

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.progress import Progress

        self.bar = Progress(transient=True, console=None)
        self.bar.start()
        task = self.bar.add_task("reading articles", total=None)

        def advance(done: int, total: int) -> None:
            self.bar.update(task, completed=done, total=total)

        return advance

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


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
        from .extract.article import extract

        settings = Settings(corpus=path.parent)
        return extract(read_article(path, path.parent, settings, str(path.parent)), settings)
    candidate = (
        path
        if path.suffix == ".json" and path.is_file()
        else inside(claims_dir, safe_relative_path(article, ".json"))
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
    without_cycle_collector()  # a run's objects form no cycles (see runtime.py)
    app()
