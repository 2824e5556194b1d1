#!/usr/bin/env bash
# cmake --install into a scratch prefix gives a working tree: both programs run from it, the
# launcher is valid and names the installed icon, the AppStream metainfo is valid and names the
# launcher. Arguments: the build folder.
set -euo pipefail
build=$1
prefix=$(mktemp -d /tmp/ioc-install.XXXXXX)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
id=vn.gov.haiphong.IocConsole
for f in bin/ioc-console bin/ioc-dataserver share/applications/$id.desktop \
         share/icons/hicolor/scalable/apps/$id.svg share/metainfo/$id.metainfo.xml; do
    [ -e "$prefix/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
desktop-file-validate "$prefix/share/applications/$id.desktop"
grep -qx "Icon=$id" "$prefix/share/applications/$id.desktop"
grep -qx "Exec=ioc-console" "$prefix/share/applications/$id.desktop"
# --no-net: the screenshot addresses are checked for form, not fetched (CI has no network)
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$id.metainfo.xml"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$prefix/share/metainfo/$id.metainfo.xml"
grep -q '<summary xml:lang="vi">' "$prefix/share/metainfo/$id.metainfo.xml"
version=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/ioc-console" --version)
echo "$version" | grep -q "ioc-console [0-9]" || { echo "ioc-console --version said: $version" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen "$prefix/bin/ioc-dataserver" --version | grep -q "[0-9]\.[0-9]"
echo "installed tree works: $version"
