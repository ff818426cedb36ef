"""Content YAML: aliases, nesting and size are bounded, so a hostile file fails fast."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from send_routes.content_build.yaml_lines import ContentFileError, load_yaml


def test_a_few_aliases_of_short_lists_load_as_before(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("sets:\n  a: &a [x, y]\nrules:\n  - when: *a\n  - when: {none: *a}\n")
    assert load_yaml(path)["rules"] == [{"when": ["x", "y"]}, {"when": {"none": ["x", "y"]}}]


def test_a_one_kilobyte_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines))
    assert path.stat().st_size < 1024
    started = time.perf_counter()
    with pytest.raises(ContentFileError, match=r"bomb.yaml:\d+: .*(aliases|expands)"):
        load_yaml(path)
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize(
    "text", ["a: " + "[" * 500 + "]" * 500, "".join(f"{' ' * n}k:\n" for n in range(500))]
)
def test_deep_nesting_is_refused_with_its_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(text)
    with pytest.raises(ContentFileError, match=r"deep.yaml:\d+: nested more than 30"):
        load_yaml(path)
