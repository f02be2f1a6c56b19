#!/usr/bin/env bash
# Package a built bundle folder as a .deb: the program under /opt/journeymapper, the two
# commands in /usr/bin, and the desktop files (menu entry, .journey MIME type with its
# document icon, app icons, AppStream metadata) where the freedesktop.org specifications
# put them; dpkg's triggers refresh the MIME, desktop and icon caches after installing.
#   bash packaging/linux/make_deb.sh dist/bundle/JourneyMapper 0.1.0 dist
set -euo pipefail
bundle=$1 version=$2 out=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
app_id=org.journeymapper.JourneyMapper
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/opt/journeymapper" "$stage/usr/bin" "$stage/DEBIAN"
cp -a "$bundle/." "$stage/opt/journeymapper/"
ln -s /opt/journeymapper/journeymapper "$stage/usr/bin/journeymapper"
ln -s /opt/journeymapper/JourneyMapper "$stage/usr/bin/journeymapper-gui"
share="$stage/usr/share"
install -Dm644 "$root/resources/desktop/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "$root/resources/desktop/journeymapper-mime.xml" "$share/mime/packages/journeymapper.xml"
install -Dm644 "$root/resources/desktop/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -Dm644 "$root/resources/icons/journeymapper.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
install -Dm644 "$root/resources/icons/journeymapper-document.svg" \
  "$share/icons/hicolor/scalable/mimetypes/application-x-journeymapper.svg"
for png in "$root"/resources/icons/app/journeymapper-[0-9]*.png; do
  size=${png##*-}; size=${size%.png}
  install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  install -Dm644 "$root/resources/icons/app/journeymapper-document-$size.png" \
    "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-journeymapper.png"
done
installed_kb=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: journeymapper
Version: $version
Architecture: $arch
Maintainer: JourneyMapper contributors <maintainers@journeymapper.org>
Installed-Size: $installed_kb
Depends: libc6, libxkbcommon0, libfontconfig1, libglib2.0-0, libegl1, libxcb-cursor0
Section: office
Priority: optional
Homepage: https://journeymapper.org/
Description: customer-journey map editor with poster export
 An open, offline editor for customer-journey maps (5 A lifecycle, emotion
 curve, pain points, personas, KPIs, action plan) in English and Spanish,
 with PDF, SVG and PNG poster export from A4 to A0.
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$out/journeymapper_${version}_${arch}.deb" >/dev/null
echo "$out/journeymapper_${version}_${arch}.deb"
