"""What the benchmarks of the history at scale share: their options (the binary, the runs, the
numbers of sessions), a history of each size written in a temporary folder, and the timing of a
command on it."""

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def options(description, runs, sizes):
    """The options of a benchmark, and the ryg binary to measure (built in release when not given)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--binary", help="the ryg binary (default: build target/release/ryg)")
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument(
        "--sizes",
        type=lambda text: tuple(int(size) for size in text.split(",")),
        default=sizes,
        help="the numbers of sessions, comma-separated (default: "
        + ",".join(str(size) for size in sizes)
        + ")",
    )
    parsed = parser.parse_args()
    binary = parsed.binary
    if binary is None:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=root, check=True)
        binary = os.path.join(root, "target", "release", "ryg")
    return parsed, binary


def data_folders(sizes, write_history):
    """Yields (sessions, data folder) for each size, each folder holding a history of that many
    sessions written by `write_history(path, sessions)`; the folders go when the loop ends."""
    with tempfile.TemporaryDirectory() as work:
        for sessions in sizes:
            data = os.path.join(work, str(sessions))
            os.makedirs(data)
            write_history(os.path.join(data, "history.ron"), sessions)
            yield sessions, data


def measure(binary, data, args, runs):
    """Median wall time over `runs`, and ryg's own peak resident memory in MB (None when GNU time
    is not there to measure it: a child forked from Python would count Python's pages too)."""
    gnu_time = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    times, peaks = [], []
    for _ in range(runs):
        command = [binary, "--data-dir", data, *args]
        if gnu_time:
            command = [gnu_time, "-f", "%M", *command]
        began = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - began)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr}")
        if gnu_time:
            peaks.append(int(done.stderr.strip().splitlines()[-1]) / 1024)
    return statistics.median(times), (max(peaks) if peaks else None)
