"""Files -> Article: discovery, decoding, front matter, page chrome and metadata.

Only this module reads article files. What it returns keeps the decoded text whole so
evidence offsets point into the file as read; page chrome (font widgets, bylines,
"See Also" blocks, cookie and recruitment notices, datelines) is left out of the
`segments` claims are taken from, never cut out of the text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ArticleError, CorpusError
from .extract.dates import find_dates, parse_stamp
from .gazetteer import is_place, outlet_from_domain, outlet_name
from .models import Article, ArticleMeta, Segment
from .settings import Settings

FRONT_MATTER_KEYS = ("outlet", "published", "title", "url", "language")


# --- discovery -------------------------------------------------------------------------


def article_id(path: Path, root: Path) -> str:
    """`root/2024/trend.txt` -> `2024/trend` (contract: path without extension, `/` separators)."""
    rel = path.relative_to(root)
    return rel.with_suffix("").as_posix()


def discover(root: Path, extensions: tuple[str, ...]) -> list[Path]:
    """Article files under `root`, recursively, sorted by article id (code points, not locale).

    Symlinks are followed only when they stay inside the corpus, so a link loop or a link
    to /etc cannot pull foreign files in.
    """
    if not root.exists():
        raise CorpusError(f"{root}: no such folder")
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder")
    real_root = root.resolve()
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in extensions:
                continue
            path = Path(dirpath) / name
            if path.is_symlink() and not _inside(path.resolve(), real_root):
                continue
            if path.is_file():
                found.append(path)
    return sorted(found, key=lambda p: (article_id(p, root), p.as_posix()))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


# --- decoding and front matter -----------------------------------------------------------


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Bytes -> (text, encoding name). UTF-8 with or without BOM."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(path, "binary file, not article text")
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8", path), "utf-8-sig"
    return _strict(raw, "utf-8", path), "utf-8"


def _strict(raw: bytes, encoding: str, path: Path) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ArticleError(path, f"not valid {encoding} text", line=line) from None


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:(.*?)\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


def parse_front_matter(text: str, path: Path) -> tuple[dict[str, str], int]:
    """A leading `---` block of YAML keys -> (values as strings, offset where the body starts)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n") or text.startswith("---\r\n"):
            raise ArticleError(path, "front matter opened with --- but never closed", line=1)
        return {}, 0
    try:
        data = yaml.safe_load(match.group(1) or "")
    except ValueError as exc:  # YAML read a date that does not exist, such as 2023-02-30
        line = _key_line(match.group(1) or "", "published")
        raise ArticleError(path, f"malformed front matter: {exc}", line=line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ArticleError(path, f"malformed front matter: {problem}", line=line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(path, "front matter must be `key: value` lines", line=2)
    values: dict[str, str] = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, dt.datetime):
            value = value.date()
        values[str(key)] = value.isoformat() if isinstance(value, dt.date) else str(value)
    if "published" in values and not _valid_iso(values["published"]):
        line = _key_line(match.group(1) or "", "published")
        raise ArticleError(path, "front matter `published` is not a YYYY-MM-DD date", line=line)
    return values, match.end()


def _valid_iso(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _key_line(block: str, key: str) -> int:
    for number, line in enumerate(block.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return number
    return 1


# --- paragraphs and lines ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str
    paragraph: int


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")


def lines_of(text: str, start: int) -> list[Line]:
    """Non-blank lines from `start`, stripped, each tagged with its paragraph number."""
    lines: list[Line] = []
    paragraph = 0
    blank_run = False
    for match in _LINE.finditer(text, start):
        raw = match.group(0)
        if not raw:
            break
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            blank_run = True
            continue
        if blank_run and lines:
            paragraph += 1
        blank_run = False
        lead = len(content) - len(content.lstrip())
        begin = match.start() + lead
        lines.append(Line(begin, begin + len(stripped), stripped, paragraph))
    return lines


# --- page chrome -------------------------------------------------------------------------

_DATE_PREFIX = re.compile(r"date[ \t]+(\d{4}-\d{2}-\d{2})\b")
"""A scraper's stamp opening the file: `date 2023-03-09 …` (the rest of the line may be text)."""

_FONT_WIDGET = re.compile(r"\+\s*↺\s*[−–-]\s*\d+\s*px|\bA-\s*A\+|\bFont size:?\s*[-+]?")
"""Font-size controls copied with the page: `+ ↺ − 16 px`, `A- A+`."""

_BYLINE = re.compile(r"^By[ \t]+((?:[A-Z][\w.'’-]*[ \t]?){1,4})$")
"""`By Azernews`, `By Jane Doe`: an author or outlet line."""

_PERSON_LINE = re.compile(r"^[A-Z][a-zà-ÿ'’.-]+(?: [A-Z][a-zà-ÿ'’.-]+){1,2}$")
"""A line holding only a name (`Sabina Mammadli`) near the top: a byline without `By`."""

_CATEGORY = re.compile(r"^(?:\||(?:Tags?|Categor(?:y|ies)|Topics?|Section)\s*:)")
"""`| News, Security, Azerbaijan`, `Tags: NATO, defence`: navigation, not text."""

_SEE_ALSO = re.compile(
    r"^(?:See also|Read also|Read more|Related(?: news| articles| stories)?|More on (?:this|the) "
    r"topic|Also read|Recommended|Most read|Latest news|You may also like)\s*:?$",
    re.I,
)
"""A related-links heading; the link titles after it go with it."""

_BOILERPLATE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "cookie notice",
        re.compile(r"\bcookies?\b.*\b(?:accept|consent|policy|settings|use of)\b", re.I | re.S),
    ),
    (
        "recruitment blurb",
        re.compile(
            r"\b(?:seeks|is looking for|we are hiring|join our team|send (?:your )?CV|"
            r"cover letter|vacanc(?:y|ies))\b",
            re.I,
        ),
    ),
    (
        "subscription blurb",
        re.compile(
            r"\b(?:subscribe to|sign up for|our newsletter|follow us on|join (?:us|our "
            r"channel) on|download our app)\b",
            re.I,
        ),
    ),
    ("copyright line", re.compile(r"©|\ball rights reserved\b|\bcopyright\b", re.I)),
    (
        "share buttons",
        re.compile(
            r"^(?:share|tweet|print|e-?mail|facebook|twitter|whatsapp|telegram|copy link)"
            r"(?:[\s|,/·]+(?:share|tweet|print|e-?mail|facebook|twitter|x|whatsapp|telegram|"
            r"linkedin|copy link))*\s*$",
            re.I,
        ),
    ),
    ("advertisement", re.compile(r"^(?:advertisement|sponsored|ad)$", re.I)),
)
"""Paragraphs that belong to the site, not the story, named for the report."""

_EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$")

_DATELINE_NO_DATE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*)(?:,[ \t]*[A-Z][\w.'’ -]{1,30}?)?"
    r"[ \t]+\((?P<agency>[A-Za-z][\w .&-]{0,30})\)[ \t]*[-–—]+"
)
"""`WASHINGTON (AP) —`: the agency's dateline without a date."""

_DATELINE_MIXED = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[,.][ \t]+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})"
    r"(?:[,.][ \t]*(?P<agency>[A-Z][\w.]*[A-Za-z])[ \t]*/?|\.)(?=\s|$)"
)
"""`Baku, March 9, AZERTAC` and `Baku. 9 March. REPORT.AZ/`: a city in plain case (known as a
place), the date and the agency."""

_DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)*)"
    r"(?:,[ \t]*[A-Z][\w.'’ -]{1,30}?)?,?[ \t]+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}"
    r"(?:[ \t]+\d{4})?))"
    r"(?P<tail>[ \t]*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\)[ \t]*[-–—]*|/(?P<agency2>[A-Za-z]"
    r"[\w .-]{0,20})/\.?|[ \t]*[-–—]+[ \t]*(?P<agency3>[A-Z][A-Za-z]{1,15})?[ \t]*[-–—]*|\.))"
)
"""`BAKU, Azerbaijan, March 9.`, `KYIV, May 3 (Reuters) -`, `MOSCOW, April 2. /TASS/.`"""

_AGENCY_TAG = re.compile(r"[ \t]*/(?P<agency>[A-Z][A-Za-z]+)/\.?")
"""`/TASS/.` after a dateline's full stop (matched at the position where the dateline ends)."""


@dataclass
class _Layout:
    """What the chrome pass learned about a file besides the segments."""

    segments: list[Segment]
    stamp: str | None = None
    byline: str | None = None
    sign_off: str | None = None
    dateline_date: str | None = None
    dateline_agency: str | None = None
    title: str | None = None
    emails: tuple[str, ...] = ()


def layout(text: str, body_start: int, settings: Settings) -> _Layout:
    """Split the body into text and heading segments, leaving page chrome out."""
    lines = lines_of(text, body_start)
    info = _Layout(segments=[])
    info.emails = tuple(m.group(1) for m in _EMAIL.finditer(text, body_start))
    kept: list[Line] = []
    skip_link_titles = False
    for index, line in enumerate(lines):
        line = _strip_line_chrome(line, info, first=index == 0)
        if line is None:
            continue
        if _SEE_ALSO.match(line.text):
            skip_link_titles = True
            continue
        if skip_link_titles and not _TERMINAL.search(line.text):
            continue
        skip_link_titles = False
        if _is_chrome_line(line, index, lines, info):
            continue
        kept.append(line)
    _drop_sign_off(kept, info)
    for position, line in enumerate(kept[:3]):
        if not index_is_top(line, lines):
            break
        stripped = _strip_dateline(line, info)
        if stripped is not line or info.dateline_date or info.dateline_agency:
            if stripped is _EMPTY:
                del kept[position]
            else:
                kept[position] = stripped
            break
    seen_text = False
    previous: Line | None = None
    for position, line in enumerate(kept):
        following = kept[position + 1] if position + 1 < len(kept) else None
        joined_before = previous is not None and _adjacent(text, previous, line)
        joined_after = following is not None and _adjacent(text, line, following)
        wrapped = joined_before and not _TERMINAL.search(previous.text)
        heading = not wrapped and _is_heading(line, following, settings)
        if heading and joined_after and not (not joined_before and _title_cased(line.text)):
            heading = False  # a short first line of a hard-wrapped paragraph
        kind = "heading" if heading else "text"
        if kind == "text":
            seen_text = True
        elif info.title is None and not seen_text and position < 3 and _title_like(line.text):
            info.title = line.text
        last = info.segments[-1] if info.segments else None
        if kind == "text" and last is not None and last.kind == "text" and joined_before:
            # one segment per run of lines, so a sentence wrapped over lines stays whole
            info.segments[-1] = last.model_copy(update={"end": line.end})
        else:
            info.segments.append(
                Segment(start=line.start, end=line.end, kind=kind, paragraph=line.paragraph)
            )
        previous = line
    return info


