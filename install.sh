#!/usr/bin/env bash
# Install Facilitateur in ./.venv (with what its tests need) and launch it.
#   ./install.sh              install, then open the app
#   ./install.sh --no-launch  install only (CI)
# On Debian/Ubuntu it first installs the system libraries Qt needs (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")"

launch=1
[[ "${1:-}" == "--no-launch" ]] && launch=0

# Qt's offscreen and X11 platform libraries, fonts, pdftotext for the report tests; TrueType fonts
# the PDF falls back on for Chinese, Korean and fullwidth forms (WenQuanYi Micro Hei, 1.6 MB), Thai
# (Garuda, 0.2 MB) and Devanagari (Lohit, 0.1 MB), found through fontconfig at export time;
# exfatprogs and exfat-fuse (tests make sessions on a real exFAT key image); chromium with its
# driver (real-browser tests of the room's participant page).
deb=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
     libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
     libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core poppler-utils
     fonts-wqy-microhei fonts-tlwg-garuda-ttf fonts-lohit-deva
     exfatprogs exfat-fuse chromium chromium-driver)
if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for p in "${deb[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ! python3 -m venv --help >/dev/null 2>&1; then missing+=(python3-venv); fi
  # emoji typed in ideas (🚌, ❄) show in colour in the window: a colour emoji font, unless the
  # system already has one (any fontconfig family with « emoji » in its name)
  if ! { command -v fc-list >/dev/null 2>&1 && fc-list : family | grep -qi emoji; }; then
    dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || missing+=(fonts-noto-color-emoji)
  fi
  if ((${#missing[@]})); then
    echo "Installing system packages: ${missing[*]}"
    if [[ $(id -u) == 0 ]]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    elif command -v sudo >/dev/null 2>&1; then
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
      echo "Please install these Debian packages first: ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# A plain (non-editable) install: the app runs from the installed package, as users get it.
.venv/bin/python -m pip install -q ".[test]"
echo "Facilitateur is installed: .venv/bin/facilitator"

if ((launch)); then
  if [[ "$(uname)" == "Linux" && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No screen here: on a desktop, start it with .venv/bin/facilitator"
  else
    exec .venv/bin/facilitator
  fi
fi
