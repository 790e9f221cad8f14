#!/usr/bin/env python3
"""Times `ryg check FILE` and `ryg programs` on generated programs of many exercises, with peak
memory, so that work growing faster than the file can be seen. Sizes past the format's limit of
200 exercises and 1 MB show how fast a file that is too large is refused.

usage: scripts/bench-programs.py [--binary PATH] [--runs N] [--sizes N,N,...] [--timeout SECS]

A run that takes longer than the timeout is stopped and shown as "> SECS s".
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SIZES = (200, 2_000, 20_000, 100_000)
TIMEOUT = 300


def write_program(path, exercises):
    """One program, three levels per exercise, every exercise done on each side: a level's
    session length has many steps to add up."""
    with open(path, "w", encoding="utf-8") as program:
        program.write('Program(\n    id: "large",\n    title: "Large",\n    exercises: [\n')
        for n in range(exercises):
            levels = ", ".join(
                f"Level(sets: {2 + level}, reps: {8 + level}, rest_secs: 20, tempo: "
                "[Phase(kind: Move, secs: 1.5), Phase(kind: Hold, secs: 2), Phase(kind: Return, secs: 1.5)])"
                for level in range(3)
            )
            program.write(
                f'        Exercise(id: "exercise-{n}", name: "Exercise {n}", purpose: "Strength", '
                f'steps: ["Lie down", "Lift"], sides: EachSide, levels: [{levels}]),\n'
            )
        program.write("    ],\n)\n")


def measure(command, runs, timeout):
    """Median wall time over `runs`, the exit status, and the peak resident memory in MB (None
    when GNU time is not there to measure it). A run past `timeout` gives (None, None, None)."""
    gnu_time = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    times, peaks, status = [], [], None
    for _ in range(runs):
        timed = [gnu_time, "-f", "%M", *command] if gnu_time else command
        began = time.perf_counter()
        try:
            done = subprocess.run(
                timed, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            return None, None, None
        times.append(time.perf_counter() - began)
        status = done.returncode
        if gnu_time:
            peaks.append(int(done.stderr.strip().splitlines()[-1]) / 1024)
    return statistics.median(times), status, (max(peaks) if peaks else None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", help="the ryg binary (default: build target/release/ryg)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", help="exercise counts, comma-separated (default 200,2000,20000,100000)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds before a run is stopped")
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")] if options.sizes else SIZES
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    binary = options.binary
    if binary is None:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=root, check=True)
        binary = os.path.join(root, "target", "release", "ryg")
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for exercises in sizes:
            data = os.path.join(work, str(exercises))
            os.makedirs(os.path.join(data, "programs"))
            path = os.path.join(data, "programs", "large.ron")
            write_program(path, exercises)
            size = os.path.getsize(path) / 1e6
            for name, args in (("check", ["check", path]), ("programs", ["programs"])):
                command = [binary, "--data-dir", data, "--lang", "en", *args]
                seconds, status, peak = measure(command, options.runs, options.timeout)
                rows.append((name, exercises, size, seconds, status, peak))
    print(f"command: {' '.join(sys.argv)}  (median of {options.runs} runs)")
    print(f"{'command':<9} {'exercises':>9} {'file':>8} {'time':>9} {'exit':>5} {'peak memory':>12}")
    for name, exercises, size, seconds, status, peak in rows:
        memory = f"{peak:.1f} MB" if peak is not None else "-"
        took = f"{seconds:>8.3f}s" if seconds is not None else f"> {options.timeout:.0f} s".rjust(9)
        status = "-" if status is None else status
        print(f"{name:<9} {exercises:>9,} {size:>6.1f}MB {took} {status:>5} {memory:>12}")


if __name__ == "__main__":
    main()
