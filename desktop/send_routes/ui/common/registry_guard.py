"""Keep Qt's file dialog from writing the folders a family visited into the Windows registry.

When a ``QFileDialog`` is made it reads, and when it is destroyed it writes, the folders
visited (``history``, ``lastVisited``) under
``HKEY_CURRENT_USER\\Software\\QtProject\\OrganizationDefaults\\FileDialog``. Qt opens that
with ``QSettings(QSettings::UserScope, "QtProject")``, whose format is always the native one
(Qt's documentation: ``setDefaultFormat()`` has no effect on that constructor), and on
Windows the native format is the registry, which ``QSettings.setPath`` cannot move.

So, only while a file dialog is open, ``HKEY_CURRENT_USER`` is mapped for this process alone
(``RegOverridePredefKey``, in advapi32 since Windows 2000) to an empty *volatile* key: a
volatile key is never written to disk, and Windows refuses to make an ordinary key under
it (``ERROR_CHILD_MUST_BE_VOLATILE``), so Qt's write fails or stays in memory. The mapping
is restored and the scratch key deleted as soon as the dialog is gone.
On every other system this does nothing: there ``file_dialogs.keep_qt_from_writing`` points
Qt's settings file at a path that cannot be created.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

#: The predefined key HKEY_CURRENT_USER, as winreg.h makes it (the LONG 0x80000001, sign
#: extended to a pointer), and the options and rights used (winreg.h, winnt.h).
HKEY_CURRENT_USER = 0x80000001 - 2**32
REG_OPTION_VOLATILE = 1
KEY_ALL_ACCESS = 0xF003F
#: Made fresh for each dialog under the real HKEY_CURRENT_USER, and deleted after it.
SCRATCH_KEY = "Software\\SEND Routes dialog (temporary, in memory)"


class RegistryGuardError(OSError):
    """The registry could not be set aside, so the dialog must not open."""


@contextmanager
def registry_set_aside() -> Iterator[None]:
    """While inside, this process's HKEY_CURRENT_USER is an empty volatile key (Windows only)."""
    if sys.platform != "win32":
        yield
        return
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32")
    current_user = wintypes.HKEY(HKEY_CURRENT_USER)
    scratch = wintypes.HKEY()
    status = advapi32.RegCreateKeyExW(
        current_user,
        SCRATCH_KEY,
        0,
        None,
        REG_OPTION_VOLATILE,
        KEY_ALL_ACCESS,
        None,
        ctypes.byref(scratch),
        None,
    )
    if status != 0:
        raise RegistryGuardError(status, "could not make a key in memory for the file dialog")
    try:
        status = advapi32.RegOverridePredefKey(current_user, scratch)
        if status != 0:
            raise RegistryGuardError(status, "could not set the registry aside")
        try:
            yield
        finally:
            advapi32.RegOverridePredefKey(current_user, None)
    finally:
        advapi32.RegDeleteTreeW(scratch, None)
        advapi32.RegCloseKey(scratch)
        advapi32.RegDeleteKeyW(current_user, SCRATCH_KEY)
