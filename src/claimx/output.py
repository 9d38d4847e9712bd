"""Where the claims go, written so that no interruption loses or corrupts finished work.

- ``-o FILE``: lines go to a temp file beside FILE, renamed over it when the run ends.
  A run that does not finish (interrupt, ``--fail-fast``, a full disk) publishes what it
  finished only if FILE did not exist: an earlier, complete FILE is never replaced by
  less, and the finished documents stay in the temp file for ``--resume`` to adopt.
- ``--resume``: FILE is repaired (a torn last line and the last document, which may be
  incomplete, are cut off) and appended to; the documents left in it are skipped.
- Lines are written a whole document at a time, so only the last document of a file
  can ever be incomplete.
- A device or named pipe (``-o /dev/null``) is written through, a symlink is followed:
  neither is replaced by a regular file.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Collection
from pathlib import Path


class OutputError(Exception):
    """FILE cannot be written; the message says why, in one line."""


class Output:
    """Stdout, or FILE as the module docstring describes."""

    def __init__(self, path: Path | None, append: bool = False):
        self.path = path
        self.tmp: Path | None = None
        self.good = 0  # bytes known to end on a complete document
        self.existed = False
        if path is None:
            self.stream = sys.stdout
            return
        self.path = target = _target(path)
        self.existed = target.exists()
        if self.existed and not stat.S_ISREG(target.stat().st_mode):
            self.stream = open(target, "w", encoding="utf-8", newline="\n")  # a device or a pipe: write through
            self.path = None
            return
        _check_writable(target)
        if append:
            self.stream = open(target, "a", encoding="utf-8", newline="\n")
            self.good = self.stream.tell()
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.fchmod(fd, _mode_for(target))  # mkstemp makes 0600; the finished file follows the umask
        self.tmp = Path(tmp)
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write_document(self, lines: Collection[str]) -> None:
        if not lines:
            return
        self.stream.writelines(line + "\n" for line in lines)
        self.stream.flush()
        if self.path is not None:
            self.good = self.stream.tell()

    def commit(self, complete: bool = True, partial_ok: bool = True) -> str | None:
        """Keep what was written: the last whole document ends the file. ``complete``
        says whether the run finished; ``partial_ok`` whether an unfinished output is
        worth keeping (JSONL is; a JSON array cut short is not). Returns a sentence for
        the user when the finished documents are somewhere other than FILE."""
        if self.path is None:
            _quietly(self.stream.flush)
            return None
        _quietly(self.stream.flush)
        _quietly(self.stream.close)
        if self.tmp is None:  # --resume: FILE itself
            _truncate(self.path, self.good)
            return None
        if complete or (partial_ok and not self.existed):
            _truncate(self.tmp, self.good)
            os.replace(self.tmp, self.path)
            return None
        if partial_ok and self.good:
            _truncate(self.tmp, self.good)
            return f"{self.path} is unchanged; what was finished is in {self.tmp} (--resume continues from it)"
        self.tmp.unlink(missing_ok=True)
        return None


def _target(path: Path) -> Path:
    """The file to write: a symlink's target; a folder is refused."""
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name")
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    if not (target.parent if str(target.parent) else Path(".")).is_dir():
        raise OutputError(f"output folder {target.parent} does not exist")
    return target


def _check_writable(target: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OutputError(f"cannot write to {target}")


def _quietly(action: Callable[[], object]) -> None:
    try:
        action()
    except (OSError, ValueError):
        pass


def _truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(size)


def _mode_for(path: Path) -> int:
    """The permission bits FILE gets: those it has if it exists, else 0666 less the umask,
    as any tool writing a new file would give it."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# --- --resume --------------------------------------------------------------------


def prepare_resume(path: Path, key: Callable[[str, str], tuple]) -> tuple[frozenset, list[str]]:
    """Make FILE fit to append to; returns the keys (``key(doc, doc_id)``) of the documents
    it holds, and what was done, in sentences for the user.

    A temp file newer than FILE, left by a run that was killed, is adopted first. Then the
    file is cut after its last complete line, and the last document's lines are cut too:
    a hard kill may have stopped it half-written, and it is cheaper to redo one document
    than to trust it."""
    notes = []
    adopted = _adopt_temp(path)
    if adopted:
        notes.append(f"adopted the unfinished output {adopted}")
    if not path.exists():
        return frozenset(), notes
    done, keep, cut = _scan(path, key)
    if cut:
        _truncate(path, keep)
        notes.append(f"cut {cut:,} bytes (the last document, to be redone) from the end of {path}")
    return frozenset(done), notes


def _adopt_temp(path: Path) -> Path | None:
    target = _target(path)
    temps = sorted(target.parent.glob(f".{target.name}.*.tmp"), key=lambda p: p.stat().st_mtime)
    if not temps or (target.exists() and temps[-1].stat().st_mtime <= target.stat().st_mtime):
        return None
    os.replace(temps[-1], target)
    return temps[-1]


def _scan(path: Path, key: Callable[[str, str], tuple]) -> tuple[set, int, int]:
    """(keys of the documents before the last one, bytes to keep, bytes to cut)."""
    done: set = set()
    last, last_start, offset = None, 0, 0
    with open(path, "rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break  # a torn last line
            try:
                record = json.loads(raw)
                current = key(record["doc"], record["id"].rsplit(":", 1)[0])
            except (ValueError, KeyError, AttributeError, TypeError):
                current = None  # not one of ours: kept, but it ends no document
            if current != last and current is not None:
                if last is not None:
                    done.add(last)
                last, last_start = current, offset
            offset += len(raw)
        size = handle.seek(0, os.SEEK_END)
    keep = last_start if last is not None else offset
    return done, keep, size - keep
