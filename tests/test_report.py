"""Markdown reports: golden files, escaping of hostile text, determinism and links.

Regenerate the golden files with
``CLAIMCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_report.py``.
"""

from __future__ import annotations

import difflib
import os
import random
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.models import (
    ArticleMeta,
    Claim,
    ClaimsFile,
    Entity,
    Event,
    Evidence,
    Finding,
    FindingsArticle,
    FindingsFile,
)
from claimcheck.report import escape_cell, link, render_reports
from claimcheck.report.markdown import REPORT_MARKER, render_entities, render_event

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") == "1"

HOSTILE = (
    "a | b `code` <script>alert(1)</script> [x](http://e.vil) ![i](http://e.vil/i.png) "
    "<!-- c --> *bold* _it_ ~~s~~ $x$ &lt;b&gt; \\| back\nslash\ttab\r\nend"
)
LONG = "w" * 2000


# ---------------------------------------------------------------------------------------------
# The fixture: three articles, two events, a finding of every type and severity
# ---------------------------------------------------------------------------------------------


def meta(aid: str, path: str, outlet: str | None, published: str | None, title=None):
    return ArticleMeta(
        id=aid, path=path, sha256="0" * 64, outlet=outlet, published=published, title=title
    )


def claim(cid: str, kind: str, text: str, line: int, *, background: bool = False) -> Claim:
    start = line * 100
    return Claim(
        id=cid,
        kind=kind,
        subject="e1",
        predicate="said",
        text=text,
        background=background,
        evidence=Evidence(sentence=text + ".", start=start, end=start + 50, line=line),
    )


def person(eid, name, aliases=(), rank=None, roles=(), nationality=None, key="", original=None):
    return Entity(
        id=eid,
        name=name,
        aliases=list(aliases),
        rank=rank,
        rank_original=original or rank,
        roles=list(roles),
        nationality=nationality,
        key=key,
    )


def fixture_claims() -> dict[str, ClaimsFile]:
    trend = ClaimsFile(
        extractor="1",
        article=meta(
            "2023/trend", "corpus/2023/trend.txt", "Trend", "2023-03-09", "Hasanov meets Oğuz"
        ),
        entities=[
            person(
                "e1",
                "Zakir Hasanov",
                ["Colonel General Zakir Hasanov", "Hasanov", "the minister"],
                "Colonel General",
                ["Minister of Defense"],
                "Azerbaijan",
                "zakir hasanov",
            ),
            person(
                "e2",
                "Mustafa Oğuz",
                ["Lt-Gen Oğuz", "the Turkish guest"],
                "Lieutenant General",
                ["Chief of Staff of NATO LANDCOM"],
                "Türkiye",
                "mustafa oguz",
                "Lt-Gen",
            ),
        ],
        claims=[
            claim("c1", "meeting", "Zakir Hasanov met Mustafa Oğuz on 2023-03-09", 3),
            claim("c2", "visit", "Mustafa Oğuz visited the Turkish Martyrs' Cemetery", 5),
            claim("c3", "role", "Mustafa Oğuz is Lieutenant General", 3),
            claim("c4", "quantity", "up to 250 representatives", 7),
            claim("c5", "statement", "Zakir Hasanov noted the importance of cooperation", 9),
            claim(
                "c6",
                "statement",
                "Azerbaijan joined the Partnership for Peace",
                11,
                background=True,
            ),
            claim("c7", "event", "NATO Days will run until March 12", 13),
            claim("c8", "role", "Zakir Hasanov is Minister of Defense", 3),
        ],
    )
    newsaz = ClaimsFile(
        extractor="1",
        article=meta("newsaz", "corpus/newsaz.txt", "News.Az", "2023-03-10"),
        entities=[
            person(
                "e1",
                "Z. Hasanov",
                ["Colonel General Z. Hasanov"],
                "Colonel General",
                ["Defense Minister"],
                "Azerbaijan",
                "z hasanov",
            ),
            person(
                "e2",
                "Mustafa Oguz",
                ["Major General Oguz"],
                "Major General",
                ["Chief of Staff of NATO Allied Land Command"],
                "Türkiye",
                "mustafa oguz",
            ),
        ],
        claims=[
            claim("c1", "meeting", "Z. Hasanov met Mustafa Oguz on 2023-03-09", 2),
            claim("c2", "role", "Mustafa Oguz is Major General", 2),
            claim("c3", "quantity", "250 representatives", 4),
            claim("c4", "statement", "Z. Hasanov wished recovery to the wounded", 6),
            claim("c5", "visit", "Mustafa Oguz visited the Alley of Martyrs", 8),
        ],
    )
    caucasus = ClaimsFile(
        extractor="1",
        article=meta(
            "caucasus watch",
            "corpus/caucasus watch.txt",
            "Caucasus Watch",
            "2023-03-20",
            "NATO Delegation Visits Azerbaijan",
        ),
        entities=[
            person("e1", "Hasanov", ["the defense minister"], "General", [], "Azerbaijan"),
            person("e2", "Oguz", ["the guest"], None, [], "Turkey", "oguz"),
        ],
        claims=[
            claim("c1", "meeting", "Hasanov met Oguz on 2023-03-17", 4),
            claim("c2", "statement", "Oguz praised the reforms", 6),
        ],
    )
    return {c.article.id: c for c in (trend, newsaz, caucasus)}


