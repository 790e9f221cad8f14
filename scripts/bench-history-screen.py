#!/usr/bin/env python3
"""Benchmark of the history screen with long histories, run as a user runs it: the release binary
in a pseudo-terminal of 80x24, driven by keys.

Usage:
    scripts/bench-history-screen.py [--runs 3] [--sizes 1000,10000,100000] [--binary PATH]
                                    [--downs 50] [--pages 20] [--widens 4] [--json FILE]

Without --binary it first runs `cargo build --release` in the crate and measures
target/release/ryg. The histories are those of scripts/bench-history.py (its `write_history`,
loaded from that file: two programs, a session every 3.5 days from the year 1100, a morning
answer for every fourth), with a clear safety check of today appended so that the app opens on
its home screen. Each size is started --runs times, each time from a fresh copy of its history,
as `ryg --data-dir DIR --mute` with TERM=xterm-256color, TZ=UTC, LANG=C.UTF-8 and no RYG_*:

  1. startup: from spawn to the last byte of the first whole home screen ("Enter start")
  2. open: `h`, from writing the key to the last byte of the history screen ("of N" in its title)
     target < 100 ms
  3. scroll: Down --downs times and PageDown --pages times, one key at a time, each timed from
     the key to the last byte of its frame                 target: median <= 33 ms (a key held
     down repeats about 30 times a second: each frame is drawn before the next key comes)
  4. widen: `w` --widens times (all time, back to eight weeks, ...): as scroll
  5. also timed, not judged: End and Home (the oldest and newest session), Right (the filter)
  6. peak resident memory of ryg (VmHWM), read before it quits          target < 100 MB

A frame is over when nothing more was written for --quiet ms (the app writes a frame in one go,
and nothing between keys on this screen); each frame is replayed on a model screen and checked
for what it must show (e.g. "session 7 of 100000" after six Downs), so a frame is never timed
before it came. Times in the table are the median over the runs of each run's median and of
each run's max. Mind what the histories are: a session every 3.5 days is exactly two in every
calendar week, and at 100,000 they run from the year 1100 to 2058, so the run of "weeks in a row
with 2+" reaches back to 1100 and the newest sessions are after today (the counts take them as
today's); at 1,000 and 10,000 the sessions ended centuries ago.

Linux only (/proc); Python 3 standard library only; the pseudo-terminal, the model screen and
/proc reading are those of scripts/bench-trainer.py. Exit status: 0 when every target passes,
1 when one fails, 2 when the app could not be driven.
"""

import argparse
import datetime
import importlib.util
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)


def sibling(name, file):
    """A script next to this one, loaded as a module (its main() does not run)."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench_history = sibling("bench_history", "bench-history.py")  # write_history, SIZES
bench_trainer = sibling("bench_trainer", "bench-trainer.py")  # Trainer, Screen, proc_memory, ...
DriveError = bench_trainer.DriveError

# Targets (from the issue; "without delay" read as within a key-repeat interval).
OPEN_MAX_MS = 100.0
KEY_MEDIAN_MAX_MS = 33.0
RSS_MAX_BYTES = 100_000_000  # 100 MB, read strictly as 10^6 bytes

HOME_TEXT = "Enter start"
KEYS = {
    "down": b"\x1b[B",
    "page down": b"\x1b[6~",
    "end": b"\x1b[F",
    "home": b"\x1b[H",
    "right": b"\x1b[C",
    "esc": b"\x1b",
}


def environment():
    """The app's environment, set on this process: the pty driver copies it (and drops RYG_*)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "NO_COLOR"):
        os.environ.pop(name, None)
    os.environ.update(TZ="UTC", LANG="C.UTF-8")


def write_histories(work, sizes):
    """A data dir per size: bench-history.py's history plus a clear safety check of now (its own
    is from the year 1100, and the app asks again after 30 days)."""
    dirs = {}
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for sessions in sizes:
        path = os.path.join(work, str(sessions))
        os.makedirs(path)
        history = os.path.join(path, "history.ron")
        bench_history.write_history(history, sessions)
        with open(history, "a", encoding="utf-8") as f:
            f.write(f'Screening(at: "{now}", clear: true)\n')
        dirs[sessions] = path
    return dirs


def screen_rows(screen):
    """The model screen's text, row by row."""
    rows = [[" "] * bench_trainer.COLS for _ in range(bench_trainer.ROWS)]
    for (row, col), (char, _) in screen.cells.items():
        if 0 <= row < bench_trainer.ROWS and 0 <= col < bench_trainer.COLS:
            rows[row][col] = char
    return ["".join(row) for row in rows]


def shows(screen, text):
    return any(text in row for row in screen_rows(screen))


