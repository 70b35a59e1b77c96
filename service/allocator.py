"""glibc's allocator told to keep what a model process frees, for its next batch, instead of handing it back to the OS."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger("wirestream.allocator")

# mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3

#: Blocks below this come from the heap, which is reused, instead of a fresh mapping each (a batch's arrays are a few
#: MB to tens of MB).
MMAP_THRESHOLD = 128 * 1024 * 1024
#: Free memory at the top of the heap kept up to this much instead of being returned after every batch.
TRIM_THRESHOLD = 512 * 1024 * 1024

_applied: bool | None = None


def keep_freed_memory() -> bool:
    """Once per process, on glibc: large blocks from the heap, and the heap not trimmed after each batch.

    With glibc's defaults a worker's enrichment process mapped a batch's large arrays afresh and returned them when
    the batch ended, then faulted the pages in again for the next one: ~1,150 minor page faults an article of BBC
    news, 3.2 ms of kernel time in 46 ms. Two enrichment processes side by side, fed the same batches in turn: 45.9
    against 42.3 CPU ms an article (docs/benchmarks.md, session 14). The peak resident size is the same (the memory
    is in use at the peak either way); what changes is that it is kept between batches. Returns whether it applied
    (False on other C libraries, where nothing is changed)."""
    global _applied
    if _applied is not None:
        return _applied
    _applied = False
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    _applied = bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    if not _applied:
        log.info("the C library did not take the allocator settings; left as it is")
    return _applied
