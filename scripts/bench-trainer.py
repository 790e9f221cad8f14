#!/usr/bin/env python3
"""Performance benchmark of the ryg trainer, run as a user runs it: the release binary in a
pseudo-terminal of 80x24, driven by keys.

Usage:
    scripts/bench-trainer.py [--seconds 30] [--runs 10] [--binary PATH] [--json FILE]

Without --binary it first runs `cargo build --release` in the crate and measures
target/release/ryg. It takes about 3 x --seconds plus half a minute. Measured:

  1. CPU of a running session (lower-back, level 1, during reps)   target <= 0.5 % of one core
  2. CPU of the idle home screen                                    target 0 (blocks, no polling)
  3. CPU of a paused session                                        target 0 (blocks, no polling)
  4. peak resident memory (VmHWM)                                   target <= 20 MB
  5. time to the first byte and to the full home screen, --runs starts   target <= 50 ms (max)
  6. bytes written to the terminal per second during the session, and whether each redraw
     writes only the cells that changed (the output is replayed on a model screen)
                                                                    target: 0 cells rewritten
                                                                    with what they already show

CPU is utime+stime from /proc/PID/stat (clock ticks) over the window; wake-ups are the
context switches of all the process's threads; memory is from /proc/PID/status. Linux only;
Python 3 standard library only. Exit status: 0 when every target passes, 1 when one fails,
2 when the app could not be driven (a screen did not show up in time).
See docs/performance.md for the method and the numbers measured.
"""

import argparse
import datetime
import fcntl
import json
import os
import platform
import re
import select
import shlex
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
import unicodedata

CRATE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS, COLS = 24, 80
CLK_TCK = os.sysconf("SC_CLK_TCK")

# Targets (from the issue).
SESSION_CPU_MAX = 0.5  # percent of one core
RSS_MAX_BYTES = 20_000_000  # 20 MB, read strictly as 10^6 bytes
FIRST_FRAME_MAX_MS = 50.0

# What the screens say (English: the app is started with --lang en).
SAFETY_TEXT = "safety check"
HOME_TEXT = "Lower back basics"
PAIN_TEXT = "hurt right now"
TRAINING_TEXT = "Pelvic tilt"
PAUSED_TEXT = "every timer has stopped"

ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


def screen_text(raw):
    """The printable text of terminal output, escapes and all white space removed, so a phrase
    can be found whatever cursor moves or line wraps cut it."""
    text = ESCAPES.sub(b"", raw).decode("utf-8", "replace")
    return re.sub(r"\s+", "", text)


class DriveError(Exception):
    pass


TOKENS = re.compile(
    rb"\x1b\[([0-?]*)[ -/]*([@-~])"  # CSI: cursor moves, colours, modes
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|\x1b[@-Z\\-_]"  # other escapes
    rb"|[\x00-\x1f\x7f]"  # control characters
    rb"|([\x20-\x7e]|[\xc0-\xff][\x80-\xbf]*)"  # one printable character (UTF-8)
)