def fixture_findings(claims: dict[str, ClaimsFile]) -> FindingsFile:
    findings = [
        Finding(
            type="agreement",
            severity="info",
            kind="meeting",
            summary="Zakir Hasanov met Mustafa Oğuz on 2023-03-09 — reported by Trend, News.Az",
            present_in=["2023/trend", "newsaz"],
            evidence={"2023/trend": "Hasanov met Oğuz.", "newsaz": "Hasanov met Oguz."},
            lines={"2023/trend": 3, "newsaz": 2},
            claims={"2023/trend": "c1", "newsaz": "c1"},
        ),
        Finding(
            type="omission",
            severity="minor",
            kind="visit",
            summary="Mustafa Oğuz visited the Turkish Martyrs' Cemetery — reported by Trend; "
            "not by News.Az",
            present_in=["2023/trend"],
            missing_from=["newsaz"],
            evidence={"2023/trend": "The Turkish guest visited the cemetery."},
            lines={"2023/trend": 5},
            claims={"2023/trend": "c2"},
        ),
        Finding(
            type="omission",
            severity="info",
            kind="statement",
            summary="Azerbaijan joined the Partnership for Peace",
            present_in=["2023/trend"],
            missing_from=["newsaz"],
            background=True,
            claims={"2023/trend": "c6"},
        ),
        Finding(
            type="discrepancy",
            severity="major",
            kind="role",
            slot="rank",
            summary="Mustafa Oğuz's rank: Lieutenant General (Trend) vs Major General (News.Az)",
            present_in=["2023/trend", "newsaz"],
            values={"2023/trend": "Lieutenant General", "newsaz": "Major General"},
            evidence={
                "2023/trend": "Lt-Gen Mustafa Oğuz arrived in Baku.",
                "newsaz": "Major General Mustafa Oguz arrived.",
            },
            lines={"2023/trend": 3, "newsaz": 2},
            claims={"2023/trend": "c3", "newsaz": "c2"},
        ),
        Finding(
            type="discrepancy",
            severity="minor",
            kind="quantity",
            slot="qualifier",
            summary="Representatives: up to 250 (Trend) vs 250 (News.Az)",
            values={"2023/trend": "up to 250", "newsaz": "250"},
            evidence={
                "2023/trend": "Up to 250 representatives attend.",
                "newsaz": "250 representatives attend.",
            },
            lines={"2023/trend": 7, "newsaz": 4},
            claims={"2023/trend": "c4", "newsaz": "c3"},
        ),
        Finding(
            type="discrepancy",
            severity="info",
            kind="meeting",
            slot="name",
            summary="Spelling of Mustafa Oğuz",
            values={"2023/trend": "Oğuz", "newsaz": "Oguz"},
            lines={"2023/trend": 3, "newsaz": 2},
        ),
    ]
    events = [
        Event(
            id="2023-03-09-hasanov-oguz",
            title="Zakir Hasanov meets Mustafa Oğuz",
            date="2023-03-09",
            articles=["2023/trend", "newsaz"],
            findings=findings,
            outlets=["Trend", "News.Az"],
            consistency=0.2,
        ),
        Event(
            id="2023-03-17-hasanov-oguz",
            title="Hasanov meets Oguz",
            date="2023-03-17",
            articles=["caucasus watch"],
            outlets=["Caucasus Watch"],
            date_inferred=True,
            years_inferred=["caucasus watch"],
        ),
    ]
    articles = [FindingsArticle.of(c.article) for c in claims.values()]
    return FindingsFile(articles=articles, events=events)


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def unescaped_pipes(line: str) -> int:
    """`|` not preceded by an odd run of backslashes: the cell separators GitHub sees."""
    count = backslashes = 0
    for ch in line:
        if ch == "\\":
            backslashes += 1
            continue
        if ch == "|" and backslashes % 2 == 0:
            count += 1
        backslashes = 0
    return count


