"""Helpers shared by the benchmarks: percentiles, marginal cost, process memory, free ports,
subprocess timing, and the machine's load (other work on a 2-core box skews every figure)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from evaluations.common import ROOT

VENV_BIN = Path(sys.executable).parent
BENCH_ENV = {"GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False", "OMP_WAIT_POLICY": "PASSIVE",
             "HF_HUB_OFFLINE": "1"}
OFFLINE_DROP = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CLAUSIER_CHROMA_HOST", "CLAUSIER_AUTH",
                "CLAUSIER_OPENAI_API_KEY", "CLAUSIER_OPENAI_BASE_URL")


def child_env(data_dir: Path | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_DROP}
    env.update(BENCH_ENV)
    if data_dir is not None:
        env["CLAUSIER_DATA_DIR"] = str(data_dir)
        env["TIKTOKEN_CACHE_DIR"] = str(Path(data_dir) / "tiktoken")
    env.update(extra)
    return env


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); 0 for no values."""
    if not values:
        return 0.0
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))
    return s[k]


@dataclass
class Timing:
    """Per-request figures in milliseconds."""

    n: int
    marginal: float  # (time of N requests - time of 1) / (N - 1): warm cost, no start-up
    p50: float
    p95: float
    cpu: float  # process CPU per request: steadier than wall time when the box is shared

    def row(self, name: str, goal: float | None) -> list:
        verdict = "—" if goal is None else ("met" if self.p95 <= goal else "short")
        return [name, self.n, f"{self.marginal:.1f}", f"{self.p50:.1f}", f"{self.p95:.1f}", f"{self.cpu:.1f}",
                "—" if goal is None else f"≤ {goal:g}", verdict]


TIMING_HEADERS = ["operation", "N", "marginal ms", "p50 ms", "p95 ms", "CPU ms/req", "goal (p95)", ""]


def marginal(fn, items: list, *, warm: int = 2) -> Timing:
    """Warm up, time a batch of 1 and a batch of N (each request timed on its own)."""
    for x in items[:warm]:
        fn(x)
    t = time.perf_counter()
    fn(items[0])
    one = time.perf_counter() - t
    times = []
    c0, w0 = time.process_time(), time.perf_counter()
    for x in items:
        t = time.perf_counter()
        fn(x)
        times.append(time.perf_counter() - t)
    cpu = (time.process_time() - c0) / len(items)
    total = time.perf_counter() - w0
    n = len(items)
    marg = (total - one) / (n - 1) if n > 1 else total
    ms = [1000 * x for x in times]
    return Timing(n=n, marginal=1000 * marg, p50=pct(ms, 50), p95=pct(ms, 95), cpu=1000 * cpu)


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_rss_mb(pid: int) -> float:
    """RSS of a process and its children (a server started through a wrapper script)."""
    total = rss_mb(pid)
    try:
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            total += tree_rss_mb(int(child))
    except OSError:
        pass
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min) / {five:.1f} (5 min) on {os.cpu_count()} cores"


def run_timed(cmd: list[str], *, env: dict, timeout: float = 600) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)
    return time.perf_counter() - t, proc


def wait_http(url: str, *, timeout: float, proc: subprocess.Popen | None = None) -> float | None:
    """Seconds until `url` answers 200 (None on timeout or if `proc` died)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if proc is not None and proc.poll() is not None:
            return None
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.05)
    return None


def stop(proc: subprocess.Popen, *, grace: float = 5.0) -> None:
    """Stop a process this benchmark started (by its own handle, never by name)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=grace)
