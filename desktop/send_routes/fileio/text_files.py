"""Decode a text file that may be UTF-8, Windows-1252 (Excel's CSV), or a mix of the two.

A file that is UTF-8 except for one Windows-1252 byte (a "£" typed in another program) must
not be read wholly as Windows-1252: that silently turns every "é" elsewhere into "Ã©". So:

- valid UTF-8 (a byte order mark allowed) is read as UTF-8;
- a file with no UTF-8 multi-byte characters at all is read as Windows-1252 (nothing in it
  could be misread);
- a mix raises ``MixedEncoding`` naming the first odd line, and the person chooses:
  ``ODD_BYTES`` reads only the odd bytes as Windows-1252, ``WHOLE_FILE`` reads everything
  as Windows-1252.

NUL bytes are refused (no text file holds them), and so is a file above the size cap.
"""

from __future__ import annotations

import re
from pathlib import Path

from send_routes.fileio.clip import clip_path
from send_routes.fileio.regular_file import read_regular, reason

ODD_BYTES = "utf-8, odd bytes as windows-1252"
WHOLE_FILE = "windows-1252"
CHOICES = (ODD_BYTES, WHOLE_FILE)

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


class TextFileError(ValueError):
    """The file cannot be read as text; the message says why and where."""


class MixedEncoding(TextFileError):
    """UTF-8 except for some bytes: ``line`` is the first odd one; ask which reading to use."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of the ordinary file ``path``, or TextFileError when it is bigger than
    ``limit`` (or a pipe, socket or device, which is refused rather than waited on)."""
    shown = clip_path(path)
    try:
        data = read_regular(path, limit)
    except (OSError, ValueError) as error:
        why = reason(error) if isinstance(error, OSError) else str(error)
        raise TextFileError(f"Cannot read {shown}: {why}.") from error
    if len(data) > limit:
        raise TextFileError(
            f"{shown} is larger than {limit // (1024 * 1024)} MB, too big to be a list of contacts."
        )
    return data


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _odd_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    odd = error.object[error.start : error.end]
    return bytes(odd).decode("cp1252", errors="replace"), error.end


def decode_text(data: bytes, name: str, choice: str | None = None) -> str:
    """The text of a file called ``name`` (see the module's rules); ``choice`` from CHOICES."""
    nul = data.find(b"\0")
    if nul >= 0:
        raise TextFileError(f"{name}: line {_line_of(data, nul)} has a NUL byte: not a text file.")
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        first_odd = error.start
    if choice == WHOLE_FILE or (choice is None and not _UTF8_MULTIBYTE.search(body)):
        return _whole_cp1252(body, name)
    if choice == ODD_BYTES:
        return body.decode("utf-8", errors="send-routes-cp1252")
    line = _line_of(body, first_odd)
    raise MixedEncoding(
        f"{name}: line {line} has a character that is not UTF-8, though the rest of the file "
        "is. Choose how to read it: the odd characters as Windows-1252 (Excel), or the whole "
        "file as Windows-1252.",
        line,
    )


def _whole_cp1252(body: bytes, name: str) -> str:
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError as error:
        raise TextFileError(
            f"{name}: line {_line_of(body, error.start)} is not text in UTF-8 or "
            "Windows-1252 (Excel's CSV)."
        ) from error


def _register() -> None:
    import codecs

    codecs.register_error("send-routes-cp1252", _odd_as_cp1252)


_register()
