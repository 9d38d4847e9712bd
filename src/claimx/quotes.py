"""Quotation spans, found on the raw text so that stray marks cannot derail a document.

Rules, in the order news copy needs them:

* curly marks pair ``“`` with ``”``; straight ``"`` toggles; guillemets pair too; a
  straight mark after a word closes a curly quote (styles mixed in web copy);
* a quote never crosses a paragraph break, except that a paragraph which opens a
  quote without closing it continues into the next paragraph when that one opens
  with a quotation mark (the multi-paragraph convention);
* an unclosed mark is dropped at the paragraph's end instead of swallowing the rest.

    >>> [q.text for q in find_quotes('He said: "We will go." Then "no".')]
    ['We will go.', 'no']
    >>> [q.text for q in find_quotes("''It is over,'' he said.")]
    ['It is over,']
    >>> [q.text for q in find_quotes('\u201cAt all times," he said, "maybe.\u201d')]
    ['At all times,', 'maybe.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d", '"': '"'}
CLOSERS = {"\u201d", "\u00bb", '"'}
MAX_QUOTE = 6000  # characters; a longer "quote" is a stray mark, not speech


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # first character after the inner text (the closing mark's offset)
    text: str

    @property
    def outer(self) -> tuple[int, int]:
        return self.start - 1, self.end + 1


# Two apostrophes are one straight quotation mark (''like this'', in archives of
# typewritten copy).
_MARK = re.compile("''|[\"\u201c\u201d\u00ab\u00bb\u201e]")


def closing_mark_width(text: str, quote: Quote) -> int:
    """How many characters the mark closing ``quote`` takes (2 for ``''``), or 0 where the
    quote ends without one (a paragraph of a run-on quotation).

        >>> text = "He said it was ''fine.'' Then"
        >>> closing_mark_width(text, find_quotes(text)[0])
        2
    """
    mark = _MARK.match(text, quote.end)
    return mark.end() - mark.start() if mark else 0


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)]
    carry_start = None  # an open multi-paragraph quote
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        open_at = None
        closer = None
        nested = 0  # curly quotes open inside a straight one
        i = p_start
        if carry_start is not None:
            first = text[p_start:p_end].lstrip()[:1]
            if first in OPENERS:
                i = p_start + text[p_start:p_end].index(first) + 1
                open_at, closer = carry_start, OPENERS[first]
            else:
                carry_start = None
        carry_start = None
        # Only quotation marks change what is open; the text between them is skipped.
        for mark in _MARK.finditer(text, i, p_end):
            i, width = mark.start(), mark.end() - mark.start()
            ch = '"' if width == 2 else mark.group()
            if open_at is None:
                if ch in OPENERS and _can_open(text, i, width):
                    open_at, closer, nested = i + width, OPENERS[ch], 0
            elif closer == '"' and ch in ("\u201c", "\u201d") and (ch == "\u201c" or nested):
                nested += 1 if ch == "\u201c" else -1  # "... chanting “U-S-A!” ...": a quote inside
            elif _closes(text, i, width, ch, closer):
                if i > open_at and i - open_at <= MAX_QUOTE:
                    quotes.append(Quote(open_at, i, text[open_at:i]))
                open_at = None
            elif ch in ("\u201c",) and closer == "\u201d":
                open_at = i + 1  # a new opener before a close: the earlier mark was stray
        if open_at is not None:
            next_first = ""
            if p_index + 1 < len(paragraphs):
                n_start, n_end = paragraphs[p_index + 1]
                next_first = text[n_start:n_end].lstrip()[:1]
            if next_first in OPENERS and p_end - open_at <= MAX_QUOTE:
                # The quote runs on: keep this paragraph's part and continue.
                quotes.append(Quote(open_at, p_end, text[open_at:p_end]))
                carry_start = open_at
    return _merge_runs(quotes, text)


def _closes(text: str, i: int, width: int, ch: str, closer: str) -> bool:
    """Whether the mark ``ch`` at ``i`` closes a quote that waits for ``closer``. Web copy
    mixes styles: “... at all times," he said -- a straight mark shaped like a closer
    (after a word) ends a curly quote, and "... no coincidences.” a straight one."""
    return (
        ch == closer
        or (ch in CLOSERS and closer != '"' and ch != '"')
        or (ch == '"' and closer == "\u201d" and not _can_open(text, i, width))
        or (ch == "\u201d" and closer == '"')
    )


def _can_open(text: str, i: int, width: int = 1) -> bool:
    if text[i] not in "\"'":
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not after.isspace() or before.isspace() or before in "(:[—-"


def _merge_runs(quotes: list[Quote], text: str) -> list[Quote]:
    """Join the paragraphs of one multi-paragraph quote into a single quote."""
    out: list[Quote] = []
    for q in sorted(set(quotes), key=lambda q: (q.start, q.end)):
        if out and out[-1].start == q.start:
            out[-1] = Quote(q.start, max(out[-1].end, q.end), text[q.start : max(out[-1].end, q.end)])
        elif out and q.start < out[-1].end:
            continue
        else:
            out.append(q)
    return out
