"""Text primitives for English wire copy: sentence splitting, folding, name keys, ranks.

Everything here is a pure function over ``str`` with module-level precompiled regexes: no I/O,
no global state beyond immutable tables and small caches.  The splitter is the hot path (it
runs over the whole corpus), so it makes one ``finditer`` pass over candidate boundaries
(terminal punctuation and newlines) and decides each candidate with a handful of O(1) checks.

Sentence splitting (:func:`split_sentences`)
    Offsets always point into the caller's string, so claims can cite evidence spans.  The
    rules are tuned for agency copy (Reuters, AP, Trend, AZERTAC, TASS, Anadolu, News.Az):

    * a blank line always ends a sentence; a single newline is a wrapped line unless the line
      before ends in terminal punctuation (then the usual abbreviation rules decide) or the
      newline starts/ends a bullet item;
    * abbreviations (ranks, titles, months, ``U.S.``, ``No. 5``, initials, decimals) do not
      end sentences; ambiguous ones (``U.S.``, ``Inc.``, ``a.m.``) end one only before a
      common sentence opener ("The", "He", "However", ...) or a line break;
    * run-on copy without a space (``targeted.Peters noted``) is split, domains
      (``News.Az``, ``www.reuters.com``) are not;
    * a closing quote stays with its sentence, and ``"...," he said`` attributions stay whole;
    * datelines ending in a full stop (Trend ``BAKU, Azerbaijan, June 4.``, TASS
      ``MOSCOW, April 2. /TASS/.``) become their own sentence; dash datelines (Reuters, AP)
      stay glued to the lead sentence;
    * pieces with no letter or digit (a stray ``.``, ``* * *`` separators) are dropped.

Folding (:func:`fold`), name keys (:func:`name_key`, :func:`surname_key`) and ranks
(:data:`RANK_PATTERN`, :func:`normalize_rank`, :data:`RANK_ORDER`) are documented at their
definitions.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "RANK_FIRST_WORDS",
    "RANK_ORDER",
    "RANK_PATTERN",
    "Sentence",
    "fold",
    "line_of",
    "line_starts",
    "name_key",
    "normalize_rank",
    "split_sentences",
    "surname_key",
    "trie_pattern",
]


def trie_pattern(words) -> str:
    """A regex matching exactly ``words``, factored as a trie (``Mar(?:ch)?``).

    Why: Python's ``re`` tries the branches of ``January|February|...`` one by one at every
    position; factored by first letters, a non-matching position fails after one or two
    comparisons, which is most of the cost of scanning 50 MB.
    """
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return build(root)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text`` is exactly ``source[start:end]`` of the string that was split."""

    text: str
    start: int
    end: int


# ---------------------------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------------------------

#: Closing quotes/brackets that belong to the sentence they follow: ``win."`` / ``(OCC).``.
_CLOSERS = "\"'”’»)]"
#: Opening quotes/brackets skipped to find the first letter of the next sentence:
#: ``he said. "We will win."`` -> the capital ``W`` is what decides the split.
_OPENERS_CHARS = "\"'“‘„«(["

#: The one pass over the text.  Every match is a *candidate* boundary:
#:
#: * group 1, a blank line (``"...border.\n\nThe delegation"``): always a boundary;
#: * group 2, a single newline (``"the Chief of\nStaff"``): a boundary only around bullets;
#: * group 3, terminal punctuation plus closing quotes (``.``, ``?"``, ``...``, ``…``) and
#:   group 4 the whitespace after it (possibly empty: ``targeted.Peters``), decided by
#:   :func:`_term_ends_sentence`.
_CANDIDATE = re.compile(r"(\n(?:[^\S\n]*\n)+)|(\n)|([.!?…]+[" + re.escape(_CLOSERS) + r"]*)(\s*)")

#: A bullet or numbered list item at the start of a line: ``- Two tanks were destroyed.``,
#: ``• Talks resume on Monday``, ``2) Sanctions``.  Such lines are sentences of their own
#: even without terminal punctuation.
_BULLET = re.compile(r"[^\S\n]*(?:[-–—•*·▪●◦‣►]|\d{1,2}[.)])[^\S\n]")

#: A run of letters (no digits/underscore), used to read the word after a boundary.
_WORD = re.compile(r"[^\W\d_]+")

#: Dotted abbreviations and initials: ``U.S``, ``a.m``, ``A.B`` (the final dot is the
#: candidate itself, so it is not part of the token).
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")

#: Stray punctuation at the start of a piece, left by web copy that put a paragraph's full
#: stop on the next line: ``"\n\n. The delegation also visited ..."`` -> skip ``". "``.
_STRAY = re.compile(r"(?:[.,;:]\s+)+")

#: A piece needs at least one letter or digit to be a sentence (drops ``.``, ``* * *``).
_HAS_WORD = re.compile(r"[^\W_]")

