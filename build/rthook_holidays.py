"""PyInstaller runtime hook: stand in for ``holidays.countries`` and ``holidays.financial``.

Their ``__init__`` modules import every country; the bundle holds only the United Kingdom
(see ``freeze_config.keep_module``), which ``holidays`` then loads by its module name.
"""

import os
import sys
import types


def _namespace(name: str) -> None:
    module = types.ModuleType(name)
    module.__path__ = [os.path.join(sys._MEIPASS, *name.split("."))]  # type: ignore[attr-defined]
    module.__package__ = name
    sys.modules[name] = module


_namespace("holidays.countries")
_namespace("holidays.financial")
