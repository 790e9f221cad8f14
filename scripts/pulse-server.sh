# Sourced by the end-to-end tests of the sound: a private PulseAudio server with a null sink named
# `ryg`, listening only in $work, with ALSA's default device routed to it for HOME=$work; ryg in a
# tmux server of its own; and a data folder holding a short program of beeps with a safety check
# already done. A test calls `pulse_setup NAME` first: it makes $work (a fresh temporary folder),
# exports HOME, XDG_RUNTIME_DIR and PULSE_SERVER (below), starts the server, and clears everything
# away when the test ends.

# Sets up the test named $1: a fresh $work, the tmux socket $socket (ryg-$1-PID), no $recorder
# yet, and the sound server started; all of it is stopped and removed when the script exits,
# after running the command $2 if one is given (to keep files, say).
pulse_setup() {
  work=$(mktemp -d)
  socket=ryg-$1-$$
  recorder=
  pulse_first=${2:-}
  trap pulse_cleanup EXIT
  pulse_env
  pulse_start
}

# Stops the recorder, ryg's tmux server and the sound server of $work, and removes $work.
pulse_cleanup() {
  [ -z "$pulse_first" ] || "$pulse_first" || true
  [ -n "$recorder" ] && kill "$recorder" 2>/dev/null || true
  tmux -L "$socket" kill-server 2>/dev/null || true
  pulse_stop
  rm -rf "$work"
}

# Runs the whole test again from the start, with the variable $1 set to 1 so that it runs again
# only once: for when the test's own sound server failed, not ryg.
pulse_run_again() {
  pulse_cleanup
  trap - EXIT
  export "$1=1"
  exec bash "$0" "$binary"
}

# Starts the command line $2 in a tmux window of $1 columns and 24 lines on $socket, with the
# test's HOME and sound server, and keeps the window $3 seconds after it ends.
pulse_tmux() {
  tmux -L "$socket" -f /dev/null new-session -d -x "$1" -y 24 \
    "env HOME=$work XDG_RUNTIME_DIR=$work PULSE_SERVER=unix:$work/native TERM=xterm-256color $2; sleep $3"
}

pulse_env() {
  export HOME=$work XDG_RUNTIME_DIR=$work PULSE_SERVER=unix:$work/native
}

# Fails with a message when a tool the test needs is missing.
pulse_need_tools() {
  for tool in pulseaudio pactl "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "$(basename "$0"): $tool is missing; run 'make deps' (it installs what this test needs)" >&2
      exit 1
    fi
  done
}

# Starts the server and waits until it answers; its process id is then in $work/pulse/pid.
pulse_start() {
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
}

# Ends the server of $work, and never any other.
pulse_stop() {
  HOME=$work XDG_RUNTIME_DIR=$work PULSE_SERVER=unix:$work/native pactl exit 2>/dev/null || true
}

# $work/data: the program `beeps` — 3 s to get ready, then 2 sets of $1 reps (move 1 s, return
# 1 s) with a 2 s rest — a safety check done today, so `ryg start beeps` asks only the pain, and
# the voice off, so that only the tones are heard (scripts/voice-e2e.sh hears the voice).
beeps_data() {
  mkdir -p "$work/data/programs"
  cat > "$work/data/programs/beeps.ron" <<RON
Program(id: "beeps", title: "Beeps", prepare_secs: 3, exercises: [
    Exercise(id: "a", name: "A", purpose: "Sound check", steps: [], levels: [
        Level(sets: 2, reps: $1, rest_secs: 2, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)]),
    ]),
])
RON
  printf 'Screening(at: "%s", clear: true)\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$work/data/history.ron"
  echo '(voice: false)' > "$work/data/config.ron"
}

# Records the sink's monitor into the WAV file $1 (mono, 22,050 Hz) in the background, its
# process id in $recorder, and returns once the recorder has taken a second: it takes a moment
# before sound flows.
pulse_record() {
  parecord --device=ryg.monitor --latency-msec=20 --file-format=wav --channels=1 --rate=22050 \
    "$1" &
  recorder=$!
  for _ in $(seq 100); do
    [ "$(stat -c %s "$1" 2>/dev/null || echo 0)" -gt 44144 ] && break
    sleep 0.1
  done
}

# Stops the recorder, which writes the rest of its file as it ends.
pulse_record_stop() {
  kill -INT "$recorder"
  wait "$recorder" 2>/dev/null || true
  recorder=
}
