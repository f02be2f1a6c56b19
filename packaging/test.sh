#!/usr/bin/env bash
# The README's test command: make a virtual environment, install JourneyMapper with its
# test extras, build the translations, and run the whole suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
VIRTUAL_ENV=.venv bash packaging/build_translations.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
