"""The model process's allocator settings: applied once on glibc, harmless elsewhere."""

from __future__ import annotations

import platform

from service import allocator


def test_the_allocator_keeps_freed_memory_once_per_process():
    first = allocator.keep_freed_memory()
    assert allocator.keep_freed_memory() is first  # once: the answer is remembered
    if platform.system() == "Linux" and platform.libc_ver()[0] == "glibc":
        assert first is True


def test_loading_the_model_applies_it(model):
    assert allocator._applied is not None