def tables(text: str) -> list[list[str]]:
    """Runs of consecutive lines that start with `|`."""
    found: list[list[str]] = []
    current: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            found.append(current)
            current = []
    return found


def assert_tables_well_formed(text: str) -> None:
    for table in tables(text):
        assert len(table) >= 2, table
        assert re.fullmatch(r"\|(-+\|)+", table[1]), table[1]
        width = unescaped_pipes(table[0])
        for row in table:
            assert unescaped_pipes(row) == width, (table[0], row)


def shuffled(findings: FindingsFile, claims: dict[str, ClaimsFile], seed: int):
    rng = random.Random(seed)

    def mix(items):
        items = list(items)
        rng.shuffle(items)
        return items

    def mix_dict(d):
        return dict(mix(d.items()))

    def mix_finding(f: Finding) -> Finding:
        return f.model_copy(
            update={
                "present_in": mix(f.present_in),
                "missing_from": mix(f.missing_from),
                "values": mix_dict(f.values),
                "evidence": mix_dict(f.evidence),
                "lines": mix_dict(f.lines),
                "claims": mix_dict(f.claims),
            }
        )

    events = [
        e.model_copy(
            update={
                "articles": mix(e.articles),
                "findings": mix(mix_finding(f) for f in e.findings),
            }
        )
        for e in findings.events
    ]
    new_findings = findings.model_copy(
        update={"events": mix(events), "articles": mix(findings.articles)}
    )
    new_claims = {
        k: c.model_copy(
            update={
                "entities": mix(
                    e.model_copy(update={"aliases": mix(e.aliases), "roles": mix(e.roles)})
                    for e in c.entities
                ),
                "claims": mix(c.claims),
            }
        )
        for k, c in mix(claims.items())
    }
    return new_findings, new_claims


def with_article(claims: dict[str, ClaimsFile], aid: str, **changes) -> dict[str, ClaimsFile]:
    out = dict(claims)
    c = out[aid]
    out[aid] = c.model_copy(update={"article": c.article.model_copy(update=changes)})
    return out


def hostile_finding(text: str) -> Finding:
    return Finding(
        type="discrepancy",
        severity="major",
        kind="statement",
        summary=text,
        present_in=["2023/trend", "newsaz"],
        values={"2023/trend": text, "newsaz": "plain"},
        evidence={"2023/trend": text, "newsaz": text},
        lines={"2023/trend": 3, "newsaz": 2},
    )


def with_finding(findings: FindingsFile, finding: Finding) -> FindingsFile:
    first = findings.events[0]
    event = first.model_copy(update={"findings": [*first.findings, finding]})
    return findings.model_copy(update={"events": [event, *findings.events[1:]]})


# ---------------------------------------------------------------------------------------------
# Golden files
# ---------------------------------------------------------------------------------------------


def test_golden_files():
    claims = fixture_claims()
    pages = render_reports(fixture_findings(claims), claims)
    assert set(pages) == {
        "index.md",
        "entities.md",
        "2023-03-09-hasanov-oguz.md",
        "2023-03-17-hasanov-oguz.md",
    }
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        for stale in GOLDEN.glob("*.md"):
            if stale.name not in pages:
                stale.unlink()
        for name, text in pages.items():
            (GOLDEN / name).write_text(text, encoding="utf-8", newline="\n")
        return
    assert sorted(p.name for p in GOLDEN.glob("*.md")) == sorted(pages)
    diffs = []
    for name, text in sorted(pages.items()):
        expected = (GOLDEN / name).read_text(encoding="utf-8")
        if text != expected:
            diffs.append(
                "".join(
                    difflib.unified_diff(
                        expected.splitlines(keepends=True),
                        text.splitlines(keepends=True),
                        f"tests/golden/{name}",
                        f"rendered {name}",
                    )
                )
            )
    assert not diffs, "reports differ from the golden files (CLAIMCHECK_UPDATE_GOLDEN=1 " + (
        "regenerates them):\n" + "\n".join(diffs)
    )


def test_pages_end_with_one_newline_and_hold_well_formed_tables():
    claims = fixture_claims()
    for text in render_reports(fixture_findings(claims), claims).values():
        assert text.endswith("\n") and not text.endswith("\n\n")
        assert_tables_well_formed(text)


# ---------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------


