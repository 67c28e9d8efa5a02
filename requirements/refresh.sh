#!/bin/sh
# Refresh the lock: the newest versions pyproject.toml allows, resolved for every platform and Python >= 3.11,
# with hashes. Run from anywhere: sh requirements/refresh.sh   (then run the test suite and commit the .txt files)
set -eu
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools"
"$tools/bin/python" -m pip install --quiet "uv==0.13.9"
for target in app test; do
  extra=""
  [ "$target" = test ] && extra="--extra test"
  # shellcheck disable=SC2086
  "$tools/bin/uv" pip compile --quiet --universal --python-version 3.11 --generate-hashes \
    --custom-compile-command "sh requirements/refresh.sh" $extra \
    pyproject.toml requirements/build.in -o "requirements/$target.txt"
done
# The bundle's build tools (PyInstaller), pinned to the app lock just written: the bundle ships the tested versions.
"$tools/bin/uv" pip compile --quiet --universal --python-version 3.11 --generate-hashes \
  --custom-compile-command "sh requirements/refresh.sh" --constraint requirements/app.txt \
  pyproject.toml requirements/build.in requirements/bundle.in -o requirements/bundle.txt
