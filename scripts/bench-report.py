#!/usr/bin/env python3
"""Times `ryg report` on generated histories of 1,000 and 10,000 sessions: twice a week going back
from today (about 96 years at the top end), the last eight weeks an eight-week course with its
weekly ratings, a morning answer for every fourth session. The target is 10,000 sessions in under
a second with the release build.

usage: scripts/bench-report.py [--binary PATH] [--runs N] [--sizes N,N,...]
"""
import datetime
import os
import sys
import tempfile

import bench_sizes

SIZES = (1_000, 10_000)
TARGET_SECONDS = 1.0


def write_history(path, sessions):
    """`sessions` sessions every 3.5 days up to yesterday, the last eight weeks a course."""
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    stamp = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    course = now - datetime.timedelta(days=55, hours=12)
    first = now - datetime.timedelta(days=1) - datetime.timedelta(hours=84 * (sessions - 1))
    with open(path, "w", encoding="utf-8") as history:
        history.write(f'Screening(at: "{stamp(first - datetime.timedelta(minutes=5))}", clear: true)\n')
        wrote_course = False
        for n in range(sessions):
            began = first + datetime.timedelta(hours=84 * n)
            if not wrote_course and began > course:
                history.write(
                    f'Course(started: "{stamp(course)}", program: "lower-back", '
                    f'weekdays: [Mon, Thu], weeks: 8, goals: ["Lift my grandchild", "Walk to town"])\n'
                    f'Measure(at: "{stamp(course)}", course: "{stamp(course)}", point: Start, '
                    f"pain_week: 6, goals: [3, 4], confidence: Some(4))\n"
                )
                for week in range(1, 8):
                    at = course + datetime.timedelta(days=7 * week)
                    if at < now:
                        history.write(
                            f'Measure(at: "{stamp(at)}", course: "{stamp(course)}", '
                            f"point: Week({week}), pain_week: {6 - week // 2}, goals: [4, 5])\n"
                        )
                wrote_course = True
            ended = began + datetime.timedelta(minutes=18)
            program = "gentle-start" if n % 3 == 0 and began < course else "lower-back"
            history.write(
                f'Session(started: "{stamp(began)}", finished: "{stamp(ended)}", '
                f'program: "{program}", level: {1 + n % 2}, completed: true, reps_done: 96, '
                f"reps_planned: 96, pain_before: {n % 4}, pain_after: Some({n % 5}))\n"
            )
            if n % 4 == 0:
                history.write(f'FollowUp(session: "{stamp(began)}", morning: Same)\n')


def main():
    options, binary = bench_sizes.options(__doc__.splitlines()[0], 5, SIZES)
    rows = []
    with tempfile.TemporaryDirectory() as out:
        page = os.path.join(out, "report.html")
        for sessions, data in bench_sizes.data_folders(options.sizes, write_history):
            seconds, peak = bench_sizes.measure(binary, data, ["report", "--out", page], options.runs)
            rows.append((sessions, seconds, peak, os.path.getsize(page)))
    print(f"command: {' '.join(sys.argv)}  (median of {options.runs} runs)")
    print(f"{'sessions':>9} {'time':>9} {'peak memory':>12} {'page':>9} {'target':>8}  result")
    for sessions, seconds, peak, size in rows:
        verdict = "PASS" if seconds < TARGET_SECONDS else "FAIL"
        memory = f"{peak:>9.1f} MB" if peak is not None else f"{'n/a':>12}"
        print(
            f"{sessions:>9} {seconds * 1000:>7.0f}ms {memory} {size / 1024:>6.0f} kB "
            f"{TARGET_SECONDS * 1000:>6.0f}ms  {verdict}"
        )
    return 0 if all(seconds < TARGET_SECONDS for _, seconds, _, _ in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
