#!/usr/bin/env bash
# Builds a wheel and, when PyInstaller is installed, a self-contained folder in dist/meetingkit.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip wheel --no-deps -w dist .
if python3 -c "import PyInstaller" 2>/dev/null; then
  pyinstaller --noconfirm packaging/meetingkit.spec
fi
