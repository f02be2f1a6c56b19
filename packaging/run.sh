#!/usr/bin/env bash
# The README's run command: make a virtual environment, install JourneyMapper, build the
# translations, and open the editor on a bundled example map (or on the file given).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/journeymapper ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e .
fi
VIRTUAL_ENV=.venv bash packaging/build_translations.sh
if [ $# -eq 0 ]; then
  set -- resources/examples/online-shop-purchase.journey
fi
exec .venv/bin/journeymapper "$@"