def _adjacent(text: str, first: Line, second: Line) -> bool:
    """Two lines of one paragraph with nothing left out between them."""
    return first.paragraph == second.paragraph and not text[first.end : second.start].strip()


def _title_cased(line: str) -> bool:
    """`NATO Delegation Visits Azerbaijan`: most words capitalised, as headlines are."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) / len(words) >= 0.8


_EMPTY = Line(0, 0, "", -1)
"""A line that was all dateline: dropped from the segments."""


def index_is_top(line: Line, lines: list[Line]) -> bool:
    """A dateline only counts in the first three paragraphs."""
    return line.paragraph <= 2


def _strip_line_chrome(line: Line, info: _Layout, first: bool) -> Line | None:
    """Cut a leading `date YYYY-MM-DD`, font widgets and an inline `By X` off a line."""
    text, start = line.text, line.start
    if first:
        match = _DATE_PREFIX.match(text)
        if match:
            if _valid_iso(match.group(1)):
                info.stamp = match.group(1)
            text, start = _advance(text, start, match.end())
    widget = _FONT_WIDGET.match(text)
    if widget:
        text, start = _advance(text, start, widget.end())
    if first or info.stamp:
        byline = re.match(r"By[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*$", text)
        if byline:
            info.byline = info.byline or byline.group(1)
            return None
    if not text:
        return None
    return Line(start, start + len(text), text, line.paragraph)


def _advance(text: str, start: int, cut: int) -> tuple[str, int]:
    rest = text[cut:]
    lead = len(rest) - len(rest.lstrip())
    return rest.strip(), start + cut + lead


def _is_chrome_line(line: Line, index: int, lines: list[Line], info: _Layout) -> bool:
    text = line.text
    if _CATEGORY.match(text):
        return True
    byline = _BYLINE.match(text)
    if byline and len(text.split()) <= 5:
        info.byline = info.byline or byline.group(1).strip()
        return True
    if line.paragraph <= 2 and _PERSON_LINE.match(text) and (info.stamp or info.byline):
        info.byline = info.byline or text
        return True
    if len(text) < 400 and info.stamp is None and index < 3:
        stamp = parse_stamp(text)
        if stamp is not None and len(text.split()) <= 8:
            info.stamp = stamp.isoformat()
            return True
    return any(pattern.search(text) for _, pattern in _BOILERPLATE_RULES)


def _drop_sign_off(kept: list[Line], info: _Layout) -> None:
    """A last line that is only an outlet's name (`News.Az`) signs the article off."""
    if not kept:
        return
    last = kept[-1].text.strip(" .—–-")
    name = outlet_name(last) or (outlet_from_domain(last) if "." in last else None)
    if name and len(last.split()) <= 3:
        info.sign_off = name
        kept.pop()


