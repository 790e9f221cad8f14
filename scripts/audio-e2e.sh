#!/usr/bin/env bash
# Real sound output, end to end: starts a private PulseAudio server with a null sink, routes ALSA
# to it, runs the real ryg binary through a short program in a pseudo-terminal (tmux), records
# the sink's monitor, and checks that every cue starts within 20 ms of the moment ryg's --log says
# it was due (scripts/audio-onsets.py). On the way it pauses the session and goes on (the device
# closes and opens again) and skips the rest with `s`: the cues of the steps these keys begin are
# held to the same 20 ms as every other. Needs pulseaudio, pulseaudio-utils (parecord, pactl), the
# ALSA pulse plugin, tmux and python3; `make deps` installs them.
#
# usage: scripts/audio-e2e.sh [path/to/ryg]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
binary=$(realpath "${1:-$here/../target/debug/ryg}")
# shellcheck source=scripts/pulse-server.sh
. "$here/pulse-server.sh"
pulse_need_tools parecord tmux python3

pulse_setup audio
beeps_data 2

# The recorder takes a moment before sound flows; ryg starts only once a second has been recorded.
pulse_record "$work/sound.wav"
pulse_tmux 80 "'$binary' --data-dir '$work/data' --log '$work/ryg.log' --lang en start beeps" 30
for _ in $(seq 50); do
  tmux -L "$socket" capture-pane -p | grep -q "How much does your back hurt" && break
  sleep 0.1
done
# The device opens with the question, and the sound server takes a few hundred milliseconds to
# start a new stream: answer as a person would, a moment later, so that the first cue is not
# heard late for that alone.
sleep 1
tmux -L "$socket" send-keys 2 Enter
# A pause in the get-ready, between its pips (at 0, 1 and 2 s of its clock, which starts a
# quarter second after the answer), for two seconds.
sleep 1.7
tmux -L "$socket" send-keys Space
sleep 2
tmux -L "$socket" send-keys Space
# `s` a third of a second into the rest (its cues are handed over a quarter second ahead, so the
# set's last cue is in the log a quarter second before the rest starts).
for _ in $(seq 300); do grep -q "SetDone" "$work/ryg.log" 2>/dev/null && break; sleep 0.02; done
sleep 0.6
tmux -L "$socket" send-keys s
for _ in $(seq 300); do grep -q "SessionDone" "$work/ryg.log" 2>/dev/null && break; sleep 0.1; done
if ! grep -q "sound [0-9]*%" <(tmux -L "$socket" capture-pane -p); then
  # On a machine busy with other work, the test's own sound server has been seen to drop the
  # stream mid-session (ALSA then fails with I/O errors, and ryg rightly says the device was
  # lost). That is the server's failure, not ryg's: run the test once more, and say so.
  if grep -q "sound off: the device was lost" "$work/ryg.log" && [ -z "${RYG_AUDIO_RETRIED:-}" ]; then
    echo "audio-e2e: the test's sound server dropped the stream; running the test once more:" >&2
    grep -i "sound" "$work/ryg.log" | head -5 >&2 || true
    pulse_run_again RYG_AUDIO_RETRIED
  fi
  echo "audio-e2e: ryg did not open the sound device:" >&2
  tmux -L "$socket" capture-pane -p | head -1 >&2
  grep -i "sound" "$work/ryg.log" >&2 || true
  exit 1
fi
# The last sound, and what the recorder still holds in its buffers, need a moment to arrive.
sleep "${RYG_AUDIO_TAIL:-3}"
pulse_record_stop
tmux -L "$socket" send-keys 2 Enter
sleep 0.3
tmux -L "$socket" send-keys Enter q
[ -n "${RYG_AUDIO_KEEP:-}" ] && cp "$work/sound.wav" "$work/ryg.log" "$RYG_AUDIO_KEEP/"
python3 "$here/audio-onsets.py" "$work/sound.wav" "$work/ryg.log"
