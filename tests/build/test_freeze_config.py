"""What the frozen bundle leaves out and keeps (checked without running PyInstaller)."""

from __future__ import annotations

from pathlib import Path

import pytest

import freeze_config

QT = "PySide6/Qt"


@pytest.mark.parametrize(
    "module",
    [
        "tkinter",
        "unittest",
        "pydoc",
        "PySide6.QtNetwork",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.Qt3DCore",
        "PySide6.QtWebEngineCore",
        "PySide6.QtMultimedia",
        "PySide6.QtSql",
        "PySide6.QtTest",
    ],
)
def test_unused_modules_are_excluded(module: str) -> None:
    assert module in freeze_config.EXCLUDED_MODULES


def test_modules_the_app_uses_are_not_excluded() -> None:
    used = {
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtPrintSupport",
        "PySide6.QtSvg",
        "sqlite3",
        "json",
        "email",
    }
    assert not used & set(freeze_config.EXCLUDED_MODULES)


@pytest.mark.parametrize(
    "path",
    [
        f"{QT}/plugins/platforms/libqxcb.so",
        f"{QT}/plugins/platforms/libqoffscreen.so",
        f"{QT}/plugins/platforms/qwindows.dll",
        f"{QT}/plugins/imageformats/libqsvg.so",
        f"{QT}/plugins/imageformats/qico.dll",
        f"{QT}/plugins/printsupport/libcupsprintersupport.so",
        f"{QT}/lib/libQt6Core.so.6",
        f"{QT}/plugins/texttospeech/libqtexttospeech_speechd.so",
        f"{QT}/plugins/texttospeech/qtexttospeech_sapi.dll",
        f"{QT}/plugins/texttospeech/qtexttospeech_winrt.dll",
        "resources/fonts/opendyslexic/LICENSE.txt",
        "resources/fonts/noto/NotoNastaliqUrdu-Regular.ttf.xz",
        "resources/fonts/noto/OFL.txt",
        "resources/pictures/phone.svg",
        "data/content.sqlite",
        f"{QT}/translations/qtbase_pl.qm",
        f"{QT}/translations/qtbase_ar.qm",
        "dateutil/zoneinfo/__init__.py",
    ],
)
def test_kept(path: str) -> None:
    assert freeze_config.keep_file(path)


@pytest.mark.parametrize(
    "path",
    [
        f"{QT}/plugins/platformthemes/libqgtk3.so",
        f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so",
        f"{QT}/plugins/platforms/libqwayland.so",
        f"{QT}/plugins/platforms/libqeglfs.so",
        f"{QT}/plugins/imageformats/libqjpeg.so",
        f"{QT}/plugins/imageformats/libqpdf.so",
        f"{QT}/plugins/tls/libqopensslbackend.so",
        f"{QT}/plugins/sqldrivers/libqsqlite.so",
        f"{QT}/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{QT}/plugins/texttospeech/libqtexttospeech_mock.so",
        f"{QT}/plugins/texttospeech/qtexttospeech_mock.dll",
        f"{QT}/plugins/texttospeech/libqtexttospeech_flite.so",
        f"{QT}/translations/qtbase_de.qm",
        "PySide6\\Qt\\translations\\qt_fr.qm",
        f"{QT}/translations/qt_pl.qm",
        f"{QT}/translations/qtmultimedia_ar.qm",
        "dateutil/zoneinfo/dateutil-zoneinfo.tar.gz",
    ],
)
def test_dropped(path: str) -> None:
    assert not freeze_config.keep_file(path)


def test_qts_own_words_are_kept_for_every_offered_language_qt_translates() -> None:
    """Of Qt's installed translations, exactly the qtbase catalogues of the app's languages
    survive the filter: Arabic and Polish (Qt has none for ur, pa, bn or ro)."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    entries = [(f"{QT}/translations/{p.name}", str(p), "DATA") for p in folder.glob("*.qm")]
    kept = {Path(entry[0]).name for entry in freeze_config.filter_toc(entries)}
    languages = freeze_config.app_languages()
    assert {"ur", "ar", "pl", "pa", "bn", "ro"} <= languages
    assert len(entries) > 100
    assert {"qtbase_ar.qm", "qtbase_pl.qm"} <= kept
    assert kept <= {f"qtbase_{code}.qm" for code in languages}


def test_only_the_uk_holidays_are_bundled() -> None:
    assert freeze_config.keep_module("holidays.countries.united_kingdom")
    assert freeze_config.keep_module("holidays.countries")
    assert freeze_config.keep_module("holidays.groups.christian")
    assert not freeze_config.keep_module("holidays.countries.france")
    assert not freeze_config.keep_module("holidays.financial.ny_stock_exchange")


def test_libraries_only_a_dropped_plugin_needed_are_pruned() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        (f"{QT}/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-icccm.so.4", "/src/libxcb-icccm.so.4", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libcairo-link.so", "libcairo.so.2", "SYMLINK"),
    ]
    needed = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libqxcb.so": ["libQt6Gui.so.6", "libxcb-icccm.so.4", "libcups.so.2"],
        "/src/libcups.so.2": ["libgnutls.so.30"],
    }
    kept = freeze_config.prune_unreachable(binaries, lambda path: needed.get(path, []))
    kept = freeze_config.drop_dangling_symlinks(kept, kept)
    names = {Path(entry[0]).name for entry in kept}
    assert {"libQt6Gui.so.6", "libqxcb.so", "libxcb-icccm.so.4"} <= names
    # cairo: nobody links it; cups comes from the system, and GnuTLS only with it.
    assert not {"libcairo.so.2", "libcups.so.2", "libgnutls.so.30", "libcairo-link.so"} & names


def test_resources_are_bundled_with_the_font_licences() -> None:
    pairs = freeze_config.resource_datas(freeze_config.REPO / "resources")
    sources = {Path(source).name for source, _ in pairs}
    assert {"plan.html", "base.qss", "OFL.txt", "LICENSE.txt", "send-routes.svg"} <= sources
    assert all(folder.startswith("resources") for _, folder in pairs)


def test_the_spec_uses_the_config_and_no_onefile() -> None:
    spec = (freeze_config.REPO / "build" / "send_routes.spec").read_text(encoding="utf-8")
    for needle in (
        "freeze_config.EXCLUDED_MODULES",
        "freeze_config.filter_toc",
        "freeze_config.COLLECTED_PACKAGES",
        "exclude_binaries=True",
        "COLLECT(",
        "upx=False",
    ):
        assert needle in spec


def test_the_pdf_reader_the_wording_check_opens_lazily_is_collected() -> None:
    assert "pypdf" in freeze_config.COLLECTED_PACKAGES
    assert not {"pypdf", "xml", "zipfile"} & set(freeze_config.EXCLUDED_MODULES)
