"""What goes into the frozen bundle: Python modules left out, Qt files kept, data files.

Kept apart from the spec so the tests can check the lists without running PyInstaller.
Paths are compared as bundle destinations with forward slashes, e.g.
``PySide6/Qt/plugins/platforms/libqxcb.so``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: Python modules the app never imports (standard library and unused Qt bindings).
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "unittest",
    "pydoc",
    "pydoc_data",
    "doctest",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "venv",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "test",
    "xmlrpc",
    "curses",
    "pytest",
    "hypothesis",
    "mypy",
    "IPython",
    "numpy",
    # Only Jinja2's async rendering imports asyncio (and asyncio brings concurrent.futures and,
    # through it, multiprocessing with PyInstaller's runtime hook, 15-20 ms at every start);
    # the app renders synchronously and never starts processes.
    "asyncio",
    "concurrent",
    "multiprocessing",
    # rapidfuzz's AVX2 builds duplicate its portable ones (5 MiB on Linux); rapidfuzz falls
    # back to the portable build when they are absent, and the app's searches are small.
    "rapidfuzz.fuzz_cpp_avx2",
    "rapidfuzz.distance.metrics_cpp_avx2",
    # The app scores with rapidfuzz.fuzz and .process, whose C++ builds stand alone; only the
    # distance metrics (Levenshtein and the rest, never called) need metrics_cpp (2.9 MiB),
    # and they fall back to Python. Measured: process.extract with fuzz scorers stays in C++.
    "rapidfuzz.distance.metrics_cpp",
    # Nothing connects anywhere (tests/test_layering.py): http.client, urllib.request and
    # ftplib import ssl only if it is there, so OpenSSL's libssl (0.9 MiB) stays out.
    "ssl",
    "_ssl",
    # PyYAML's libyaml loader: the app's YAML goes through the pure Python SafeLoader.
    "yaml._yaml",
    # decimal's pure Python copy; the C one (_decimal) is always there.
    "_pydecimal",
    "PySide6.QtNetwork",
    # The Python binding only (0.3 MiB): nothing imports it. libQt6DBus itself stays, as
    # libQt6Gui and libQt6Multimedia link it.
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPdf",
)

#: Packages the app imports only inside a function, when a file is opened: collected whole,
#: whatever PyInstaller's analysis of those functions finds. pypdf reads a PDF for the
#: wording check (pure Python; its optional helpers for images and encryption are not
#: needed for text). ``send-routes --self-test`` reads a bundled PDF to prove it is there.
COLLECTED_PACKAGES = ("pypdf",)

#: Qt plugins kept (type/name stem); every other plugin is dropped. xcb and wayland-less
#: Linux desktops use XWayland. ``offscreen`` serves the self-test, ``cups`` printing,
#: ``compose``/``ibus`` typing accents, ``svg`` and ``ico`` the icons (and the Easy Read
#: pictures). Read aloud ships only the engines users have (facts H23, H28): speech-dispatcher
#: on Linux, SAPI and WinRT on Windows; never Qt's mock engine, which is for tests.
KEPT_QT_PLUGINS = frozenset(
    {
        "platforms/qxcb",
        "platforms/qoffscreen",
        "platforms/qwindows",
        "platforms/qcocoa",
        "platforminputcontexts/composeplatforminputcontextplugin",
        "platforminputcontexts/ibusplatforminputcontextplugin",
        "printsupport/cupsprintersupport",
        "imageformats/qsvg",
        "imageformats/qico",
        "iconengines/qsvgicon",
        "styles/qmodernwindowsstyle",
        "styles/qwindowsvistastyle",
        "texttospeech/qtexttospeech_speechd",
        "texttospeech/qtexttospeech_sapi",
        "texttospeech/qtexttospeech_winrt",
    }
)

_PLUGIN = re.compile(r"(?:^|/)plugins/([^/]+)/(?:lib)?([^/.]+)\.(?:so|dll|dylib)$")
_TRANSLATION = re.compile(r"(?:^|/)Qt\d?/translations/([^/]+)$")


def app_languages(repo: Path = REPO) -> frozenset[str]:
    """The languages the app offers besides English: one catalogue each in
    db/content/translations/ (ur, ar, pl, pa, bn, ro)."""
    catalogues = repo / "db" / "content" / "translations"
    return frozenset(path.stem for path in catalogues.glob("*.yaml"))


#: Qt's own translations kept: only ``qtbase_<code>.qm`` for the app's languages, which
#: ``ui.common.catalogue_translator`` loads for the words of Qt's dialogs (OK, Cancel, the
#: file dialog) that the app's catalogue does not have. Qt 6 has one for Arabic and Polish
#: only (160 KB each); the other 40-odd languages' qtbase catalogues, Qt's multimedia and
#: other modules' catalogues and the ``qt_<code>.qm`` files that only point at them are left
#: out (about 9 MiB): nothing loads them.
KEPT_QT_TRANSLATIONS = frozenset(f"qtbase_{code}.qm" for code in app_languages())

#: Data files that packages ship and the app never reads. dateutil's copy of the time zone
#: database (0.15 MiB) is its fall-back for ``dateutil.tz.gettz`` when the system has no
#: zone of that name; the app asks for no named zone (its calendars use UTC and dates, and
#: icalendar takes zones from the standard library's zoneinfo).
_UNUSED_DATA = re.compile(r"(?:^|/)dateutil/zoneinfo/dateutil-zoneinfo\.tar\.gz$")


#: Package records no code reads at run time (importlib.metadata reads METADATA for a
#: version; RECORD only lists the files pip installed, and the SBOM is for auditors).
_UNREAD_METADATA = re.compile(r"\.dist-info/(?:RECORD|sboms/.*)$")


def keep_file(destination: str) -> bool:
    """Whether a file collected for the bundle (by its destination path) is kept."""
    path = destination.replace("\\", "/")
    translation = _TRANSLATION.search(path)
    if translation:
        return translation.group(1) in KEPT_QT_TRANSLATIONS
    if _UNREAD_METADATA.search(path) or _UNUSED_DATA.search(path):
        return False
    plugin = _PLUGIN.search(path)
    if plugin:
        return f"{plugin.group(1)}/{plugin.group(2)}" in KEPT_QT_PLUGINS
    return True


def filter_toc(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """PyInstaller's (destination, source, kind) entries, without the dropped files."""
    return [entry for entry in entries if keep_file(entry[0])]


