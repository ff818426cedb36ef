"""Shared fixtures: a content database built once per run, and Qt set to draw offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt, so no test ever needs a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from send_routes import paths
from send_routes.content_build.build import build_database
from send_routes.content_store.content import ContentStore

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def content_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The content database, freshly built from db/content/ for this test run."""
    out = tmp_path_factory.mktemp("content") / "content.sqlite"
    build_database(paths.content_dir(), paths.schema_file(), out)
    return out


@pytest.fixture(scope="session", autouse=True)
def _use_test_content_db(content_db: Path) -> Iterator[None]:
    """Point the app (and any subprocess it starts) at the freshly built database, which
    it uses as it is only in developer mode (tests/content_store/test_content_trust.py
    turns developer mode off to check what everyone else gets)."""
    wanted = {"SEND_ROUTES_CONTENT_DB": str(content_db), "SEND_ROUTES_DEVELOPER": "1"}
    previous = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    yield
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def content(content_db: Path) -> Iterator[ContentStore]:
    store = ContentStore.open(content_db)
    yield store
    store.close()
