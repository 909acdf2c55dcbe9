#!/usr/bin/env bash
# Build the Linux one-folder app (PyInstaller) and a .deb that installs it with its desktop
# entry, icon and the .atelier file type. Nothing is downloaded: PyInstaller comes with the
# project's test extras (pip install ".[test]"), the .deb is made with dpkg-deb.
#
#   packaging/build_linux.sh [OUT_DIR]      (default: dist/)
#
# Result: OUT_DIR/facilitateur/facilitateur (run it in place) and
#         OUT_DIR/facilitateur_VERSION_ARCH.deb (sudo apt install ./facilitateur_….deb)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$root/dist}")
python=${PYTHON:-$root/.venv/bin/python}
[[ -x $python ]] || python=python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version=$("$python" -c 'import sys; sys.path.insert(0, sys.argv[1]); import facilitator; print(facilitator.__version__)' "$root")
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)

# 1. the one-folder app
cd "$root"
LANG=C.UTF-8 "$python" -m PyInstaller packaging/facilitateur.spec --noconfirm --log-level WARN \
  --distpath "$out" --workpath "$work/build"
app="$out/facilitateur"
[[ -x $app/facilitateur ]] || { echo "PyInstaller did not produce $app/facilitateur" >&2; exit 1; }

# 2. the .deb tree: the app in /opt, a command in /usr/bin, desktop entry, icon, MIME type
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is needed to build the .deb (Debian/Ubuntu)"; exit 0; }
deb="$work/deb"
mkdir -p "$deb/DEBIAN" "$deb/opt" "$deb/usr/bin" "$deb/usr/share/applications" \
  "$deb/usr/share/mime/packages" "$deb/usr/share/icons/hicolor/scalable/apps" \
  "$deb/usr/share/doc/facilitateur"
cp -a "$app" "$deb/opt/facilitateur"
ln -s /opt/facilitateur/facilitateur "$deb/usr/bin/facilitator"
install -m 644 packaging/facilitateur.desktop "$deb/usr/share/applications/facilitateur.desktop"
install -m 644 packaging/mime-facilitateur.xml "$deb/usr/share/mime/packages/facilitateur.xml"
install -m 644 packaging/icons/facilitateur.svg \
  "$deb/usr/share/icons/hicolor/scalable/apps/facilitateur.svg"
install -m 644 resources/fonts/LICENSE-DejaVu.txt resources/fonts/LICENSE-Symbola.txt \
  "$deb/usr/share/doc/facilitateur/"
size=$(du -sk "$deb" | cut -f1)
cat > "$deb/DEBIAN/control" <<EOF
Package: facilitateur
Version: $version
Architecture: $arch
Maintainer: Facilitateur <facilitateur@localhost>
Installed-Size: $size
Depends: libc6, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1
Recommends: shared-mime-info, desktop-file-utils
Section: misc
Priority: optional
Description: run live co-construction sessions in a room
 Facilitateur follows a session from start to finish: a timed agenda run live
 with a projector view, ideas captured and sorted into themes, dot-voting, the
 map of the seven roles in support of systems change, decisions with numbered
 resolutions, actions and the minutes (PDF, Word, Markdown, CSV). French (Québec)
 first, English complete.
EOF
# shared-mime-info and desktop-file-utils update their caches through dpkg triggers on
# /usr/share/mime/packages and /usr/share/applications: no maintainer script is needed.
debfile="$out/facilitateur_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group -Zxz "$deb" "$debfile" >/dev/null
echo "$app/facilitateur"
echo "$debfile"
