"""Saved web pages and crawler exports -> article text and the metadata they state.

Plain text files are the article as written.  Two other shapes are read and turned into plain
text first; :class:`Extracted.text` is then the article for every later stage, so evidence
offsets and line numbers index *that* text, not the HTML or JSON bytes on disk:

* HTML pages saved from a browser (`.html`, `.htm`): trafilatura finds the main text and
  leaves the page chrome (navigation, sidebars, share buttons, related links, comments,
  footers) out; :func:`html_text` lays its paragraphs out one per blank-line-separated block.
  Title, publication date and site name come from the page's metadata (`<title>`, Open Graph,
  schema.org JSON-LD, `<time>`, `<meta name="date">`).  Dates are taken only from the markup
  (htmldate without its text search), so a date is stated by the page, never guessed from a
  number in the text.
* JSON exports as news crawlers write them: one object per file.  See :data:`JSON_FIELDS`.

What a page or export states wins over what the text suggests, as front matter does for
plain text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ArticleError
from .gazetteer import outlet_from_domain

HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)


@dataclass(frozen=True)
class Extracted:
    """An article pulled out of a page or an export."""

    text: str
    """The article text claims are taken from; evidence offsets index it."""
    values: dict[str, str] = field(default_factory=dict)
    """Metadata the file states, keyed like front matter: outlet, published, title, url,
    language."""
    sources: dict[str, str] = field(default_factory=dict)
    """Where each value came from, for ArticleMeta.sources; `text` says how the text was
    obtained."""


# --- HTML ----------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset({"p", "head", "item", "quote", "cell", "list", "table", "row", "div"})
"""trafilatura's XML elements that hold paragraphs (or other blocks) rather than inline text."""

_SKIP_TAGS = frozenset({"graphic", "ref_image"})

_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•:-]{1,2}\s+")
"""Between a headline and the site name in `<title>`: `Headline | Site`, `Site - Headline`."""

_INLINE_SPACE = re.compile(r"[^\S\n]+")


def html_article(html: str, path: Path | str) -> Extracted:
    """A saved page -> its main text and metadata, or ArticleError when it holds no article."""
    import trafilatura  # imported here: a corpus of plain text never pays for lxml

    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:
        # the HTML stack asserts on some malformed trees (`<body><html><script>`)
        name = type(exc).__name__
        raise ArticleError(path, f"the HTML page could not be parsed ({name})") from None
    text = html_text(document.body) if document is not None and document.body is not None else ""
    if not text.strip():
        raise ArticleError(path, "no article text found in the HTML page")
    values: dict[str, str] = {}
    sources = {"text": f"html main text (trafilatura {trafilatura.__version__})"}
    site = _clean(document.sitename)
    title, site_from_title = _headline(document.title, site, html, text)
    site = site or site_from_title
    if site and _is_domain(site):
        site = outlet_from_domain(site) or site
    if not site:
        url = document.url or _saved_from(html)
        site = outlet_from_domain(url) if url else None
    for key, value, source in (
        ("title", title, "html title"),
        ("outlet", site, "html site name"),
        ("published", _iso_day(document.date), "html metadata date"),
        ("url", document.url, "html canonical url"),
        ("language", _clean(document.language), "html language"),
    ):
        if value:
            values[key] = value
            sources[key] = source
    return Extracted(text=text, values=values, sources=sources)


def html_text(body: Any) -> str:
    """trafilatura's XML body -> plain text: one block per paragraph, blank lines between,
    `<lb/>` line breaks kept as lines, runs of spaces made one."""
    paragraphs: list[str] = []
    _collect(body, paragraphs)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def _collect(element: Any, out: list[str]) -> None:
    if element.tag in _SKIP_TAGS:
        return
    if not any(child.tag in _BLOCK_TAGS for child in element.iterdescendants()):
        _add_block(_inline_text(element), out)
        return
    _add_block(element.text or "", out)
    for child in element:
        _collect(child, out)
        _add_block(child.tail or "", out)


def _inline_text(element: Any) -> str:
    parts: list[str] = [element.text or ""]
    for child in element.iterdescendants():
        parts.append("\n" if child.tag == "lb" else (child.text or ""))
        parts.append(child.tail or "")
    return "".join(parts)


def _add_block(raw: str, out: list[str]) -> None:
    """Lines of `raw`, spaces squeezed; a blank line (`<lb/><lb/>`) starts a new paragraph."""
    lines: list[str] = []
    for line in raw.split("\n"):
        squeezed = _INLINE_SPACE.sub(" ", line).strip()
        if squeezed:
            lines.append(squeezed)
        elif lines:
            out.append("\n".join(lines))
            lines = []
    if lines:
        out.append("\n".join(lines))


