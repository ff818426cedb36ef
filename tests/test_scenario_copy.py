"""The tests' copy of the shared scenarios has not drifted from the spec it was copied from.

The tests read only ``tests/data``, so a fresh clone needs nothing beside it. Where the
project's ``shared`` folder sits beside the checkout (as in development), every copied
scenario must still be in the spec unchanged; the spec may have gained newer ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
COPY = REPO / "tests" / "data" / "scenarios_shared.json"
SPEC = REPO.parent / "shared" / "spec" / "scenarios.json"


def test_every_copied_scenario_is_in_the_shared_spec_unchanged() -> None:
    if not SPEC.is_file():
        pytest.skip(f"no shared spec beside the checkout ({SPEC}) to compare the copy with")
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    copied = json.loads(COPY.read_text(encoding="utf-8"))
    changed = [scenario["name"] for scenario in copied if scenario not in spec]
    assert not changed, f"copied scenarios that differ from {SPEC}: {changed}"
