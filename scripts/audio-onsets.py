#!/usr/bin/env python3
"""Checks a recording of ryg's sound output against ryg's --log: every moment the log says a cue
was due must start a sound in the recording within 20 ms (after lining the two up on the cues,
since the recording's own start is not known to the millisecond), and no sound may start where no
cue was due. Every cue is handed to the mixer ahead of its moment, the session's first and those
of a step begun by a key included, and starts on it.

usage: audio-onsets.py RECORDING.wav LOG.txt
"""
import sys
import wave
from datetime import datetime

TOLERANCE = 0.020
FRAME = 0.005


def onsets(path):
    """Moments (seconds into the recording) where sound starts after at least 150 ms of quiet."""
    with wave.open(path, "rb") as recording:
        rate = recording.getframerate()
        width = recording.getsampwidth()
        channels = recording.getnchannels()
        raw = recording.readframes(recording.getnframes())
    assert width == 2, "expects 16-bit samples"
    samples = memoryview(raw).cast("h")
    step = int(rate * FRAME) * channels
    levels = []
    for start in range(0, len(samples) - step, step):
        window = samples[start:start + step]
        levels.append(max(abs(s) for s in window))
    loud = max(levels, default=0)
    if loud == 0:
        return []
    threshold = loud * 0.05
    found, quiet_frames = [], 1_000
    for index, level in enumerate(levels):
        if level >= threshold:
            if quiet_frames * FRAME >= 0.150:
                found.append(index * FRAME)
            quiet_frames = 0
        else:
            quiet_frames += 1
    return found


def planned(path):
    """The distinct moments the log says cues were due and were played (less those taken back
    before they started), and which of them were given at once rather than handed over ahead."""
    moments, at_once, withdrawn = [], set(), set()
    for line in open(path, encoding="utf-8"):
        if " cue " in line and " planned " in line and (": played" in line or ": withdrawn" in line):
            stamp = line.split(" planned ")[1].split(":", 3)
            text = ":".join(stamp[:3])
            moment = datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
            if ": withdrawn" in line:
                withdrawn.add(moment)
                continue
            if not moments or moment - moments[-1] > 0.010:
                moments.append(moment)
                if "handed" not in line:
                    at_once.add(moment)
    return [m for m in moments if m not in withdrawn], at_once


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    heard, (due, at_once) = onsets(sys.argv[1]), planned(sys.argv[2])
    if not due:
        print("the log has no played cues")
        return 1
    if not heard:
        print("the recording is silent")
        return 1

    # Line the log up with the recording where the most cues match.
    def matches(offset):
        return sum(any(abs(h - (offset + m - due[0])) <= TOLERANCE for h in heard) for m in due)

    offset = max((h - (m - due[0]) for h in heard for m in due), key=matches)
    # The recorder's clock may run a little fast or slow against the wall clock the log uses;
    # fit that rate (and the offset) on the cues found, so that what remains is ryg's own error.
    pairs = []
    for moment in due:
        expected = offset + (moment - due[0])
        nearest = min(heard, key=lambda h: abs(h - expected))
        if abs(nearest - expected) <= 3 * TOLERANCE:
            pairs.append((moment - due[0], nearest))
    rate, start = 1.0, offset
    if len(pairs) >= 2:
        n = len(pairs)
        mean_x = sum(x for x, _ in pairs) / n
        mean_y = sum(y for _, y in pairs) / n
        spread = sum((x - mean_x) ** 2 for x, _ in pairs)
        rate = sum((x - mean_x) * (y - mean_y) for x, y in pairs) / spread if spread else 1.0
        start = mean_y - rate * mean_x
    print(f"recorder clock against the log: {(rate - 1) * 100:+.2f} % (allowed ±1 %)")
    failures = 0 if abs(rate - 1) <= 0.01 else 1
    worst = 0.0
    for moment in due:
        expected = start + rate * (moment - due[0])
        nearest = min(heard, key=lambda h: abs(h - expected))
        error = nearest - expected
        mark = "ok" if abs(error) <= TOLERANCE else "MISSED"
        failures += mark != "ok"
        how = " (given at once)" if moment in at_once else ""
        worst = max(worst, abs(error))
        print(f"cue at +{moment - due[0]:7.3f} s: heard {error * 1000:+4.0f} ms from it {mark}{how}")
    offset = start
    # Before the first cue the stream is only being set up; from then on every sound is a cue.
    extra = [
        h for h in heard
        if h > offset - TOLERANCE
        and min(abs(h - (offset + rate * (m - due[0]))) for m in due) > TOLERANCE
    ]
    for h in extra:
        print(f"sound at +{h - offset:7.3f} s where no cue was due")
    failures += len(extra)
    missed = failures - len(extra) - (0 if abs(rate - 1) <= 0.01 else 1)
    print(f"{len(due) - missed} of {len(due)} cue moments heard within {TOLERANCE * 1000:.0f} ms;"
          f" {len(extra)} unexpected sounds; {len(at_once)} given at once")
    print(f"worst onset: {worst * 1000:.0f} ms")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
