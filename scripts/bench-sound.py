#!/usr/bin/env python3
"""What sound costs, measured side by side in one run: ryg's process during a session with a
sound device open, with the sound server's share beside it, for each device buffer size; and the
first frame and memory of the sound build against the build without sound.

Usage:
    scripts/bench-sound.py --sound PATH --silent PATH [--frames 4096,8192] [--seconds 30]
                           [--runs 3] [--starts 10] [--voice] [--only-start]

--sound is a release build with sound, --silent one built with --no-default-features. Each
buffer size is set through RYG_BUFFER_FRAMES (the build's own is 8,192). The sessions run
through a private PulseAudio server with a null sink at 48 kHz (the rate ryg's stream opens at,
so nothing is resampled; the script prints the stream's format as the server saw it), with
ALSA's default device routed to it, as scripts/pulse-server.sh does for the sound tests. The
runs of the buffer sizes alternate, so that the machine's other work falls on all of them alike.
The starts of the two builds alternate too, each start timed to its first byte and its peak memory
read once the home screen is drawn; --only-start measures only those.

Measured over a window of --seconds in the middle of the session's reps, from /proc: the on-CPU
time of all of ryg's threads (schedstat, nanoseconds) and of the server's, and ryg's context
switches (its threads' wake-ups). Goals: ryg at most 0.3 % of a core; first frame and peak memory
of the sound build within 10 % of the build without sound. Linux only; Python 3 standard library,
pulseaudio and pactl. Exit status 0 when the goals are met, 1 when one is not.
"""

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("bench_trainer", os.path.join(HERE, "bench-trainer.py"))
bt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bt)

CPU_GOAL = 0.3  # percent of one core
WITHIN = 0.10  # of the build without sound
QUESTION = "How much does your back hurt"


def start_server(work):
    """A private PulseAudio server with a 48 kHz null sink; returns its process."""
    with open(os.path.join(work, "server.pa"), "w") as f:
        f.write(
            f"load-module module-native-protocol-unix socket={work}/native auth-anonymous=1\n"
            "load-module module-null-sink sink_name=ryg rate=48000\n"
            "set-default-sink ryg\n"
        )
    with open(os.path.join(work, ".asoundrc"), "w") as f:
        f.write("pcm.!default { type pulse }\nctl.!default { type pulse }\n")
    os.environ.update(HOME=work, XDG_RUNTIME_DIR=work, PULSE_SERVER=f"unix:{work}/native")
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "-n", "-F", f"{work}/server.pa", "--exit-idle-time=-1",
         f"--log-target=file:{work}/pulse.log"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    for _ in range(50):
        if subprocess.run(["pactl", "info"], capture_output=True).returncode == 0:
            return server
        time.sleep(0.1)
    raise SystemExit("bench-sound: the private PulseAudio server did not start")


def data_dir(seconds, voice=False):
    """A data folder with a program of beeps long enough for the window, a safety check done and
    the voice off (only the tones) unless `voice`."""
    path = tempfile.mkdtemp(prefix="ryg-bench-sound-")
    os.makedirs(os.path.join(path, "programs"))
    reps = int(seconds + 20) // 4 + 1
    with open(os.path.join(path, "programs", "beeps.ron"), "w") as f:
        f.write(
            'Program(id: "beeps", title: "Beeps", prepare_secs: 3, exercises: [\n'
            '    Exercise(id: "a", name: "A", purpose: "Sound check", steps: [], levels: [\n'
            f"        Level(sets: 2, reps: {reps}, rest_secs: 2, tempo: [Phase(kind: Move, secs: 1),"
            " Phase(kind: Return, secs: 1)]),\n    ]),\n])\n"
        )
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    with open(os.path.join(path, "history.ron"), "w") as f:
        f.write(f'Screening(at: "{stamp}", clear: true)\n')
    with open(os.path.join(path, "config.ron"), "w") as f:
        f.write(f"(voice: {'true' if voice else 'false'})\n")
    return path


def on_cpu_ns(pid):
    return sum(ns for _, ns, _ in bt.proc_threads(pid))


def stream_format():
    """The format of ryg's stream and whether the server resamples it, as `pactl` says."""
    out = subprocess.run(["pactl", "list", "sink-inputs"], capture_output=True, text=True).stdout
    keep = [line.strip() for line in out.splitlines()
            if line.strip().startswith(("Sample Specification", "Resample method", "Buffer Latency"))]
    return "; ".join(keep) or "no stream"


def session(binary, frames, seconds, server, voice=False):
    """One session with the device open: ryg's and the server's CPU over the window."""
    data = data_dir(seconds, voice)
    argv = ["env", f"RYG_BUFFER_FRAMES={frames}", binary, "--data-dir", data, "--lang", "en",
            "start", "beeps"]
    trainer = bt.Trainer(binary, data, argv=argv)
    try:
        trainer.wait_for(QUESTION, timeout=15)
        if voice:
            time.sleep(2)  # the phrases are made while the question shows
        trainer.press(b"2\r")
        time.sleep(5)  # past the get-ready, into the reps; the device is open since the question
        pid = trainer.proc.pid
        threads0 = {name: (ns, sw) for name, ns, sw in bt.proc_threads(pid)}
        server0, t0 = on_cpu_ns(server.pid), time.monotonic()
        fmt = stream_format()
        if fmt == "no stream":
            raise bt.DriveError("ryg's stream is not on the server (the device did not open)")
        time.sleep(seconds)
        threads1 = {name: (ns, sw) for name, ns, sw in bt.proc_threads(pid)}
        server1, t1 = on_cpu_ns(server.pid), time.monotonic()
        if trainer.proc.poll() is not None:
            raise bt.DriveError("ryg ended during the window")
        wall = t1 - t0
        # Per thread over the window; a thread that came or went counts from zero.
        threads = {
            name.split("/")[0]: (100 * (ns - threads0.get(name, (0, 0))[0]) / 1e9 / wall,
                                 (sw - threads0.get(name, (0, 0))[1]) / wall)
            for name, (ns, sw) in threads1.items()
        }
        return {
            "ryg": sum(cpu for cpu, _ in threads.values()),
            "server": 100 * (server1 - server0) / 1e9 / wall,
            "wakeups": sum(wakeups for _, wakeups in threads.values()),
            "threads": threads,
            "format": fmt,
        }
    finally:
        trainer.stop()


