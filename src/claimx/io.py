"""Reading inputs: files, folders and stdin, decoded to text or refused with a reason.

Offsets in the output index the text as claimx decodes it: a UTF-8 BOM kept and line
endings normalised to ``\\n`` -- exactly what Python's ``open(path).read()`` gives for
a UTF-8 file, so ``text[start:end]`` checks out in any script.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Leading bytes of common binary formats that are sometimes saved as .txt.
MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a zip archive",
    b"\x1f\x8b": "gzip-compressed data",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"BZh": "bzip2-compressed data",
    b"\x7fELF": "an executable",
    b"\xfd7zXZ": "xz-compressed data",
}


class InputError(Exception):
    """An input that could not be read; ``kind`` is a short machine-readable tag."""

    def __init__(self, name: str, kind: str, message: str):
        super().__init__(f"{name}: {message}")
        self.name, self.kind, self.message = name, kind, message


@dataclass
class Source:
    name: str  # the path as the user gave it (or as found under a folder); "-" for stdin
    id: str  # the document id used in claim ids
    path: Path | None = None
    data: bytes | None = None

    def read_bytes(self, max_chars: int | None = None) -> bytes:
        """The input's bytes. A FIFO, a device or a file too big for ``max_chars`` characters
        is refused before anything is read: a named pipe would block the run, /dev/zero
        never ends, and a 1 GB file need not be read to be refused."""
        if self.data is not None:
            return self.data
        assert self.path is not None
        try:
            self.check(max_chars)
            return self.path.read_bytes()
        except FileNotFoundError:
            raise InputError(self.name, "not_found", "no such file (was it deleted during the run?)") from None
        except PermissionError:
            raise InputError(self.name, "unreadable", "permission denied") from None
        except IsADirectoryError:
            raise InputError(self.name, "unreadable", "is a directory") from None
        except OSError as err:
            raise InputError(self.name, "unreadable", err.strerror or str(err)) from None

    def size(self, max_chars: int | None = None) -> int:
        """The input's size in bytes, after :meth:`check`; 0 when it cannot be read now (the
        reader says why later)."""
        if self.data is not None:
            return len(self.data)
        try:
            self.check(max_chars)
            return self.path.stat().st_size
        except OSError:
            return 0

    def check(self, max_chars: int | None = None) -> None:
        """Raise :class:`InputError` unless the input is a regular file that can hold at most
        ``max_chars`` characters (4 bytes each at most, in UTF-8)."""
        if self.path is None:
            return
        st = self.path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise InputError(self.name, "not_regular", f"not a regular file ({_file_kind(st.st_mode)}); skipped")
        if max_chars is not None and st.st_size > 4 * max_chars + 4:
            raise InputError(self.name, "too_large", f"{st.st_size:,} bytes is over --max-chars {max_chars:,}")


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a socket" if stat.S_ISSOCK(mode) else "a special file"


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to article text, or :class:`InputError` naming what is wrong."""
    if encoding:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as err:
            raise InputError(name, "decode", f"cannot decode as {encoding}: {err}") from None
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    else:
        for magic, what in MAGIC.items():
            if data.startswith(magic):
                raise InputError(name, "not_text", f"not text ({what})")
        if b"\x00" in data[:8192]:
            raise InputError(name, "not_text", "not text (contains NUL bytes)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(
                name, "decode", f"not valid UTF-8 at byte {err.start}; pass --encoding (e.g. --encoding latin-1)"
            ) from None
    # A UTF-8 BOM stays, as open(path).read() keeps it: offsets index that string.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def printable_name(path: str) -> str:
    """A file name as text: bytes that are not UTF-8 (a non-UTF-8 file system name)
    become U+FFFD, so the name can go into JSON and onto a terminal."""
    return os.fsdecode(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def doc_id(name: str) -> str:
    """The document id of a path: the path as given, without ``./`` and a ``.txt`` suffix,
    so files of the same name in two folders keep apart and a rerun gives the same ids.

        >>> doc_id("a/story.txt"), doc_id("./b/story.txt"), doc_id("page.html"), doc_id("-")
        ('a/story', 'b/story', 'page.html', 'stdin')
    """
    if name == "-":
        return "stdin"
    name = name.rstrip("/")
    while name.startswith("./"):
        name = name[2:]
    stem = name[:-4] if name.lower().endswith(".txt") else name
    return stem if stem and not stem.endswith("/") else name


def iter_sources(paths: list[str], pattern: str = "*.txt") -> Iterator[Source | InputError]:
    """Every document the paths name, in a stable order: files as given, folders
    recursed and sorted; ``-`` reads stdin."""
    seen_dirs: set[tuple[int, int]] = set()
    for given in paths:
        if given == "-":
            yield _stdin()
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, pattern, seen_dirs)
        elif path.exists():
            yield Source(printable_name(given), doc_id(printable_name(given)), path=path)
        else:
            yield InputError(given, "not_found", "no such file or folder")


def _stdin() -> Source | InputError:
    """Standard input as one source; closed or unreadable stdin is an input error."""
    if sys.stdin is None:  # started with stdin closed (`<&-`)
        return InputError("-", "unreadable", "standard input is closed")
    try:
        return Source("-", "stdin", data=sys.stdin.buffer.read())
    except (OSError, ValueError) as err:
        return InputError("-", "unreadable", f"cannot read standard input ({getattr(err, 'strerror', None) or err})")


def _walk(root: Path, pattern: str, seen_dirs: set) -> Iterator[Source | InputError]:
    try:
        st = root.stat()
    except OSError as err:
        yield InputError(str(root), "unreadable", err.strerror or str(err))
        return
    if (st.st_dev, st.st_ino) in seen_dirs:
        return  # a symlink loop
    seen_dirs.add((st.st_dev, st.st_ino))
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as err:
        yield InputError(str(root), "unreadable", err.strerror or str(err))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if is_dir:
            yield from _walk(path, pattern, seen_dirs)
        elif path.match(pattern):
            name = printable_name(entry.path)
            yield Source(name, doc_id(name), path=path)
