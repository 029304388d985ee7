"""Files -> Article: discovery, decoding, front matter, page chrome and metadata.

Only this module reads article files. What it returns keeps the article text whole so
evidence offsets point into it; page chrome (font widgets, bylines, "See Also" blocks,
cookie and recruitment notices, datelines) is left out of the `segments` claims are taken
from, never cut out of the text.

The article text is the decoded file for plain text (`.txt`, `.md`), and the text extracted
from it for saved web pages (`.html`, `.htm`) and crawler exports (`.json`); see
:mod:`claimcheck.formats`. Bytes are decoded by :mod:`claimcheck.decoding`.

Every file under the corpus folder with an article ending is either read or refused with an
ArticleError naming it: binary, empty, too large, undecodable, malformed front matter,
unreadable, not a regular file, a symlink leaving the corpus or looping. Nothing is dropped
without a word.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from .decoding import decode
from .errors import ArticleError, CorpusError, UnreadableError
from .extract.dates import find_dates, parse_stamp
from .formats import HTML_SUFFIXES, JSON_SUFFIXES, Extracted, html_article, json_article
from .gazetteer import is_place, outlet_from_domain, outlet_name
from .models import Article, ArticleMeta, Segment
from .settings import Settings
from .text import caseless

FRONT_MATTER_KEYS = ("outlet", "published", "title", "url", "language")


# --- discovery -------------------------------------------------------------------------


def article_id(path: Path, root: Path) -> str:
    """`root/2024/trend.txt` -> `2024/trend` (contract: path without extension, `/` separators)."""
    rel = path.relative_to(root)
    return rel.with_suffix("").as_posix()


def discover(root: Path, extensions: tuple[str, ...]) -> list[Path]:
    """Article files under `root`, recursively, sorted by article id (code points, not locale).

    Symlinks are followed only when they stay inside the corpus, so a link loop or a link
    to /etc cannot pull foreign files in. :func:`survey` also says what was left out.
    """
    return survey(root, extensions)[0]


def survey(
    root: Path, extensions: tuple[str, ...], skip: tuple[Path, ...] = ()
) -> tuple[list[Path], list[ArticleError]]:
    """(article files sorted by id, the files and folders refused on the way, by path).

    `skip`: folders not to enter, such as claimcheck's own claims and reports folders when
    they lie inside the corpus (`claimcheck compare .`): their JSON and markdown are output,
    not articles.

    Hidden files and folders (`.git`, `.draft.txt`) and files with other endings are not
    articles and pass unmentioned. Refused with a reason: a folder the system will not list,
    a symlink that leaves the corpus or loops, an article-named entry that is not a regular
    file (a FIFO would block the run). Symlinked folders are never descended: one inside the
    corpus is read through its real path anyway, and not walking them means no loop.
    """
    check_folder(root)
    real_root = Path(os.path.realpath(root))
    skipped = {Path(os.path.realpath(folder)) for folder in skip}
    found: list[Path] = []
    refused: list[ArticleError] = []

    def walk_error(exc: OSError) -> None:
        where = exc.filename or root
        refused.append(UnreadableError(where, f"cannot read folder: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=walk_error, followlinks=False):
        folder = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and Path(os.path.realpath(folder / d)) not in skipped
        )
        for name in dirnames:
            problem = _symlink_problem(folder / name, real_root, "folder")
            if problem:
                refused.append(ArticleError(folder / name, problem))
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in extensions:
                continue
            path = folder / name
            problem = _symlink_problem(path, real_root, "file") or _not_regular(path)
            if problem:
                refused.append(ArticleError(path, problem))
            else:
                found.append(path)
    found.sort(key=lambda p: (article_id(p, root), p.as_posix()))
    refused.sort(key=lambda e: e.path)
    return found, refused


def check_folder(root: Path) -> None:
    """CorpusError unless `root` is a folder this process may list."""
    if not root.exists():
        raise CorpusError(f"{root}: no such folder")
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder")
    try:
        with os.scandir(root):
            pass
    except OSError as exc:
        raise CorpusError(f"{root}: cannot read folder: {exc.strerror or exc}") from None


def _symlink_problem(path: Path, real_root: Path, kind: str) -> str | None:
    """Why a symlink is not followed, or None for anything else (and a link inside)."""
    if not path.is_symlink():
        return None
    try:
        target = Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop, not followed"
        return "broken symlink, not followed"
    if not _inside(target, real_root):
        return f"symlinked {kind} outside the corpus, not followed"
    return None


def _not_regular(path: Path) -> str | None:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    return None if stat.S_ISREG(mode) else "not a regular file"


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


# --- front matter --------------------------------------------------------------------------


_BREAK = r"(?:\r\n|\r|\n)"
_FRONT_MATTER = re.compile(rf"\A---[ \t]*{_BREAK}(?:(.*?){_BREAK})?---[ \t]*(?:{_BREAK}|\Z)", re.S)
"""A `---` line, YAML, a `---` line: with LF, CRLF or CR line breaks."""
_FRONT_MATTER_OPEN = re.compile(rf"---[ \t]*{_BREAK}")


def parse_front_matter(text: str, path: Path) -> tuple[dict[str, str], int]:
    """A leading `---` block of YAML keys -> (values as strings, offset where the body starts)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if _FRONT_MATTER_OPEN.match(text):
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

