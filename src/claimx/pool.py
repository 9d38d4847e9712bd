"""A pool of worker processes that notices when one dies.

``multiprocessing.Pool`` waits forever for the result of a worker killed by the kernel
(out of memory, ``ulimit -t``); here each worker holds one task at a time, the parent
watches the workers' pipes and their process sentinels together, and a task whose
worker died is tried once more on a fresh worker, then given up as :class:`TaskFailed`.
Results come back in task order, with at most ``window`` tasks read ahead, so memory
stays bounded however long the stream of tasks.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import count
from multiprocessing.connection import wait


class TaskFailed(Exception):
    """A task gave no result: its worker died twice on it (killed by the kernel, say), or
    ``func`` raised; the message says which."""


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"worker process killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            pass
    return f"worker process exited with status {exitcode}"


@dataclass
class _Worker:
    process: mp.process.BaseProcess
    conn: object  # the parent's end of the pipe
    task: tuple[int, object, int] | None = None  # (index, task, attempt) while busy


def ordered_map(
    func: Callable, tasks: Iterable, jobs: int, init: Callable | None = None, init_args: tuple = (), window: int = 0
) -> Iterator[tuple[object, object]]:
    """``(task, func(task))`` for every task, run on ``jobs`` processes, yielded in task
    order; a task that failed comes with a :class:`TaskFailed` instead of its result."""
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    pool = _Pool(mp.get_context(method), func, init, init_args, jobs)
    try:
        yield from pool.run(iter(tasks), window or 2 * jobs)
    finally:
        pool.close()


class _Pool:
    def __init__(self, context, func, init, init_args, jobs: int):
        self.context, self.func, self.init, self.init_args = context, func, init, init_args
        self.workers = [self._start() for _ in range(jobs)]

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main, args=(child, self.func, self.init, self.init_args), daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(self, tasks: Iterator, window: int) -> Iterator[tuple[object, object]]:
        retry: deque = deque()  # (index, task, attempt) to send again
        results: dict[int, object] = {}
        numbers, next_out, exhausted = count(), 0, False
        while True:
            for worker in self.workers:
                if worker.task is not None:
                    continue
                if retry:
                    self._send(worker, retry.popleft())
                elif not exhausted and len(results) + self._busy() < window:
                    task = next(tasks, _END)
                    if task is _END:
                        exhausted = True
                    else:
                        self._send(worker, (next(numbers), task, 1))
            if not self._busy():
                break
            self._collect(results, retry)
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1

    def _busy(self) -> int:
        return sum(w.task is not None for w in self.workers)

    def _send(self, worker: _Worker, job: tuple[int, object, int]) -> None:
        worker.task = job
        worker.conn.send(job[:2])

    def _collect(self, results: dict, retry: deque) -> None:
        """Wait for a result or a death; a dead worker's task is retried once, then given up."""
        busy = [w for w in self.workers if w.task is not None]
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
        for n, worker in enumerate(self.workers):
            if worker.task is None:
                continue
            if worker.conn in ready and worker.conn.poll():
                try:
                    index, result = worker.conn.recv()
                except (EOFError, OSError):
                    pass  # it died while sending: handled as a death below
                else:
                    results[index] = (worker.task[1], result)
                    worker.task = None
                    continue
            if worker.process.sentinel in ready or not worker.process.is_alive():
                index, task, attempt = worker.task
                worker.process.join()
                if attempt < 2:
                    retry.append((index, task, attempt + 1))
                else:
                    results[index] = (task, TaskFailed(_death(worker.process.exitcode)))
                worker.conn.close()
                self.workers[n] = self._start()

    def close(self) -> None:
        for worker in self.workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self.workers:
            worker.process.join(timeout=0.5 if worker.task is None else 0)
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join()
            worker.conn.close()


_END = object()


def _worker_main(conn, func, init, init_args) -> None:  # pragma: no cover - runs in the child
    # Ctrl-C reaches the whole process group: the parent alone decides what to do, and a
    # worker never writes to the parent's stdout (a closed pipe there is not its business).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stdout = open(os.devnull, "w")
    if init is not None:
        init(*init_args)
    parent = os.getppid()
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return  # the parent is gone (a sibling may hold our pipe open, so no EOF)
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        index, task = job
        try:
            result = func(task)
        except Exception as err:  # noqa: BLE001 - reported with the task, the worker lives on
            result = TaskFailed(f"{type(err).__name__}: {err}")
        conn.send((index, result))
