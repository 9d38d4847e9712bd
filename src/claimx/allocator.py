"""glibc's allocator inside Dask workers.

Dask's nanny starts each worker with ``MALLOC_TRIM_THRESHOLD_=65536`` so that freed
memory goes back to the system. Setting any malloc threshold also switches off glibc's
adaptive mmap threshold, which then stays at 128 KiB: every array above that size --
and spaCy's models allocate many per batch -- becomes a fresh ``mmap``, zero-filled by
the kernel and unmapped again when freed. On claimx's benchmark that was a tenth of a
worker's time spent in system calls. Raising the mmap threshold to the top of glibc's
adaptive range keeps those arrays in the heap, and the low trim threshold Dask asked
for still hands freed heap memory back to the system.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from functools import cache

M_MMAP_THRESHOLD = -3  # mallopt parameter, from glibc's malloc.h
ADAPTIVE_MMAP_MAX = 32 * 1024 * 1024  # DEFAULT_MMAP_THRESHOLD_MAX on 64-bit glibc


# Setting any of these switches glibc's adaptive mmap threshold off (mallopt(3)).
_FREEZERS = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_")


def threshold_frozen(env: Mapping[str, str]) -> bool:
    """True when the environment switched glibc's adaptive mmap threshold off without
    choosing a threshold itself.

    >>> threshold_frozen({"MALLOC_TRIM_THRESHOLD_": "65536"})  # how Dask starts workers
    True
    >>> threshold_frozen({"MALLOC_TRIM_THRESHOLD_": "65536", "MALLOC_MMAP_THRESHOLD_": "131072"})
    False
    >>> threshold_frozen({"PATH": "/bin"})
    False
    """
    return "MALLOC_MMAP_THRESHOLD_" not in env and any(name in env for name in _FREEZERS)


@cache
def reuse_large_buffers() -> bool:
    """Raise glibc's mmap threshold once per process if the environment froze it; True
    when it was raised. Does nothing on other platforms and C libraries."""
    if not sys.platform.startswith("linux") or not threshold_frozen(os.environ):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(mallopt(M_MMAP_THRESHOLD, ADAPTIVE_MMAP_MAX))
