#!/bin/sh
# Build the one-folder desktop bundle dist/meetingkit from a fresh clone: sh packaging/build.sh
# Needs only Python 3.11+ (python3, or $PYTHON). Installs the locked build environment (requirements/bundle.txt:
# the app's tested versions plus PyInstaller, hash-checked) into build/bundle-venv, then runs the spec, which
# takes meetingkit from this source tree.
# The venv is made again whenever the lock changes; delete build/ to start from nothing.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
venv=build/bundle-venv
stamp="$venv/.bundle-lock.sha256"
export PIP_DISABLE_PIP_VERSION_CHECK=1

lock_sum=$(sha256sum requirements/bundle.txt | cut -d' ' -f1)
if [ ! -x "$venv/bin/pyinstaller" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  echo "== build environment (requirements/bundle.txt) into $venv"
  rm -rf "$venv"
  "$PYTHON" -m venv "$venv"
  "$venv/bin/pip" install --quiet --require-hashes -r requirements/bundle.txt
  echo "$lock_sum" >"$stamp"
fi

echo "== PyInstaller (packaging/meetingkit.spec)"
rm -rf dist/meetingkit
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/meetingkit.spec
echo "built dist/meetingkit ($(du -sh dist/meetingkit | cut -f1)): dist/meetingkit/meetingkit --help"