#: After ``?"`` / ``!"`` an attribution may follow with a capitalised name:
#: ``"Will the talks resume?" Lt-Gen Peters asked.`` stays one sentence.
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|noted|wrote|writes"
    r"|stressed|stated|replied|continued|explained|insisted|recalled|warned|declared"
    r"|exclaimed|remarked|shouted)\b"
)
#: ...unless the capitalised word is a pronoun: '"Why?" He left.' is two sentences.
_PRONOUNS = frozenset({"He", "She", "They", "We", "I", "It", "You", "This", "That", "There"})

# Abbreviation classes decide what may follow a full stop without ending the sentence.
_NONE = 0  # ordinary word: the full stop ends the sentence before a capital or digit
_NEVER = 1  # never ends a sentence: "Lt. Gen. Ilves", "Jan. 5", "Dr. Ortega", "vs. Brazil"
_NUMERIC = 2  # not before a digit ("No. 5", "etc. 2021"), otherwise ordinary
_MAYEND = 3  # "U.S.", "Inc.", "a.m.": ends only before a sentence opener or a line break
_INITIAL = 4  # "J. Smith", "George W. Bush": ends only before a sentence opener


def _words(spaced: str) -> list[str]:
    """Word lists are written as spaced strings to keep the tables readable."""
    return spaced.split()


_ABBREVIATIONS: dict[str, int] = {}
for _w in _words(
    # Ranks and titles: "Lt-Gen. Aino Ilves", "Col. Ruiz", "Mr. Tanaka", "St. Petersburg".
    "Lt Lieut Gen Gens Col Maj Capt Cpt Adm Brig Sgt Cmdr Cdr Comdr Cpl Pvt Pte Spc Cmdt "
    "Mr Mrs Ms Messrs Dr Prof Sen Sens Rep Reps Gov Pres Amb Hon Rev Fr St Mt Ft Ret "
    "Insp Supt Atty Gen Lt-Col Gov-Gen "
    # Months as AP abbreviates them: "Sept. 12", "Dec. 3".
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    # Connectors: "Brazil vs. Argentina", "approx. 300", "e.g. Turkey".
    "vs v approx incl cf ca esp viz e.g i.e Fig Art Vol Sec Ch Para para pp"
):
    _ABBREVIATIONS[_w] = _NEVER
for _w in ("No", "Nos", "no", "etc"):
    _ABBREVIATIONS[_w] = _NUMERIC
for _w in _words("U.S U.K U.N E.U a.m p.m Inc Co Corp Ltd Plc plc Bros LLC Jr Sr Jnr Snr S.A N.V"):
    # Company suffixes and U.S.-style acronyms often end sentences too: "...said Orion Ltd."
    _ABBREVIATIONS[_w] = _MAYEND

#: Words that almost always start a new sentence; after an ambiguous abbreviation they decide
#: the split: "...sanctions on the U.S. The ministry said" splits, "U.S. Senate" does not.
_SENTENCE_OPENERS = frozenset(
    _words(
        """The He She It They We I You In On At But However Meanwhile This That These Those There
    His Her Its Their Our A An After Before According Earlier Later Also As Since While When
    If Although Though Despite During For From Last Next Both Many Some Several Separately
    Still Yet Then Under With What Why How Who So Now Further Furthermore Moreover Besides
    Instead Nevertheless Nonetheless Thus Therefore Hence Accordingly Additionally Finally
    First Second Third Overall Officials Authorities Police Witnesses No Not Neither Nor
    Asked Speaking Addressing Earlier Previously Recently Today Yesterday Tomorrow Tonight
    Such Each Every All Most Among Until Unlike Like Following Amid Over Under Another"""
    )
)

#: Lowercase parts after a dot that make the token a domain: ``News.Az``, ``Trend.Az``,
#: ``Lenta.Ru``, ``Civil.Ge``, ``Armenpress.Am``.  English words that are also TLDs
#: (``it``, ``in``, ``by``, ``at``, ``to``, ``me``, ``us``) are deliberately absent, because
#: ``"...targeted.It"`` is run-on copy far more often than a website.
_TLDS = frozenset(
    _words(
        "az ru com net org uk io ge am tr ua kz uz kg tj tm md ir info gov edu int eu news tv "
        "cn jp kr pl ro rs ae pk fm biz online de fr lt lv ee"
    )
)
_DOMAIN_WORDS = frozenset(
    {t for t in _TLDS}
    | {t.capitalize() for t in _TLDS}
    | {t.upper() for t in ("az", "ru", "ge", "am", "tr", "kz", "uz", "ua", "com", "net", "org")}
)

#: A currency sign after a full stop counts as a digit: "...in 2023. $5 billion was spent".
_CURRENCY = "$€£¥₼₽₺₴"


def _prev_token(seg: str, i: int) -> str:
    """The whitespace-delimited token ending at ``i`` without leading quotes or brackets."""
    window = seg[max(0, i - 48) : i]
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1].lstrip(_OPENERS_CHARS)


