#!/usr/bin/env bash
# Compile the translation sources (resources/i18n/*.ts) into the .qm files the editor
# loads at start-up. The .qm files are build output and never committed.
# With --update, first refresh the .ts sources from the tr() calls in journeymapper/ui and the
# QT_TRANSLATE_NOOP templates of the headless modules.
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
bin="${VIRTUAL_ENV:-.venv}/bin"
[ -x "$bin/pyside6-lrelease" ] || bin="$(dirname "$(command -v pyside6-lrelease)")"
if [ "${1:-}" = "--update" ]; then
  # The UI's tr() calls, and the headless modules' QT_TRANSLATE_NOOP templates (journeymapper/messages.py).
  mapfile -t sources < <({ find journeymapper/ui -name '*.py'; grep -rl --include='*.py' 'QT_TRANSLATE_NOOP(' journeymapper | grep -v '^journeymapper/ui/\|^journeymapper/messages.py$'; } | sort)
  for ts in resources/i18n/*.ts; do
    # English needs only the plural forms ("%n action(s)" → "1 action", "2 actions").
    only=()
    [ "$(basename "$ts")" = "journeymapper_en.ts" ] && only=(-pluralonly)
    "$bin/pyside6-lupdate" -no-obsolete ${only[@]+"${only[@]}"} "${sources[@]}" -ts "$ts"
  done
fi
for ts in resources/i18n/*.ts; do
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
