"""Load YAML keeping the line of every mapping, so content errors can name file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class LineDict(dict[str, Any]):
    """A mapping from a YAML file that remembers the line it started on (1-based)."""

    line: int = 0
    duplicate_keys: tuple[str, ...] = ()


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    keys = [loader.construct_object(key_node, deep=True) for key_node, _ in node.value]
    mapping = LineDict(
        {str(key): value for key, value in loader.construct_mapping(node, deep=True).items()}
    )
    mapping.line = node.start_mark.line + 1
    mapping.duplicate_keys = tuple(str(key) for key in keys if keys.count(key) > 1)
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class ContentFileError(ValueError):
    """A content file cannot be read at all."""


def load_yaml(path: Path) -> Any:
    """Parse ``path``; a syntax error becomes ContentFileError naming the file and line."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 0
        raise ContentFileError(f"{path}:{line}: {error.problem}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ContentFileError(f"{path}: cannot be read ({error})") from error


def line_of(value: object, default: int = 0) -> int:
    """The line a value from ``load_yaml`` started on, or ``default``."""
    return value.line if isinstance(value, LineDict) else default
