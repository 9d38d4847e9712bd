"""Running claimx over many inputs: documents, in batches, processed where the engine says.

The unit of work is a document, not a file. The parent splits every input into
parts (:class:`~claimx.formats.Part`) as it streams (:func:`plan`: a text file is one part, a
JSONL file one per record, a WARC crawl one per page), makes ids unique and skips what
``--resume`` found written; batches of parts then go where the engine says -- this
process (``--jobs 1``), a pool of worker processes that each load the model once
(``--jobs N``), or a Dask cluster (``--engine dask``) -- to :func:`process_chunk`, which
reads and extracts them. One big crawl thus keeps every worker busy, and results come
back in input order whatever the engine, so the output is byte-identical.
"""

from __future__ import annotations

import gc
import os
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from .allocator import reuse_large_buffers
from .api import Document, extract_documents
from .formats import Part, ReadOptions, kind_of, read, split
from .io import InputError, Source
from .schema import dumps
from .spool import LineSpool

CHUNK = 16  # documents per unit of work: big enough for nlp.pipe batching, small enough to stream
POOL_CHUNK = 8  # smaller for the pool and Dask, so that workers share even a short run


@dataclass(frozen=True)
class Options:
    types: tuple[str, ...]
    model: str
    read: ReadOptions = ReadOptions()
    emit_text: str | None = None
    skip: frozenset = frozenset()  # resume_key()s of documents already written (--resume)
    keep_text: bool = False  # send each document's text back with its claims (for the HTML and terminal views)
    skim: bool = False  # the statistical pipeline reads only sentences that may hold a claim (claimx.skim)


@dataclass
class Outcome:
    """What became of one document (or of an input that yielded none)."""

    source: str
    doc: str | None = None
    lines: list[str] | LineSpool = field(default_factory=list)  # a long document's lines wait in a file
    error: dict | None = None  # {"path", "kind", "message"}
    text: str | None = None  # the document's text, when Options.keep_text
    nbytes: int = 0  # the input bytes it stands for (progress)


def _error(path: str, kind: str, message: str) -> dict:
    return {"path": path, "kind": kind, "message": message}


def resume_key(doc: str, doc_id: str) -> tuple[str, str]:
    """What identifies a written document across runs, whatever the spelling of its path
    (``a.txt``, ``./a.txt``, ``/home/me/a.txt``): the real path, plus the id inside a JSONL
    or WARC file."""
    real = doc if doc == "-" else os.path.realpath(doc)
    return real, (doc_id if kind_of(doc) in ("jsonl", "warc") else "")


def plan(sources: Iterable[Source], options: Options) -> Iterator[Part | Outcome]:
    """Every input split into parts, in order, for any engine: ids made unique in the run
    (a second ``x`` becomes ``x~2``), documents already written skipped, and inputs or
    records that cannot be read turned into error outcomes."""
    seen: Counter = Counter()
    for source in sources:
        try:
            for part in split(source, options.read):
                if isinstance(part, InputError):
                    yield Outcome(source.name, error=_error(part.name, part.kind, part.message))
                    continue
                part = _unique(part, seen)
                if resume_key(part.source, part.id) in options.skip:
                    yield Outcome(source.name, nbytes=part.nbytes)
                else:
                    yield part
        except InputError as err:
            yield Outcome(source.name, error=_error(err.name, err.kind, err.message))


def _unique(part: Part, seen: Counter) -> Part:
    seen[part.id] += 1
    if seen[part.id] == 1:
        return part
    return replace(part, item=replace(part.item, id=f"{part.id}~{seen[part.id]}"))


def process_chunk(chunk: list[Part | Outcome], options: Options) -> list[Outcome]:
    """Read and extract a batch of parts; one :class:`Outcome` per entry, in order."""
    outcomes: list[Outcome] = []
    slots: dict[int, Outcome] = {}  # id(document) -> its outcome, filled after extraction

    def docs() -> Iterator[Document]:
        for entry in chunk:
            if isinstance(entry, Outcome):
                outcomes.append(entry)
                continue
            outcome = Outcome(entry.source, nbytes=entry.nbytes)
            outcomes.append(outcome)
            document = _read(entry, options, outcome)
            if document is not None:
                slots[id(document)] = outcome
                yield document

    found = extract_documents(
        docs(), options.types, model=options.model, serialize=dumps, collect=LineSpool, skim=options.skim
    )
    for document, lines, error in found:
        outcome = slots.pop(id(document))
        if error:
            outcome.error = _error(document.name, "extraction", f"extraction failed ({error})")
        else:
            outcome.lines = lines
            outcome.text = document.text if options.keep_text else None
    return outcomes


def _where(part: Part) -> str:
    """How errors name a part: the file, or the file and the record's id or URL."""
    return part.source if isinstance(part.item, Source) else f"{part.source}#{part.id}"


def _read(part: Part, options: Options, outcome: Outcome) -> Document | None:
    """The part's document (its text written out with ``--emit-text``), or ``None`` with
    the outcome's error set."""
    where = _where(part)
    try:
        document = read(part.item, options.read)
        if options.emit_text:
            _emit(options.emit_text, document)
    except InputError as err:
        outcome.error = _error(where, err.kind, err.message)
        return None
    except OSError as err:
        outcome.error = _error(where, "emit_text", f"cannot write its text under --emit-text: {err.strerror or err}")
        return None
    outcome.doc = document.name
    return document