class Screen:
    """Just enough of a terminal to follow what ratatui writes (cursor moves, SGR colours and
    attributes, characters), so each redraw can be checked for cells written without changing."""

    def __init__(self):
        self.cells = {}  # (row, col) -> (char, style)
        self.row = self.col = 0
        self.style = {}

    def sgr(self, params):
        codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.style = {}
            elif c in (38, 48, 58):
                key = {38: "fg", 48: "bg", 58: "ul"}[c]
                if i + 1 < len(codes) and codes[i + 1] == 5:
                    self.style[key] = ("i", codes[i + 2] if i + 2 < len(codes) else 0)
                    i += 2
                elif i + 1 < len(codes) and codes[i + 1] == 2:
                    self.style[key] = ("rgb", tuple(codes[i + 2 : i + 5]))
                    i += 4
            elif c in (39, 49, 59):
                self.style.pop({39: "fg", 49: "bg", 59: "ul"}[c], None)
            elif 30 <= c <= 37 or 90 <= c <= 97:
                self.style["fg"] = ("i", c)
            elif 40 <= c <= 47 or 100 <= c <= 107:
                self.style["bg"] = ("i", c)
            elif 1 <= c <= 9:
                self.style[f"a{c}"] = True
            elif c == 22:
                self.style.pop("a1", None)
                self.style.pop("a2", None)
            elif 23 <= c <= 29:
                self.style.pop(f"a{c - 20}", None)
            i += 1

    def feed(self, data):
        """Applies `data`; returns the cells it wrote, as (row, col) positions."""
        written = set()
        for m in TOKENS.finditer(data):
            params, final, char = m.group(1), m.group(2), m.group(3)
            if char is not None:
                ch = char.decode("utf-8", "replace")
                written.add((self.row, self.col))
                self.cells[(self.row, self.col)] = (ch, tuple(sorted(self.style.items())))
                self.col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            elif final == b"H":
                parts = (params.decode() or "1;1").split(";") + ["1"]
                self.row, self.col = int(parts[0] or 1) - 1, int(parts[1] or 1) - 1
            elif final == b"m":
                self.sgr(params.decode())
            elif (final == b"J" and params in (b"2", b"3")) or (final == b"h" and params == b"?1049"):
                self.cells.clear()
        return written

    def redraw(self, data):
        """Applies one redraw; returns (cells it wrote, cells that look different afterwards,
        cells it wrote that look the same as before: redrawn for nothing)."""
        before = dict(self.cells)
        written = self.feed(data)
        blank = (" ", ())
        changed = {
            p for p in before.keys() | self.cells.keys() if before.get(p, blank) != self.cells.get(p, blank)
        }
        return len(written), len(changed), len(written - changed)

    def non_blank(self):
        return sum(1 for ch, style in self.cells.values() if ch != " " or style)


