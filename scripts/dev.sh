#!/usr/bin/env bash
# Builds x1apply on Debian 12, installing the packages it needs when they are missing.
#   scripts/dev.sh run [WORKBOOK]   build, then start the desktop program
#   scripts/dev.sh test             build, then run every test; then again under ASan + UBSan
set -euo pipefail
cd "$(dirname "$0")/.."

install_missing_packages() {
    local missing=()
    while read -r package; do
        [[ -z "$package" || "$package" == \#* ]] && continue
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done < scripts/debian-packages.txt
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build -j "$(nproc)"
}

case "${1:-}" in
run)
    shift
    install_missing_packages
    build
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "x1apply is a desktop program and this session has no display." >&2
        echo "Run it under a virtual display:  xvfb-run -a scripts/dev.sh run" >&2
        echo "(apt-get install xvfb xauth) — or use the console program build/app/x1apply-cli." >&2
        exit 1
    fi
    exec build/app/x1apply "$@"
    ;;
test)
    install_missing_packages
    build
    (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)")
    # The same suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer; FreeXL's
    # own leak and stack report are suppressed (docs/reliability.md, "Sanitizers").
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DX1_SANITIZE=ON
    cmake --build build-asan -j "$(nproc)"
    cd build-asan
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS="suppressions=$PWD/../scripts/sanitizers/asan.supp" \
        LSAN_OPTIONS="suppressions=$PWD/../scripts/sanitizers/lsan.supp" ctest --output-on-failure -j "$(nproc)"
    ;;
*)
    echo "usage: scripts/dev.sh run [WORKBOOK] | scripts/dev.sh test" >&2
    exit 2
    ;;
esac