def _emit(folder: str, document: Document) -> None:
    """Write the text a document's offsets index as ``FOLDER/<id>.txt``; an id's folders
    (``a/story``) become folders, so texts of the same name in two folders both survive."""
    Path(folder, emitted_name(document.id)).parent.mkdir(parents=True, exist_ok=True)
    Path(folder, emitted_name(document.id)).write_text(document.text, encoding="utf-8")


def emitted_name(doc_id: str) -> str:
    """The relative file name ``--emit-text`` gives a document: each part of the id made
    safe for a file system (no ``..``, no absolute path, at most 200 characters).

        >>> emitted_name("a/story"), emitted_name("/tmp/x/b"), emitted_name("https://x.org/p?q=1")
        ('a/story.txt', 'tmp/x/b.txt', 'https_/x.org/p_q_1.txt')
    """
    parts = []
    for part in doc_id.split("/"):
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in part)[:200].strip(".")
        if safe:
            parts.append(safe)
    return "/".join(parts or ["doc"]) + ".txt"


def chunks(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


# --- engines -----------------------------------------------------------------


def run_local(sources: Iterable[Source], options: Options) -> Iterator[Outcome]:
    for chunk in chunks(plan(sources, options)):
        yield from process_chunk(chunk, options)


_WORKER_OPTIONS: Options | None = None


def _init_worker(options: Options) -> None:
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options
    from .pipeline import load

    load(options.model, skim=options.skim)  # once per worker, before any work arrives
    gc.freeze()  # the model outlives every batch: full collections need not walk it


def _work(chunk: list[Part | Outcome]) -> list[Outcome]:
    assert _WORKER_OPTIONS is not None
    return process_chunk(chunk, _WORKER_OPTIONS)


def run_pool(sources: Iterable[Source], options: Options, jobs: int) -> Iterator[Outcome]:
    """``jobs`` worker processes (:mod:`claimx.pool`), fed batches of documents in order.

    Where the platform can fork, workers inherit the model the parent already loaded
    (shared copy-on-write, no second start-up); elsewhere each loads it once. A batch
    whose worker died twice comes back as one error per document."""
    from .pool import TaskFailed, ordered_map

    batches = chunks(plan(sources, options), POOL_CHUNK)
    for chunk, result in ordered_map(_work, batches, jobs, init=_init_worker, init_args=(options,)):
        yield from _failed(chunk, result) if isinstance(result, TaskFailed) else result


def _failed(chunk: list[Part | Outcome], failure: Exception) -> list[Outcome]:
    """A lost batch: every document in it reported, outcomes already known kept."""
    return [
        entry
        if isinstance(entry, Outcome)
        else Outcome(entry.source, error=_error(_where(entry), "worker", str(failure)))
        for entry in chunk
    ]


def run_dask(sources: Iterable[Source], options: Options, scheduler: str) -> Iterator[Outcome]:
    """The same batches of documents on a Dask cluster. Workers read text and HTML files
    themselves, so their paths must be visible to them (a shared file system); records of
    JSONL and WARC files travel with the batch. A batch Dask gives up on (its workers
    died) comes back as one error per document."""
    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise RuntimeError("the dask engine needs the extra: pip install 'claimx[dask]'") from err
    with Client(scheduler) as client, _profiler_paused(client):
        # Futures in flight: enough that a slow batch at the head of the line does not leave
        # the other workers idle, few enough that memory stays bounded.
        window = 4 * sum(client.nthreads().values()) + 4
        pending, results, next_out, submitted = {}, {}, 0, 0
        queue = as_completed()
        for index, chunk in enumerate(chunks(plan(_shippable(sources), options), POOL_CHUNK)):
            future = client.submit(_process_inline, chunk, options, key=f"claimx-{os.getpid()}-{index}", pure=False)
            pending[future] = (index, chunk)
            queue.add(future)
            submitted += 1
            while submitted - next_out >= window:
                next_out = yield from _drain(queue, pending, results, next_out, block=True)
        while next_out < submitted:
            next_out = yield from _drain(queue, pending, results, next_out, block=True)


@contextmanager
def _profiler_paused(client) -> Iterator[None]:
    """Dask's statistical profiler paused on every worker while the run lasts
    (:class:`claimx.daskworker.ProfilerPause`)."""
    from .daskworker import ProfilerPause

    pause = ProfilerPause(f"claimx-profiler-pause-{uuid.uuid4().hex}")
    client.register_plugin(pause)
    try:
        yield
    finally:
        with suppress(OSError):  # the cluster may be gone: nothing left to resume
            client.unregister_worker_plugin(pause.name)


def _process_inline(chunk: list[Part | Outcome], options: Options) -> list[Outcome]:
    """:func:`process_chunk` for a worker that may be on another machine: a long
    document's lines travel with the result, not as a path to a local file."""
    reuse_large_buffers()  # Dask's nanny froze glibc's mmap threshold: see claimx.allocator
    outcomes = process_chunk(chunk, options)
    for outcome in outcomes:
        if isinstance(outcome.lines, LineSpool):
            outcome.lines = outcome.lines.inline()
    return outcomes


def _drain(queue, pending, results, next_out, block):
    future = next(queue)
    index, chunk = pending.pop(future)
    try:
        results[index] = future.result()
    except Exception as err:  # noqa: BLE001 - e.g. distributed's KilledWorker
        results[index] = _failed(chunk, err)
    while next_out in results:
        yield from results.pop(next_out)
        next_out += 1
    return next_out


def _shippable(sources: Iterable[Source]) -> Iterator[Source]:
    # Send absolute paths: the workers' working folder is not ours.
    for s in sources:
        yield Source(s.name, s.id, path=Path(s.path).resolve() if s.path else None, data=s.data)
