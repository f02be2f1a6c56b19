#!/usr/bin/env bash
# macOS: build JourneyMapper.app with PyInstaller and pack it in a .dmg with an Applications
# link (drag to install). Run on a Mac from the repository root:  bash packaging/macos/make_dmg.sh
# The .app's Info.plist (packaging/pyinstaller/journeymapper.spec) declares the .journey
# document type and icon; Finder's "open" arrives in the running editor as a QFileOpenEvent.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e ".[packaging]"
VIRTUAL_ENV=.venv bash packaging/build_translations.sh
version=$(.venv/bin/python -c "import journeymapper; print(journeymapper.__version__)")
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist/bundle --workpath build/pyinstaller \
  packaging/pyinstaller/journeymapper.spec
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R dist/bundle/JourneyMapper.app "$stage/"
ln -s /Applications "$stage/Applications"
# Unsigned: Gatekeeper asks on first open (right-click ▸ Open). Sign and notarise with
# `codesign --deep -s "Developer ID Application: …"` and `xcrun notarytool` for distribution.
hdiutil create -volname JourneyMapper -srcfolder "$stage" -ov -format UDZO "dist/JourneyMapper-$version.dmg"
echo "dist/JourneyMapper-$version.dmg"
