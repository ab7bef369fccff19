#!/usr/bin/env bash
# Checks on Linux what can be checked of the Windows build without a Windows machine
# (docs/windows.md, "What was checked on Linux"):
#   1. the Windows-only branches (#ifdef Q_OS_WIN) compile: MinGW-w64's g++ against Qt's headers,
#      syntax and types only (nothing is linked; MSVC is what builds the real thing);
#   2. the generated .rc files compile (windres) and the manifests are well-formed XML;
#   3. makensis compiles the installer script CPack generates from cmake/nsis/NSIS.template.in,
#      against the tree the install rules stage (Linux binaries stand in for the .exe files).
# Needs: apt-get install g++-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis icoutils
# Usage: scripts/check-windows-bits.sh [BUILD_DIR]   (default build/, configured and built)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
qt=/usr/include/x86_64-linux-gnu/qt6

echo "== 1. Windows-only code, compiled for Windows (MinGW-w64, syntax only)"
for source in core/util/native_path.cpp app/cli/console_output.cpp app/cli/main.cpp core/pdf/font_files.cpp; do
    x86_64-w64-mingw32-g++ -std=c++20 -fsyntax-only -Wall -Wextra -DUNICODE -D_UNICODE \
        -DQT_NO_CAST_FROM_ASCII -DQT_USE_QSTRINGBUILDER -DX1APPLY_VERSION='"0"' \
        -I core -I app/cli -isystem "$qt" -isystem "$qt/QtCore" -isystem "$qt/QtGui" \
        -isystem /usr/lib/x86_64-linux-gnu/qt6/mkspecs/linux-g++ -isystem /usr/include/harfbuzz "$source"
    echo "   ok  $source"
done

echo "== 2. Resources and manifests"
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'int main() { return 0; }' > "$probe/main.cpp"
for rc in "$build"/app/windows/*.rc; do
    x86_64-w64-mingw32-windres --codepage=65001 -i "$rc" -O coff -o "${rc%.rc}.res"
    # Linked into an empty program, the resources read back as Explorer would find them.
    x86_64-w64-mingw32-g++ "$probe/main.cpp" "${rc%.rc}.res" -o "$probe/probe.exe"
    wrestool -l "$probe/probe.exe" | grep -- '--type=14 --name=1 ' >/dev/null # the first icon group
    wrestool -x --raw --type=16 "$probe/probe.exe" | iconv -f UTF-16LE -t UTF-8 2>/dev/null | tr -d '\0' \
        | grep '1+X 证书制度试点申报' >/dev/null
    echo "   ok  $rc (icon group 1, version information in Chinese)"
done
for manifest in "$build"/app/windows/*.manifest; do
    python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$manifest"
    echo "   ok  $manifest"
done

echo "== 3. The NSIS installer script, compiled by makensis against the staged tree"
(cd "$build" && cpack -G NSIS -C RelWithDebInfo >/dev/null)
script=$(ls "$build"/_CPack_Packages/*/NSIS/project.nsi)
installer=$(ls "$build"/x1apply-*.exe)
echo "   ok  $script"
echo "   ->  $installer ($(stat -c %s "$installer") bytes; a Windows installer holding Linux binaries: do not ship)"