def _headline(
    title: str | None, site: str | None, html: str, text: str
) -> tuple[str | None, str | None]:
    """The page's headline and, when `<title>` gives one, the site name beside it.

    trafilatura takes the headline from Open Graph, `<h1>` or `<title>`. A `<title>` of two
    parts (`Headline | Site`, `Site - Headline`) names both, and which is which is decided by,
    in order: the part the article text repeats as a line of its own is the headline; the
    part equal to the site name trafilatura found is the site; trafilatura's headline when
    it is one of the parts; else the part with more words is the headline (a site name is
    short). The other part is taken as the site name only if it has at most four words.
    """
    title = _clean(title)
    page_title = _clean(_title_tag(html))
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(page_title or "") if p.strip()]
    if len(parts) != 2:
        return title or page_title, None
    lines = {" ".join(line.split()).casefold() for line in text.splitlines()}
    repeated = [p for p in parts if p.casefold() in lines]
    if len(repeated) == 1:
        headline = repeated[0]
    elif site in parts:
        headline = parts[1 - parts.index(site)]
    elif title in parts:
        headline = title
    elif title is not None:
        return title, None
    else:
        headline = max(parts, key=lambda p: len(p.split()))
    other = parts[1 - parts.index(headline)]
    return headline, other if len(other.split()) <= 4 else None


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
"""The comment browsers put atop a saved page: `<!-- saved from url=(0042)https://… -->`."""


def _title_tag(html: str) -> str | None:
    import html as entities

    match = _TITLE_TAG.search(html)
    return entities.unescape(match.group(1)) if match else None


def _saved_from(html: str) -> str | None:
    match = _SAVED_FROM.search(html[:4096])
    return match.group(1) if match else None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    squeezed = " ".join(value.split())
    return squeezed or None


_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[A-Za-z]{2,}$")


def _is_domain(value: str) -> bool:
    return bool(_DOMAIN.match(value))


# --- JSON ----------------------------------------------------------------------------------

JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "text", "body", "content", "articleBody"),
    "title": ("title", "headline"),
    "published": ("date_publish", "published", "date", "datePublished", "date_published"),
    "outlet": ("outlet", "source", "source_domain", "site_name", "publisher"),
    "url": ("url",),
    "language": ("language",),
}
"""The keys read from a JSON export, first present wins: news-please writes `title`,
`maintext`, `date_publish`, `source_domain`, `url` and `language`; other tools write `text`,
`body`, `content` or schema.org's `articleBody`, `published` or `date`, `outlet` or `source`.
A value may be a string or, for the outlet, an object with a `name`."""

_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)")
_HTML_MARKUP = re.compile(r"<(?:p|br|div|span|a|strong|em|h[1-6])\b[^>]*>", re.IGNORECASE)


def json_article(raw_text: str, path: Path | str) -> Extracted:
    """A crawler's JSON export (one object) -> its text and metadata, or ArticleError."""
    try:
        data = json.loads(raw_text)
    except json.JSONDecodeError as exc:
        raise ArticleError(path, f"malformed JSON: {exc.msg}", line=exc.lineno) from None
    if isinstance(data, list):
        raise ArticleError(
            path, f"a JSON list of {len(data)} items; give one article object per file"
        )
    if not isinstance(data, dict):
        raise ArticleError(path, "JSON is not an article object")
    if str(data.get("schema", "")).startswith("claimcheck."):
        raise ArticleError(path, "a claimcheck output file, not an article")
    key, text = _first(data, JSON_FIELDS["text"])
    if not text or not text.strip():
        names = ", ".join(JSON_FIELDS["text"])
        raise ArticleError(path, f"no article text in the JSON object (expected one of {names})")
    sources = {"text": f"json field {key}"}
    if _HTML_MARKUP.search(text):
        text = html_article(f"<html><body><article>{text}</article></body></html>", path).text
        sources["text"] += " (html markup removed)"
    values: dict[str, str] = {}
    for name in ("title", "published", "outlet", "url", "language"):
        key, value = _first(data, JSON_FIELDS[name])
        if name == "published":
            value = _iso_day(value)
        elif name == "outlet" and value and _is_domain(value):
            value = outlet_from_domain(value) or value
        if value:
            values[name] = value
            sources[name] = f"json field {key}"
    return Extracted(text=text, values=values, sources=sources)


def _first(data: dict[str, Any], keys: tuple[str, ...]) -> tuple[str | None, str | None]:
    for key in keys:
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return key, value if key in JSON_FIELDS["text"] else " ".join(value.split())
    return None, None


def _iso_day(value: str | None) -> str | None:
    """`2023-03-09`, `2023-03-09 12:00:00`, `2023-03-09T12:00:00+04:00` -> `2023-03-09`;
    anything else (a date without a day, a free-text date) -> None: never a guess."""
    if not value:
        return None
    match = _ISO_DAY.match(value.strip())
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None
