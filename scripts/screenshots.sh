#!/bin/sh
# Saves the window's screenshots under docs/screenshots (offscreen; no display needed).
# Usage: scripts/screenshots.sh [BUILD_DIR]
set -e
build=${1:-build}
cmake --build "$build" --target x1tests
QT_QPA_PLATFORM=offscreen "$build/tests/x1tests" "[screenshots]"
