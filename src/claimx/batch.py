"""Running claimx over many inputs: chunks of sources, processed where the engine says.

One function does the work everywhere -- :func:`process_chunk` reads a list of
sources and extracts their documents -- and the engines only decide where it
runs: in this process (``--jobs 1``), in a pool of worker processes that each load
the model once (``--jobs N``), or on a Dask cluster (``--engine dask``). Results
come back in input order whatever the engine, so the output is byte-identical.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .api import Document, extract_documents
from .formats import ReadOptions, documents
from .io import InputError, Source
from .schema import dumps

CHUNK = 16  # sources per unit of work: big enough for nlp.pipe batching, small enough to stream


@dataclass(frozen=True)
class Options:
    types: tuple[str, ...]
    model: str
    read: ReadOptions = ReadOptions()
    emit_text: str | None = None
    skip: frozenset = frozenset()  # (doc name, doc id) pairs already written (--resume)
    keep_text: bool = False  # send each document's text back with its claims (for the HTML and terminal views)


@dataclass
class Outcome:
    """What became of one document (or of an input that yielded none)."""

    source: str
    doc: str | None = None
    lines: list[str] = field(default_factory=list)
    error: dict | None = None  # {"path", "kind", "message"}
    text: str | None = None  # the document's text, when Options.keep_text


def _error(path: str, kind: str, message: str) -> dict:
    return {"path": path, "kind": kind, "message": message}


def process_chunk(sources: list[Source], options: Options) -> list[Outcome]:
    """Read and extract a list of sources; one :class:`Outcome` per document or failure."""
    outcomes: list[Outcome] = []
    slots: dict[int, Outcome] = {}  # id(document) -> its outcome, filled after extraction

    def docs() -> Iterator[Document]:
        for source in sources:
            try:
                for item in documents(source, options.read):
                    if isinstance(item, InputError):
                        outcomes.append(Outcome(source.name, error=_error(item.name, item.kind, item.message)))
                        continue
                    if (item.name, item.id) in options.skip:
                        continue
                    outcome = Outcome(source.name, doc=item.name)
                    outcomes.append(outcome)
                    slots[id(item)] = outcome
                    if options.emit_text:
                        _emit(options.emit_text, item)
                    yield item
            except InputError as err:
                outcomes.append(Outcome(source.name, error=_error(err.name, err.kind, err.message)))

    for document, claims, error in extract_documents(docs(), options.types, model=options.model):
        outcome = slots.pop(id(document))
        if error:
            outcome.error = _error(document.name, "extraction", f"extraction failed ({error})")
        else:
            outcome.lines = [dumps(c) for c in claims]
            outcome.text = document.text if options.keep_text else None
    return outcomes


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


def chunks(items: Iterable[Source], size: int = CHUNK) -> Iterator[list[Source]]:
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


# --- engines -----------------------------------------------------------------


def run_local(sources: Iterable[Source], options: Options) -> Iterator[Outcome]:
    for chunk in chunks(sources):
        yield from process_chunk(chunk, options)


_WORKER_OPTIONS: Options | None = None


def _init_worker(options: Options) -> None:
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options
    from .pipeline import load

    load(options.model)  # once per worker, before any work arrives


def _work(chunk: list[Source]) -> list[Outcome]:
    assert _WORKER_OPTIONS is not None
    return process_chunk(chunk, _WORKER_OPTIONS)


def run_pool(sources: Iterable[Source], options: Options, jobs: int) -> Iterator[Outcome]:
    """``jobs`` worker processes; ``imap`` keeps the input order.

    The pool starts here, before the caller starts a progress bar thread. Where the
    platform can fork, workers inherit the model the parent already loaded (shared
    copy-on-write, no second start-up); elsewhere each worker loads it once."""
    import multiprocessing as mp

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    pool = mp.get_context(method).Pool(jobs, initializer=_init_worker, initargs=(options,))
    return _drain_pool(pool, sources)


def _drain_pool(pool, sources: Iterable[Source]) -> Iterator[Outcome]:
    try:
        for outcomes in pool.imap(_work, chunks(sources, max(4, CHUNK // 2)), chunksize=1):
            yield from outcomes
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def run_dask(sources: Iterable[Source], options: Options, scheduler: str) -> Iterator[Outcome]:
    """The same chunks on a Dask cluster. Workers read the input paths themselves,
    so the paths must be visible to them (a shared file system)."""
    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise RuntimeError("the dask engine needs the extra: pip install 'claimx[dask]'") from err
    client = Client(scheduler)
    try:
        window = max(4, 2 * sum(client.nthreads().values()))  # futures in flight, for bounded memory
        pending, results, next_out, submitted = {}, {}, 0, 0
        queue = as_completed()
        for index, chunk in enumerate(chunks(_shippable(sources))):
            future = client.submit(process_chunk, chunk, options, key=f"claimx-{os.getpid()}-{index}", pure=False)
            pending[future] = index
            queue.add(future)
            submitted += 1
            while submitted - next_out >= window:
                next_out = yield from _drain(queue, pending, results, next_out, block=True)
        while next_out < submitted:
            next_out = yield from _drain(queue, pending, results, next_out, block=True)
    finally:
        client.close()


def _drain(queue, pending, results, next_out, block):
    future = next(queue)
    results[pending.pop(future)] = future.result()
    while next_out in results:
        yield from results.pop(next_out)
        next_out += 1
    return next_out


def _shippable(sources: Iterable[Source]) -> Iterator[Source]:
    # Send absolute paths: the workers' working folder is not ours.
    for s in sources:
        yield Source(s.name, s.id, path=Path(s.path).resolve() if s.path else None, data=s.data)
