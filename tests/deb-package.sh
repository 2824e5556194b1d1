#!/usr/bin/env bash
# CPack builds a .deb whose Depends name the Qt libraries the programs link (dpkg-shlibdeps);
# unpacked into a scratch root (dpkg -x), ioc-console --version runs from it.
# Arguments: the build folder.
set -euo pipefail
build=$1
work=$(mktemp -d /tmp/ioc-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(find "$work/out" -maxdepth 1 -name 'ioc-console_*.deb' | head -n 1)
[ -n "$deb" ] || { echo "cpack wrote no ioc-console_*.deb" >&2; cat "$work/cpack.log" >&2; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6charts6 \
           libqt6sql6-sqlite; do
    echo "$depends" | grep -Eq "(^|, )$lib( |,|$)" || { echo "Depends lacks $lib" >&2; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
grep -q './usr/bin/ioc-console$' <<<"$contents" || { echo "no /usr/bin/ioc-console in $deb" >&2; exit 1; }
root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/share/applications/vn.gov.haiphong.IocConsole.desktop \
         usr/share/metainfo/vn.gov.haiphong.IocConsole.metainfo.xml; do
    [ -e "$root/$f" ] || { echo "not in the package: $f" >&2; exit 1; }
done
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/ioc-console" --version)
echo "$version" | grep -q "ioc-console [0-9]" || { echo "ioc-console --version said: $version" >&2; exit 1; }
echo "$(basename "$deb") unpacks and runs: $version"
