"""CPU and memory of live processes from /proc (Linux): a worker, its enrichment child, the local broker."""

from __future__ import annotations

import os
from pathlib import Path


def process_tree(pid: int) -> list[int]:
    """The process and its descendants (the worker and its enrichment child), from /proc."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo.extend(int(c) for c in task.read_text().split())
            except OSError:
                pass
    return out


def tree_peak_rss_mb(pid: int) -> float | None:
    """Sum of the peak resident sets of a process and its descendants, in MB (each peak may fall at another time,
    so this is an upper bound on what the worker held at once)."""
    peaks = [p for p in (peak_rss_mb(q) for q in process_tree(pid)) if p is not None]
    return round(sum(peaks), 1) if peaks else None


def tree_cpu_seconds(pid: int) -> float | None:
    seconds = [c for c in (cpu_seconds(q) for q in process_tree(pid)) if c is not None]
    return sum(seconds) if seconds else None


def broker_cpu_seconds() -> float | None:
    """CPU seconds of a Kafka broker running on this machine (a `kafka.Kafka` java process), if there is one."""
    for status in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if b"kafka.Kafka" in status.read_bytes():
                return cpu_seconds(int(status.parent.name))
        except OSError:
            continue
    return None


def resident_bytes(pid: int) -> int | None:
    """VmRSS (current resident set) of a live process, in bytes."""
    kb = _status_kb(pid, "VmRSS:")
    return kb * 1024 if kb is not None else None


def _status_kb(pid: int, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def peak_rss_mb(pid: int) -> float | None:
    """VmHWM (peak resident set) of a live process, in MB."""
    kb = _status_kb(pid, "VmHWM:")
    return round(kb / 1024, 1) if kb is not None else None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time a live process has used so far (all its threads)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
