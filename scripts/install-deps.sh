#!/usr/bin/env bash
# Installs what building and testing ryg needs and a fresh machine may lack:
#   pkg-config and the ALSA headers (sound output through rodio on Linux), tmux (end-to-end tests
#   of the full-screen app), PulseAudio with its recorder and ALSA plugin (the end-to-end test of
#   real sound output), Chromium and poppler's pdfinfo (the end-to-end test of `ryg report` in a
#   real browser and its print to PDF), zsh, fish and man-db (the tests of the completion scripts
#   and the manual page), eSpeak NG (the voice, and its end-to-end test). Does nothing when
#   everything is already there.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ "$(uname -s)" = Linux ] && ! pkg-config --exists alsa 2>/dev/null; then
  missing+=(alsa)
fi
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
# The report is opened in a real browser, printed to PDF and its pages counted.
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
# The tests of the completion scripts and of the manual page.
command -v zsh >/dev/null 2>&1 || missing+=(zsh)
command -v fish >/dev/null 2>&1 || missing+=(fish)
command -v man >/dev/null 2>&1 || missing+=(man)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
# The end-to-end test of real sound output: a PulseAudio server, its recorder, and ALSA's plugin
# that routes to it.
if [ "$(uname -s)" = Linux ]; then
  command -v pulseaudio >/dev/null 2>&1 || missing+=(pulseaudio)
  command -v parecord >/dev/null 2>&1 || missing+=(pulseaudio-utils)
  plugin=no
  for file in /usr/lib/*/alsa-lib/libasound_module_pcm_pulse.so /usr/lib*/alsa-lib/libasound_module_pcm_pulse.so; do
    [ -e "$file" ] && plugin=yes
  done
  [ "$plugin" = yes ] || missing+=(alsa-pulse)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "ryg needs Rust: install it from https://rustup.rs, then run make again." >&2
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "ryg needs: ${missing[*]} — and neither root nor sudo is available to install them." >&2
    exit 1
  fi
fi

echo "Installing what ryg needs to build and test: ${missing[*]}"
if command -v apt-get >/dev/null 2>&1; then
  packages=()
  for need in "${missing[@]}"; do
    case $need in
      alsa) packages+=(libasound2-dev) ;;
      alsa-pulse) packages+=(libasound2-plugins) ;;
      man) packages+=(man-db) ;;
      *) packages+=("$need") ;;
    esac
  done
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
elif command -v dnf >/dev/null 2>&1; then
  packages=()
  for need in "${missing[@]}"; do
    case $need in
      alsa) packages+=(alsa-lib-devel) ;;
      alsa-pulse) packages+=(alsa-plugins-pulseaudio) ;;
      pulseaudio-utils) packages+=(pulseaudio-utils) ;;
      pkg-config) packages+=(pkgconf-pkg-config) ;;
      man) packages+=(man-db) ;;
      *) packages+=("$need") ;;
    esac
  done
  "${as_root[@]}" dnf install -y -q "${packages[@]}"
elif command -v pacman >/dev/null 2>&1; then
  packages=()
  for need in "${missing[@]}"; do
    case $need in
      alsa) packages+=(alsa-lib) ;;
      alsa-pulse) packages+=(alsa-plugins) ;;
      pulseaudio-utils) packages+=(libpulse) ;;
      poppler-utils) packages+=(poppler) ;;
      pkg-config) packages+=(pkgconf) ;;
      man) packages+=(man-db) ;;
      *) packages+=("$need") ;;
    esac
  done
  "${as_root[@]}" pacman -S --needed --noconfirm "${packages[@]}"
else
  echo "Please install these with your system's package manager, then run make again: ${missing[*]}" >&2
  echo "(On Linux the ALSA headers are usually called libasound2-dev, alsa-lib-devel or alsa-lib.)" >&2
  exit 1
fi
