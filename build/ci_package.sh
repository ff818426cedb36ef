#!/usr/bin/env bash
# CI packaging check (Debian/Ubuntu): freeze the app, run the frozen self-test and prove it
# writes nothing into its own folder, build the .deb and inspect it, self-test the unpacked
# .deb tree and the portable archive, and compile the Windows installer script against
# placeholder files. Call from the repository root or anywhere: bash build/ci_package.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
# makensis; objdump and strip (PyInstaller on Linux); the system libraries the bundle
# links to (the .deb's Depends), so the frozen app runs offscreen.
APT_PACKAGES=(nsis binutils libgl1 libegl1 libxcb1 libcups2)

step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

missing=()
for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]})); then
    step "apt-get install ${missing[*]}"
    sudo_=""; [[ $(id -u) -ne 0 ]] && sudo_="sudo"
    $sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    step "pip install the build extra"
    "$PY" -m pip install --quiet -c constraints.txt -e ".[dev,build]"
fi

scratch=$(mktemp -d)
trap 'chmod -R u+w "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$scratch/home"
mkdir -p "$HOME"
unset SEND_ROUTES_CONTENT_DB SEND_ROUTES_DATA_DIR

snapshot() { find "$1" -printf '%P %s %T@ %m\n' | sort; }

# Runs the self-test of the app in folder $1 (read-only), and fails if anything in the
# folder changed: the app must never write inside its install folder.
self_test_read_only() {
    local folder=$1 before after
    chmod -R a-w "$folder"
    before=$(snapshot "$folder")
    "$folder/send-routes" --self-test
    after=$(snapshot "$folder")
    chmod -R u+w "$folder"
    if [[ "$before" != "$after" ]]; then
        echo "the app wrote inside its install folder $folder:" >&2
        diff <(echo "$before") <(echo "$after") >&2 || true
        return 1
    fi
    echo "install folder unchanged"
}

step "freeze"
"$PY" build/freeze.py
version=$("$PY" build/freeze.py --version)
test "$(dist/send-routes/send-routes --version)" = "send-routes $version"

step "frozen self-test"
cp -a dist/send-routes "$scratch/frozen"
self_test_read_only "$scratch/frozen"

step ".deb"
"$PY" build/linux/make_deb.py --compression zstd
deb="dist/send-routes_${version}_$(dpkg --print-architecture).deb"
dpkg-deb --info "$deb"
contents=$(dpkg-deb --contents "$deb")
for path in ./opt/send-routes/send-routes ./opt/send-routes/_internal/data/content.sqlite \
    ./usr/bin/send-routes ./usr/share/applications/send-routes.desktop \
    ./usr/share/icons/hicolor/256x256/apps/send-routes.png; do
    grep -q " $path\( \|$\)" <<<"$contents" || { echo "missing from the .deb: $path" >&2; exit 1; }
done
echo "$(wc -l <<<"$contents") entries, the expected paths present"

step "self-test from the unpacked .deb"
dpkg-deb -x "$deb" "$scratch/deb"
self_test_read_only "$scratch/deb/opt/send-routes"

step "portable archive"
"$PY" build/make_portable.py
mkdir "$scratch/portable"
tar -xzf "dist/send-routes-${version}-linux-x86_64.tar.gz" -C "$scratch/portable"
test -f "$scratch/portable/send-routes-${version}/send-routes-portable"
"$scratch/portable/send-routes-${version}/send-routes" --self-test

step "NSIS script compiles"
"$PY" build/windows/make_installer.py --placeholder

step "done"
ls -l dist/*.deb dist/*.tar.gz
