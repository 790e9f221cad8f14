#!/usr/bin/env bash
# The voice, end to end, with the real speech engine (espeak-ng) and a real sound server (the
# private PulseAudio null sink of scripts/pulse-server.sh), through the real ryg binary in tmux:
#  1. a short program in Danish (the phrases' letters æ, ø, å go to the engine as they are) with
#     the cache empty: the sink's monitor recorded, speech found where each phrase the log names
#     is due and the tones within 50 ms of theirs (scripts/voice-check.py); the log says the
#     phrases were made;
#  2. the same data folder again: the log says every phrase came from the cache, none was made;
#  3. espeak-ng missing from PATH: the screen says "voice off: no speech engine", the log says so,
#     no phrase is said, and the tones are all there within 20 ms (scripts/audio-onsets.py).
# And the computer kept awake while the session runs: in run 1 through the real systemd-inhibit
# (listed by `systemd-inhibit --list` where logind runs; elsewhere the log says it could not be),
# in run 3 through a stand-in on PATH that shows the lock held during the session and released
# after it.
#
# usage: scripts/voice-e2e.sh [path/to/ryg]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
binary=$(realpath "${1:-$here/../target/debug/ryg}")
# shellcheck source=scripts/pulse-server.sh
. "$here/pulse-server.sh"
pulse_need_tools parecord tmux python3 espeak-ng

fail() {
  echo "voice-e2e: $*" >&2
  exit 1
}

pulse_setup voice
mkdir -p "$work/data/programs" "$work/bin"
# Get ready 0–4 s, two sets of two reps (2 s up, 2 s down) with a 4 s rest: over at 24 s.
cat > "$work/data/programs/voice.ron" <<RON
Program(id: "voice", title: "Voice", prepare_secs: 4, exercises: [
    Exercise(id: "bridge", name: {"en": "Bridge", "da": "Bro", "nb": "Bro"}, purpose: "Sound check",
        steps: [], levels: [
        Level(sets: 2, reps: 2, rest_secs: 4, tempo: [Phase(kind: Move, secs: 2), Phase(kind: Return, secs: 2)]),
    ]),
])
RON
printf 'Screening(at: "%s", clear: true)\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$work/data/history.ron"

# Starts ryg on the program in tmux in language $3 with PATH set to $1, logging to $2, and waits
# for the question before the session.
start_ryg() {
  pulse_tmux 80 "PATH=$1 '$binary' --data-dir '$work/data' --log '$2' --lang $3 start voice" 60
  for _ in $(seq 50); do
    tmux -L "$socket" capture-pane -p | grep -q "ryg.*[0-9]%" && return
    sleep 0.1
  done
  fail "the question before the session did not come"
}

# Ends the tmux server of the last run, and waits until it is gone: a new one started while the
# old one is still ending fails.
stop_ryg() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  for _ in $(seq 50); do
    tmux -L "$socket" has-session 2>/dev/null || return 0
    sleep 0.1
  done
}

# Records the sink while a whole session runs with PATH $1, logging to $2, the sound in $3, in
# language $4.
record_session() {
  pulse_record "$3"
  start_ryg "$1" "$2" "$4"
  tmux -L "$socket" capture-pane -p > "$work/question.txt"
  tmux -L "$socket" send-keys 2 Enter
  sleep 2
  # During the session: who keeps the system awake, where logind can say.
  systemd-inhibit --list > "$work/inhibitors.txt" 2>/dev/null || echo "no logind" > "$work/inhibitors.txt"
  for _ in $(seq 400); do grep -q "SessionDone" "$2" 2>/dev/null && break; sleep 0.1; done
  grep -q "SessionDone" "$2" || fail "the session did not end"
  sleep 3
  pulse_record_stop
  tmux -L "$socket" send-keys 2 Enter
  sleep 0.3
  tmux -L "$socket" send-keys Enter q
  sleep 0.5
  stop_ryg
}

path=$(dirname "$(command -v espeak-ng)"):/usr/bin:/bin
echo "voice-e2e: 1. a session with the cache empty"
record_session "$path" "$work/first.log" "$work/first.wav" da
[ -n "${RYG_VOICE_KEEP:-}" ] && cp "$work/first.wav" "$work/first.log" "$RYG_VOICE_KEEP/"
grep "voice ready" "$work/first.log" | grep -q " 0 from the cache" || fail "the first run did not make the phrases: $(grep voice "$work/first.log")"
if grep -q "sound off: the device was lost" "$work/first.log" && [ -z "${RYG_VOICE_RETRIED:-}" ]; then
  # As in scripts/audio-e2e.sh: on a busy machine the test's own sound server has been seen to
  # drop the stream mid-session, which is the server's failure, not ryg's. Once more, saying so.
  echo "voice-e2e: the test's sound server dropped the stream; running the test once more" >&2
  pulse_run_again RYG_VOICE_RETRIED
fi
grep "sound device could not\|sound off" "$work/first.log" && fail "the sound device did not work"
python3 "$here/voice-check.py" "$work/first.wav" "$work/first.log" || fail "speech or tones not where due"
if grep -q "no logind" "$work/inhibitors.txt"; then
  grep -q "awake: .*system may sleep" "$work/first.log" || fail "the log did not say the system may sleep"
  echo "voice-e2e: no logind here; the log says so: $(grep "awake:" "$work/first.log" | tail -1)"
else
  grep -q "ryg" "$work/inhibitors.txt" || fail "ryg held no inhibitor during the session: $(cat "$work/inhibitors.txt")"
fi

echo "voice-e2e: 2. the same phrases again, from the cache"
start_ryg "$path" "$work/second.log" da
for _ in $(seq 50); do grep -q "voice ready" "$work/second.log" && break; sleep 0.1; done
tmux -L "$socket" send-keys Escape q
stop_ryg
grep "voice ready" "$work/second.log" || fail "the second run made nothing ready"
grep "voice ready" "$work/second.log" | grep -q "ready: 0 phrases made" || fail "the second run made phrases again"

echo "voice-e2e: 3. no speech engine on PATH"
ln -s "$(command -v sleep)" "$work/bin/sleep"
cat > "$work/bin/systemd-inhibit" <<STANDIN
#!/bin/sh
echo "\$@" > "$work/held"
/bin/cat
: > "$work/released"
STANDIN
chmod +x "$work/bin/systemd-inhibit"
record_session "$work/bin" "$work/third.log" "$work/third.wav" en
[ -e "$work/held" ] || fail "the system was not kept awake during the session"
[ -e "$work/released" ] || fail "the system was kept awake after the session"
awake=$(grep -n "awake: .*asked to keep" "$work/third.log" | cut -d: -f1)
released=$(grep -n "awake: released" "$work/third.log" | cut -d: -f1)
done_at=$(grep -n "cue SessionDone" "$work/third.log" | cut -d: -f1)
first_cue=$(grep -n " cue " "$work/third.log" | head -1 | cut -d: -f1)
[ "$awake" -le "$first_cue" ] && [ "$released" -gt "$done_at" ] ||
  fail "the lock was not held from the session's start to its end: $(grep -n "awake\|SessionDone" "$work/third.log")"
grep -q "voice off: no speech engine" "$work/question.txt" || fail "the screen did not say there is no speech engine: $(cat "$work/question.txt")"
grep -q "voice off: no speech engine" "$work/third.log" || fail "the log did not say there is no speech engine"
grep -q " phrase " "$work/third.log" && fail "a phrase was said without an engine"
python3 "$here/audio-onsets.py" "$work/third.wav" "$work/third.log" || fail "the tones were not where due"
echo "voice-e2e: ok"
