"""The bundled Noto fonts: each language's font is added to Qt once, with its bold face,
and each file unpacks to exactly the Debian file its README names."""

from __future__ import annotations

import hashlib
import lzma
import re

import pytest
from PySide6.QtGui import QFontDatabase

from send_routes.export.script_fonts import (
    SCRIPT_FONTS,
    font_folder,
    register_all,
    register_language_font,
)

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize("code", sorted(SCRIPT_FONTS))
def test_each_languages_font_is_added_with_a_bold_face(code: str) -> None:
    family = register_language_font(code)
    assert family == SCRIPT_FONTS[code].family
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(family))


def test_a_language_written_in_latin_letters_needs_no_bundled_font() -> None:
    assert register_language_font("pl") is None
    assert register_language_font("ro") is None


def test_adding_them_twice_adds_each_family_once() -> None:
    register_all()
    before = QFontDatabase.families()
    assert register_all() == tuple(font.family for font in SCRIPT_FONTS.values())
    assert QFontDatabase.families() == before


def test_every_font_file_unpacks_to_the_checksum_its_readme_records() -> None:
    readme = (font_folder() / "README.md").read_text(encoding="utf-8")
    recorded = dict(re.findall(r"\| (\S+\.ttf) \| \d+ \| `([0-9a-f]{64})` \|", readme))
    files = sorted(path.name for path in font_folder().glob("*.ttf.xz"))
    assert sorted(f"{name}.xz" for name in recorded) == files
    for name, digest in recorded.items():
        data = lzma.decompress((font_folder() / f"{name}.xz").read_bytes())
        assert hashlib.sha256(data).hexdigest() == digest, name


def test_the_licence_is_kept_beside_the_fonts() -> None:
    licence = (font_folder() / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