class App(bench_trainer.Trainer):
    """The app in a pseudo-terminal (bench-trainer.py's), with a model of what its screen shows."""

    def __init__(self, binary, data_dir):
        super().__init__(binary, data_dir, argv=[binary, "--data-dir", data_dir, "--mute"])
        self.screen = bench_trainer.Screen()
        self.fed = 0  # bytes of output applied to the model screen

    def settle(self, since_chunk, expect, quiet, timeout):
        """Waits for output after chunk `since_chunk` that goes quiet for `quiet` s and leaves
        `expect` on the screen; returns the times of its first and last chunks."""
        deadline = time.monotonic() + timeout
        checked = since_chunk  # chunks already applied to the model screen and found wanting
        with self.lock:
            while True:
                now = time.monotonic()
                wait = deadline - now
                if len(self.chunks) > checked:
                    last = self.chunks[-1][0]
                    if now - last >= quiet:
                        self.screen.feed(bytes(self.output[self.fed :]))
                        self.fed = len(self.output)
                        checked = len(self.chunks)
                        if expect is None or shows(self.screen, expect):
                            return self.chunks[since_chunk][0], last
                    else:
                        wait = min(wait, quiet - (now - last))
                if now >= deadline or self.closed:
                    seen = "\n".join(row.rstrip() for row in screen_rows(self.screen)).strip()
                    raise DriveError(f"{expect!r} did not show up within {timeout} s; screen:\n{seen}")
                self.lock.wait(max(wait, 0.0005))

    def key(self, keys, expect=None, quiet=0.03, timeout=10.0):
        """Writes `keys`; returns ms from the write to the last byte of the frame it brought."""
        with self.lock:
            since = len(self.chunks)
        sent = time.monotonic()
        self.press(keys)
        _, last = self.settle(since, expect, quiet, timeout)
        return 1000 * (last - sent)


def one_run(binary, history_dir, sessions, options):
    """One start of the app on a copy of `history_dir`: its timings and peak memory."""
    data_dir = tempfile.mkdtemp(prefix="ryg-bench-")
    shutil.copy(os.path.join(history_dir, "history.ron"), data_dir)
    quiet = options.quiet / 1000
    app = App(binary, data_dir)
    try:
        # Startup: the first home screen, whole (reading the history comes first).
        _, last = app.settle(0, HOME_TEXT, max(quiet, 0.1), timeout=60)
        times = {"startup": [1000 * (last - app.spawned_at)]}
        times["open"] = [app.key(b"h", f"session 1 of {sessions}", quiet, timeout=60)]
        times["down"] = []
        for n in range(options.downs):
            expect = f"session {min(n + 2, sessions)} of {sessions}"
            times["down"].append(app.key(KEYS["down"], expect, quiet))
        times["page down"] = []
        selected = min(options.downs + 1, sessions)
        for _ in range(options.pages):
            selected = min(selected + 10, sessions)
            times["page down"].append(app.key(KEYS["page down"], f"session {selected} of {sessions}", quiet))
        times["widen"] = []
        for n in range(options.widens):
            span = "all time" if n % 2 == 0 else "last 8 weeks"
            times["widen"].append(app.key(b"w", span, quiet))
        times["end/home"] = [
            app.key(KEYS["end"], f"session {sessions} of {sessions}", quiet),
            app.key(KEYS["home"], f"session 1 of {sessions}", quiet),
        ]
        times["filter"] = [app.key(KEYS["right"], "session 1 of", quiet) for _ in range(3)]
        memory = bench_trainer.proc_memory(app.proc.pid)
        # Out the way a user goes: back to the home screen, then quit.
        app.key(KEYS["esc"], HOME_TEXT, quiet)
        app.press(b"q")
        try:
            app.proc.wait(10)
        except subprocess.TimeoutExpired:
            raise DriveError("the app did not quit on q from the home screen")
        return {"ms": times, "peak_rss": memory.get("VmHWM", 0), "exit": app.proc.returncode}
    finally:
        app.stop()  # also removes the copy


def summary(runs, kind):
    """Median over the runs of each run's median, and of each run's max."""
    medians = [statistics.median(run["ms"][kind]) for run in runs]
    maxes = [max(run["ms"][kind]) for run in runs]
    return statistics.median(medians), statistics.median(maxes)


