"""Tests for claimcheck.corpus: discovery, decoding, front matter, page chrome and metadata.

Every fixture is written by the test itself into ``tmp_path`` as bytes; the article texts are
invented, in the style of several agencies (Reuters, AP, Trend, TASS, AZERTAC, Anadolu,
News.Az, Azernews).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from claimcheck.corpus import article_id, discover, read_article, read_corpus, survey
from claimcheck.errors import ArticleError, CorpusError
from claimcheck.models import Article
from claimcheck.settings import Settings

EXTENSIONS = (".txt", ".md")

LONG_BODY = (
    "Moldovan Economy Minister Ion Rusu opened a new customs terminal in Leuseni on "
    "Tuesday, the ministry said. The terminal on the border with Romania will process "
    "up to 400 trucks a day and is part of a plan to cut waiting times for exporters of "
    "wine and fruit, Rusu told reporters at the ceremony."
)


# --- helpers -----------------------------------------------------------------------------


def write(root: Path, name: str, data: str | bytes) -> Path:
    """Write `data` (text as UTF-8, or raw bytes) to `root/name`, creating folders."""
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read(tmp_path: Path, data: str | bytes, name: str = "article.txt", **options) -> Article:
    root = tmp_path / "corpus"
    path = write(root, name, data)
    return read_article(path, root, Settings(corpus=root, **options))


def read_error(tmp_path: Path, data: str | bytes, name: str = "article.txt") -> ArticleError:
    root = tmp_path / "corpus"
    path = write(root, name, data)
    with pytest.raises(ArticleError) as caught:
        read_article(path, root, Settings(corpus=root))
    return caught.value


def slices(article: Article) -> list[str]:
    """The text of every segment, after checking its offsets slice the article text exactly."""
    text = article.text
    previous_end = 0
    out = []
    for segment in article.segments:
        assert 0 <= previous_end <= segment.start < segment.end <= len(text), segment
        piece = text[segment.start : segment.end]
        assert piece == piece.strip(), f"segment has untrimmed edges: {piece!r}"
        assert "\n" not in piece and "\r" not in piece, f"segment spans lines: {piece!r}"
        previous_end = segment.end
        out.append(piece)
    return out


def segment_kinds(article: Article) -> list[tuple[str, str]]:
    return [(s.kind, article.text[s.start : s.end]) for s in article.segments]


def joined(article: Article) -> str:
    return "\n".join(slices(article))


# --- discovery ---------------------------------------------------------------------------


def test_discover_finds_files_recursively(tmp_path):
    write(tmp_path, "top.txt", "Top level.")
    write(tmp_path, "2024/trend.txt", "One level down.")
    write(tmp_path, "2024/05/azertac.md", "Two levels down.")
    found = discover(tmp_path, EXTENSIONS)
    assert [article_id(p, tmp_path) for p in found] == ["2024/05/azertac", "2024/trend", "top"]


def test_discover_reads_only_txt_and_md(tmp_path):
    write(tmp_path, "story.txt", "Text.")
    write(tmp_path, "notes.md", "Markdown.")
    for name in ("page.html", "data.json", "story.rst", "scan.pdf", "README", "story.txt.bak"):
        write(tmp_path, name, "Not an article.")
    found = discover(tmp_path, EXTENSIONS)
    assert sorted(p.name for p in found) == ["notes.md", "story.txt"]


def test_discover_sorts_by_article_id_not_creation_order(tmp_path):
    names = ["zeta.txt", "b/alpha.txt", "alpha.md", "Beta.txt", "a-b.txt", "a/b.txt", "10.txt"]
    for name in names:  # created in an order that is neither sorted nor reversed
        write(tmp_path, name, "Body.")
    ids = [article_id(p, tmp_path) for p in discover(tmp_path, EXTENSIONS)]
    assert ids == sorted(ids)
    assert set(ids) == {"zeta", "b/alpha", "alpha", "Beta", "a-b", "a/b", "10"}


def test_discover_same_result_for_reversed_creation_order(tmp_path):
    names = ["reuters.txt", "2024/trend.txt", "ap.md", "tass.txt"]
    first, second = tmp_path / "one", tmp_path / "two"
    for name in names:
        write(first, name, "Body.")
    for name in reversed(names):
        write(second, name, "Body.")
    ids_first = [article_id(p, first) for p in discover(first, EXTENSIONS)]
    ids_second = [article_id(p, second) for p in discover(second, EXTENSIONS)]
    assert ids_first == ids_second == ["2024/trend", "ap", "reuters", "tass"]


def test_discover_skips_hidden_files_and_folders(tmp_path):
    write(tmp_path, "visible.txt", "Shown.")
    write(tmp_path, ".draft.txt", "Hidden file.")
    write(tmp_path, ".git/notes.txt", "Inside a hidden folder.")
    write(tmp_path, "2024/.cache/old.md", "Inside a nested hidden folder.")
    found = discover(tmp_path, EXTENSIONS)
    assert [p.name for p in found] == ["visible.txt"]


def test_article_id_of_sub_folder_file_uses_slashes_and_no_extension(tmp_path):
    path = write(tmp_path, "2024/trend.txt", "Body.")
    assert article_id(path, tmp_path) == "2024/trend"


def test_read_article_sub_folder_id_and_path(tmp_path):
    root = tmp_path / "corpus"
    path = write(root, "2024/trend.txt", "BAKU, Azerbaijan, June 4. Talks went on, Trend reports.")
    article = read_article(path, root, Settings(corpus=root), shown_root="corpus")
    assert article.meta.id == "2024/trend"
    assert article.meta.path == "corpus/2024/trend.txt"


def test_discover_skips_symlinks_leaving_the_corpus(tmp_path):
    outside = write(tmp_path, "outside/secret.txt", "Not part of the corpus.")
    root = tmp_path / "corpus"
    write(root, "inside.txt", "Part of the corpus.")
    try:
        (root / "link.txt").symlink_to(outside)
    except OSError:
        pytest.skip("symlinks not supported here")
    assert [p.name for p in discover(root, EXTENSIONS)] == ["inside.txt"]


def test_front_matter_with_crlf_line_endings(tmp_path):
    text = (
        "---\r\noutlet: Trend\r\npublished: 2023-03-09\r\n---\r\nChilean miners ended a strike.\r\n"
    )
    article = read(tmp_path, text)
    assert (article.meta.outlet, article.meta.published) == ("Trend", "2023-03-09")
    assert slices(article) == ["Chilean miners ended a strike."]


def test_discover_missing_folder_is_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="no-such-folder"):
        discover(tmp_path / "no-such-folder", EXTENSIONS)


def test_discover_file_instead_of_folder_is_corpus_error(tmp_path):
    path = write(tmp_path, "single.txt", "Body.")
    with pytest.raises(CorpusError, match="not a folder"):
        discover(path, EXTENSIONS)


def test_read_corpus_yields_errors_in_order_and_goes_on(tmp_path):
    write(tmp_path, "a.txt", "ANKARA, Nov 12 (Anadolu) - Turkish exports rose 4 percent.")
    write(tmp_path, "b.txt", b"\x00\x01\x02\x03 binary")
    write(tmp_path, "c.txt", "HANOI, July 8 (Reuters) - Rice exports rose in June.")
    items = list(read_corpus(Settings(corpus=tmp_path)))
    assert [type(item).__name__ for item in items] == ["Article", "ArticleError", "Article"]
    assert items[1].path.endswith("b.txt")


# --- decoding ----------------------------------------------------------------------------


def test_utf8_with_bom_is_decoded_without_the_bom(tmp_path):
    body = (
        "HANOI, July 8 (Reuters) - Vietnamese exporters shipped 2.1 million tonnes of rice "
        "in June, the agriculture ministry said on July 8, 2023.\n"
    )
    raw = b"\xef\xbb\xbf" + body.encode("utf-8")
    article = read(tmp_path, raw)
    assert article.text == body
    assert not article.text.startswith("\ufeff")
    assert article.meta.encoding == "utf-8-sig"
    assert article.meta.sha256 == hashlib.sha256(raw).hexdigest()


def test_utf8_with_bom_offsets_index_the_decoded_text(tmp_path):
    body = "Şəki hosts a silk festival\n\nŞəki, Azerbaijan, hosted a silk festival on Sunday.\n"
    article = read(tmp_path, b"\xef\xbb\xbf" + body.encode("utf-8"))
    assert slices(article) == [
        "Şəki hosts a silk festival",
        "Şəki, Azerbaijan, hosted a silk festival on Sunday.",
    ]
    assert article.segments[0].start == 0


def test_utf8_without_bom_reports_plain_utf8(tmp_path):
    article = read(tmp_path, "Ljubljana hosted the summit on Monday, officials said.")
    assert article.meta.encoding == "utf-8"


def test_sha256_is_of_the_raw_bytes(tmp_path):
    raw = "Mexico’s central bank held rates at 11 percent on Thursday.\r\n".encode()
    article = read(tmp_path, raw)
    assert article.meta.sha256 == hashlib.sha256(raw).hexdigest()


def test_text_keeps_the_whole_file(tmp_path):
    body = (
        "date 2024-02-14 + ↺ − 16 px\n\n| News, Politics\n\n"
        "Chilean miners ended a nine-day strike on Monday, the union said.\n\n"
        "© 2024 Example Media. All rights reserved.\n"
    )
    article = read(tmp_path, body)
    assert article.text == body


def test_bytes_no_encoding_decodes_are_an_article_error_with_line(tmp_path):
    # 0x98 is undefined in Windows-1251, 0x81 in Windows-1252, and neither is UTF-8 here.
    raw = b"Line one is fine.\nSecond line too.\nThe mayor \x98 of \x81 spoke.\n"
    error = read_error(tmp_path, raw)
    assert error.line == 3
    assert "utf-8" in error.detail.lower()
    assert "article.txt:3" in str(error)


def test_latin_bytes_are_read_as_windows_1252(tmp_path):
    raw = "Line one is fine.\nThe mayor of Bogot\xe1 said so.\n".encode("latin-1")
    article = read(tmp_path, raw)
    assert article.meta.encoding == "windows-1252"
    assert "Bogotá" in article.text


def test_utf16_file_with_bom_is_read(tmp_path):
    article = read(tmp_path, "Lima hosted the trade fair on Friday.\n".encode("utf-16"))
    assert article.meta.encoding == "utf-16"
    assert slices(article) == ["Lima hosted the trade fair on Friday."]


def test_binary_file_is_an_article_error(tmp_path):
    error = read_error(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert "binary" in error.detail
    assert error.path.endswith("article.txt")


def test_empty_file_is_an_article_error(tmp_path):
    error = read_error(tmp_path, b"")
    assert "empty" in error.detail


def test_whitespace_only_file_is_an_article_error(tmp_path):
    error = read_error(tmp_path, b" \n\n\t\n")
    assert "empty" in error.detail


def test_file_over_the_size_limit_is_an_article_error(tmp_path):
    root = tmp_path / "corpus"
    path = write(root, "big.txt", "Lima hosted the trade fair on Friday. " * 20)
    with pytest.raises(ArticleError, match=r"big\.txt") as caught:
        read_article(path, root, Settings(corpus=root, max_file_bytes=100))
    assert "100" in caught.value.detail


def test_file_at_the_size_limit_is_read(tmp_path):
    data = b"Lima hosted the trade fair on Friday."
    article = read(tmp_path, data, max_file_bytes=len(data))
    assert slices(article) == [data.decode()]


# --- front matter ------------------------------------------------------------------------


FRONT_MATTER_ARTICLE = (
    "---\n"
    "outlet: Anadolu Agency\n"
    "published: 2022-11-02\n"
    'title: "Estonian envoy meets Georgian minister"\n'
    "url: https://example.org/news/4711\n"
    "language: en\n"
    "---\n"
    "KYIV, May 3 (Reuters) - Estonian envoy Kaarel Tamm met Georgian Economy Minister "
    "Nino Beridze in Tbilisi, the ministry told News.Az.\n"
)


def test_front_matter_gives_every_key(tmp_path):
    meta = read(tmp_path, FRONT_MATTER_ARTICLE).meta
    assert meta.outlet == "Anadolu Agency"
    assert meta.published == "2022-11-02"
    assert meta.title == "Estonian envoy meets Georgian minister"
    assert meta.language == "en"


def test_front_matter_sources_name_front_matter(tmp_path):
    meta = read(tmp_path, FRONT_MATTER_ARTICLE).meta
    assert meta.sources == {
        "outlet": "front matter",
        "published": "front matter",
        "title": "front matter",
    }


def test_front_matter_quoted_values_lose_their_quotes(tmp_path):
    text = (
        '---\noutlet: "News.Az"\npublished: "2021-07-30"\ntitle: "Kenya: floods, 12 dead"\n---\n'
        "Floods in western Kenya killed 12 people on Friday, officials said.\n"
    )
    meta = read(tmp_path, text).meta
    assert (meta.outlet, meta.published, meta.title) == (
        "News.Az",
        "2021-07-30",
        "Kenya: floods, 12 dead",
    )


def test_front_matter_wins_over_inference(tmp_path):
    text = (
        "---\noutlet: Trend\npublished: 2020-01-15\ntitle: Given title\n---\n"
        "date 2023-03-09\n\n"
        "Ghana wins cocoa deal with Swiss traders\n\n"
        "KYIV, May 3 (Reuters) - Ghanaian officials signed the cocoa deal on May 3, 2023, "
        "the trade ministry told News.Az.\n"
    )
    meta = read(tmp_path, text).meta
    assert meta.outlet == "Trend"
    assert meta.published == "2020-01-15"
    assert meta.title == "Given title"


def test_front_matter_is_not_a_segment(tmp_path):
    article = read(tmp_path, FRONT_MATTER_ARTICLE)
    text = joined(article)
    assert "outlet:" not in text
    assert "---" not in text
    assert article.segments[0].start > FRONT_MATTER_ARTICLE.index("---\nKYIV")


def test_front_matter_partial_keys_leave_the_rest_to_inference(tmp_path):
    text = (
        "---\ntitle: Only the title is given\n---\n"
        "Nepal reopened the Kodari border crossing on Monday, the customs office told News.Az.\n"
    )
    meta = read(tmp_path, text).meta
    assert meta.title == "Only the title is given"
    assert meta.outlet == "News.Az"
    assert meta.sources["outlet"] == "told News.Az"


def test_front_matter_empty_block_is_allowed(tmp_path):
    article = read(tmp_path, "---\n---\nPeru lifted the curfew in Puno on Sunday.\n")
    assert slices(article) == ["Peru lifted the curfew in Puno on Sunday."]


def test_front_matter_malformed_yaml_names_file_and_line(tmp_path):
    text = "---\noutlet: Trend\ntitle: [unclosed list\n---\nBody text here.\n"
    error = read_error(tmp_path, text, name="2024/broken.md")
    assert error.path.endswith("broken.md")
    assert error.line == 3
    assert "front matter" in error.detail
    assert str(error).startswith(f"{error.path}:3:")


def test_front_matter_bad_value_line_is_reported(tmp_path):
    text = '---\noutlet: Trend\npublished: 2023-03-09\ntitle: "Quoted" then more\n---\nBody.\n'
    error = read_error(tmp_path, text)
    assert error.line == 4


def test_front_matter_not_a_mapping_is_an_error(tmp_path):
    error = read_error(tmp_path, "---\n- just\n- a list\n---\nBody.\n")
    assert "front matter" in error.detail


def test_front_matter_unclosed_block_is_an_error(tmp_path):
    text = "---\noutlet: Trend\npublished: 2023-03-09\nBAKU, Azerbaijan, March 9. Body text.\n"
    error = read_error(tmp_path, text)
    assert "never closed" in error.detail
    assert error.line == 1


def test_front_matter_published_not_a_date_names_its_line(tmp_path):
    text = "---\noutlet: Trend\ntitle: Something\npublished: March 9\n---\nBody.\n"
    error = read_error(tmp_path, text)
    assert "published" in error.detail
    assert error.line == 4


def test_front_matter_published_without_zero_padding_is_an_error(tmp_path):
    error = read_error(tmp_path, "---\npublished: 2023-3-9\n---\nBody.\n")
    assert error.line == 2


def test_front_matter_published_impossible_date_is_an_article_error(tmp_path):
    root = tmp_path / "corpus"
    path = write(root, "article.txt", "---\noutlet: Trend\npublished: 2023-02-30\n---\nBody.\n")
    try:
        read_article(path, root, Settings(corpus=root))
    except ArticleError as error:
        assert error.line == 3
    else:
        pytest.fail("no ArticleError")


def test_dashes_inside_the_body_are_not_front_matter(tmp_path):
    text = "Kenya floods kill 12\n\n---\n\nFloods in western Kenya killed 12 people on Friday.\n"
    article = read(tmp_path, text)
    assert "Floods in western Kenya killed 12 people on Friday." in slices(article)


# --- publication date --------------------------------------------------------------------


def test_published_from_leading_date_stamp(tmp_path):
    text = "date 2023-03-09 + ↺ − 16 px\n\n" + LONG_BODY + "\n"
    meta = read(tmp_path, text).meta
    assert meta.published == "2023-03-09"
    assert meta.sources["published"] == "date stamp"


def test_leading_date_stamp_is_not_a_segment(tmp_path):
    article = read(tmp_path, " date 2023-03-09 + ↺ − 16 px\n\n" + LONG_BODY + "\n")
    assert slices(article) == [LONG_BODY]


def test_date_stamp_with_text_on_the_same_line_keeps_the_text(tmp_path):
    sentence = (
        "ANKARA, Nov 12 (Anadolu) - Turkish Trade Minister Selin Aydemir met her Malaysian "
        "counterpart on Tuesday."
    )
    article = read(tmp_path, f"date 2024-11-12 {sentence}\n")
    assert article.meta.published == "2024-11-12"
    assert joined(article).endswith(
        "Turkish Trade Minister Selin Aydemir met her Malaysian counterpart on Tuesday."
    )
    assert "date 2024-11-12" not in joined(article)


def test_impossible_date_stamp_is_not_a_publication_date(tmp_path):
    root = tmp_path / "corpus"
    path = write(root, "article.txt", "date 2023-02-30 + ↺ − 16 px\n\n" + LONG_BODY + "\n")
    try:
        meta = read_article(path, root, Settings(corpus=root)).meta
    except ArticleError:
        return  # refusing the file is acceptable too
    assert meta.published is None


def test_published_from_day_month_year_time_line(tmp_path):
    text = "9 October 2024 11:16\n\n" + LONG_BODY + "\n"
    article = read(tmp_path, text)
    assert article.meta.published == "2024-10-09"
    assert slices(article) == [LONG_BODY]


def test_published_from_dateline_with_year_elsewhere(tmp_path):
    text = (
        "TBILISI, Georgia, June 4. Georgian Defence Minister Levan Abashidze met Brigadier "
        "General Tomas Lindqvist of Sweden, Trend reports.\n\n"
        "The first round of talks took place on May 20, 2024 in Stockholm.\n"
    )
    meta = read(tmp_path, text).meta
    assert meta.published == "2024-06-04"
    assert meta.sources["published"] == "dateline, year from the text"


def test_published_from_reuters_dateline_with_year_in_body(tmp_path):
    text = (
        "HANOI, July 8 (Reuters) - Vietnamese exporters shipped 2.1 million tonnes of rice in "
        "the first half, the ministry said on July 8, 2023.\n"
    )
    assert read(tmp_path, text).meta.published == "2023-07-08"


def test_dateline_without_a_year_anywhere_gives_no_date(tmp_path):
    text = (
        "BAKU, Azerbaijan, June 4. Georgian Defence Minister Levan Abashidze met Brigadier "
        "General Tomas Lindqvist, Trend reports via the Georgian Defence Ministry.\n"
    )
    meta = read(tmp_path, text).meta
    assert meta.published is None
    assert "published" not in meta.sources


def test_dateline_year_far_from_dateline_is_not_borrowed(tmp_path):
    text = (
        "BAKU, Azerbaijan, June 4. Georgian Defence Minister Levan Abashidze recalled the "
        "accord signed on January 15, 2019, Trend reports.\n"
    )
    assert read(tmp_path, text).meta.published is None


def test_no_date_at_all_gives_none(tmp_path):
    assert read(tmp_path, LONG_BODY).meta.published is None


def test_dateline_is_not_part_of_the_first_segment(tmp_path):
    text = (
        "KYIV, May 3 (Reuters) - Ukrainian air defences shot down 14 drones overnight, the "
        "air force said on Friday.\n\nDebris damaged two houses in the Sumy region.\n"
    )
    assert slices(read(tmp_path, text)) == [
        "Ukrainian air defences shot down 14 drones overnight, the air force said on Friday.",
        "Debris damaged two houses in the Sumy region.",
    ]


# --- outlet ------------------------------------------------------------------------------


def test_outlet_from_told_news_az(tmp_path):
    text = (
        "Kazakh Foreign Minister Aidos Temirkhanov met the Hungarian envoy in Astana on "
        "Monday, the ministry told News.Az.\n"
    )
    meta = read(tmp_path, text).meta
    assert meta.outlet == "News.Az"
    assert meta.sources["outlet"] == "told News.Az"


def test_outlet_from_azernews_reports(tmp_path):
    text = "Uzbek Energy Minister Farrukh Tashpulatov visited a solar plant, Azernews reports.\n"
    meta = read(tmp_path, text).meta
    assert meta.outlet == "Azernews"
    assert meta.sources["outlet"] == "Azernews reports"


def test_outlet_from_trend_reports_via(tmp_path):
    text = (
        "BAKU, Azerbaijan, June 4. Georgian Defence Minister Levan Abashidze met Brigadier "
        "General Tomas Lindqvist, Trend reports via the Georgian Defence Ministry.\n"
    )
    assert read(tmp_path, text).meta.outlet == "Trend"


def test_outlet_from_azertac_reports(tmp_path):
    text = (
        "BAKU, March 14. Uzbek and Azerbaijani officials signed a transit deal on March 14, "
        "2024, AZERTAC reports.\n"
    )
    assert read(tmp_path, text).meta.outlet == "AZERTAC"


def test_outlet_from_reuters_dateline(tmp_path):
    text = "KYIV, May 3 (Reuters) - Ukrainian air defences shot down 14 drones overnight.\n"
    meta = read(tmp_path, text).meta
    assert meta.outlet == "Reuters"
    assert meta.sources["outlet"] == "dateline agency"


def test_outlet_from_anadolu_dateline(tmp_path):
    text = "ANKARA, Nov 12 (Anadolu) - Turkish exports rose 4 percent in October, data showed.\n"
    assert read(tmp_path, text).meta.outlet == "Anadolu Agency"


def test_outlet_from_tass_tag_after_dateline_without_full_stop(tmp_path):
    text = "MOSCOW, April 2 /TASS/. Russian Deputy Foreign Minister Oleg Berezin met envoys.\n"
    assert read(tmp_path, text).meta.outlet == "TASS"


TASS_STYLE = (
    "MOSCOW, April 2. /TASS/. Russian Deputy Foreign Minister Oleg Berezin met the Ambassador "
    "of Laos on April 2, 2024, the ministry said.\n"
)


def test_outlet_from_tass_tag_in_tass_style_dateline(tmp_path):
    meta = read(tmp_path, TASS_STYLE).meta
    assert meta.outlet == "TASS"
    assert meta.sources["outlet"] == "dateline agency"


def test_tass_tag_is_not_part_of_the_first_segment(tmp_path):
    first = slices(read(tmp_path, TASS_STYLE))[0]
    assert first.startswith("Russian Deputy Foreign Minister Oleg Berezin")


def test_outlet_from_reuters_dateline_below_a_headline(tmp_path):
    text = (
        "Ukraine downs 14 drones over Sumy region\n\n"
        "KYIV, May 3 (Reuters) - Ukrainian air defences shot down 14 drones overnight, the air "
        "force said on May 3, 2024.\n"
    )
    meta = read(tmp_path, text).meta
    assert meta.title == "Ukraine downs 14 drones over Sumy region"
    assert meta.outlet == "Reuters"
    assert meta.published == "2024-05-03"


def test_outlet_from_ap_dateline(tmp_path):
    text = (
        "WASHINGTON (AP) — The Senate voted 61-39 on Tuesday to approve the flood relief "
        "package. Sen. Laura Whitcombe called it overdue.\n"
    )
    assert read(tmp_path, text).meta.outlet == "AP"


def test_outlet_from_byline(tmp_path):
    text = (
        "By Anadolu Agency\n\nTurkish firefighters contained a forest blaze near Izmir on "
        "Sunday, officials said.\n"
    )
    article = read(tmp_path, text)
    assert article.meta.outlet == "Anadolu Agency"
    assert article.meta.sources["outlet"] == "byline"
    assert "By Anadolu Agency" not in joined(article)


def test_outlet_from_byline_after_date_stamp(tmp_path):
    text = "date 2024-05-14 By Azernews\n\n" + LONG_BODY + "\n"
    article = read(tmp_path, text)
    assert article.meta.outlet == "Azernews"
    assert slices(article) == [LONG_BODY]


def test_outlet_from_sign_off_line(tmp_path):
    text = "Chilean miners ended a nine-day strike on Monday after a pay deal.\n\nNews.Az\n"
    article = read(tmp_path, text)
    assert article.meta.outlet == "News.Az"
    assert article.meta.sources["outlet"] == "sign-off line"
    assert slices(article) == ["Chilean miners ended a nine-day strike on Monday after a pay deal."]


def test_outlet_from_site_email_address(tmp_path):
    text = (
        "Moldova opens customs terminal on Romanian border\n\n"
        "CHISINAU, May 14. Moldovan Economy Minister Ion Rusu opened a new customs terminal "
        "in Leuseni on Tuesday.\n\n"
        "For corrections, write to the editors at info@azertag.az or call the newsroom.\n\n"
        "Rusu said a second terminal would open next year.\n"
    )
    meta = read(tmp_path, text).meta
    assert meta.outlet == "AZERTAC"
    assert meta.sources["outlet"] == "site e-mail address"


def test_outlet_from_unknown_site_email_named_in_the_page(tmp_path):
    text = (
        "The Pamir Courier learned that Tajik officials reopened the Kulma pass on Monday.\n\n"
        "Send tips to newsdesk@pamircourier.tj at any time of day or night.\n\n"
        "Traders said the pass had been closed for three weeks.\n"
    )
    assert read(tmp_path, text).meta.outlet == "Pamir Courier"


def test_told_a_person_is_not_an_outlet(tmp_path):
    text = (
        "The Mongolian president told Putin that talks on the gas pipeline would continue "
        "next year, his office said.\n"
    )
    meta = read(tmp_path, text).meta
    assert meta.outlet is None
    assert "outlet" not in meta.sources


def test_told_a_full_name_is_not_an_outlet(tmp_path):
    text = "Officials told Maria Santos that the Manila port would reopen on Friday.\n"
    assert read(tmp_path, text).meta.outlet is None


def test_no_attribution_gives_no_outlet(tmp_path):
    assert read(tmp_path, LONG_BODY).meta.outlet is None


# --- title -------------------------------------------------------------------------------


def test_title_from_a_headline_line(tmp_path):
    text = "Chilean miners end nine-day strike\n\nChilean miners ended a nine-day strike.\n"
    article = read(tmp_path, text)
    assert article.meta.title == "Chilean miners end nine-day strike"
    assert article.meta.sources["title"] == "headline"
    assert segment_kinds(article)[0] == ("heading", "Chilean miners end nine-day strike")


def test_two_word_person_byline_is_not_a_title(tmp_path):
    text = "Marta Kowalska\n\nPolish farmers blocked the border crossing at Dorohusk on Monday.\n"
    meta = read(tmp_path, text).meta
    assert meta.title is None
    assert "title" not in meta.sources


def test_no_headline_gives_no_title(tmp_path):
    assert read(tmp_path, LONG_BODY).meta.title is None


def test_short_line_after_the_body_is_not_a_title(tmp_path):
    text = LONG_BODY + "\n\nPhoto: Ministry of Economy press service\n"
    assert read(tmp_path, text).meta.title is None


# --- language ----------------------------------------------------------------------------


def test_language_english_is_inferred(tmp_path):
    assert read(tmp_path, LONG_BODY).meta.language == "en"


def test_language_of_a_short_text_is_unknown(tmp_path):
    assert read(tmp_path, "Lima hosted the trade fair on Friday.").meta.language is None


def test_language_of_non_english_text_is_unknown(tmp_path):
    text = (
        "BERLIN, 5. Mai. Die Bundesregierung hat am Dienstag einen neuen Haushaltsentwurf "
        "vorgelegt, wie das Finanzministerium mitteilte. Der Entwurf sieht Ausgaben von rund "
        "480 Milliarden Euro vor und muss noch vom Bundestag beraten werden.\n"
    )
    assert read(tmp_path, text).meta.language is None


def test_language_from_front_matter_wins(tmp_path):
    text = "---\nlanguage: ro\n---\n" + LONG_BODY + "\n"
    assert read(tmp_path, text).meta.language == "ro"


# --- page chrome -------------------------------------------------------------------------


def _with_chrome(chrome: str) -> str:
    return (
        "Georgia and Armenia agree on second border crossing\n\n"
        "TBILISI, February 14. Georgian Economy Minister Davit Kalandadze and his Armenian "
        "counterpart Gevorg Papoyan agreed on Wednesday to open a second crossing.\n\n"
        f"{chrome}\n\n"
        "The new checkpoint near Sadakhlo will handle up to 1,500 trucks a day, Kalandadze "
        "said.\n"
    )


BODY_LINES = [
    "Georgia and Armenia agree on second border crossing",
    "Georgian Economy Minister Davit Kalandadze and his Armenian "
    "counterpart Gevorg Papoyan agreed on Wednesday to open a second crossing.",
    "The new checkpoint near Sadakhlo will handle up to 1,500 trucks a day, Kalandadze said.",
]


def test_font_widget_is_not_a_segment(tmp_path):
    article = read(tmp_path, "+ ↺ − 16 px\n\n" + LONG_BODY + "\n")
    assert slices(article) == [LONG_BODY]
    assert "16 px" in article.text


def test_font_widget_after_a_date_stamp_is_not_a_segment(tmp_path):
    article = read(tmp_path, "date 2024-02-14 + ↺ − 16 px\n\n" + LONG_BODY + "\n")
    assert "px" not in joined(article)


def test_category_line_is_not_a_segment(tmp_path):
    article = read(tmp_path, _with_chrome("| News, Politics"))
    assert slices(article) == BODY_LINES
    assert "| News, Politics" in article.text


def test_tags_line_is_not_a_segment(tmp_path):
    article = read(tmp_path, _with_chrome("Tags: Georgia, Armenia, border"))
    assert slices(article) == BODY_LINES


def test_see_also_block_with_link_titles_is_not_a_segment(tmp_path):
    block = "See Also\n\nArmenia and Georgia sign customs protocol\nTbilisi hosts transport forum"
    article = read(tmp_path, _with_chrome(block))
    assert slices(article) == BODY_LINES
    assert "Tbilisi hosts transport forum" in article.text


def test_see_also_block_ends_at_a_sentence(tmp_path):
    text = (
        LONG_BODY + "\n\nRead also:\n\nMoldova signs wine deal with Poland\n\n"
        "Rusu will travel to Warsaw next week, the ministry said.\n"
    )
    assert slices(read(tmp_path, text)) == [
        LONG_BODY,
        "Rusu will travel to Warsaw next week, the ministry said.",
    ]


def test_cookie_notice_is_not_a_segment(tmp_path):
    notice = "We use cookies to improve your experience. By continuing you accept our policy."
    article = read(tmp_path, _with_chrome(notice))
    assert slices(article) == BODY_LINES


def test_recruitment_blurb_is_not_a_segment(tmp_path):
    blurb = "Caspian Daily is looking for a correspondent in Tbilisi. Send your CV to our desk."
    assert slices(read(tmp_path, _with_chrome(blurb))) == BODY_LINES


def test_subscription_blurb_is_not_a_segment(tmp_path):
    blurb = "Subscribe to our newsletter for daily updates from the South Caucasus."
    assert slices(read(tmp_path, _with_chrome(blurb))) == BODY_LINES


def test_copyright_line_is_not_a_segment(tmp_path):
    article = read(tmp_path, _with_chrome("© 2024 Caspian Daily. All rights reserved."))
    assert slices(article) == BODY_LINES


def test_byline_name_line_after_date_stamp_is_not_a_segment(tmp_path):
    text = "date 2024-05-14\n\nFarid Huseynli\n\n" + LONG_BODY + "\n"
    article = read(tmp_path, text)
    assert slices(article) == [LONG_BODY]
    assert article.meta.outlet is None  # a person's name is not an outlet


def test_all_chrome_together_leaves_only_the_story(tmp_path):
    text = (
        "date 2024-02-14 + ↺ − 16 px\n\n"
        "Leyla Qasimova\n\n"
        "| News, Politics\n\n"
        "Georgian and Armenian ministers agree on border crossing\n\n"
        "TBILISI, February 14. Georgian Economy Minister Davit Kalandadze and his Armenian "
        "counterpart Gevorg Papoyan agreed on Wednesday to open a second crossing, Trend "
        "reports.\n\n"
        "New checkpoint\n\n"
        "The new checkpoint near Sadakhlo will handle up to 1,500 trucks a day, Kalandadze "
        "said.\n\n"
        "See Also\n\n"
        "Armenia and Georgia sign customs protocol\n"
        "Tbilisi hosts regional transport forum\n\n"
        "We use cookies to improve your experience. By continuing you accept our cookie "
        "policy.\n\n"
        "Trend News Agency is looking for a correspondent in Tbilisi. Send your CV today.\n\n"
        "Subscribe to our newsletter for daily updates from the South Caucasus.\n\n"
        "© 2024 Trend News Agency. All rights reserved.\n"
    )
    article = read(tmp_path, text)
    assert article.text == text
    assert segment_kinds(article) == [
        ("heading", "Georgian and Armenian ministers agree on border crossing"),
        (
            "text",
            "TBILISI, February 14. Georgian Economy Minister Davit Kalandadze and his Armenian "
            "counterpart Gevorg Papoyan agreed on Wednesday to open a second crossing, Trend "
            "reports.",
        ),
        ("heading", "New checkpoint"),
        (
            "text",
            "The new checkpoint near Sadakhlo will handle up to 1,500 trucks a day, Kalandadze "
            "said.",
        ),
    ]
    assert article.meta.outlet == "Trend"
    assert article.meta.published == "2024-02-14"
    assert article.meta.title == "Georgian and Armenian ministers agree on border crossing"


# --- headings and segments ---------------------------------------------------------------


def test_sub_heading_is_a_heading_segment(tmp_path):
    text = LONG_BODY + "\n\nExporters welcome the terminal\n\nWine makers said waits fell.\n"
    kinds = segment_kinds(read(tmp_path, text))
    assert ("heading", "Exporters welcome the terminal") in kinds
    assert kinds[-1] == ("text", "Wine makers said waits fell.")


def test_sentence_lines_are_text_segments(tmp_path):
    kinds = segment_kinds(read(tmp_path, LONG_BODY))
    assert kinds == [("text", LONG_BODY)]


def test_segments_carry_paragraph_numbers(tmp_path):
    text = "First paragraph ends here.\n\nSecond paragraph, line one.\nLine two.\n"
    article = read(tmp_path, text)
    assert [s.paragraph for s in article.segments] == [0, 1]


def test_segment_offsets_with_crlf_and_indentation(tmp_path):
    text = "  Lagos hosts oil summit\r\n\r\n\tNigerian officials opened the summit on Monday.  \r\n"
    article = read(tmp_path, text)
    assert slices(article) == [
        "Lagos hosts oil summit",
        "Nigerian officials opened the summit on Monday.",
    ]


def test_segment_offsets_after_multibyte_characters(tmp_path):
    text = (
        "date 2024-06-01 + ↺ − 16 px\n\n"
        "Türkiye’s Şahin Güneş and Azerbaijan’s Əli Məmmədov signed the deal in Gəncə.\n\n"
        "Güneş said the next round would be held in İzmir.\n"
    )
    assert slices(read(tmp_path, text)) == [
        "Türkiye’s Şahin Güneş and Azerbaijan’s Əli Məmmədov signed the deal in Gəncə.",
        "Güneş said the next round would be held in İzmir.",
    ]


# --- survey: what discovery refuses ----------------------------------------------------------


def test_discover_does_not_raise_on_symlink_loops(tmp_path):
    write(tmp_path, "real.txt", "Body.")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    found, refused = survey(tmp_path, EXTENSIONS)
    assert [p.name for p in found] == ["real.txt"]
    assert [e.detail for e in refused] == ["symlink loop, not followed"]
    assert discover(tmp_path, EXTENSIONS) == found


def test_survey_reports_links_leaving_the_corpus_and_broken_links(tmp_path):
    outside = write(tmp_path, "outside/secret.txt", "Secret.")
    root = tmp_path / "corpus"
    write(root, "inside.txt", "Inside.")
    (root / "out.txt").symlink_to(outside)
    (root / "broken.txt").symlink_to(root / "missing.txt")
    (root / "ok.txt").symlink_to(root / "inside.txt")
    found, refused = survey(root, EXTENSIONS)
    assert [p.name for p in found] == ["inside.txt", "ok.txt"]
    assert [(Path(e.path).name, e.detail) for e in refused] == [
        ("broken.txt", "broken symlink, not followed"),
        ("out.txt", "symlinked file outside the corpus, not followed"),
    ]


def test_survey_skips_the_output_folders_inside_the_corpus(tmp_path):
    write(tmp_path, "article.txt", "Body.")
    write(tmp_path, "claims/article.json", '{"schema": "claimcheck.claims/1"}')
    write(tmp_path, "reports/index.md", "<!-- claimcheck report -->")
    skip = (tmp_path / "claims", tmp_path / "reports")
    found, refused = survey(tmp_path, (".txt", ".md", ".json"), skip=skip)
    assert ([p.name for p in found], refused) == (["article.txt"], [])


def test_read_corpus_yields_refused_entries_first(tmp_path):
    write(tmp_path, "a.txt", "ANKARA, Nov 12 (Anadolu) - Turkish exports rose 4 percent.")
    (tmp_path / "z.txt").symlink_to(tmp_path / "z.txt")
    items = list(read_corpus(Settings(corpus=tmp_path)))
    assert [type(i).__name__ for i in items] == ["ArticleError", "Article"]


def test_html_and_json_are_read_by_default(tmp_path):
    assert {".html", ".htm", ".json"} <= set(Settings(corpus=tmp_path).extensions)