def test_index_lists_events_newest_first_with_counts_and_formula():
    claims = fixture_claims()
    index = render_reports(fixture_findings(claims), claims)["index.md"]
    assert index.index("2023-03-17-hasanov-oguz.md") < index.index("2023-03-09-hasanov-oguz.md")
    assert "3 articles · 2 events" in index
    row = next(line for line in index.splitlines() if "2023-03-09-hasanov-oguz.md" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[3:] == ["1", "2", "1", "1", "1", "0.20"]
    single = next(line for line in index.splitlines() if "2023-03-17-hasanov-oguz.md" in line)
    assert single.rstrip("| ").endswith("–")
    assert "2 × major" in index


def test_event_page_sections():
    claims = fixture_claims()
    pages = render_reports(fixture_findings(claims), claims)
    page = pages["2023-03-09-hasanov-oguz.md"]
    assert "[../corpus/2023/trend.txt]" not in page  # link text is the path as given
    assert "(../corpus/2023/trend.txt#L3)" in page
    assert "(../corpus/newsaz.txt#L4)" in page
    # The background omission sits under its own heading, after the event's omissions.
    omissions = page[page.index("## Omissions") : page.index("## Agreements")]
    assert omissions.index("Turkish Martyrs") < omissions.index("### Background omissions")
    assert omissions.index("### Background omissions") < omissions.index("Partnership for Peace")
    # Covered claims are not listed as reported by one outlet only; the rest are, roles and
    # background left out.
    solo = page[page.index("## Reported by one outlet only") :]
    assert "noted the importance" in solo and "NATO Days" in solo
    assert "wished recovery" in solo and "Alley of Martyrs" in solo
    assert "up to 250" not in solo and "is Minister of Defense" not in solo
    assert "Partnership for Peace" not in solo
    assert "year inferred from the event" in pages["2023-03-17-hasanov-oguz.md"]


def test_coverage_matrix_marks_present_and_absent():
    claims = fixture_claims()
    page = render_reports(fixture_findings(claims), claims)["2023-03-09-hasanov-oguz.md"]
    coverage = page[page.index("## Coverage") : page.index("## Omissions")]
    row = next(line for line in coverage.splitlines() if "Turkish Martyrs" in line)
    assert [c.strip() for c in row.strip("|").split("|")][-2:] == ["✓", "—"]


def test_entities_flag_rank_and_nationality_within_30_days():
    claims = fixture_claims()
    text = render_entities(claims)
    assert "⚠ 2023-03-09 / 2023-03-10" in text and "Lieutenant General ≠ Major General" in text
    assert "Türkiye ≠ Turkey" in text
    # Z. Hasanov and a bare Hasanov join Zakir Hasanov: one section.
    assert text.count("## Zakir Hasanov") == 1 and "## Hasanov" not in text


def test_entities_do_not_merge_people_with_different_first_names():
    claims = fixture_claims()
    c = claims["caucasus watch"]
    ramil = person("e3", "Ramil Hasanov", [], "Major", [], "Azerbaijan", "ramil hasanov")
    claims["caucasus watch"] = c.model_copy(update={"entities": [*c.entities, ramil]})
    text = render_entities(claims)
    assert "## Ramil Hasanov" in text and "## Zakir Hasanov" in text
    # A bare `Hasanov` could be either: on its own.
    assert "## Hasanov" in text
    zakir = text[text.index("## Zakir Hasanov") :]
    assert "Z. Hasanov" in zakir


def test_entities_ignore_articles_more_than_30_days_apart():
    claims = with_article(fixture_claims(), "newsaz", published="2023-05-01")
    text = render_entities(claims)
    assert "Lieutenant General ≠ Major General" not in text


# ---------------------------------------------------------------------------------------------
# Escaping
# ---------------------------------------------------------------------------------------------


def assert_no_injection(text: str) -> None:
    text = text.removeprefix(REPORT_MARKER + "\n")
    assert "<script" not in text and "<!--" not in text and "![" not in text
    assert "](http" not in text
    targets = re.findall(r"\]\(([^)]*)\)", text)
    assert text.count("](") == len(targets)
    for target in targets:
        assert target.startswith("../") or target.endswith(".md"), target


def test_hostile_text_is_escaped_everywhere():
    claims = fixture_claims()
    claims = with_article(claims, "newsaz", outlet=HOSTILE, title=HOSTILE)
    c = claims["2023/trend"]
    claims["2023/trend"] = c.model_copy(
        update={
            "entities": [person("e9", HOSTILE, [HOSTILE], HOSTILE, [HOSTILE], HOSTILE)],
            "claims": [*c.claims, claim("c9", "statement", HOSTILE, 20)],
        }
    )
    findings = with_finding(fixture_findings(claims), hostile_finding(HOSTILE + LONG))
    pages = render_reports(findings, claims)
    for text in pages.values():
        assert_tables_well_formed(text)
        assert_no_injection(text)
        assert LONG[:400] not in text
    assert "…" in pages["2023-03-09-hasanov-oguz.md"]


def test_escape_cell():
    assert escape_cell("a|b") == "a\\|b"
    assert escape_cell("a\\|b") == "a\\\\\\|b"
    assert escape_cell("x\n\ty") == "x y"
    assert escape_cell("<!-- c -->") == "&lt;\\!-- c --&gt;"
    assert escape_cell("[x](http://e.vil)") == "\\[x\\]\\(http://e.vil)"
    assert escape_cell("# title") == "\\# title"
    assert escape_cell("- item") == "\\- item"
    assert escape_cell("1. item") == "1\\. item"
    assert escape_cell(None) == ""
    assert escape_cell("x" * 400) == "x" * 299 + "…"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(summary=st.text(), evidence=st.text(), value=st.text())
def test_any_text_keeps_tables_well_formed(summary, evidence, value):
    claims = fixture_claims()
    finding = hostile_finding(evidence).model_copy(
        update={"summary": summary, "values": {"2023/trend": value, "newsaz": evidence}}
    )
    findings = with_finding(fixture_findings(claims), finding)
    page = render_event(findings.events[0], findings, claims)
    assert_tables_well_formed(page)


# ---------------------------------------------------------------------------------------------
# Determinism and links
# ---------------------------------------------------------------------------------------------


def test_shuffled_inputs_give_identical_output():
    claims = fixture_claims()
    findings = fixture_findings(claims)
    expected = render_reports(findings, claims)
    for seed in range(10):
        assert render_reports(*shuffled(findings, claims, seed)) == expected


def test_links_are_percent_encoded():
    path = "corpus/my dir/Ölkə #1 (draft)|x<y>.txt"
    claims = with_article(fixture_claims(), "newsaz", path=path)
    findings = fixture_findings(claims)
    page = render_reports(findings, claims)["2023-03-09-hasanov-oguz.md"]
    encoded = "../corpus/my%20dir/%C3%96lk%C9%99%20%231%20%28draft%29%7Cx%3Cy%3E.txt"
    assert f"({encoded})" in page and f"({encoded}#L4)" in page
    assert_tables_well_formed(page)
    assert link("a]b", "x y/é.md") == "[a\\]b](x%20y/%C3%A9.md)"
    assert link("L3", "../a#b.txt", "L3") == "[L3](../a%23b.txt#L3)"


@settings(max_examples=300, deadline=None)
@given(
    headers=st.lists(st.text(alphabet="ab |\\é✓—日-1.#", min_size=1), min_size=1, max_size=4),
    data=st.data(),
)
def test_tables_keep_tabulates_github_layout(headers, data):
    """The plain-join table writer lays a table out exactly as tabulate's `github` format."""
    from tabulate import tabulate

    from claimcheck.report.markdown import _table

    cell = st.text(alphabet="ab |\\é✓—日-1.#", max_size=8)
    rows = data.draw(st.lists(st.lists(cell, min_size=len(headers), max_size=len(headers))))
    expected = tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)
    assert _table(headers, rows) == expected


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.integers(0, 4),  # article
            st.one_of(st.none(), st.integers(0, 120), st.just(-1)),  # day, or a bad date
            st.sampled_from([None, "General", "Colonel"]),
            st.sampled_from([None, "Azerbaijan", "Turkey"]),
        ),
        max_size=25,
    )
)
def test_rank_clashes_are_the_pairs_within_the_period(rows):
    """The date-ordered sweep finds exactly the pairs a comparison of all pairs finds, in
    the same order."""
    import datetime as dt

    from claimcheck.report.markdown import PERIOD_DAYS, _clashes, _differs, _Mention

    start = dt.date(2023, 1, 1)
    mentions = []
    for n, (article, day, rank, nationality) in enumerate(rows):
        published = (
            None
            if day is None
            else "2023-13-45"
            if day < 0
            else str(start + dt.timedelta(days=day))
        )
        mentions.append(
            _Mention(
                meta(f"a{article}", f"a{article}.txt", "Trend", published),
                person(f"e{n}", "Zakir Hasanov", rank=rank, nationality=nationality),
            )
        )
    mentions.sort(key=lambda m: m.order)
    expected = [
        (a, b)
        for i, a in enumerate(mentions)
        for b in mentions[i + 1 :]
        if a.article.id != b.article.id
        and a.day is not None
        and b.day is not None
        and abs((a.day - b.day).days) <= PERIOD_DAYS
        and (
            _differs(a.entity.rank, b.entity.rank)
            or _differs(a.entity.nationality, b.entity.nationality)
        )
    ]
    assert _clashes(mentions) == expected
