#!/bin/sh
# Saves the window's screenshots under docs/screenshots: the real x1apply on a virtual X screen
# of 1366×768 (a clerk's office laptop; xvfb-run), the whole screen grabbed with ImageMagick's
# import — the start page, a school's workbook with its findings, an office's workbook of 30
# schools, the school's workbook in English. The two dialogs (新建, 试点条件) are grabbed by the
# test program offscreen. Without xvfb-run or import, everything is grabbed offscreen.
# Needs (Debian): xvfb xauth imagemagick. Usage: scripts/screenshots.sh [BUILD_DIR]
set -e
build=$(cd "${1:-build}" && pwd)
source=$(cd "$(dirname "$0")/.." && pwd)
shots="$source/docs/screenshots"

if [ "$X1_SCREENSHOTS_INSIDE" = 1 ]; then
    # Inside xvfb-run: one x1apply at a time, grabbed once its first paint is on the screen.
    work=$2
    shot() { # shot OUT.png [ARGUMENTS...]
        out=$1; shift
        "$build/app/x1apply" "$@" -qwindowgeometry 1366x768+0+0 --test-first-paint print > "$work/out.txt" 2>&1 &
        pid=$!
        tries=0
        until grep -q painted "$work/out.txt"; do
            tries=$((tries + 1))
            [ $tries -le 200 ] || { echo "x1apply did not paint: $*" >&2; cat "$work/out.txt" >&2; kill $pid; exit 1; }
            sleep 0.1
        done
        sleep 1 # the findings' re-check and the fonts' last glyphs
        import -window root "$shots/$out"
        kill $pid
        wait $pid 2> /dev/null || true # killed: its lock is stale, its settings unsaved
    }
    shot window_school.png "$work/四川信息职业技术学院_1+X试点申报.x1db"
    shot window_office.png "$work/四川省教育厅_1+X试点申报.x1db"
    shot window_english.png "$work/四川信息职业技术学院_1+X试点申报.x1db" --lang en
    shot start_page.png # the two workbooks above are its recent ones
    exit 0
fi

cmake --build "$build" --target x1apply x1apply-cli x1tests
mkdir -p "$shots"
if ! command -v xvfb-run > /dev/null || ! command -v import > /dev/null; then
    echo "xvfb-run or import is missing: the screenshots are grabbed offscreen" >&2
    QT_QPA_PLATFORM=offscreen "$build/tests/x1tests" "[screenshots]"
    exit 0
fi
QT_QPA_PLATFORM=offscreen "$build/tests/x1tests" "[screenshots][dialogs]"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/x1apply-screenshots.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
work="$scratch/1+X试点申报" # the folder the start page shows
mkdir "$work"
cli="$build/app/x1apply-cli"
school="$work/四川信息职业技术学院_1+X试点申报.x1db"
"$cli" new "$school" --profile sc-2019 --unit 四川信息职业技术学院 --unit-kind 学校 --contact 李娜 \
    --phone 0839-3303000 --date 2019-04-22 > /dev/null
"$cli" add-school "$school" --name 四川信息职业技术学院 --code 4151013906 --type 高职 --city 广元市 \
    --affiliation 省属 --tiers 国家骨干高职院校 > /dev/null
"$cli" add-row "$school" 四川信息职业技术学院 --certificate web前端 --levels 初级、中级 \
    --majors 计算机应用技术、软件技术 --students 120 --team-size 12 --dual-qualified 8 --experts 3 > /dev/null
"$cli" add-row "$school" 四川信息职业技术学院 --certificate 物流管理 --levels 初级 \
    --majors 物流管理、烹饪工艺与营养 --students 45 > /dev/null # W01: a major the certificate does not list
"$cli" add-row "$school" 四川信息职业技术学院 --certificate 老年照护 --levels 初级 --majors 护理 \
    --students 约一百 > /dev/null # E08: not a number
office="$work/四川省教育厅_1+X试点申报.x1db"
python3 "$source/docs/samples/make_sample30.py" > "$work/sample30.json"
"$cli" new "$office" --profile sc-2019 --unit 四川省教育厅 --contact 王伟 --phone 028-86110894 --date 2019-04-22 > /dev/null
"$cli" import "$office" "$work/sample30.json" > /dev/null

# The program's settings (recent workbooks, window geometry) in the scratch folder: a first start.
XDG_CONFIG_HOME="$work/settings" X1_SCREENSHOTS_INSIDE=1 \
    xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$build" "$work"
echo "saved in $shots"