def _abbrev_class(tok: str) -> int:
    """Classify the token before a full stop (``tok`` excludes that stop)."""
    if not tok:
        return _NONE
    cls = _ABBREVIATIONS.get(tok)
    if cls is not None:
        return cls
    # Compounds keep the class of their last part: "Lt-Gen." and "Lieut.-Gen." are titles,
    # "Azerbaijani-U.S." is the ambiguous "U.S.".
    if "-" in tok:
        tok = tok.rpartition("-")[2]
        cls = _ABBREVIATIONS.get(tok)
        if cls is not None:
            return cls
    if len(tok) == 1:
        return _INITIAL if tok.isupper() else _NONE
    if "." in tok and _DOTTED.fullmatch(tok):
        # "A.B. Kowalski" and "U.S. Navy" look alike: both end only before an opener.
        return _MAYEND
    return _NONE


def _is_domain(seg: str, i: int, k: int) -> bool:
    """True when the stop at ``i`` (next letter at ``k``) is inside a domain/e-mail/URL."""
    m = _WORD.match(seg, k)
    if m is not None and m.group() in _DOMAIN_WORDS:
        return True
    tok = _prev_token(seg, i)
    return "@" in tok or "://" in tok or tok.lower().startswith("www")


def _term_ends_sentence(
    seg: str, i: int, j: int, k: int, n: int, has_ws: bool, has_nl: bool
) -> bool:
    """Decide a terminal-punctuation candidate.

    ``seg[i:j]`` is the punctuation run with its closing quotes, ``seg[j:k]`` the whitespace
    after it (empty for run-on copy) and ``seg[k]`` the next visible character.
    """
    first = seg[i]
    closed = seg[j - 1] in _CLOSERS
    p = k
    if has_ws:
        # Look through an opening quote: he said. "We will win." -> check "W".
        while p < n and seg[p] in _OPENERS_CHARS:
            p += 1
        if p >= n:
            return True
    else:
        # Run-on copy: "was not targeted.Peters noted" -- only a lowercase letter, digit or
        # closing quote before the stop, and a capitalised word of 2+ letters after it.
        # "Y.Karaman" (initial) and "3.5" never get here; "News.Az" is a domain.
        if p + 1 >= n or not seg[p].isupper() or not seg[p + 1].isalpha():
            return False
        before = seg[i - 1] if i > 0 else " "
        if not (before.islower() or before.isdigit() or before in _CLOSERS):
            return False
        if first == "." and _is_domain(seg, i, p):
            return False
    c = seg[p]
    if c.islower():
        # Ellipses, "etc. and", '"We will win," he said' and '"Why?" asked Ruiz' all continue.
        return False
    is_digit = c.isdigit() or c in _CURRENCY
    if not is_digit and not c.isalpha():
        # "MOSCOW, April 2. /TASS/." keeps the TASS tag in the dateline; a line break before a
        # dash or bullet still ends the sentence.
        return has_nl
    if first != ".":
        if first == "…":
            return has_nl or _next_word(seg, p) in _SENTENCE_OPENERS
        # "?" / "!": a question quoted before a capitalised attribution stays whole.
        if closed and not is_digit and _ATTRIBUTION.match(seg, p):
            return _next_word(seg, p) in _PRONOUNS
        return True
    if j - i > 1 and seg[i + 1] in ".…":
        # An ellipsis before a capital is ambiguous ("the ... President"): opener rule.
        return has_nl or _next_word(seg, p) in _SENTENCE_OPENERS
    tok = _prev_token(seg, i)
    cls = _abbrev_class(tok)
    if cls == _NONE:
        if len(tok) <= 2 and tok.isdigit():
            # "\n1. Ceasefire from Monday": a list number at the start of a line.
            q = i - len(tok) - 1
            while q >= 0 and seg[q] in " \t":
                q -= 1
            return q >= 0 and seg[q] != "\n"
        return True
    if is_digit:
        # "No. 5", "Jan. 5", "approx. 300", "Orion Ltd. 2023 results": abbreviations win.
        return False
    if cls == _NEVER:
        return False
    if cls == _NUMERIC:
        return True
    if cls == _MAYEND and (has_nl or closed):
        return True
    return _next_word(seg, p) in _SENTENCE_OPENERS


