#!/usr/bin/env bash
# Real sound output, end to end: starts a private PulseAudio server with a null sink, routes ALSA
# to it, runs the real ryg binary through a short program in a pseudo-terminal (tmux), records
# the sink's monitor, and checks that every cue starts within 50 ms of the moment ryg's --log says
# it was due (scripts/audio-onsets.py). Needs pulseaudio, pulseaudio-utils (parecord, pactl), the
# ALSA pulse plugin, tmux and python3; `make deps` installs them.
#
# usage: scripts/audio-e2e.sh [path/to/ryg]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
binary=$(realpath "${1:-$here/../target/debug/ryg}")
for tool in pulseaudio pactl parecord tmux python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "audio-e2e: $tool is missing; run 'make deps' (it installs what this test needs)" >&2
    exit 1
  fi
done

work=$(mktemp -d)
socket=ryg-audio-$$
recorder=
cleanup() {
  [ -n "$recorder" ] && kill "$recorder" 2>/dev/null || true
  tmux -L "$socket" kill-server 2>/dev/null || true
  HOME=$work XDG_RUNTIME_DIR=$work PULSE_SERVER=unix:$work/native pactl exit 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export HOME=$work XDG_RUNTIME_DIR=$work PULSE_SERVER=unix:$work/native
cat > "$work/server.pa" <<PA
load-module module-native-protocol-unix socket=$work/native auth-anonymous=1
load-module module-null-sink sink_name=ryg
set-default-sink ryg
PA
pulseaudio --daemonize=yes -n -F "$work/server.pa" --exit-idle-time=-1 \
  --log-target="file:$work/pulse.log" 2>>"$work/pulse.log"
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null
# ALSA's default device is the PulseAudio server, for this HOME only.
printf 'pcm.!default { type pulse }\nctl.!default { type pulse }\n' > "$work/.asoundrc"

mkdir -p "$work/data/programs"
cat > "$work/data/programs/beeps.ron" <<'RON'
Program(id: "beeps", title: "Beeps", prepare_secs: 3, exercises: [
    Exercise(id: "a", name: "A", purpose: "Sound check", steps: [], levels: [
        Level(sets: 2, reps: 2, rest_secs: 2, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)]),
    ]),
])
RON
printf 'Screening(at: "%s", clear: true)\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$work/data/history.ron"

parecord --device=ryg.monitor --latency-msec=20 --file-format=wav --channels=1 --rate=22050 \
  "$work/sound.wav" &
recorder=$!
# The recorder takes a moment before sound flows; start ryg only once a second has been recorded.
for _ in $(seq 100); do
  [ "$(stat -c %s "$work/sound.wav" 2>/dev/null || echo 0)" -gt 44144 ] && break
  sleep 0.1
done
tmux -L "$socket" -f /dev/null new-session -d -x 80 -y 24 \
  "env HOME=$work XDG_RUNTIME_DIR=$work PULSE_SERVER=unix:$work/native TERM=xterm-256color \
   '$binary' --data-dir '$work/data' --log '$work/ryg.log' --lang en start beeps; sleep 30"
for _ in $(seq 50); do
  tmux -L "$socket" capture-pane -p | grep -q "How much does your back hurt" && break
  sleep 0.1
done
tmux -L "$socket" send-keys 2 Enter
for _ in $(seq 300); do grep -q "SessionDone" "$work/ryg.log" 2>/dev/null && break; sleep 0.1; done
if ! grep -q "sound [0-9]*%" <(tmux -L "$socket" capture-pane -p); then
  echo "audio-e2e: ryg did not open the sound device:" >&2
  tmux -L "$socket" capture-pane -p | head -1 >&2
  grep -i "sound" "$work/ryg.log" >&2 || true
  exit 1
fi
# The last sound, and what the recorder still holds in its buffers, need a moment to arrive.
sleep "${RYG_AUDIO_TAIL:-3}"
kill -INT "$recorder"
wait "$recorder" 2>/dev/null || true
recorder=
tmux -L "$socket" send-keys 2 Enter
sleep 0.3
tmux -L "$socket" send-keys Enter q
[ -n "${RYG_AUDIO_KEEP:-}" ] && cp "$work/sound.wav" "$work/ryg.log" "$RYG_AUDIO_KEEP/"
python3 "$here/audio-onsets.py" "$work/sound.wav" "$work/ryg.log"
