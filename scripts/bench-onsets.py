#!/usr/bin/env python3
"""When cues are heard, against the wall clock: the absolute error that the sound tests, which
line the recording up on the cues themselves, cannot see.

Runs the release build through a session of beeps on a private PulseAudio server with a null
sink at 48 kHz (as scripts/bench-sound.py does), records the sink's monitor with `parec` in
5 ms chunks and notes when each chunk arrives, so that a position in the recording maps to the
wall clock to within a few milliseconds (the earliest arrival against its position bounds the
recorder's own delay). Every cue the log says was handed over ahead and played is then looked
for in the recording; its error is when it was heard less its moment by the log. Goal: ±20 ms.
Onsets are found in 5 ms windows (scripts/audio-onsets.py) and given as the window's start, so
an error reads up to 5 ms earlier than it was.

Usage: scripts/bench-onsets.py --sound PATH [--runs 3] [--seconds 12]
Linux only; Python 3 standard library, pulseaudio, pactl and parec. Exit status 0 when every
cue of every run is within the goal.
"""

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import wave

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench_sound = load("bench_sound", "bench-sound.py")
bt = bench_sound.bt
onsets_module = load("audio_onsets", "audio-onsets.py")

RATE = 48_000
GOAL = 0.020


class Recorder:
    """The sink's monitor, with each chunk's arrival time."""

    def __init__(self):
        self.proc = subprocess.Popen(
            ["parec", "--device=ryg.monitor", "--raw", "--format=s16le", "--channels=1",
             f"--rate={RATE}", "--latency-msec=5"],
            stdout=subprocess.PIPE,
        )
        self.data = bytearray()
        self.arrivals = []  # (wall time, samples recorded by then)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        fd = self.proc.stdout.fileno()
        while True:
            chunk = os.read(fd, 1 << 16)
            now = time.time()
            if not chunk:
                return
            self.data += chunk
            self.arrivals.append((now, len(self.data) // 2))

    def stop(self, path):
        self.proc.terminate()
        self.proc.wait(5)
        self.thread.join(5)
        with wave.open(path, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(bytes(self.data[: len(self.data) // 2 * 2]))
        # Sample i was recorded at `zero + i / RATE`: no chunk arrives before its last sample.
        return min(now - count / RATE for now, count in self.arrivals[20:])


def run(binary, seconds, work, number):
    data = bench_sound.data_dir(seconds)
    log = os.path.join(work, f"ryg-{number}.log")
    recorder = Recorder()
    time.sleep(1)
    argv = [binary, "--data-dir", data, "--log", log, "--lang", "en", "start", "beeps"]
    trainer = bt.Trainer(binary, data, argv=argv)
    try:
        trainer.wait_for(bench_sound.QUESTION, timeout=15)
        time.sleep(1)
        trainer.press(b"2\r")
        time.sleep(seconds)
    finally:
        trainer.stop()
    recording = os.path.join(work, f"sound-{number}.wav")
    zero = recorder.stop(recording)
    heard = [zero + at for at in onsets_module.onsets(recording)]
    due, at_once = onsets_module.planned(log)
    errors = []
    for moment in due:
        if moment in at_once:
            continue
        nearest = min(heard, key=lambda h: abs(h - moment), default=None)
        if nearest is not None and abs(nearest - moment) < 0.5:
            errors.append(nearest - moment)
    return errors, len([m for m in due if m not in at_once])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sound", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=12)
    args = parser.parse_args()
    binary = os.path.realpath(args.sound)
    work = tempfile.mkdtemp(prefix="ryg-bench-onsets-")
    server = bench_sound.start_server(work)
    ok = True
    try:
        for number in range(1, args.runs + 1):
            errors, planned = run(binary, args.seconds, work, number)
            ms = [1000 * e for e in errors]
            found = len(errors) == planned
            within = found and all(abs(e) <= GOAL for e in errors)
            ok &= within
            spread = (f"median {statistics.median(ms):+.1f} ms, from {min(ms):+.1f} to {max(ms):+.1f} ms"
                      if ms else "none heard")
            print(f"run {number}: {len(errors)} of {planned} cues handed over ahead heard, {spread}: "
                  f"{'PASS' if within else 'FAIL'}", flush=True)
    finally:
        server.terminate()
        server.wait(5)
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