def _next_word(seg: str, p: int) -> str:
    m = _WORD.match(seg, p)
    return m.group() if m is not None else ""


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences with offsets into ``text``.

    Sentences are stripped of surrounding whitespace (``text[s.start:s.end] == s.text``),
    never empty, in order and non-overlapping.  ``start``/``end`` are clamped to the text,
    so the function never raises on any ``str``.  See the module docstring for the rules.
    """
    n_text = len(text)
    start = min(max(start, 0), n_text)
    end = n_text if end is None else min(max(end, start), n_text)
    if start >= end:
        return []
    seg = text[start:end] if (start or end != n_text) else text
    n = len(seg)
    cuts = [0]
    add = cuts.append
    line_start = 0
    bullet = _BULLET.match
    for m in _CANDIDATE.finditer(seg):
        blank, nl, term, ws = m.groups()
        if blank is not None:
            add(m.start())
            line_start = m.end()
            continue
        if nl is not None:
            nxt = m.end()
            if bullet(seg, line_start) or bullet(seg, nxt):
                add(m.start())
            line_start = nxt
            continue
        i = m.start()
        j = i + len(term)
        k = m.end()
        if k >= n:
            break
        has_nl = False
        if ws:
            nlc = ws.count("\n")
            if nlc:
                has_nl = True
                new_line = j + ws.rfind("\n") + 1
                forced = nlc > 1 or bullet(seg, line_start) or bullet(seg, new_line)
                line_start = new_line
                if forced:
                    add(j)
                    continue
        if _term_ends_sentence(seg, i, j, k, n, bool(ws), has_nl):
            add(j)
    add(n)

    out: list[Sentence] = []
    emit = out.append
    has_word = _HAS_WORD.search
    stray = _STRAY.match
    prev = 0
    for cut in cuts[1:]:
        a, prev = prev, cut
        if cut <= a:
            continue
        piece = seg[a:cut]
        body = piece.strip()
        if not body:
            continue
        s0 = a + len(piece) - len(piece.lstrip())
        e0 = s0 + len(body)
        if body[0] in ".,;:":
            sm = stray(seg, s0, e0)
            if sm is not None:
                s0 = sm.end()
                body = seg[s0:e0]
        if not body or has_word(body) is None:
            continue
        emit(Sentence(body, s0 + start, e0 + start))
    return out


# ---------------------------------------------------------------------------------------------
# Lines
# ---------------------------------------------------------------------------------------------

#: Line breaks for line numbers: Unix ``\n``, Windows ``\r\n`` (one break, not two) and the
#: old Mac ``\r``, so a file saved with any of the three numbers its lines as an editor does.
_NEWLINE = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts; line 1 starts at 0.  ``\\n``, ``\\r\\n`` and a lone
    ``\\r`` each end a line."""
    return [0, *(m.end() for m in _NEWLINE.finditer(text))]


def line_of(starts: list[int], offset: int) -> int:
    """1-based line number of ``offset`` given :func:`line_starts` output (binary search)."""
    return max(1, bisect_right(starts, offset))


# ---------------------------------------------------------------------------------------------
# Folding
# ---------------------------------------------------------------------------------------------

#: Letters and punctuation with no (or a wrong) Unicode decomposition.  Turkish dotless ``ı``
#: must become ``i`` (NFKD leaves it alone) and Azerbaijani schwa ``ə`` is written ``a`` in
#: English copy (``Həsənov`` -> ``Hasanov``).
_FOLD_SPECIAL: dict[int, str | None] = {
    ord(k): v
    for k, v in {
        "ı": "i",
        "İ": "I",
        "ə": "a",
        "Ə": "A",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ẞ": "SS",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "œ": "oe",
        "Œ": "OE",
        "ħ": "h",
        "Ħ": "H",
        "ŀ": "l",
        "Ŀ": "L",
        "ŧ": "t",
        "Ŧ": "T",
        "ƒ": "f",
        # Quotes and apostrophes, including the modifier letters used in transliteration
        # ("Kyivʼs", "Oʻzbekiston").
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "ʼ": "'",
        "ʻ": "'",
        "ʹ": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        # Dashes and minus signs: "Azerbaijan–NATO" matches "Azerbaijan-NATO".
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        # Spaces: non-breaking and narrow no-break spaces are common in scraped copy.
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        # Invisible characters that would break matching.
        "\u00ad": None,
        "\u200b": None,
        "\u2060": None,
        "\ufeff": None,
    }.items()
}

#: Blocks whose characters are folded through NFKD minus combining marks: Latin-1,
#: Latin Extended A/B/Additional/C/D, IPA, general punctuation, letterlike symbols,
#: ligatures and full-width ASCII.  Cyrillic, Greek, Arabic, CJK, Hangul etc. are left
#: alone on purpose: NFKD would turn Cyrillic ``й`` into ``и`` and Hangul syllables into jamo.
_FOLD_BLOCKS = (
    (0x00A0, 0x0250),
    (0x1E00, 0x1F00),
    (0x2000, 0x2070),
    (0x2100, 0x2150),
    (0x2C60, 0x2C80),
    (0xA720, 0xA800),
    (0xFB00, 0xFB07),
    (0xFF01, 0xFF5F),
)
#: Combining diacritics dropped wherever they survive NFC (decomposed input such as
#: ``"Og\\u0306uz"``, Russian stress marks).  Script-specific marks (Arabic harakat,
#: Devanagari vowel signs) are kept because they are part of the letters.
_COMBINING_BLOCKS = (
    (0x0300, 0x0370),
    (0x1AB0, 0x1B00),
    (0x1DC0, 0x1E00),
    (0x20D0, 0x2100),
    (0xFE20, 0xFE30),
)


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for lo, hi in _FOLD_BLOCKS:
        for cp in range(lo, hi):
            ch = chr(cp)
            dec = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            )
            # Only ASCII results are useful ("½" -> "1⁄2" is not): otherwise keep the char.
            if dec and dec != ch and dec.isascii():
                table[cp] = dec
    for lo, hi in _COMBINING_BLOCKS:
        for cp in range(lo, hi):
            table[cp] = None
    table.update(_FOLD_SPECIAL)
    return table