def _strip_dateline(line: Line, info: _Layout) -> Line:
    match = _DATELINE.match(line.text)
    mixed = _DATELINE_MIXED.match(line.text) if not match else None
    if mixed and is_place(mixed.group("place")):
        info.dateline_date = mixed.group("date")
        if mixed.group("agency"):
            info.dateline_agency = mixed.group("agency")
        text, start = _advance(line.text, line.start, mixed.end())
        return Line(start, start + len(text), text, line.paragraph) if text else _EMPTY
    if not match:
        bare = _DATELINE_NO_DATE.match(line.text)
        if not bare:
            return line
        info.dateline_agency = bare.group("agency").strip()
        text, start = _advance(line.text, line.start, bare.end())
        return Line(start, start + len(text), text, line.paragraph) if text else line
    info.dateline_date = match.group("date")
    agency = match.group("agency") or match.group("agency2") or match.group("agency3")
    cut = match.end()
    tag = _AGENCY_TAG.match(line.text, cut)
    if tag:
        agency = agency or tag.group("agency")
        cut = tag.end()
    if agency:
        info.dateline_agency = agency.strip()
    text, start = _advance(line.text, line.start, cut)
    return Line(start, start + len(text), text, line.paragraph) if text else line


def _is_heading(line: Line, following: Line | None, settings: Settings) -> bool:
    """A short line without end punctuation (a headline or sub-head) is no sentence."""
    if _TERMINAL.search(line.text):
        return False
    if len(line.text.split()) > settings.heading_max_words:
        return False
    # Web copy sometimes leaves a sentence's full stop at the start of the next paragraph.
    return not (following is not None and following.text[:1] in ".,;")


def _title_like(text: str) -> bool:
    return len(text.split()) >= 3 and not text.startswith(("|", "#"))


# --- metadata ----------------------------------------------------------------------------

_TOLD = re.compile(r"\btold ([A-Z][\w-]*(?:\.[A-Za-z]{2,})?(?: [A-Z][\w-]*){0,2})")
_REPORTS = re.compile(
    r"\b([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}) (?:reports|informs|has learned)"
    r"(?P<via> (?:via|per|citing|with reference to|quoting))?\b"
)
_DOMAINISH = re.compile(r"^[\w-]+(?:\.[A-Za-z]{2,})+$")
_STOPWORDS_EN = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "was",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "his",
        "he",
        "has",
        "have",
        "were",
        "are",
        "be",
        "which",
        "this",
        "an",
        "its",
        "their",
        "also",
        "said",
    ]
)
_WORD = re.compile(r"[A-Za-z]+")


def infer_outlet(text: str, info: _Layout) -> tuple[str | None, str | None]:
    """The outlet and the rule that found it, or (None, None): never a guess."""
    if info.dateline_agency:
        agency = info.dateline_agency.strip(" ./")
        name = outlet_name(agency) or (
            outlet_from_domain(agency.lower()) if _DOMAINISH.match(agency) else None
        )
        if name:
            return name, "dateline agency"
    for match in _TOLD.finditer(text):
        name = _outlet_candidate(match.group(1))
        if name:
            return name, f"told {match.group(1)}"
    for match in _REPORTS.finditer(text):
        candidate = match.group(1)
        name = _outlet_candidate(candidate)
        if name is None and match.group("via") and " " not in candidate:
            name = candidate
        if name:
            return name, f"{candidate} reports"
    if info.byline:
        name = outlet_name(info.byline)
        if name:
            return name, "byline"
    if info.sign_off:
        return info.sign_off, "sign-off line"
    for domain in info.emails:
        name = outlet_from_domain(domain) or _name_for_domain(text, domain)
        if name:
            return name, "site e-mail address"
    return None, None


def _outlet_candidate(candidate: str) -> str | None:
    candidate = candidate.strip(" .")
    name = outlet_name(candidate)
    if name:
        return name
    if _DOMAINISH.match(candidate):
        return outlet_from_domain(candidate) or candidate
    return None