class Trainer:
    """The app in a pseudo-terminal, with a thread that drains everything it writes."""

    def __init__(self, binary, data_dir, argv=None):
        self.data_dir = data_dir
        self.master, slave = os.openpty()
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        env = {k: v for k, v in os.environ.items() if not k.startswith("RYG_")}
        env.update(TERM="xterm-256color", COLUMNS=str(COLS), LINES=str(ROWS))
        env.pop("NO_COLOR", None)
        self.argv = argv or [binary, "--data-dir", data_dir, "--lang", "en"]
        self.output = bytearray()
        self.chunks = []  # (monotonic time, byte count) of each read of the master side
        self.lock = threading.Condition()
        self.closed = False
        self.spawned_at = time.monotonic()
        self.proc = subprocess.Popen(
            self.argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            # The pty becomes the controlling terminal, as in a real terminal window.
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        )
        os.close(slave)
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self):
        while True:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.2)
                if not ready:
                    if self.proc.poll() is not None:
                        break
                    continue
                data = os.read(self.master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            now = time.monotonic()
            if b"\x1b[6n" in data:  # a cursor position request: answer as a terminal would
                os.write(self.master, b"\x1b[1;1R")
            with self.lock:
                self.output += data
                self.chunks.append((now, len(data)))
                self.lock.notify_all()
        with self.lock:
            self.closed = True
            self.lock.notify_all()

    def wait_for(self, text, timeout=10.0, since=0):
        """Waits until the output after byte `since` shows `text`; returns the time it arrived."""
        needle = re.sub(r"\s+", "", text)
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                if needle in screen_text(bytes(self.output[since:])):
                    return self.chunks[-1][0]
                left = deadline - time.monotonic()
                if left <= 0 or self.closed:
                    tail = screen_text(bytes(self.output[since:]))[-400:]
                    raise DriveError(f"{text!r} did not show up within {timeout} s; saw: {tail!r}")
                self.lock.wait(left)

    def wait_quiet(self, quiet=0.3, timeout=5.0):
        """Waits until nothing was written for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                last = self.chunks[-1][0] if self.chunks else self.spawned_at
            if time.monotonic() - last >= quiet:
                return
            time.sleep(0.05)

    def size(self):
        with self.lock:
            return len(self.output)

    def press(self, keys):
        os.write(self.master, keys)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.reader.join(5)
        os.close(self.master)
        shutil.rmtree(self.data_dir, ignore_errors=True)


def proc_cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15)


def proc_threads(pid):
    """Per thread: (name, on-CPU nanoseconds, context switches)."""
    threads = []
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read().strip()
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                ns = int(f.read().split()[0])
            switches = 0
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        switches += int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError):
            continue
        threads.append((f"{name}/{tid}", ns, switches))
    return threads


def proc_memory(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                values[key] = int(rest.split()[0]) * 1024
    return values


def measure(trainer, seconds):
    """CPU, wake-ups and output of the app over a window of `seconds`."""
    pid = trainer.proc.pid
    t0 = time.monotonic()
    ticks0 = proc_cpu_ticks(pid)
    threads0 = proc_threads(pid)
    time.sleep(seconds)
    ticks1 = proc_cpu_ticks(pid)
    threads1 = proc_threads(pid)
    t1 = time.monotonic()
    if trainer.proc.poll() is not None:
        raise DriveError(f"the app exited during the window (code {trainer.proc.returncode})")
    wall = t1 - t0
    ns0 = sum(ns for _, ns, _ in threads0)
    ns1 = sum(ns for _, ns, _ in threads1)
    wakeups0 = sum(s for _, _, s in threads0)
    wakeups1 = sum(s for _, _, s in threads1)
    with trainer.lock:
        output = bytes(trainer.output)
        chunks = list(trainer.chunks)
    # A redraw is a burst of output; bursts are more than 100 ms apart (the app wakes each second).
    bursts = []  # [first time, last time, start offset, end offset]
    offset = 0
    for t, n in chunks:
        if t0 <= t <= t1:
            if bursts and t - bursts[-1][1] < 0.1:
                bursts[-1][1], bursts[-1][3] = t, offset + n
            else:
                bursts.append([t, t, offset, offset + n])
        offset += n
    # Replay the output on a model screen: which cells did each redraw write, which changed?
    screen = Screen()
    screen.feed(output[: bursts[0][2] if bursts else len(output)])
    cells_written = cells_changed = cells_for_nothing = 0
    for _, _, start, end in bursts:
        w, c, same = screen.redraw(output[start:end])
        cells_written += w
        cells_changed += c
        cells_for_nothing += same
    n = max(len(bursts), 1)
    written = sum(b[3] - b[2] for b in bursts)
    return {
        "wall_s": wall,
        "cpu_ticks": ticks1 - ticks0,
        "cpu_percent": 100.0 * (ticks1 - ticks0) / CLK_TCK / wall,
        "cpu_percent_schedstat": 100.0 * (ns1 - ns0) / 1e9 / wall,
        "wakeups": wakeups1 - wakeups0,
        "wakeups_per_s": (wakeups1 - wakeups0) / wall,
        "bytes": written,
        "bytes_per_s": written / wall,
        "redraws": len(bursts),
        "bytes_per_redraw": written / n,
        "cells_written_per_redraw": cells_written / n,
        "cells_changed_per_redraw": cells_changed / n,
        "cells_rewritten_unchanged": cells_for_nothing,
        "screen_cells_in_use": screen.non_blank(),
        "threads": len(threads1),
    }


def seeded_data_dir():
    """A data dir whose history has a fresh safety check, so the app opens on the home screen."""
    path = tempfile.mkdtemp(prefix="ryg-bench-")
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with open(os.path.join(path, "history.ron"), "w") as f:
        f.write(f'Screening(at: "{now}", clear: true)\n')
    return path


def first_frames(binary, runs):
    """Starts the app `runs` times (after one warm-up start that is not counted)."""
    results = []
    for i in range(runs + 1):
        trainer = Trainer(binary, seeded_data_dir())
        try:
            shown = trainer.wait_for(HOME_TEXT, timeout=10)
            trainer.wait_quiet(0.3)
            with trainer.lock:
                first = trainer.chunks[0][0]
                frame_bytes = len(trainer.output)
            if i > 0:
                results.append(
                    {
                        "first_byte_ms": 1000 * (first - trainer.spawned_at),
                        "home_text_ms": 1000 * (shown - trainer.spawned_at),
                        "frame_bytes": frame_bytes,
                    }
                )
        finally:
            trainer.stop()
    return results


def harness_baseline(runs=5):
    """Spawn to first byte of a program that writes at once (echo): the harness's own share."""
    times = []
    for _ in range(runs):
        trainer = Trainer(None, tempfile.mkdtemp(prefix="ryg-bench-"), argv=["echo", "x"])
        try:
            trainer.wait_for("x", timeout=10)
            with trainer.lock:
                times.append(1000 * (trainer.chunks[0][0] - trainer.spawned_at))
        finally:
            trainer.stop()
    return statistics.median(times)


def journey(binary, seconds):
    """First run: safety check, idle home, a running session, then paused."""
    trainer = Trainer(binary, tempfile.mkdtemp(prefix="ryg-bench-"))
    try:
        trainer.wait_for(SAFETY_TEXT)
        mark = trainer.size()
        trainer.press(b"n")  # none of the warning signs
        trainer.wait_for(HOME_TEXT, since=mark)
        trainer.wait_quiet(1.0)
        print(f"  idle home screen: {seconds:g} s ...", flush=True)
        idle = measure(trainer, seconds)

        mark = trainer.size()
        trainer.press(b"\r")  # start lower-back at its recommended level (1 on a first run)
        trainer.wait_for(PAIN_TEXT, since=mark)
        trainer.wait_quiet(0.3)
        mark = trainer.size()
        trainer.press(b"3")
        time.sleep(0.2)
        trainer.press(b"\r")  # pain before: 3
        trainer.wait_for(TRAINING_TEXT, since=mark)
        time.sleep(0.5)
        trainer.press(b"s")  # skip the 10 s get-ready: the window is reps (set 1 lasts 56 s)
        time.sleep(1.5)
        # Set 1 of the first exercise lasts 56 s after the skip: longer windows reach its rest.
        what = "reps" if seconds <= 54 else "reps, then the rest after set 1"
        print(f"  running session ({what}): {seconds:g} s ...", flush=True)
        running = measure(trainer, seconds)

        mark = trainer.size()
        trainer.press(b" ")  # pause
        trainer.wait_for(PAUSED_TEXT, since=mark)
        trainer.wait_quiet(1.0)
        print(f"  paused session: {seconds:g} s ...", flush=True)
        paused = measure(trainer, seconds)

        memory = proc_memory(trainer.proc.pid)
        thread_names = [name for name, _, _ in proc_threads(trainer.proc.pid)]
        return idle, running, paused, memory, thread_names
    finally:
        trainer.stop()


def build():
    print("cargo build --release ...", flush=True)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=CRATE, check=True)
    return os.path.join(CRATE, "target", "release", "ryg")


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--binary", help="measure this ryg binary instead of building one")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each window (30)")
    parser.add_argument("--runs", type=int, default=10, help="starts timed for the first frame (10)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args()
    if args.runs < 1 or args.seconds <= 0:
        parser.error("--runs must be at least 1 and --seconds more than 0")
    if sys.platform != "linux":
        sys.exit("bench-trainer.py reads /proc: it runs on Linux only")

    command = shlex.join(sys.argv)
    try:
        binary = os.path.abspath(args.binary) if args.binary else build()
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"bench-trainer: could not build ryg: {error}", file=sys.stderr)
        return 2
    if not os.access(binary, os.X_OK):
        print(f"bench-trainer: {binary} is not an executable", file=sys.stderr)
        return 2
    print(f"binary: {binary}")
    try:
        print(f"first frame: {args.runs} starts (plus one warm-up) ...", flush=True)
        frames = first_frames(binary, args.runs)
        baseline = harness_baseline()
        print("first run of the app:", flush=True)
        idle, running, paused, memory, thread_names = journey(binary, args.seconds)
    except DriveError as error:
        print(f"bench-trainer: could not drive the app: {error}", file=sys.stderr)
        return 2

    first_byte = [r["first_byte_ms"] for r in frames]
    home_text = [r["home_text_ms"] for r in frames]
    full_frame = statistics.median(r["frame_bytes"] for r in frames)
    rows = []

    def row(what, measured, target, ok):
        rows.append((what, measured, target, "PASS" if ok else "FAIL"))

    row(
        "CPU, running session",
        f"{running['cpu_percent']:.3f} % ({running['cpu_ticks']} ticks)",
        f"<= {SESSION_CPU_MAX} %",
        running["cpu_percent"] <= SESSION_CPU_MAX,
    )
    row(
        "CPU, idle home screen",
        f"{idle['cpu_percent']:.3f} % ({idle['cpu_ticks']} ticks, {idle['wakeups']} wake-ups)",
        "0 (no wake-ups)",
        idle["cpu_ticks"] == 0 and idle["wakeups"] == 0,
    )
    row(
        "CPU, paused session",
        f"{paused['cpu_percent']:.3f} % ({paused['cpu_ticks']} ticks, {paused['wakeups']} wake-ups)",
        "0 (no wake-ups)",
        paused["cpu_ticks"] == 0 and paused["wakeups"] == 0,
    )
    peak = memory.get("VmHWM", 0)
    row(
        "peak RSS (VmHWM)",
        f"{peak / 1e6:.1f} MB ({peak // 1024} KiB)",
        "<= 20 MB",
        0 < peak <= RSS_MAX_BYTES,
    )
    row(
        "first byte after spawn",
        f"median {statistics.median(first_byte):.1f} ms, max {max(first_byte):.1f} ms",
        f"<= {FIRST_FRAME_MAX_MS:.0f} ms (max)",
        max(first_byte) <= FIRST_FRAME_MAX_MS,
    )
    row(
        "home screen shown",
        f"median {statistics.median(home_text):.1f} ms, max {max(home_text):.1f} ms",
        f"<= {FIRST_FRAME_MAX_MS:.0f} ms (max)",
        max(home_text) <= FIRST_FRAME_MAX_MS,
    )
    ok = running["redraws"] > 0 and running["cells_rewritten_unchanged"] == 0
    row(
        "bytes/s, running session",
        f"{running['bytes_per_s']:.0f} B/s ({running['redraws'] / running['wall_s']:.2f} redraws/s, "
        f"{running['bytes_per_redraw']:.0f} B each)",
        "only what changed",
        ok,
    )
    row(
        "  cells redrawn unchanged",
        f"{running['cells_rewritten_unchanged']} of "
        f"{running['cells_written_per_redraw'] * running['redraws']:.0f} written "
        f"({running['screen_cells_in_use']} cells in use)",
        "0",
        ok,
    )

    widths = [max(len(r[i]) for r in rows + [("measurement", "measured", "target", "")]) for i in range(4)]
    line = "  ".join("{:<%d}" % w for w in widths)
    print()
    print(f"command:  {command}")
    print(f"binary:   {binary}")
    print(f"machine:  {os.cpu_count()} CPUs, {cpu_model()}, Linux {platform.release()}")
    print(f"date:     {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M UTC}")
    print(f"windows:  {args.seconds:g} s each; terminal {COLS}x{ROWS}, TERM=xterm-256color")
    print()
    print(line.format("measurement", "measured", "target", "result"))
    print(line.format(*("-" * w for w in widths)))
    for r in rows:
        print(line.format(*r))
    print()
    print("details:")
    for name, m in (("idle home", idle), ("running session", running), ("paused session", paused)):
        print(
            f"  {name:16} {m['wall_s']:.1f} s: CPU {m['cpu_percent']:.3f} % by ticks, "
            f"{m['cpu_percent_schedstat']:.4f} % by schedstat; {m['wakeups_per_s']:.2f} wake-ups/s; "
            f"{m['bytes']} bytes in {m['redraws']} redraws"
        )
    print(f"  VmRSS at the end {memory.get('VmRSS', 0) // 1024} KiB; threads: {', '.join(thread_names)}")
    print(
        f"  first frame, each start (ms to first byte / to home text): "
        + ", ".join(f"{a:.1f}/{b:.1f}" for a, b in zip(first_byte, home_text))
    )
    print(f"  the whole first frame (home screen) is {full_frame:.0f} bytes")
    print(f"  harness baseline: `echo x` in the same pty shows its byte after {baseline:.1f} ms (median)")

    if args.json:
        with open(args.json, "w") as f:
            json.dump(
                {
                    "command": command,
                    "binary": binary,
                    "seconds": args.seconds,
                    "idle": idle,
                    "running": running,
                    "paused": paused,
                    "memory": memory,
                    "first_frames": frames,
                    "full_frame_bytes": full_frame,
                    "harness_baseline_ms": baseline,
                    "results": [dict(zip(("measurement", "measured", "target", "result"), r)) for r in rows],
                },
                f,
                indent=2,
            )
    return 0 if all(r[3] == "PASS" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
