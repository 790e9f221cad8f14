#!/usr/bin/env python3
"""Checks a recording of ryg's sound output with the voice on against ryg's --log: where each
phrase the log says was said is due, the recording holds speech (sound well above the null sink's
silence for the phrase's length, away from the tones); every cue the log says was played, and that
does not fall while a phrase is being said, starts a sound within 50 ms of its moment; and there is
silence where nothing is due. The recording is lined up with the log on its first sound (the
session's start: the recorder starts well before ryg) and the recorder's clock rate fitted on the
cues, as scripts/audio-onsets.py does. Prints what it found for each cue and phrase.

usage: voice-check.py RECORDING.wav LOG.txt
"""
import importlib.util
import math
import sys
import wave
from datetime import datetime
from pathlib import Path

spec = importlib.util.spec_from_file_location("onsets", Path(__file__).with_name("audio-onsets.py"))
onsets_module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(onsets_module)

TOLERANCE = 0.050
# Speech at the volume of the test is far above this root-mean-square level (of 32768); the null
# sink's silence is 0.
SPEECH_RMS = 300
# How long each cue's sound lasts (src/shell/audio/synth.rs), with a little to spare.
TONES = {"Pip": 0.1, "Go": 0.3, "Phase": 0.35, "RepDone": 0.1, "SetDone": 0.4, "RestOver": 0.4,
         "SessionDone": 0.9}


def moment(line):
    text = ":".join(line.split(" planned ")[1].split(":", 3)[:3])
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def read_log(path):
    """The cues (moment, tone length) and phrases said, and the moments of the cues given at once
    rather than handed over ahead (see audio-onsets.py)."""
    cues, phrases, at_once = [], [], set()
    for line in open(path, encoding="utf-8"):
        if " cue " in line and " planned " in line and ": played" in line:
            at = moment(line)
            name = line.split(" cue ", 1)[1].split("(")[0].split(" ")[0]
            if cues and at - cues[-1][0] <= 0.010:
                cues[-1] = (cues[-1][0], max(cues[-1][1], TONES[name]))
            else:
                cues.append((at, TONES[name]))
                if "handed" not in line:
                    at_once.add(at)
        elif " phrase " in line and ": said " in line:
            text = line.split(' phrase "', 1)[1].split('" at ', 1)[0]
            length = int(line.rsplit(", ", 1)[1].split("ms long")[0]) / 1000
            phrases.append((moment(line), text, length))
    return cues, phrases, at_once


def samples(path):
    with wave.open(path, "rb") as recording:
        rate = recording.getframerate()
        assert recording.getsampwidth() == 2 and recording.getnchannels() == 1
        raw = recording.readframes(recording.getnframes())
    return rate, memoryview(raw).cast("h")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    recording, log = sys.argv[1], sys.argv[2]
    cues, phrases, at_once = read_log(log)
    heard = onsets_module.onsets(recording)
    if not cues or not phrases or not heard:
        print(f"nothing to check: {len(cues)} cues, {len(phrases)} phrases said, {len(heard)} sounds heard")
        return 1

    zero = min([cues[0][0]] + [p[0] for p in phrases])
    ahead = [at for at, _ in cues if at not in at_once] or [at for at, _ in cues]
    # Line the log up with the recording where the most cues handed over ahead are heard (a cue
    # given at once starts with the device's next buffer), then fit the recorder's clock on the
    # cues heard near their moments.
    def matches(offset):
        return sum(any(abs(h - (offset + at - zero)) <= TOLERANCE for h in heard) for at in ahead)

    # The first sound is the session's start, heard at most a couple of device periods late (two
    # of 8,192 frames: 341 ms): the line-up is looked for near it (speech has onsets of its own
    # that could line up a second off).
    near = [h - (at - zero) for h in heard for at in ahead if abs(h - (at - zero) - heard[0]) <= 0.45]
    start, rate = max(near or [heard[0]], key=matches), 1.0
    pairs = []
    for at in ahead:
        nearest = min(heard, key=lambda h: abs(h - (start + at - zero)))
        if abs(nearest - (start + at - zero)) <= TOLERANCE:
            pairs.append((at - zero, nearest))
    if len(pairs) >= 2:
        n = len(pairs)
        mean_x, mean_y = sum(x for x, _ in pairs) / n, sum(y for _, y in pairs) / n
        spread = sum((x - mean_x) ** 2 for x, _ in pairs)
        if spread:
            rate = sum((x - mean_x) * (y - mean_y) for x, y in pairs) / spread
            start = mean_y - rate * mean_x
    print(f"recorder clock against the log: {(rate - 1) * 100:+.2f} % (allowed ±1 %)")
    failures = 0 if abs(rate - 1) <= 0.01 else 1

    def place(at):
        return start + rate * (at - zero)

    def speaking(at):
        return any(p < at - 0.001 and at < p + length + 0.15 for p, _, length in phrases)

    for at, _ in cues:
        if speaking(at):
            print(f"cue at +{at - zero:7.3f} s: while a phrase is said, not checked")
            continue
        error = min((h - place(at) for h in heard), key=abs)
        ok = abs(error) <= TOLERANCE
        failures += not ok
        print(f"cue at +{at - zero:7.3f} s: heard {error * 1000:+4.0f} ms from it {'ok' if ok else 'MISSED'}")
    rate_hz, sound = samples(recording)

    def in_tone(t):
        return any(-0.05 <= t - place(c) <= tone + 0.05 for c, tone in cues)

    unchecked = 0
    for at, text, length in phrases:
        # eSpeak NG's sound starts about 50 ms in and ends with about 300 ms of silence.
        begin, end = place(at) + 0.05, place(at) + length - 0.3
        # The phrase's samples away from every tone.
        clear = [
            sound[i]
            for i in range(max(0, int(begin * rate_hz)), min(len(sound), int(end * rate_hz)))
            if not in_tone(i / rate_hz)
        ]
        if len(clear) < rate_hz * 0.05:
            # "Session done." is said over the session-done tune.
            print(f"phrase at +{at - zero:7.3f} s {text!r}: under a tone, not checked")
            unchecked += 1
            continue
        rms = math.sqrt(sum(s * s for s in clear) / len(clear))
        ok = rms >= SPEECH_RMS
        failures += not ok
        print(
            f"phrase at +{at - zero:7.3f} s {text!r}: {len(clear) / rate_hz:.2f} s checked, "
            f"level {rms:.0f} {'ok' if ok else 'SILENT'}"
        )
    # And silence where nothing is said or sounded, a little away from each tone (the recorder's
    # clock is fitted only to a few ms): the speech found is the phrases'.
    quiet = [
        i
        for i in range(int(start * rate_hz), len(sound))
        if not any(-0.1 <= i / rate_hz - place(c) <= tone + 0.1 for c, tone in cues)
        and not any(-0.1 <= i / rate_hz - place(p) <= length + 0.1 for p, _, length in phrases)
    ]
    if quiet:
        loud = [i for i in quiet if abs(sound[i]) > SPEECH_RMS]
        ok = len(loud) <= len(quiet) // 200
        failures += not ok
        print(
            f"elsewhere: {len(quiet) / rate_hz:.1f} s, {len(loud)} samples above {SPEECH_RMS} "
            f"{'ok' if ok else 'NOT QUIET'}"
        )
        if loud:
            first, last = (loud[0] / rate_hz - start, loud[-1] / rate_hz - start)
            print(f"  from +{first:.3f} s to +{last:.3f} s")
    # Every phrase but one (the last, over its tune) must have been heard.
    failures += max(0, unchecked - 1)
    print(f"{len(cues)} cue moments, {len(phrases)} phrases; {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
