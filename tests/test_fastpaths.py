"""The shortcuts that make extraction fast change nothing: each is checked against the
pattern it stands in for."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import entities
from claimcheck.cache import json_stats, stat_key
from claimcheck.corpus import read_corpus
from claimcheck.extract.article import _VERB_FIRST, sentences_of, verb_matches
from claimcheck.extract.verbs import VERB_RE
from claimcheck.settings import Settings
from claimcheck.text import _RANK_FORMS, _RANK_WORDS, RANK_PATTERN

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _spans(matches) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in matches]


def test_every_verb_form_has_a_fixed_set_of_first_words():
    assert _VERB_FIRST is not None and {"met", "said", "was", "highly"} <= _VERB_FIRST


def test_verbs_are_found_as_the_whole_pattern_finds_them():
    sentences = [s.text for a in read_corpus(Settings(corpus=CORPUS)) for s in sentences_of(a)] + [
        "He MET with her. They Were Received By the host. It was HIGHLY appreciated.",
        "Meetings, meetings_x met2 said_ SAID: the ſaid and the KELVIN K met.",
        "The guests were received\tby the minister, who sat   down with them.",
        # ASCII text: the candidate words come from one pattern (`_VERB_FIRST_RE`)
        "Turkish Defense Minister Yasar Guler MET his counterpart on Monday, officials said.",
        "The talks were held in Ankara; both sides Discussed trade and Expressed hope.",
        "remet, metro and met_ are not verbs, but met is",
    ]
    for sentence in sentences:
        assert _spans(verb_matches(sentence)) == _spans(VERB_RE.finditer(sentence))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "met",
                "Met",
                "with",
                "was",
                "received",
                "by",
                "held",
                "talks",
                " ",
                "  ",
                ",",
                ".",
                "x",
                "_",
                "é",
                "ſ",
                "said",
                "highly",
                "appreciated",
                "meeting",
                "s",
                "2",
            ]
        ),
        max_size=14,
    )
)
def test_verbs_in_any_string(parts):
    text = "".join(parts)
    assert _spans(verb_matches(text)) == _spans(VERB_RE.finditer(text))


def test_the_title_hint_is_in_every_honorific_and_office_head():
    heads = entities._TITLE_WORDS.split("{0,4}", 1)[1]
    alternatives = heads.removeprefix("(?:").removesuffix(")").split("|")
    alternatives += entities._HONORIFIC.removeprefix("(?:").removesuffix(r")\.?").split("|")
    assert len(alternatives) > 40
    for alternative in alternatives:
        assert entities._TITLE_HINT.search(alternative), alternative


def test_the_rank_hint_is_in_every_rank_form():
    rank = re.compile(RANK_PATTERN)
    for _, words in _RANK_FORMS:
        first = _RANK_WORDS[words[0]]
        for opening in (*first[0], *first[1]):
            rest = [_RANK_WORDS[w][0][0].lower() if w != "OFTHE" else "of the" for w in words[1:]]
            surface = " ".join([opening, *rest])
            assert rank.fullmatch(surface) or rank.match(surface), surface
            assert entities._RANK_HINT.search(surface), surface


def test_names_are_found_alike_in_both_passes():
    registry = entities.Registry()
    sentence = "Defense Minister Zakir Hasanov met Lt-Gen Mustafa Oğuz, and Oğuz said so."
    first = entities.named_spans(sentence, registry)
    assert [s.name for s in first] == ["Zakir Hasanov", "Mustafa Oğuz"]
    for span in first:
        registry.person(span.name, span.start)
    second = entities.named_spans(sentence, registry)  # the cached patterns, a fuller registry
    assert [s.name for s in second] == ["Zakir Hasanov", "Mustafa Oğuz", "Oğuz"]


_HINT_ALPHABET = st.sampled_from(
    ["cookie", "Share", "PRINT", "sign up", "sign  up", "Follow Us", "©", "ad", " AD ", "e-mail",
     "ſubscribe", "İ", "ı", "K", "joın", "hiring", "x", " ", "\n", "\u00a0", "news", "letter",
     "Tweet", "vacancy", "ÄÖ", "rights reserved", "copy link"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_HINT_ALPHABET, max_size=6).map("".join))
def test_the_boilerplate_hint_answers_as_its_pattern(text):
    from claimcheck.corpus import _BOILERPLATE_HINT, _maybe_boilerplate

    assert _maybe_boilerplate(text) == (_BOILERPLATE_HINT.search(text) is not None)


def test_links_to_articles_are_the_relative_paths_os_path_gives():
    import os

    from claimcheck.pipeline import link_target

    paths = ["corpus/x.txt", "x.txt", "./x.txt", "corpus/2021/01/a b.txt", "../other/c/x.txt",
             "/abs/corpus/x.txt", "corpus/../x.txt", "a/./b/x.txt", "corpus//x.txt",
             "reports/x.txt", "../x.txt", "/x.txt"]  # fmt: skip
    folders = [Path("reports"), Path("out/reports"), Path("/tmp/r"), Path("."), Path("../up")]
    for path in paths:
        for reports in folders:
            if os.path.isabs(path):
                expected = Path(os.path.relpath(path, os.path.abspath(reports))).as_posix()
            elif not reports.is_absolute():
                expected = Path(os.path.relpath(path, reports)).as_posix()
            else:
                expected = None
            assert link_target(path, reports) == expected, (path, reports)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=12))
def test_ascii_names_are_cleaned_as_every_name_is(part):
    import unicodedata

    from claimcheck.writer import _BAD_CATEGORIES, _FORBIDDEN, _UNSAFE_ASCII

    slow = "".join(
        "_" if ch in _FORBIDDEN or unicodedata.category(ch) in _BAD_CATEGORIES else ch
        for ch in part
    )
    assert _UNSAFE_ASCII.sub("_", part) == slow


_ACRONYM_ALPHABET = st.sampled_from(
    ["Operational", "Capabilities", "Concept", " ", "\t", "\n", "(OCC)", "(NATO)", "(x)", " of ",
     "the", "(", ")", "Fund", "(IMF", "Ağ", "’s", "-", ".", "(A&B)", "(Abcdefghijk)"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_ACRONYM_ALPHABET, max_size=14).map("".join))
def test_acronym_definitions_are_found_as_the_whole_pattern_finds_them(text):
    found = [m.span() for m in entities._acronym_definitions(text)]
    assert found == [m.span() for m in entities._ACRONYM_DEF.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["Aliyev", "Ali", " ", ".", "_", "x", "é", "2", "-", "ı", "\u0301"]),
             max_size=8).map("".join),
    st.sampled_from(["Aliyev", "Ali", "Al i", "i", "Ali.", ".x", "é"]),
)  # fmt: skip
def test_known_spellings_are_found_as_a_whole_word_pattern_finds_them(sentence, variant):
    pattern = re.compile(rf"(?<![\w.]){re.escape(variant)}(?![\w])")
    spans = [m.span() for m in pattern.finditer(sentence)]
    assert entities._whole_word_spans(sentence, variant) == spans


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.text("abc.", max_size=4), max_size=8),
    st.text("abcAB.", max_size=5),
)
def test_a_prefix_trie_matches_the_words_a_plain_alternation_matches(words, probe):
    from claimcheck.text import trie_pattern as _trie

    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    assert bool(re.fullmatch(f"(?:{_trie(sorted(words))})", probe)) == bool(
        re.fullmatch(f"(?:{plain})", probe)
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Baku", " ", '"', "'", "(", "-", "the", "Ankara's", "x", "Oslo"]),
             max_size=8).map("".join)
)  # fmt: skip
def test_proper_names_skip_the_first_word_as_the_plain_rule_does(folded):
    from claimcheck import cluster

    plain = set()
    for match in cluster._CAPITALISED.finditer(folded):
        if folded[: match.start()].strip(" \"'(-") and (key := cluster._proper_key(match[0])):
            plain.add(key)
    assert cluster.proper_names(folded) == plain


def test_claims_files_are_listed_as_pathlib_lists_them(tmp_path):
    folder = tmp_path / "claims"
    (folder / "2024" / ".hidden").mkdir(parents=True)
    (folder / "x.json").mkdir()  # a folder with a claims file's name
    for name in ["a.json", "2024/b.json", "2024/.hidden/c.json", "2024/notes.txt", ".json"]:
        (folder / name).write_text("{}", encoding="utf-8")
    (folder / "x.json" / "d.json").write_text("{}", encoding="utf-8")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "e.json").write_text("{}", encoding="utf-8")
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    (folder / "dangling.json").symlink_to(tmp_path / "missing.json")
    (folder / "f.json").symlink_to(outside / "e.json")
    expected = sorted(
        (p.relative_to(folder).as_posix(), stat_key(p))
        for p in folder.rglob("*.json")
        if stat_key(p) is not None
    )
    assert sorted(json_stats(folder)) == expected
    assert len(expected) == 7
    assert json_stats(tmp_path / "none") == []


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab Z1.)-+=#([]|`*_~$!<>&\\\t\n\u00a0\u2028\u202e\x00\x07é")),
        max_size=40,
    ),
    st.integers(min_value=1, max_value=45),
)
def test_plain_cells_come_out_as_fully_escaped_cells(text, limit):
    from claimcheck.report.markdown import _escaped, _escaped_fully

    assert _escaped(text, limit) == _escaped_fully(text, limit)


def test_a_plain_sentence_is_its_own_cell():
    from claimcheck.report.markdown import _escaped

    sentence = "Kenji Tanaka (Japan) met Lavrov in Baku on Monday, officials said."
    assert _escaped(sentence, 200) == sentence


_OFFICE_ALPHABET = st.sampled_from(
    ["minister", "MINISTER", "Minister", "miniſter", "ſpokesman", "İ", "ı", "K", "chıef",
     "CounterPart", "president", "x", " ", "-", "Ambassador", "envoy", "ÄÖ", "Governor"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_OFFICE_ALPHABET, max_size=5).map("".join))
def test_the_office_hint_answers_as_its_pattern_ignoring_case(text):
    from claimcheck.entities import _OFFICE_HEADS, _OFFICE_HINT
    from claimcheck.text import caseless

    ignoring_case = re.compile(_OFFICE_HEADS, re.IGNORECASE).search(text) is not None
    assert (_OFFICE_HINT.search(caseless(text)) is not None) == ignoring_case