#: Libraries taken from the system instead of the bundle (Linux), with everything only they
#: need: CUPS brings GnuTLS, Kerberos and Avahi (about 9 MiB), and must match the system's
#: print service anyway. The .deb depends on ``libcups2``; without it printing lists no
#: printers but saving a PDF still works.
#: Read aloud's libraries come from the system the same way: the PulseAudio client (with its
#: sound file codecs, about 4 MiB) must match the system's sound server, speech-dispatcher's
#: client comes with speech-dispatcher, and Kerberos (needed by QtNetwork, which Qt's speech
#: module links) comes with CUPS. Without them Qt's speech module does not load, and read
#: aloud says it is not available; nothing else needs them.
SYSTEM_LIBRARIES = frozenset(
    {"libcups.so.2", "libpulse.so.0", "libspeechd.so.2", "libgssapi_krb5.so.2"}
)


def prune_unreachable(
    binaries: list[tuple[str, str, str]],
    needed_of: Callable[[str], Iterable[str]],
) -> list[tuple[str, str, str]]:
    """Drop shared libraries that nothing kept links to (Linux).

    PyInstaller resolves dependencies before the spec can drop a plugin, so libraries only a
    dropped plugin needed (the gtk3 theme's cairo and pango) are still listed. Roots are the
    Python extension modules, the kept Qt plugins and libpython; ``needed_of(source)``
    gives a binary's direct link-time dependencies (DT_NEEDED names).
    """

    def is_root(entry: tuple[str, str, str]) -> bool:
        name = entry[0].replace("\\", "/")
        return entry[2] == "EXTENSION" or "/plugins/" in name or "libpython" in name

    files = {
        Path(entry[0]).name: entry[1]
        for entry in binaries
        if entry[2] != "SYMLINK" and Path(entry[0]).name not in SYSTEM_LIBRARIES
    }
    pending = [entry[1] for entry in binaries if is_root(entry)]
    seen: set[str] = set()
    needed: set[str] = set()
    while pending:
        source = pending.pop()
        if source in seen:
            continue
        seen.add(source)
        for name in needed_of(source):
            if name in files and name not in needed:
                needed.add(name)
                pending.append(files[name])
    return [
        entry
        for entry in binaries
        if entry[2] == "SYMLINK" or is_root(entry) or Path(entry[0]).name in needed
    ]


def drop_dangling_symlinks(
    entries: list[tuple[str, str, str]], binaries: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Symlink entries whose target is no longer in the bundle are dropped too."""
    present = {entry[0].replace("\\", "/") for entry in binaries if entry[2] != "SYMLINK"}

    def target_present(entry: tuple[str, str, str]) -> bool:
        # PyInstaller writes the target as a bundle path; allow a link-relative one too.
        target = entry[1].replace("\\", "/")
        beside = (Path(entry[0].replace("\\", "/")).parent / target).as_posix()
        return target in present or beside in present

    return [entry for entry in entries if entry[2] != "SYMLINK" or target_present(entry)]


def elf_needed(path: str) -> list[str]:
    """A shared library's DT_NEEDED names, read with objdump (binutils, which PyInstaller
    needs on Linux anyway)."""
    import subprocess

    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def resource_datas(resources: Path) -> list[tuple[str, str]]:
    """The app's resources folder as (source, destination folder) pairs, files only."""
    pairs = []
    for path in sorted(resources.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            relative = path.parent.relative_to(resources.parent)
            pairs.append((str(path), relative.as_posix()))
    return pairs


#: holidays ships ~250 country modules (about 3 MB of bytecode) that
#: ``holidays.countries/__init__`` imports eagerly; the app needs England and Wales only.
#: ``rthook_holidays.py`` makes that package a bare namespace so nothing else is imported.
HOLIDAY_MODULES_KEPT = frozenset({"holidays.countries", "holidays.countries.united_kingdom"})


def keep_module(name: str) -> bool:
    """Whether a pure-Python module goes into the bundle's archive."""
    if name.startswith(("holidays.countries.", "holidays.financial.")):
        return name in HOLIDAY_MODULES_KEPT
    return True