def _name_for_domain(text: str, domain: str) -> str | None:
    """`caucasuswatch.de` and a capitalised `Caucasus Watch` in the page name the same site."""
    stem = domain.lower().split(".")[-2] if domain.count(".") >= 1 else domain.lower()
    pattern = re.compile(r"\b[A-Z][\w]*(?: [A-Z][\w]*){0,3}")
    for match in pattern.finditer(text):
        words = match.group(0).split()
        for size in range(len(words), 0, -1):
            for begin in range(len(words) - size + 1):
                phrase = " ".join(words[begin : begin + size])
                if phrase.replace(" ", "").lower() == stem:
                    return phrase
    return None


def infer_published(text: str, body_start: int, info: _Layout) -> tuple[str | None, str | None]:
    """Publication date from a stamp, or a dateline whose year the article states elsewhere."""
    if info.stamp:
        return info.stamp, "date stamp"
    if info.dateline_date:
        mentions = find_dates(info.dateline_date)
        if mentions and mentions[0].month and mentions[0].month_day:
            if mentions[0].year and not mentions[0].inferred_year:
                return mentions[0].iso, "dateline"
            year = _year_near(text, body_start, mentions[0].month_day)
            if year is not None:
                day = dt.date.fromisoformat(f"{year}{mentions[0].month_day[1:]}")
                return day.isoformat(), "dateline, year from the text"
    return None, None


def _year_near(text: str, body_start: int, month_day: str) -> int | None:
    """The year of a fully written date within 45 days of the dateline's day, if any."""
    month, day = int(month_day[2:4]), int(month_day[5:7])
    for mention in find_dates(text[body_start:]):
        if mention.iso is None or mention.inferred_year or mention.precision != "day":
            continue
        written = dt.date.fromisoformat(mention.iso)
        try:
            candidate = dt.date(written.year, month, day)
        except ValueError:
            continue
        if abs((candidate - written).days) <= 45:
            return written.year
    return None


def infer_language(text: str) -> str | None:
    """`en` when English function words are common enough; otherwise unknown."""
    words = _WORD.findall(text[:20000])
    if len(words) < 20:
        return None
    hits = sum(1 for word in words if word.lower() in _STOPWORDS_EN)
    return "en" if hits / len(words) >= 0.15 else None


# --- the entry points --------------------------------------------------------------------


def display_path(path: Path, root: Path, shown_root: str) -> str:
    """The path as the user would type it: `corpus/x.txt` for `claimcheck compare corpus/`."""
    rel = path.relative_to(root).as_posix()
    base = shown_root.rstrip("/\\") or "."
    return rel if base == "." else f"{Path(base).as_posix()}/{rel}"


def read_article(
    path: Path, root: Path, settings: Settings, shown_root: str | None = None
) -> Article:
    """One file -> Article, or ArticleError naming the file (and line)."""
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            raise ArticleError(path, f"larger than {settings.max_file_bytes} bytes, skipped")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from None
    text, encoding = decode(raw, path)
    if not text.strip():
        raise ArticleError(path, "empty file")
    front, body_start = parse_front_matter(text, path)
    info = layout(text, body_start, settings)
    sources: dict[str, str] = {}
    outlet, source = (
        (front["outlet"], "front matter") if "outlet" in front else infer_outlet(text, info)
    )
    if source:
        sources["outlet"] = source
    if "published" in front:
        published, source = front["published"], "front matter"
    else:
        published, source = infer_published(text, body_start, info)
    if source:
        sources["published"] = source
    title = front.get("title") or info.title
    if title:
        sources["title"] = "front matter" if "title" in front else "headline"
    language = front.get("language") or infer_language(text)
    meta = ArticleMeta(
        id=article_id(path, root),
        path=display_path(path, root, shown_root if shown_root is not None else str(root)),
        sha256=hashlib.sha256(raw).hexdigest(),
        outlet=outlet,
        published=published,
        title=title,
        language=language,
        encoding=encoding,
        sources=sources,
    )
    return Article(meta=meta, text=text, segments=tuple(info.segments))


def read_corpus(
    settings: Settings, shown_root: str | None = None
) -> Iterator[Article | ArticleError]:
    """Every article of the corpus in id order; a file that cannot be read yields its error."""
    root = settings.corpus
    first_of: dict[str, Path] = {}
    for path in discover(root, settings.extensions):
        identifier = article_id(path, root)
        if identifier in first_of:
            yield ArticleError(
                path, f"same article id `{identifier}` as {first_of[identifier]}, skipped"
            )
            continue
        first_of[identifier] = path
        try:
            yield read_article(path, root, settings, shown_root)
        except ArticleError as error:
            yield error
