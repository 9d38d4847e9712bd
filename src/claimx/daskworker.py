"""A Dask worker preload that loads claimx's model when the worker starts:

    dask worker tcp://HEAD:8786 --nthreads 1 --preload claimx.daskworker
    dask worker tcp://HEAD:8786 --nthreads 1 --preload claimx.daskworker --claimx-model en_core_web_md

so that a standing cluster spends the model's start-up once, not in the first batch of
every worker in the first run (``claimx extract --engine dask`` works without it).
"""

from __future__ import annotations

import click

from .pipeline import DEFAULT_MODEL, load


@click.command()
@click.option("--claimx-model", default=DEFAULT_MODEL, show_default=True, help="The spaCy pipeline to load.")
def dask_setup(worker, claimx_model: str) -> None:  # noqa: ARG001 - Dask passes the worker
    load(claimx_model)
