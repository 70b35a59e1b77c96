"""/proc readings: a process and its children, their memory and CPU (what the bench and /metrics report)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from service.procstat import cpu_seconds, peak_rss_mb, process_tree, resident_bytes, tree_cpu_seconds, tree_peak_rss_mb


def test_a_process_tree_is_measured_with_its_children():
    child = subprocess.Popen([sys.executable, "-c", "import time; sum(range(3_000_000)); time.sleep(5)"])
    try:
        time.sleep(1.0)
        me = os.getpid()
        assert child.pid in process_tree(me) and process_tree(me)[0] == me
        assert resident_bytes(me) > 10 * 1024 * 1024 and peak_rss_mb(me) >= resident_bytes(me) / 2**20 - 1
        assert tree_peak_rss_mb(me) > peak_rss_mb(me)
        assert tree_cpu_seconds(me) > cpu_seconds(me) > 0
    finally:
        child.kill()
        child.wait()


def test_a_gone_process_reads_as_nothing():
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert cpu_seconds(gone.pid) is None and resident_bytes(gone.pid) is None and peak_rss_mb(gone.pid) is None