def build():
    print("cargo build --release ...", flush=True)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=CRATE, check=True)
    return os.path.join(CRATE, "target", "release", "ryg")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--binary", help="measure this ryg binary instead of building one")
    parser.add_argument("--runs", type=int, default=3, help="starts of the app per size (3)")
    parser.add_argument(
        "--sizes",
        default=",".join(str(s) for s in bench_history.SIZES),
        help="sessions in each history, comma-separated (1000,10000,100000)",
    )
    parser.add_argument("--downs", type=int, default=50, help="Down keys per run (50)")
    parser.add_argument("--pages", type=int, default=20, help="PageDown keys per run (20)")
    parser.add_argument("--widens", type=int, default=4, help="w keys per run (4)")
    parser.add_argument("--quiet", type=float, default=30.0, help="ms of silence that end a frame (30)")
    parser.add_argument("--json", metavar="FILE", help="also write every timing as JSON")
    options = parser.parse_args()
    try:
        sizes = [int(s) for s in options.sizes.split(",")]
    except ValueError:
        parser.error("--sizes takes numbers separated by commas")
    if options.runs < 1 or options.widens < 1 or min(sizes) < 1 or options.downs < 1 or options.pages < 1:
        parser.error("--runs, --downs, --pages, --widens and each size must be at least 1")
    if sys.platform != "linux":
        sys.exit("bench-history-screen.py reads /proc: it runs on Linux only")

    command = shlex.join(sys.argv)
    try:
        binary = os.path.abspath(options.binary) if options.binary else build()
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"bench-history-screen: could not build ryg: {error}", file=sys.stderr)
        return 2
    if not os.access(binary, os.X_OK):
        print(f"bench-history-screen: {binary} is not an executable", file=sys.stderr)
        return 2
    environment()
    results = {}
    with tempfile.TemporaryDirectory(prefix="ryg-histories-") as work:
        print(f"writing histories of {', '.join(map(str, sizes))} sessions ...", flush=True)
        dirs = write_histories(work, sizes)
        try:
            for sessions in sizes:
                print(f"  {sessions} sessions: {options.runs} runs ...", flush=True)
                results[sessions] = [one_run(binary, dirs[sessions], sessions, options) for _ in range(options.runs)]
        except DriveError as error:
            print(f"bench-history-screen: could not drive the app: {error}", file=sys.stderr)
            return 2

    header = ("sessions", "startup", "open history", "down med/max", "page down med/max",
              "widen med/max", "peak RSS", "result")
    rows, passed = [], True
    for sessions, runs in results.items():
        startup = statistics.median(run["ms"]["startup"][0] for run in runs)
        opened = statistics.median(run["ms"]["open"][0] for run in runs)
        down, page, widen = (summary(runs, kind) for kind in ("down", "page down", "widen"))
        peak = max(run["peak_rss"] for run in runs)
        failed = []
        if opened >= OPEN_MAX_MS:
            failed.append("open")
        for name, (median, _) in (("down", down), ("page down", page), ("widen", widen)):
            if median > KEY_MEDIAN_MAX_MS:
                failed.append(name)
        if not 0 < peak < RSS_MAX_BYTES:
            failed.append("memory")
        passed = passed and not failed
        rows.append((
            str(sessions),
            f"{startup:.1f} ms",
            f"{opened:.1f} ms",
            f"{down[0]:.1f} / {down[1]:.1f} ms",
            f"{page[0]:.1f} / {page[1]:.1f} ms",
            f"{widen[0]:.1f} / {widen[1]:.1f} ms",
            f"{peak / 1e6:.1f} MB",
            "PASS" if not failed else "FAIL: " + ", ".join(failed),
        ))
    targets = ("target", "", f"< {OPEN_MAX_MS:.0f} ms", f"med <= {KEY_MEDIAN_MAX_MS:.0f} ms",
               f"med <= {KEY_MEDIAN_MAX_MS:.0f} ms", f"med <= {KEY_MEDIAN_MAX_MS:.0f} ms",
               f"< {RSS_MAX_BYTES / 1e6:.0f} MB", "")
    widths = [max(len(r[i]) for r in [header, targets] + rows) for i in range(len(header))]
    line = "  ".join("{:>%d}" % w for w in widths[:-1]) + "  {}"

    print()
    print(f"command:  {command}")
    print(f"binary:   {binary}")
    print(f"machine:  {os.cpu_count()} CPUs, {bench_trainer.cpu_model()}, Linux {platform.release()}")
    print(f"date:     {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M UTC}")
    print(f"terminal: {bench_trainer.COLS}x{bench_trainer.ROWS}, TERM=xterm-256color; {options.runs} runs "
          f"per size, median of each run's median / max; a frame ends after {options.quiet:g} ms quiet")
    print()
    print(line.format(*header))
    print(line.format(*targets))
    print(line.format(*("-" * w for w in widths)))
    for r in rows:
        print(line.format(*r))
    print()
    print("not judged (median / max over every key of every run):")
    for sessions, runs in results.items():
        parts = []
        for kind in ("end/home", "filter"):
            every = [t for run in runs for t in run["ms"][kind]]
            parts.append(f"{kind} {statistics.median(every):.1f} / {max(every):.1f} ms")
        opens = ", ".join(f"{run['ms']['open'][0]:.1f}" for run in runs)
        parts.append(f"open in each run {opens} ms")
        print(f"  {sessions:>7}: " + "; ".join(parts))

    if options.json:
        with open(options.json, "w") as f:
            json.dump({"command": command, "binary": binary, "quiet_ms": options.quiet,
                       "results": {str(k): v for k, v in results.items()}}, f, indent=2)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
