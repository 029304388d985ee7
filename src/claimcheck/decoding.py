"""Bytes -> text: byte-order marks, UTF-8, UTF-16, and the legacy Windows code pages.

Article files come saved from browsers, exported from tools and pasted from e-mail, so the
bytes on disk are not always UTF-8.  :func:`decode` tries, in order:

1. a byte-order mark (UTF-8, UTF-16 or UTF-32): the mark says what the file is;
2. UTF-16 without a mark, recognised by its zero bytes at every other position;
3. binary refusal: zero bytes or many control characters are no article text;
4. strict UTF-8: any other encoding of real text is almost never valid UTF-8 by accident;
5. the charset an HTML page declares (`<meta charset>`), when it is a known codec;
6. Windows-1252 or Windows-1251, chosen by :func:`guess_single_byte` from letter statistics
   (see its docstring; ``bench/input_formats.py`` measures it against charset-normalizer).

The name of the encoding used is returned so the claims file can report it, and evidence
offsets index the decoded text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .errors import ArticleError

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
WINDOWS_1252 = "windows-1252"
WINDOWS_1251 = "windows-1251"

# UTF-32 marks first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8", UTF8_BOM),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
"""(mark, codec for the bytes after it, name reported)."""

SNIFF_BYTES = 8192
"""How much of the start of a file the binary and UTF-16 checks look at."""

CONTROL_SHARE = 0.05
"""Binary when more than this share of the sniffed bytes are control characters other than
tab, line breaks, form feed and the DOS end-of-file mark (`\\x1a`)."""

_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x19\x1b-\x1f\x7f]")

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
"""`<meta charset="windows-1251">` and `<meta http-equiv=… content="text/html; charset=…">`."""

_LATIN1_LABELS = frozenset({"latin_1", "ascii", "iso8859-1", "iso-8859-1"})
"""Declared charsets that browsers read as Windows-1252 (WHATWG Encoding Standard): a page
saying ISO-8859-1 or ASCII is in practice Windows-1252, whose extra characters (curly quotes,
dashes, €) sit where ISO-8859-1 has unused control codes."""


def decode(raw: bytes, path: Path | str, *, html: bool = False) -> tuple[str, str]:
    """Bytes -> (text, encoding name), or ArticleError naming the file (and line).

    `html`: also honour a charset the page declares in a `<meta>` tag.
    """
    for mark, codec, name in _BOMS:
        if raw.startswith(mark):
            return _strict(raw[len(mark) :], codec, name, path), name
    utf16 = _bomless_utf16(raw)
    if utf16 is not None:
        return _strict(raw, utf16, utf16, path), utf16
    if _is_binary(raw):
        raise ArticleError(path, "binary file, not article text")
    try:
        return raw.decode(UTF8), UTF8
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
    if html:
        declared = _declared_charset(raw)
        if declared is not None:
            try:
                return raw.decode(declared), declared
            except UnicodeDecodeError:
                pass  # the declaration is wrong; the statistics below decide
    guess = guess_single_byte(raw)
    if guess is None:
        raise ArticleError(
            path, "not valid UTF-8, Windows-1252 or Windows-1251 text", line=bad_line
        )
    return raw.decode(guess), guess


def _strict(raw: bytes, codec: str, name: str, path: Path | str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"not valid {name} text (byte {exc.start})") from None


def _is_binary(raw: bytes) -> bool:
    """Zero bytes anywhere, or control characters beyond `CONTROL_SHARE` at the start."""
    if b"\x00" in raw:
        return True
    head = raw[:SNIFF_BYTES]
    return bool(head) and len(_CONTROL.findall(head)) > CONTROL_SHARE * len(head)


def _bomless_utf16(raw: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when the file looks like UTF-16 saved without a mark.

    Text in Latin or Cyrillic script written as UTF-16 has a zero byte in (nearly) every
    other position; binary formats have zeros scattered at both.  Both halves are checked so
    a UTF-16 file of mostly Chinese (few zero bytes) is not claimed, and the decoded text
    must be free of control characters.
    """
    head = raw[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 4 or len(raw) % 2 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    half = len(head) // 2
    if zeros_odd >= 0.6 * half and zeros_even == 0:
        codec = "utf-16-le"
    elif zeros_even >= 0.6 * half and zeros_odd == 0:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    if _CONTROL.search(text.encode("utf-8", "surrogatepass")) or "\x00" in text:
        return None
    return codec


def _declared_charset(raw: bytes) -> str | None:
    """The Python codec an HTML page declares near its top, or None if unknown."""
    match = _META_CHARSET.search(raw[:SNIFF_BYTES])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in _LATIN1_LABELS:
        return WINDOWS_1252
    if name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        return None  # not valid UTF-8 already; a UTF-16 page would have had a mark
    windows = re.fullmatch(r"cp(125\d)", name)
    return f"windows-{windows.group(1)}" if windows else name


# --- single-byte code pages ----------------------------------------------------------------

_NON_ASCII_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")
"""A run of letters with at least one non-ASCII character (`Bogotá`, `Министр`, `Ìèíèñòð`)."""

_ASCII_LETTER = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def guess_single_byte(raw: bytes) -> str | None:
    """Windows-1251 or Windows-1252 for bytes that are not UTF-8, by letter statistics.

    Both code pages decode nearly any byte, so the question is which reading gives words that
    look like words.  Only words holding a non-ASCII letter are scored:

    * read as Windows-1251, Cyrillic text gives words of Cyrillic letters only (`Министр`),
      while Western text gives Cyrillic letters glued to Latin ones (`Bogotб`, `Grцяe`);
    * read as Windows-1252, Western text gives accented letters inside Latin words
      (`Bogotá`, `Größe`), while Cyrillic text gives runs of three or more accented letters
      with no plain letter at all (`Ìèíèñòð`), which no Western language writes.

    Each reading scores its plausible letters minus its implausible ones; Windows-1251 wins
    only with the higher score, so ties (punctuation such as curly quotes, which both code
    pages place alike) read as Windows-1252.  A code page that cannot decode the bytes
    (Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; Windows-1251 leaves 0x98)
    is out; None when neither can.
    """
    readings: dict[str, str] = {}
    for codec in (WINDOWS_1252, WINDOWS_1251):
        try:
            readings[codec] = raw.decode(codec)
        except UnicodeDecodeError:
            continue
    if len(readings) < 2:
        return next(iter(readings), None)
    score_1251 = _cyrillic_score(readings[WINDOWS_1251])
    score_1252 = _western_score(readings[WINDOWS_1252])
    return WINDOWS_1251 if score_1251 > score_1252 else WINDOWS_1252


def _cyrillic_score(text: str) -> int:
    score = 0
    for match in _NON_ASCII_WORD.finditer(text):
        word = match.group()
        cyrillic = len(_CYRILLIC.findall(word))
        if _ASCII_LETTER.search(word):
            score -= cyrillic
        elif len(word) >= 2:
            score += cyrillic
    return score


def _western_score(text: str) -> int:
    score = 0
    for match in _NON_ASCII_WORD.finditer(text):
        word = match.group()
        accented = sum(1 for ch in word if ord(ch) > 0x7F)
        if _ASCII_LETTER.search(word):
            score += accented
        elif len(word) >= 3:
            score -= accented
    return score
