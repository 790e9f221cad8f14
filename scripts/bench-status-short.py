#!/usr/bin/env python3
"""Times `ryg status --short`, the line for a shell prompt, on generated histories of 1,000 and
10,000 sessions that end today in a running course with a session planned today: the slowest case,
since only then are the programs read and the next level worked out. The target is 20 ms at 1,000
sessions, about ten years of training twice a week.

usage: scripts/bench-status-short.py [--binary PATH] [--runs N] [--sizes N,N,...]
"""
import datetime
import os
import statistics
import subprocess
import sys
import time

import bench_sizes

SIZES = (1_000, 10_000)
TARGET_AT_1000 = 0.020
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def target(sessions):
    """The longest the line may take on `sessions`, in seconds: 20 ms at 1,000, growing no faster
    than the history after that."""
    return TARGET_AT_1000 * max(1, sessions / 1_000)


def write_history(path, sessions):
    """Sessions every three and a half days up to yesterday, a morning answer for every fourth,
    and a course begun ten days ago that plans today and tomorrow (as in UTC, the zone it runs in)."""
    now = datetime.datetime.now(datetime.timezone.utc).replace(hour=0, minute=0, second=30, microsecond=0)
    stamp = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    first = now - datetime.timedelta(hours=84 * sessions)
    course = now - datetime.timedelta(days=10)
    today, tomorrow = now.weekday(), (now.weekday() + 1) % 7
    with open(path, "w", encoding="utf-8") as history:
        history.write(f'Screening(at: "{stamp(first)}", clear: true)\n')
        for n in range(sessions):
            began = first + datetime.timedelta(hours=84 * n)
            ended = began + datetime.timedelta(minutes=18)
            history.write(
                f'Session(started: "{stamp(began)}", finished: "{stamp(ended)}", '
                f'program: "lower-back", level: {1 + n % 2}, completed: true, reps_done: 96, '
                f"reps_planned: 96, pain_before: {n % 4}, pain_after: Some({n % 5}))\n"
            )
            if n % 4 == 0:
                history.write(f'FollowUp(session: "{stamp(began)}", morning: Same)\n')
            if began < course <= began + datetime.timedelta(hours=84):
                history.write(
                    f'Course(started: "{stamp(course)}", program: "lower-back", '
                    f'weekdays: [{DAYS[today]}, {DAYS[tomorrow]}], weeks: 8, goals: ["Carry the shopping"])\n'
                    f'Measure(at: "{stamp(course)}", course: "{stamp(course)}", point: Start, '
                    f"pain_week: 4, goals: [3])\n"
                )


def measure(binary, data, runs):
    """Median wall time over `runs`, and the line printed."""
    times, line = [], ""
    env = dict(os.environ, TZ="UTC", RYG_LANG="en")
    for _ in range(runs):
        began = time.perf_counter()
        done = subprocess.run(
            [binary, "--data-dir", data, "status", "--short"], capture_output=True, text=True, env=env
        )
        times.append(time.perf_counter() - began)
        if done.returncode != 0:
            raise SystemExit(f"ryg status --short failed: {done.stderr}")
        line = done.stdout.strip()
    return statistics.median(times), line


def main():
    options, binary = bench_sizes.options(__doc__.splitlines()[0], 20, SIZES)
    rows = []
    for sessions, data in bench_sizes.data_folders(options.sizes, write_history):
        rows.append((sessions, *measure(binary, data, options.runs)))
    print(f"command: {' '.join(sys.argv)}  (median of {options.runs} runs)")
    print(f"{'sessions':>9} {'time':>8} {'target':>7}  result  line")
    ok = True
    for sessions, seconds, line in rows:
        passed = seconds <= target(sessions) and line.startswith("ryg: session today")
        ok &= passed
        verdict = "PASS" if passed else "FAIL"
        print(f"{sessions:>9} {seconds * 1000:>6.1f}ms {target(sessions) * 1000:>5.0f}ms  {verdict:<6}  {line}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