def peak_memory(binary, runs):
    """Peak resident memory a second after the home screen is drawn (the device is not looked
    for there: only when a session is about to start)."""
    peaks = []
    for _ in range(runs):
        trainer = bt.Trainer(binary, bt.seeded_data_dir())
        try:
            trainer.wait_for(bt.HOME_TEXT, timeout=10)
            time.sleep(1)
            peaks.append(bt.proc_memory(trainer.proc.pid)["VmHWM"])
        finally:
            trainer.stop()
    return statistics.median(peaks)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sound", required=True)
    parser.add_argument("--silent", required=True)
    parser.add_argument("--frames", default="4096,8192")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--voice", action="store_true", help="with the voice on (needs espeak-ng)")
    parser.add_argument("--only-start", action="store_true",
                        help="only the first frame and memory, not the sessions")
    args = parser.parse_args()
    frames = [int(n) for n in args.frames.split(",")]
    work = tempfile.mkdtemp(prefix="ryg-bench-pulse-")
    server = start_server(work)
    ok = True
    try:
        print(f"machine: {os.cpu_count()} CPUs, {bt.cpu_model()}")
        results = {n: [] for n in frames}
        for run in range(0 if args.only_start else args.runs):
            for n in frames:
                try:
                    result = session(args.sound, n, args.seconds, server, args.voice)
                except bt.DriveError as why:
                    # The test's server has been seen to drop a stream on a busy machine.
                    print(f"run {run + 1}, {n:5} frames: {why}; once more", flush=True)
                    result = session(args.sound, n, args.seconds, server, args.voice)
                results[n].append(result)
                print(f"run {run + 1}, {n:5} frames: ryg {result['ryg']:.3f} %, server "
                      f"{result['server']:.3f} %, ryg wake-ups {result['wakeups']:.0f}/s", flush=True)
                print("    by thread: " + ", ".join(
                    f"{name} {cpu:.3f} % {wakeups:.0f}/s"
                    for name, (cpu, wakeups) in sorted(result["threads"].items())), flush=True)
        if not args.only_start:
            print(f"stream as the server saw it: {results[frames[-1]][-1]['format']}")
            print(f"\nduring a session, {args.seconds:.0f} s windows, median (range) of {args.runs} runs:")
            for n in frames:
                ryg = [r["ryg"] for r in results[n]]
                server_cpu = [r["server"] for r in results[n]]
                wakeups = [r["wakeups"] for r in results[n]]
                print(f"  {n:5} frames: ryg {statistics.median(ryg):.3f} % ({min(ryg):.3f}-{max(ryg):.3f}),"
                      f" server {statistics.median(server_cpu):.3f} % ({min(server_cpu):.3f}-"
                      f"{max(server_cpu):.3f}), ryg wake-ups {statistics.median(wakeups):.0f}/s")
            best = statistics.median(r["ryg"] for r in results[frames[-1]])
            ok &= best <= CPU_GOAL
            print(f"  goal: ryg <= {CPU_GOAL} % with {frames[-1]} frames: {'PASS' if best <= CPU_GOAL else 'FAIL'}")

        if args.starts == 0:
            return 0 if ok else 1
        print(f"\nfirst frame and memory, median of {args.starts} starts each, alternating:")
        firsts = {"silent": [], "sound": []}
        peaks = {"silent": [], "sound": []}
        for _ in range(args.starts):
            for name, binary in (("silent", args.silent), ("sound", args.sound)):
                firsts[name] += [r["first_byte_ms"] for r in bt.first_frames(binary, 1)]
                peaks[name].append(peak_memory(binary, 1))
        for name in firsts:
            print(f"  {name}, each start: first byte (ms) "
                  + " ".join(f"{v:.1f}" for v in firsts[name])
                  + "; peak memory (MB) " + " ".join(f"{v / 1e6:.1f}" for v in peaks[name]))
        memory = {k: statistics.median(v) for k, v in peaks.items()}
        for what, values, unit in (
            ("first byte", {k: statistics.median(v) for k, v in firsts.items()}, "ms"),
            ("peak memory", {k: v / 1e6 for k, v in memory.items()}, "MB"),
        ):
            ratio = values["sound"] / values["silent"] - 1
            passes = ratio <= WITHIN
            ok &= passes
            print(f"  {what}: without sound {values['silent']:.1f} {unit}, with sound "
                  f"{values['sound']:.1f} {unit} ({ratio * 100:+.0f} %): {'PASS' if passes else 'FAIL'}")
    finally:
        server.terminate()
        server.wait(5)
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