_FOLD_TABLE = _build_fold_table()


CASE_TWINS = str.maketrans("İıſK", "iisk")
"""The only characters beyond ASCII that an ASCII letter matches when case is ignored (as
a pattern compiled with `re.IGNORECASE` does), each with the letter it matches."""


def caseless(text: str) -> str:
    """`text` lowercased, the `CASE_TWINS` made their ASCII letters: a plain search in it
    finds what an `re.IGNORECASE` search of ASCII words finds in `text`, quicker."""
    return (text if text.isascii() else text.translate(CASE_TWINS)).lower()


def fold(s: str) -> str:
    """ASCII-fold Latin text for matching, keeping case and non-Latin scripts.

    ``Oğuz`` -> ``Oguz``, ``Həsənov`` -> ``Hasanov``, ``Wałęsa`` -> ``Walesa``,
    ``“Azerbaijan–NATO”`` -> ``"Azerbaijan-NATO"``; ``Шойгу`` stays ``Шойгу``.  Turkish
    ``ı``/``İ`` and the letters in ``_FOLD_SPECIAL`` are mapped explicitly, other Latin letters
    lose their diacritics (NFKD minus combining marks), curly quotes become straight, dashes
    become ``-`` and non-breaking spaces become spaces.  The result may be longer than the input
    (``ß`` -> ``ss``), so offsets are not preserved.  Input is NFC-normalised first so that
    decomposed and composed spellings fold alike.
    """
    if s.isascii():
        return s
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return s.translate(_FOLD_TABLE)


# ---------------------------------------------------------------------------------------------
# Name keys
# ---------------------------------------------------------------------------------------------

#: A name token: letters with inner apostrophes ("O'Brien"); hyphens separate tokens, so
#: "Al-Hassan" and "Al Hassan" give the same key.
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")

#: Ordered spelling rewrites applied to each folded, lowercased token.  Each one merges the
#: spellings that different transliteration systems produce for the same sound.
_NAME_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        ("dzh", "j"),  # Russian-style Dzhafarov = Jafarov
        ("t?sch|tch", "ch"),  # Tchaikovsky = Chaikovsky, German Tschechow = Chechov
        ("kh", "h"),  # Khasanov = Hasanov, Mikhail = Mihail, Akhmedov = Ahmedov
        ("gh", "g"),  # Oghuz = Oguz
        ("cz", "ch"),  # Polish Adamczak = Adamchak
        ("sz", "sh"),  # Polish Janusz = Janush
        ("ph", "f"),  # Stephan = Stefan
        ("w", "v"),  # Polish/German w: Wojciech = Vojciech, Walesa = Valesa
        ("(?<=[aeiou])j", "y"),  # Alijev = Aliyev, Andrej = Andrey
        ("^ye", "e"),  # Yevgeny = Evgeny, Yerlan = Erlan
        ("yy", "y"),  # Zelenskyy = Zelensky
        ("(?<=[aeiou])ye(?=va?$)", "e"),  # Aliyev = Aliev, Abdullayev = Abdullaev
        ("iy(?=[aeiou])", "i"),  # Mariya = Maria
        ("yan$", "ian"),  # Armenian Petrosyan = Petrosian
        ("y(?![aeiou])", "i"),  # Sergey = Sergei, Shoygu = Shoigu, Zelensky = Zelenski
    )
)

#: Turkic and Russian surname endings.  Only tokens with one get the two aggressive rules
#: below, so "Garcia", "Peterson" and "Grigoryan" keep their letters.
_TURKIC_SLAVIC_SURNAME = re.compile(r"(?:ov|ova|ev|eva|li|lu|zade|zada|oglu|ogli)$")
#: Azerbaijani Latin q and x are g and kh in other spellings: Quliyev = Guliyev,
#: Qasımov = Gasymov, Xəlilov = Khalilov (kh is already h).  Stems of -ov/-ev words only, where
#: no English name is affected.
_STEM_QX = str.maketrans({"q": "g", "x": "h"})
#: Russian renders Turkic/Azerbaijani (and Ukrainian) h as g: Gasanov = Hasanov,
#: Gadzhiev = Hajiyev; Ukrainian Herasymov = Russian Gerasimov.
_INITIAL_G = re.compile(r"^g(?=[aeiou])")
#: Azerbaijani ə is written a in Latin script but e in Russian: Mammadov = Mamedov,
#: Akhmedov = Ahmadov, Əfəndiyev = Efendiyev.  Applied to the stem only (not the suffix).
_STEM_E = re.compile(r"e")
_DOUBLE = re.compile(r"(.)\1+")  # Mammadov = Mamadov, Karagülle = Karagule


