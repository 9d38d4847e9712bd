"""claimx on the Dask workers' side.

A preload that loads claimx's model when the worker starts::

    dask worker tcp://HEAD:8786 --nthreads 1 --preload claimx.daskworker
    dask worker tcp://HEAD:8786 --nthreads 1 --preload claimx.daskworker --claimx-model en_core_web_md

so that a standing cluster spends the model's start-up once, not in the first batch of
every worker in the first run (``claimx extract --engine dask`` works without it).

And :class:`ProfilerPause`, the worker plugin a ``claimx extract --engine dask`` run
registers for as long as it runs: Dask's statistical profiler samples the stack of every
running task each 10 ms, and on claimx's deep call stacks that cost a sixth of a worker's
time (``benchmarks/bigfile.py``). The profiler resumes when the run unregisters the plugin.
"""

from __future__ import annotations

import click
from distributed.diagnostics.plugin import WorkerPlugin

from .pipeline import DEFAULT_MODEL, load

PROFILER_CALLBACKS = ("profile", "profile-cycle")  # the names distributed's Worker gives them

_pausing: set[str] = set()  # plugins of the runs now pausing this process's profiler
_paused: list = []  # the profiler's callbacks this process stopped


@click.command()
@click.option("--claimx-model", default=DEFAULT_MODEL, show_default=True, help="The spaCy pipeline to load.")
def dask_setup(worker, claimx_model: str) -> None:  # noqa: ARG001 - Dask passes the worker
    load(claimx_model)


class ProfilerPause(WorkerPlugin):
    """Stops a worker's statistical profiler while at least one claimx run holds it.

    Runs on the worker's event loop, like the callbacks it stops; two claimx runs sharing
    a cluster each register their own, and the profiler resumes when the last ends."""

    def __init__(self, name: str):
        self.name = name

    def setup(self, worker) -> None:
        if not _pausing:
            callbacks = (worker.periodic_callbacks.get(name) for name in PROFILER_CALLBACKS)
            _paused[:] = [callback for callback in callbacks if callback is not None and callback.is_running()]
            for callback in _paused:
                callback.stop()
        _pausing.add(self.name)

    def teardown(self, worker) -> None:  # noqa: ARG002 - Dask passes the worker
        _pausing.discard(self.name)
        if not _pausing:
            for callback in _paused:
                callback.start()
            _paused.clear()
