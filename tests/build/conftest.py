"""Make the packaging scripts in build/ importable (they are scripts, not a package)."""

from __future__ import annotations

import sys
from pathlib import Path

BUILD = Path(__file__).resolve().parents[2] / "build"
for folder in (BUILD, BUILD / "linux", BUILD / "windows"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