_HINT_WORDS = (
    "cookie", "seeks", "looking for", "hiring", "join", "send", "cover letter", "vacanc",
    "subscribe", "sign up", "newsletter", "follow us", "download", "©", "rights reserved",
    "copyright", "share", "tweet", "print", "mail", "facebook", "twitter", "whatsapp",
    "telegram", "copy link", "advertisement", "sponsored",
)  # fmt: skip
"""A word at least one of the boilerplate rules needs (or a paragraph that is only `ad`):
most paragraphs have none, and are let through after one look instead of one per rule."""

_BOILERPLATE_HINT = re.compile("|".join(map(re.escape, _HINT_WORDS)) + r"|^\s*ad\s*$", re.I)


def _maybe_boilerplate(text: str) -> bool:
    """`_BOILERPLATE_HINT.search(text)`, quicker: plain substring tests on the `caseless`
    text."""
    low = caseless(text)
    return any(word in low for word in _HINT_WORDS) or low.strip() == "ad"


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
    if not _maybe_boilerplate(text):
        return False  # no word any boilerplate rule needs
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
    words = _WORD.findall(text[:20000].lower())
    if len(words) < 20:
        return None
    hits = sum(map(_STOPWORDS_EN.__contains__, words))
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
    raw = read_bytes(path, settings.max_file_bytes)
    suffix = path.suffix.lower()
    text, encoding = decode(raw, path, html=suffix in HTML_SUFFIXES)
    if not text.strip():
        raise ArticleError(path, "empty file")
    given, body_start = _article_text(text, path)
    text = given.text
    info = layout(text, body_start, settings)
    if suffix in HTML_SUFFIXES and not any(s.kind == "text" for s in info.segments):
        # trafilatura falls back to whatever text a page has (a menu's `Home`); a page
        # with no sentence outside headings and chrome holds no article.
        raise ArticleError(path, "no article text found in the HTML page")
    front = given.values
    sources: dict[str, str] = {k: v for k, v in given.sources.items() if k not in front}
    outlet, source = (
        (front["outlet"], given.sources["outlet"])
        if "outlet" in front
        else infer_outlet(text, info)
    )
    if source:
        sources["outlet"] = source
    if "published" in front:
        published, source = front["published"], given.sources["published"]
    else:
        published, source = infer_published(text, body_start, info)
    if source:
        sources["published"] = source
    title = front.get("title") or info.title
    if title:
        sources["title"] = given.sources["title"] if "title" in front else "headline"
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
        sources=dict(sorted(sources.items())),
    )
    return Article(meta=meta, text=text, segments=tuple(info.segments))


def _article_text(decoded: str, path: Path) -> tuple[Extracted, int]:
    """(the article text with what the file states about it, offset where the body starts).

    A page or an export becomes the text extracted from it; a plain text file is its own
    text, its front matter stating the metadata.
    """
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html_article(decoded, path), 0
    if suffix in JSON_SUFFIXES:
        return json_article(decoded, path), 0
    front, body_start = parse_front_matter(decoded, path)
    return Extracted(decoded, front, dict.fromkeys(front, "front matter")), body_start


def read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing files over `limit` bytes and anything but a regular file.

    The file is opened without blocking and checked on the open descriptor, so a FIFO or
    device swapped in after discovery cannot hang the run, and at most `limit + 1` bytes are
    read, so a file that grows past the limit is refused, not loaded.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise UnreadableError(path, f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(descriptor, "rb") as handle:
        try:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise ArticleError(path, "not a regular file")
            if status.st_size > limit:
                raise ArticleError(path, f"larger than {limit} bytes")
            raw = handle.read(limit + 1)
        except OSError as exc:
            raise UnreadableError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise ArticleError(path, f"larger than {limit} bytes")
    return raw


def corpus_files(settings: Settings) -> tuple[list[tuple[str, Path]], list[ArticleError]]:
    """(article id, path) of every article file in id order, and the errors of the files
    and folders refused on the way (unreadable names, duplicate ids, links leaving the
    corpus…). Nothing is read yet."""
    root = settings.corpus
    output = (settings.claims_dir, settings.reports_dir)
    paths, refused = survey(root, settings.extensions, skip=output)
    errors = list(refused)
    entries: list[tuple[str, Path]] = []
    first_of: dict[str, Path] = {}
    for path in paths:
        identifier = article_id(path, root)
        if not _encodable(identifier):
            errors.append(ArticleError(path, "file name is not valid UTF-8; rename the file"))
            continue
        if identifier in first_of:
            errors.append(
                ArticleError(path, f"same article id `{identifier}` as {first_of[identifier]}")
            )
            continue
        first_of[identifier] = path
        entries.append((identifier, path))
    return entries, errors


def read_corpus(
    settings: Settings, shown_root: str | None = None
) -> Iterator[Article | ArticleError]:
    """Every article of the corpus in id order; a file that cannot be read yields its error.

    Files and folders refused during discovery (see :func:`survey`) come first, by path.
    """
    root = settings.corpus
    output = (settings.claims_dir, settings.reports_dir)
    paths, refused = survey(root, settings.extensions, skip=output)
    yield from refused
    first_of: dict[str, Path] = {}
    for path in paths:
        identifier = article_id(path, root)
        if not _encodable(identifier):
            yield ArticleError(path, "file name is not valid UTF-8; rename the file")
            continue
        if identifier in first_of:
            yield ArticleError(path, f"same article id `{identifier}` as {first_of[identifier]}")
            continue
        first_of[identifier] = path
        try:
            yield read_article(path, root, settings, shown_root)
        except ArticleError as error:
            yield error


def _encodable(name: str) -> bool:
    """False for a name holding bytes that are not UTF-8 (Python keeps them as lone
    surrogates): it could not be written into a UTF-8 claims file or report."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
