#!/usr/bin/env bash
# Build the Linux bundle: PyInstaller's one-folder program, then a .tar.gz of it and a .deb
# that installs it under /opt with the menu entry, .journey file type, icons and AppStream
# metadata. Outputs in dist/: JourneyMapper-<version>-linux-<arch>.tar.gz and
# journeymapper_<version>_<arch>.deb (dpkg-deb is needed for the .deb; without it only the
# .tar.gz is made). See packaging/README.md for time, size and the other platforms.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
.venv/bin/python -c "import PyInstaller, journeymapper" 2>/dev/null \
  || .venv/bin/python -m pip install -q -e ".[packaging]"
VIRTUAL_ENV=.venv bash packaging/build_translations.sh
version=$(.venv/bin/python -c "import journeymapper; print(journeymapper.__version__)")
arch=$(uname -m)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist/bundle --workpath build/pyinstaller packaging/pyinstaller/journeymapper.spec
bundle=dist/bundle/JourneyMapper
tar -C dist/bundle -czf "dist/JourneyMapper-$version-linux-$arch.tar.gz" JourneyMapper
if command -v dpkg-deb >/dev/null; then
  bash packaging/linux/make_deb.sh "$bundle" "$version" dist
else
  echo "dpkg-deb not found: no .deb made" >&2
fi
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)), built in $(( $(date +%s) - start )) s"
ls -lh dist/*.tar.gz dist/*.deb 2>/dev/null || true
