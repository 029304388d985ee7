"""Input claimcheck must read: encodings, line endings, saved web pages and JSON exports.

Every fixture is bytes written by the test; the HTML layouts come from ``html_pages.py``.
Each case checks what was read (text, metadata, the encoding reported) and that every
claim's evidence offsets slice the article text and give the right line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.corpus import read_article
from claimcheck.decoding import decode, guess_single_byte
from claimcheck.errors import ArticleError
from claimcheck.extract.article import extract
from claimcheck.models import Article, ClaimsFile
from claimcheck.settings import Settings
from claimcheck.text import line_of, line_starts, split_sentences
from html_pages import CHROME_MARKERS, DATE, PAGES, STORY, TITLE, semantic_page

WIRE = (
    "Colombian defence chief meets U.S. general\n"
    "\n"
    "BOGOTA, March 9 (Reuters) - Colombian Defence Minister Iván Velásquez met U.S. Army "
    "General Laura Richardson in Bogotá on March 9, 2023, the ministry said.\n"
    "\n"
    "Velásquez said the two armies would train up to 400 soldiers together next year.\n"
)
"""An English wire story with accented names: encodable in UTF-8, UTF-16 and Windows-1252."""

CYRILLIC_WIRE = (
    "MOSCOW, April 2 (Reuters) - Russian Defence Minister Sergei Shoigu (Сергей Шойгу) met "
    "Belarusian Defence Minister Viktor Khrenin (Виктор Хренин) in Moscow on April 2, 2024, "
    "the ministry said.\n"
)
"""English copy that writes names in Cyrillic too: Windows-1251 can encode it, 1252 cannot."""


def read_bytes(tmp_path: Path, raw: bytes, name: str = "article.txt") -> Article:
    root = tmp_path / "corpus"
    root.mkdir(parents=True, exist_ok=True)
    (root / name).write_bytes(raw)
    return read_article(root / name, root, Settings(corpus=root))


def claims_of(article: Article) -> ClaimsFile:
    return extract(article, Settings(corpus=Path(".")))


def line_count_to(text: str, offset: int) -> int:
    """1-based line of `offset`, counting `\\r\\n`, `\\r` and `\\n` as one break each."""
    return len(re.findall(r"\r\n|\r|\n", text[:offset])) + 1


def assert_evidence_slices(article: Article) -> ClaimsFile:
    claims = claims_of(article)
    assert claims.claims, "expected claims from the fixture"
    for claim in claims.claims:
        evidence = claim.evidence
        assert article.text[evidence.start : evidence.end] == evidence.sentence
        assert evidence.line == line_count_to(article.text, evidence.start)
    return claims


def segment_texts(article: Article) -> list[str]:
    return [article.text[s.start : s.end] for s in article.segments]


# --- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encode", "reported"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: b"\xff\xfe" + t.encode("utf-16-le"), "utf-16"),
        (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16"),
        (lambda t: t.encode("utf-32"), "utf-32"),
        (lambda t: t.encode("utf-16-le"), "utf-16-le"),
        (lambda t: t.encode("cp1252"), "windows-1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "utf32", "utf16le", "cp1252"],
)
def test_encodings_are_decoded_and_reported(tmp_path, encode, reported):
    article = read_bytes(tmp_path, encode(WIRE))
    assert article.text == WIRE
    assert article.meta.encoding == reported
    claims = assert_evidence_slices(article)
    assert any("Velásquez" in c.evidence.sentence for c in claims.claims)


def test_windows_1251_english_copy_with_cyrillic_names(tmp_path):
    article = read_bytes(tmp_path, CYRILLIC_WIRE.encode("cp1251"))
    assert article.meta.encoding == "windows-1251"
    assert "Сергей Шойгу" in article.text
    assert_evidence_slices(article)


def test_windows_1251_russian_text_is_decoded(tmp_path):
    text = "Министр обороны Азербайджана встретился в Баку с генералом НАТО.\n"
    article = read_bytes(tmp_path, text.encode("cp1251"))
    assert (article.text, article.meta.encoding) == (text, "windows-1251")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Le ministre a rencontré à Paris son homologue; l’accord est signé.", "cp1252"),
        ("Der Außenminister traf in München seinen Amtskollegen.", "cp1252"),
        ("El presidente anunció una inversión en la región.", "cp1252"),
        ("“Quoted” words – and a dash… cost €5", "cp1252"),
        ("Міністр закордонних справ України провів зустріч.", "cp1251"),
        ("Министар спољних послова Србије састао се са колегом.", "cp1251"),
        ("Глава МИД Sergey Lavrov (Сергей Лавров) заявил 5 мая.", "cp1251"),
    ],
)
def test_single_byte_guess_by_letter_statistics(text, codec):
    raw = text.encode(codec)
    assert raw.decode(guess_single_byte(raw) or "ascii") == text


def test_declared_html_charset_is_used_when_not_utf8():
    html = '<html><head><meta charset="windows-1251"></head><body>Привет</body></html>'
    text, encoding = decode(html.encode("cp1251"), "page.html", html=True)
    assert (text, encoding) == (html, "windows-1251")


def test_declared_iso_8859_1_reads_as_windows_1252():
    html = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">“x” é'
    text, encoding = decode(html.encode("cp1252"), "page.html", html=True)
    assert (text, encoding) == (html, "windows-1252")


def test_wrong_charset_declaration_falls_back_to_statistics():
    html = '<meta charset="utf-8"><p>Bogotá</p>'
    text, encoding = decode(html.encode("cp1252"), "page.html", html=True)
    assert (text, encoding) == (html, "windows-1252")


def test_utf16_with_broken_bytes_is_an_error_naming_the_file(tmp_path):
    with pytest.raises(ArticleError, match=r"article\.txt: not valid utf-16"):
        read_bytes(tmp_path, b"\xff\xfe" + "Lima".encode("utf-16-le") + b"\x00\xd8")


# --- line endings -----------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_endings_give_the_same_segments_claims_and_lines(tmp_path, newline):
    lf = read_bytes(tmp_path / "lf", WIRE.encode())
    reference = claims_of(lf)
    article = read_bytes(tmp_path, WIRE.replace("\n", newline).encode())
    claims = assert_evidence_slices(article)
    assert segment_texts(article) == segment_texts(lf)
    assert [s.paragraph for s in article.segments] == [s.paragraph for s in lf.segments]
    assert [(c.kind, c.text, c.evidence.sentence, c.evidence.line) for c in claims.claims] == [
        (c.kind, c.text, c.evidence.sentence, c.evidence.line) for c in reference.claims
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_front_matter_with_any_line_ending(tmp_path, newline):
    text = "---\noutlet: Trend\npublished: 2023-03-09\n---\n" + WIRE
    article = read_bytes(tmp_path, text.replace("\n", newline).encode())
    assert (article.meta.outlet, article.meta.published) == ("Trend", "2023-03-09")
    assert claims_of(article).claims[0].evidence.line == 7


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_malformed_front_matter_line_with_any_line_ending(tmp_path, newline):
    text = "---\noutlet: Trend\ntitle: [unclosed\n---\nBody.\n".replace("\n", newline)
    with pytest.raises(ArticleError) as caught:
        read_bytes(tmp_path, text.encode())
    assert caught.value.line == 3


def test_line_starts_count_each_line_ending_once():
    assert line_starts("a\nb\r\nc\rd") == [0, 2, 5, 7]
    assert line_starts("a\r\n\r\nb") == [0, 3, 5]
    starts = line_starts("x\ry\r\nz")
    assert [line_of(starts, i) for i in range(6)] == [1, 1, 2, 2, 2, 3]


def test_sentence_split_is_the_same_within_lines_of_any_ending():
    body = "The minister met the general. They discussed training."
    for newline in ("\n", "\r\n", "\r"):
        text = f"Head line{newline}{newline}{body}{newline}"
        start = text.index(body)
        pieces = split_sentences(text, start, start + len(body))
        assert [p.text for p in pieces] == [
            "The minister met the general.",
            "They discussed training.",
        ]


# --- HTML pages -------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", sorted(PAGES))
def test_html_page_main_text_without_chrome(tmp_path, layout):
    article = read_bytes(tmp_path, PAGES[layout]().encode("utf-8"), name="page.html")
    segments = "\n".join(segment_texts(article))
    for paragraph in STORY:
        assert paragraph in segments
    claims = assert_evidence_slices(article)
    for marker in CHROME_MARKERS:
        assert marker not in segments, marker
        for claim in claims.claims:
            assert marker not in claim.evidence.sentence, (marker, claim.text)
    assert article.meta.title == TITLE
    assert article.meta.sources["text"].startswith("html main text (trafilatura")


@pytest.mark.parametrize(
    ("layout", "outlet", "published"),
    [
        ("semantic", "Caucasus Business Week", DATE),
        ("div_soup", "Kavkaz Daily", DATE),
        ("json_ld", "South Caucasus Wire", DATE),
        ("undated", None, None),
    ],
)
def test_html_page_metadata_is_stated_never_guessed(tmp_path, layout, outlet, published):
    meta = read_bytes(tmp_path, PAGES[layout]().encode("utf-8"), name="page.htm").meta
    assert (meta.outlet, meta.published) == (outlet, published)
    if published:
        assert meta.sources["published"] == "html metadata date"


def test_html_outlet_from_the_saved_from_comment(tmp_path):
    page = (
        "<!-- saved from url=(0047)https://en.trend.az/azerbaijan/politics/123 -->\n"
        "<html><head><title>Talks in Baku</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article></body></html>"
    )
    assert read_bytes(tmp_path, page.encode(), name="page.html").meta.outlet == "Trend"


def test_html_in_a_declared_legacy_charset(tmp_path):
    page = semantic_page().replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("Sadakhlo", "Sadakhlo (Sadaxlo’s ‘old’ post)")
    article = read_bytes(tmp_path, page.encode("cp1252"), name="page.html")
    assert article.meta.encoding == "windows-1252"
    assert "Sadaxlo’s ‘old’ post" in article.text


def test_html_page_without_article_text_is_refused(tmp_path):
    page = b"<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav></body>"
    with pytest.raises(ArticleError, match=r"page\.html: no article text found"):
        read_bytes(tmp_path, page, name="page.html")


def test_html_text_keeps_line_breaks_and_paragraphs(tmp_path):
    page = PAGES["div_soup"]().encode()
    article = read_bytes(tmp_path, page, name="page.html")
    assert article.text.endswith("\n")
    assert "\n\n" in article.text
    assert "  " not in article.text


# --- JSON exports -----------------------------------------------------------------------------

NEWS_PLEASE = {
    "authors": ["Jane Doe"],
    "date_download": "2023-03-10 08:00:00",
    "date_modify": None,
    "date_publish": "2023-03-09 14:05:00",
    "description": "The defence minister met a NATO general.",
    "image_url": "https://en.trend.az/img/1.jpg",
    "language": "en",
    "localpath": None,
    "maintext": WIRE,
    "source_domain": "en.trend.az",
    "title": "Colombian defence chief meets U.S. general",
    "title_page": None,
    "title_rss": None,
    "url": "https://en.trend.az/world/123",
}


def read_json(tmp_path: Path, data: object, name: str = "export.json") -> Article:
    return read_bytes(tmp_path, json.dumps(data, ensure_ascii=False).encode(), name=name)


def test_news_please_export(tmp_path):
    article = read_json(tmp_path, NEWS_PLEASE)
    meta = article.meta
    assert article.text == WIRE
    assert (meta.outlet, meta.published, meta.title, meta.language) == (
        "Trend",
        "2023-03-09",
        "Colombian defence chief meets U.S. general",
        "en",
    )
    assert meta.sources == {
        "outlet": "json field source_domain",
        "published": "json field date_publish",
        "text": "json field maintext",
        "title": "json field title",
    }
    assert_evidence_slices(article)


@pytest.mark.parametrize("key", ["text", "body", "content", "articleBody"])
def test_json_text_field_alternatives(tmp_path, key):
    article = read_json(tmp_path, {key: WIRE, "published": "2023-03-09T10:00:00+04:00"})
    assert article.text == WIRE
    assert article.meta.published == "2023-03-09"
    assert article.meta.sources["text"] == f"json field {key}"


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [({"outlet": "Azernews"}, "Azernews"), ({"source": {"name": "Reuters"}}, "Reuters")],
)
def test_json_outlet_alternatives(tmp_path, outlet, expected):
    assert read_json(tmp_path, {"text": WIRE, **outlet}).meta.outlet == expected


def test_json_date_that_is_not_iso_is_unknown(tmp_path):
    meta = read_json(tmp_path, {"text": WIRE, "date": "March 9"}).meta
    assert meta.published is None or meta.sources.get("published") != "json field date"


def test_json_html_markup_in_the_text_is_removed(tmp_path):
    data = {"content": "".join(f"<p>{p}</p>" for p in STORY), "title": TITLE}
    article = read_json(tmp_path, data)
    assert "<p>" not in article.text and STORY[0] in article.text
    assert article.meta.sources["text"] == "json field content (html markup removed)"


@pytest.mark.parametrize(
    ("raw", "message", "line"),
    [
        (b'{"title": "x",\n "maintext": "y"\n', "malformed JSON", 3),
        (b'[{"maintext": "a"}, {"maintext": "b"}]', "JSON list of 2 items", None),
        (b'"just a string"', "not an article object", None),
        (b'{"title": "No text here", "url": "https://x"}', "no article text", None),
        (b'{"schema": "claimcheck.claims/1", "article": {}}', "claimcheck output", None),
    ],
)
def test_json_that_is_no_article_is_refused_with_a_reason(tmp_path, raw, message, line):
    with pytest.raises(ArticleError) as caught:
        read_bytes(tmp_path, raw, name="export.json")
    assert message in caught.value.detail
    assert caught.value.line == line
    assert caught.value.path.endswith("export.json")


# --- end to end -------------------------------------------------------------------------------


def test_compare_reads_every_format_and_reports_the_encoding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.txt").write_bytes(WIRE.replace("\n", "\r\n").encode("cp1252"))
    (corpus / "ru.txt").write_bytes(CYRILLIC_WIRE.encode("cp1251"))
    (corpus / "page.html").write_bytes(semantic_page().encode("utf-8"))
    (corpus / "export.json").write_bytes(json.dumps(NEWS_PLEASE).encode("utf-8"))
    (corpus / "mac.txt").write_bytes(b"\xef\xbb\xbf" + WIRE.replace("\n", "\r").encode())
    result = CliRunner().invoke(app, ["compare", "corpus", "-q"])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
    encodings = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))["article"]["encoding"]
        for p in (tmp_path / "claims").glob("*.json")
    }
    assert encodings == {
        "wire": "windows-1252",
        "ru": "windows-1251",
        "page": "utf-8",
        "export": "utf-8",
        "mac": "utf-8-sig",
    }
    findings = json.loads((tmp_path / "reports" / "findings.json").read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in findings["articles"]) == sorted(encodings)


# --- any bytes ---------------------------------------------------------------------------------

_HTML_BITS = st.sampled_from(
    ["<p>", "</p>", "<html>", "<body>", "<article>", "<script>", "<!--", "-->", "<meta charset=x>",
     "<title>", "</title>", "&amp;", "<br>", "\r\n", "\n\n", "é", "\x92", "Minister met General"]
)  # fmt: skip
_JSON_BITS = st.sampled_from(
    ['{"', '"maintext": "', '"title": ', '"date": "2023-02-30"', "}", "[", "]", ",", '"', "\\n",
     "\\u0000", "null", "1e999", '"source": {"name": 5}', "The minister met the general."]
)  # fmt: skip
_ANY_BYTES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(_HTML_BITS, max_size=40).map(lambda b: "".join(b).encode("utf-8")),
    st.lists(_JSON_BITS, max_size=30).map(lambda b: "".join(b).encode("utf-8")),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=_ANY_BYTES, suffix=st.sampled_from([".txt", ".md", ".html", ".htm", ".json"]))
def test_any_bytes_are_read_or_refused_with_an_article_error(tmp_path_factory, raw, suffix):
    root = tmp_path_factory.mktemp("bytes")
    path = root / f"a{suffix}"
    path.write_bytes(raw)
    try:
        article = read_article(path, root, Settings(corpus=root))
    except ArticleError as error:
        assert "\n" not in str(error)
        return
    for segment in article.segments:
        assert 0 <= segment.start < segment.end <= len(article.text)
    for claim in claims_of(article).claims:
        assert article.text[claim.evidence.start : claim.evidence.end] == claim.evidence.sentence
        assert claim.evidence.line == line_count_to(article.text, claim.evidence.start)


def test_report_links_to_an_html_article_carry_no_line_anchor(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.html").write_bytes(semantic_page().encode("utf-8"))
    (corpus / "wire.txt").write_bytes(WIRE.encode("utf-8"))
    assert CliRunner().invoke(app, ["compare", "corpus", "-q"]).exit_code == 0
    pages = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "reports").glob("*.md"))
    assert "[L1](../corpus/page.html)" in pages and "page.html#L" not in pages
    assert "(../corpus/wire.txt#L" in pages
