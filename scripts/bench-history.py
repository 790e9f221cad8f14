#!/usr/bin/env python3
"""Times `ryg status` and `ryg history --format csv` on generated histories of 1,000, 10,000 and
100,000 sessions (about a thousand years of twice-weekly training at the top end: a test of the
data structure, not a use case), with peak memory, so that growth can be seen. The target is
100 ms up to 10,000 sessions, a hundred years of training, growing no faster than the history
after that, and 100 MB.

usage: scripts/bench-history.py [--binary PATH] [--runs N] [--sizes N,N,...]
"""
import datetime
import sys

import bench_sizes

SIZES = (1_000, 10_000, 100_000)
MEGABYTES = 100


def target(sessions):
    """The longest a command may take on `sessions`, in seconds."""
    return 0.100 * max(1, sessions / 10_000)


def passes(sessions, seconds, peak):
    return seconds <= target(sessions) and (peak or 0) <= MEGABYTES


def write_history(path, sessions):
    """Two programs, two levels, a morning answer for every fourth session."""
    start = datetime.datetime(1100, 1, 1, 8, tzinfo=datetime.timezone.utc)
    stamp = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    with open(path, "w", encoding="utf-8") as history:
        history.write(f'Screening(at: "{stamp(start)}", clear: true)\n')
        for n in range(sessions):
            began = start + datetime.timedelta(hours=84 * n)
            ended = began + datetime.timedelta(minutes=18)
            program = "gentle-start" if n % 3 == 0 else "lower-back"
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
    for sessions, data in bench_sizes.data_folders(options.sizes, write_history):
        for name, args in (("status", ["status"]), ("history csv", ["history", "--format", "csv"])):
            seconds, peak = bench_sizes.measure(binary, data, args, options.runs)
            rows.append((name, sessions, seconds, peak))
    print(f"command: {' '.join(sys.argv)}  (median of {options.runs} runs)")
    print(f"{'command':<12} {'sessions':>9} {'time':>9} {'peak memory':>12} {'target':>8}  result")
    for name, sessions, seconds, peak in rows:
        verdict = "PASS" if passes(sessions, seconds, peak) else "FAIL"
        memory = f"{peak:>9.1f} MB" if peak is not None else f"{'n/a':>12}"
        limit = f"{target(sessions) * 1000:.0f}ms"
        print(f"{name:<12} {sessions:>9} {seconds * 1000:>7.0f}ms {memory} {limit:>8}  {verdict}")
    for name in ("status", "history csv"):
        times = {s: t for n, s, t, _ in rows if n == name}
        sizes = sorted(times)
        steps = ", ".join(
            f"x{times[larger] / times[smaller]:.1f} from {smaller} to {larger}"
            for smaller, larger in zip(sizes, sizes[1:])
        )
        if steps:
            print(f"growth of {name}: {steps}")
    return 0 if all(passes(n, s, p) for _, n, s, p in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
