"""The output lines of one document, kept in memory while few and in a temporary file
once many, so that a 20 MB article's tens of thousands of claims do not all sit in memory
while it is extracted and written (a document is written whole, so its lines wait for its
last slice).

A spool is a sequence of strings to iterate (more than once), count and extend:

    >>> lines = LineSpool(spill_chars=10)
    >>> lines.extend(['{"n":1}', '{"n":2}', '{"n":3}'])
    >>> len(lines), list(lines)[-1], lines.spilled
    (3, '{"n":3}', True)
    >>> lines.close()

Pickled (to go from a worker process back to its parent on the same machine), a spilled
spool hands its file over instead of its lines: the receiving copy owns and later deletes
it. :meth:`LineSpool.inline` gives a plain list for results that may cross machines.
"""

from __future__ import annotations

import os
import tempfile
import weakref
from collections.abc import Iterable, Iterator

SPILL_CHARS = 1_000_000  # an ordinary article's lines are ~20,000 characters


class LineSpool:
    """Lines (without their newline) in memory up to ``spill_chars`` characters, then in
    a temporary file that is deleted with the spool (or by :meth:`close`)."""

    def __init__(self, spill_chars: int = SPILL_CHARS):
        self.spill_chars = spill_chars
        self._lines: list[str] = []
        self._chars = 0
        self._count = 0
        self._path: str | None = None
        self._cleanup: weakref.finalize | None = None

    @property
    def spilled(self) -> bool:
        return self._path is not None

    def extend(self, lines: Iterable[str]) -> None:
        for line in lines:
            self._lines.append(line)
            self._chars += len(line)
            self._count += 1
        if self._chars > self.spill_chars:
            self._spill()

    def append(self, line: str) -> None:
        self.extend((line,))

    def _spill(self) -> None:
        if self._path is None:
            fd, path = tempfile.mkstemp(prefix="claimx-lines-", suffix=".jsonl")
            os.close(fd)
            self._own(path)
        with open(self._path, "a", encoding="utf-8") as handle:
            handle.writelines(line + "\n" for line in self._lines)
        self._lines, self._chars = [], 0

    def _own(self, path: str) -> None:
        self._path = path
        self._cleanup = weakref.finalize(self, _remove, path)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        if self._path is not None:
            with open(self._path, encoding="utf-8") as handle:
                for line in handle:
                    yield line[:-1]
        yield from self._lines

    def inline(self) -> list[str]:
        """All lines as a list (the file, if any, deleted)."""
        lines = list(self)
        self.close()
        return lines

    def close(self) -> None:
        """Delete the file now rather than when the spool is collected."""
        if self._cleanup is not None:
            self._cleanup()
        self._path, self._cleanup, self._lines, self._chars, self._count = None, None, [], 0, 0

    def __getstate__(self) -> dict:
        if self._cleanup is not None:
            self._cleanup.detach()  # the file now belongs to whoever unpickles this state
            self._cleanup = None
        return {
            "spill_chars": self.spill_chars,
            "lines": self._lines,
            "chars": self._chars,
            "count": self._count,
            "path": self._path,
        }

    def __setstate__(self, state: dict) -> None:
        self.spill_chars = state["spill_chars"]
        self._lines, self._chars, self._count = state["lines"], state["chars"], state["count"]
        self._path, self._cleanup = None, None
        if state["path"] is not None:
            self._own(state["path"])


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