def _key_token(tok: str) -> str:
    tok = tok.replace("'", "")
    if not tok.isascii():
        # Non-Latin tokens (Cyrillic, Arabic, ...) only get double letters collapsed.
        return _DOUBLE.sub(r"\1", tok)
    for pattern, repl in _NAME_RULES:
        tok = pattern.sub(repl, tok)
    m = _TURKIC_SLAVIC_SURNAME.search(tok)
    # A stem of 3+ letters keeps short first names out: "Eli" must not become "Ali".
    if m is not None and m.start() >= 3:
        stem = _STEM_E.sub("a", _INITIAL_G.sub("h", tok[: m.start()].translate(_STEM_QX)))
        tok = stem + tok[m.start() :]
    return _DOUBLE.sub(r"\1", tok)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-insensitive key for one person's or place's name.

    Steps: :func:`fold`, lowercase, split into letter tokens (hyphens and spaces separate,
    apostrophes are dropped, digits and punctuation ignored), then per token:

    1. digraph rewrites: ``dzh``->``j``; ``tch``/``tsch``->``ch``; ``kh``->``h``;
       ``gh``->``g``; ``cz``->``ch``; ``sz``->``sh``; ``ph``->``f``; ``w``->``v``;
    2. y/j: ``j`` after a vowel -> ``y``; initial ``ye``->``e``; ``yy``->``y``;
       vowel+``yev``/``yeva`` -> ``ev``/``eva``; ``iy``+vowel -> ``i``; final ``yan``->``ian``;
       ``y`` not before a vowel -> ``i``;
    3. only for Turkic/Russian surnames (ending -ov/-ova/-ev/-eva/-li/-lu/-zade/-oglu, with a
       stem of 3+ letters), in the stem: ``q``->``g``, ``x``->``h``, then an initial ``g``
       before a vowel -> ``h``, then ``e`` -> ``a``;
    4. doubled letters collapse.

    Equal: Oğuz/Oguz/Oghuz, Həsənov/Hasanov/Gasanov/Khasanov, Aliyev/Aliev/Alijev,
    Mammadov/Mamedov, Sergei/Sergey, Zelensky/Zelenskyy/Zelenskiy, Smith/Smyth (accepted:
    spelling variants of one name are likelier than two different people).
    Different: Ivanov/Ivanova (gender forms), Mammadov/Mammadli, Kim/Kin, Garcia/Marcia,
    Adams/Adamczak, Eli/Ali.  Not handled: Yusuf/Yousef, Mohammed/Muhammad, Azerbaijani c
    (Cəfərov/Jafarov), intervocalic h/g (Maharramov/Magerramov), Cyrillic script (kept as is,
    not transliterated).
    """
    return " ".join(_key_token(t) for t in _NAME_TOKEN.findall(fold(name).lower()))


#: Generational suffixes ignored at the end of a person's name: "Carl Benning Jr.".
_NAME_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})
#: A surname may be hyphenated or carry an apostrophe: "Smith-Jones", "O'Brien", "D’Souza".
_SURNAME_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")


def surname_key(name: str) -> str:
    """:func:`name_key` of the last word of a person's name.

    ``"Lt-Gen Mustafa Arslan"`` -> key of ``"Arslan"``; ``"Carl Benning Jr."`` -> key of
    ``"Benning"``.  A hyphenated surname stays whole (``"Smith-Jones"`` -> ``"smith jones"``).
    Particles are not special: the key of ``"Ursula von der Leyen"`` is that of ``"Leyen"``.
    """
    toks = _SURNAME_TOKEN.findall(name)
    while toks and toks[-1].lower() in _NAME_SUFFIXES:
        toks.pop()
    return name_key(toks[-1]) if toks else ""


# ---------------------------------------------------------------------------------------------
# Ranks
# ---------------------------------------------------------------------------------------------

#: Between the words of a rank: "Lt-Gen", "Lt. Gen.", "Lt Gen", "Lieut.-Gen.", "Lt.Gen.".
_SEP = r"(?:\s*[-‐‑–]\s*|\s+|(?<=\.))"


def _word(full: tuple[str, ...], abbr: tuple[str, ...] = (), *, later: bool) -> str:
    """Regex for one rank word.  Later words may start lowercase ("Lieutenant general");
    abbreviations take an optional dot but may not run into more letters ("Gen" != "Gent")."""
    alts = []
    for w in full:
        head = f"[{w[0]}{w[0].lower()}]" if later and w[0].isalpha() else re.escape(w[0])
        alts.append(head + re.escape(w[1:]) + r"(?![^\W\d_])")
    for a in abbr:
        head = f"[{a[0]}{a[0].lower()}]" if later else a[0]
        alts.append(head + re.escape(a[1:]) + r"(?:\.|(?![^\W\d_]))")
    return "(?:" + "|".join(alts) + ")"


_RANK_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "LT": (("Lieutenant",), ("Lieut", "Lt")),
    "GEN": (("General",), ("Gen",)),
    "COL": (("Colonel",), ("Col",)),
    "MAJ": (("Major",), ("Maj",)),
    "BRIG": (("Brigadier",), ("Brig",)),
    "CAPT": (("Captain",), ("Capt", "Cpt")),
    "ADM": (("Admiral",), ("Adm",)),
    "SGT": (("Sergeant",), ("Sgt",)),
    # "Commander-in-Chief" is a post, not a rank.
    "CMDR": (("Commander",), ("Cmdr", "Cdr", "Comdr")),
    "CPL": (("Corporal",), ("Cpl",)),
    "PVT": (("Private",), ("Pvt", "Pte")),
    "1ST": (("First", "1st"), ()),
    "2ND": (("Second", "2nd"), ()),
    "3RD": (("Third", "3rd"), ()),
    "RANK": (("Rank",), ()),
    "STAFF": (("Staff",), ()),
    "MASTER": (("Master",), ()),
    "REAR": (("Rear",), ()),
    "VICE": (("Vice",), ()),
    "FLEET": (("Fleet",), ()),
    "FIELD": (("Field",), ()),
    "AIR": (("Air",), ()),
    "CHIEF": (("Chief",), ()),
    "ARMY": (("Army",), ()),
    "MARSHAL": (("Marshal",), ()),
    "LANCE": (("Lance",), ()),
    "WARRANT": (("Warrant",), ()),
    "OFFICER": (("Officer",), ()),
    "ENSIGN": (("Ensign",), ()),
    "COMMODORE": (("Commodore",), ()),
}

#: (canonical rank, words).  Sorted longest first below so that the alternation prefers
#: "Lieutenant General" over "Lieutenant" and "Captain 1st Rank" over "Captain".
_RANK_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("General of the Army", ("GEN", "OFTHE", "ARMY")),
    ("General of the Army", ("ARMY", "GEN")),
    ("Air Vice Marshal", ("AIR", "VICE", "MARSHAL")),
    ("Air Chief Marshal", ("AIR", "CHIEF", "MARSHAL")),
    ("Captain 1st Rank", ("CAPT", "1ST", "RANK")),
    ("Captain 2nd Rank", ("CAPT", "2ND", "RANK")),
    ("Captain 3rd Rank", ("CAPT", "3RD", "RANK")),
    ("Lieutenant General", ("LT", "GEN")),
    ("Colonel General", ("COL", "GEN")),
    ("Major General", ("MAJ", "GEN")),
    ("Brigadier General", ("BRIG", "GEN")),
    ("Lieutenant Colonel", ("LT", "COL")),
    ("Lieutenant Commander", ("LT", "CMDR")),
    ("First Lieutenant", ("1ST", "LT")),
    ("Second Lieutenant", ("2ND", "LT")),
    ("Staff Sergeant", ("STAFF", "SGT")),
    ("Master Sergeant", ("MASTER", "SGT")),
    ("Sergeant Major", ("SGT", "MAJ")),
    ("Rear Admiral", ("REAR", "ADM")),
    ("Vice Admiral", ("VICE", "ADM")),
    ("Fleet Admiral", ("FLEET", "ADM")),
    ("Field Marshal", ("FIELD", "MARSHAL")),
    ("Air Marshal", ("AIR", "MARSHAL")),
    ("Lance Corporal", ("LANCE", "CPL")),
    ("Warrant Officer", ("WARRANT", "OFFICER")),
    ("General", ("GEN",)),
    ("Colonel", ("COL",)),
    ("Major", ("MAJ",)),
    ("Brigadier", ("BRIG",)),
    ("Captain", ("CAPT",)),
    ("Lieutenant", ("LT",)),
    ("Sergeant", ("SGT",)),
    ("Admiral", ("ADM",)),
    ("Commander", ("CMDR",)),
    ("Commodore", ("COMMODORE",)),
    ("Marshal", ("MARSHAL",)),
    ("Corporal", ("CPL",)),
    ("Private", ("PVT",)),
    ("Ensign", ("ENSIGN",)),
)

#: US-style codes, only as standalone tokens: "MG Ortiz" but not "MG-7" or "SMG".
_RANK_CODES: tuple[tuple[str, str], ...] = (
    ("Lieutenant General", "LTG"),
    ("Major General", "MG"),
    ("Rear Admiral", "R(?:ADM|Adm)"),
    ("Vice Admiral", "V(?:ADM|Adm)"),
)


def _form_regex(words: tuple[str, ...]) -> str:
    parts = [
        r"of\s+the" if w == "OFTHE" else _word(*_RANK_WORDS[w], later=idx > 0)
        for idx, w in enumerate(words)
    ]
    body = _SEP.join(parts)
    if words[0] == "CMDR" or words[-1] == "CMDR":
        body += r"(?!\s*-\s*in-)"
    return body


_RANK_ALTS: list[tuple[str, str]] = [
    (canon, _form_regex(words)) for canon, words in sorted(_RANK_FORMS, key=lambda cw: -len(cw[1]))
] + [(canon, r"(?<![\w-])" + code + r"(?![\w-])") for canon, code in _RANK_CODES]

#: The first word of every rank form, as written (the first word of a form is matched case
#: sensitively, later ones may be lowercase), plus the codes: a text without any of these
#: holds no rank, so callers may skip a rank pattern on it.
RANK_FIRST_WORDS: frozenset[str] = frozenset(
    [w for _, words in _RANK_FORMS for w in (*_RANK_WORDS[words[0]][0], *_RANK_WORDS[words[0]][1])]
    + ["LTG", "MG", "RADM", "RAdm", "VADM", "VAdm"]
)

#: Optional service prefix: "Police Colonel Ortega" is a Colonel for comparison purposes.
_RANK_PREFIX = r"(?:Police\s+)?"

#: Regex source matching any rank surface form ("Lt-Gen", "Lieutenant general", "Col. Gen.",
#: "Rear Adm.", "Capt. 1st Rank", "LTG"), with no capturing groups, meant to be embedded in
#: other patterns compiled WITHOUT re.IGNORECASE (ranks are capitalised in wire copy).
RANK_PATTERN: str = (
    r"(?<![^\W\d_])" + _RANK_PREFIX + "(?:" + "|".join(rx for _, rx in _RANK_ALTS) + ")"
)

#: The same alternatives with one named group each, so ``lastgroup`` says which rank matched;
#: a trailing full stop is tolerated ("Lt-Gen." is how it appears before a name).
_RANK_FULL = re.compile(
    _RANK_PREFIX
    + "(?:"
    + "|".join(f"(?P<r{i}>{rx})" for i, (_, rx) in enumerate(_RANK_ALTS))
    + r")\.?"
)
_RANK_CANON = {f"r{i}": canon for i, (canon, _) in enumerate(_RANK_ALTS)}
#: Words to Title-case when retrying "LIEUTENANT GENERAL"; "1st" is left alone because the
#: letters after a digit are not at a word boundary.
_TITLE_WORD = re.compile(r"\b[^\W\d_]+")

#: Seniority, higher = more senior, roughly on the NATO OR/OF scale.  Naval and air ranks share
#: the number of their army equivalent; "Captain" and "Lieutenant" are taken as army ranks.
RANK_ORDER: dict[str, int] = {
    "Private": 1,
    "Lance Corporal": 2,
    "Corporal": 3,
    "Sergeant": 4,
    "Staff Sergeant": 5,
    "Master Sergeant": 6,
    "Sergeant Major": 7,
    "Warrant Officer": 8,
    "Ensign": 10,
    "Second Lieutenant": 10,
    "Lieutenant": 11,
    "First Lieutenant": 11,
    "Captain": 12,
    "Captain 3rd Rank": 13,
    "Lieutenant Commander": 13,
    "Major": 13,
    "Captain 2nd Rank": 14,
    "Commander": 14,
    "Lieutenant Colonel": 14,
    "Captain 1st Rank": 15,
    "Colonel": 15,
    "Brigadier": 16,
    "Brigadier General": 16,
    "Commodore": 16,
    "Major General": 17,
    "Rear Admiral": 17,
    "Air Vice Marshal": 17,
    "Lieutenant General": 18,
    "Vice Admiral": 18,
    "Air Marshal": 18,
    "Colonel General": 19,
    "General": 19,
    "Admiral": 19,
    "Air Chief Marshal": 19,
    "General of the Army": 20,
    "Fleet Admiral": 20,
    "Field Marshal": 20,
    "Marshal": 21,
}


def normalize_rank(raw: str) -> str | None:
    """Canonical Title Case rank for a surface form, or None if ``raw`` is not a rank.

    ``"Lt-Gen"``, ``"Lieut.-Gen."``, ``"Lieutenant general"``, ``"LTG"`` ->
    ``"Lieutenant General"``; ``"Brig."`` -> ``"Brigadier"``; ``"Army General"`` ->
    ``"General of the Army"``; ``"Police Colonel"`` -> ``"Colonel"`` (the service is not part of
    the rank).  All-caps or lowercase input is retried in Title Case, but the codes ``LTG``/``MG``
    must be upper case (``"mg"`` is milligrams).
    """
    s = " ".join(raw.split())
    if not s:
        return None
    m = _RANK_FULL.fullmatch(s)
    if m is None:
        titled = _TITLE_WORD.sub(lambda w: w.group()[0].upper() + w.group()[1:].lower(), s)
        titled = titled.replace(" Of The ", " of the ")
        m = _RANK_FULL.fullmatch(titled)
        if m is None:
            return None
    return _RANK_CANON[m.lastgroup] if m.lastgroup else None
