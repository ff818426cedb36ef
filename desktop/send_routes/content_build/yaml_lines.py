"""Load YAML keeping the line of every mapping, so content errors can name file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from send_routes.fileio.regular_file import read_regular, reason


class LineDict(dict[str, Any]):
    """A mapping from a YAML file that remembers the line it started on (1-based)."""

    line: int = 0
    duplicate_keys: tuple[str, ...] = ()


#: Bounds for content files: the project's own use a few aliases of short lists, a few
#: levels deep. An alias "bomb" (aliases of aliases, each doubling the data) or deep
#: nesting is refused before it is built.
MAX_ALIASES = 50
MAX_DEPTH = 30
MAX_NODES = 200_000
MAX_BYTES = 4 * 1024 * 1024


class _Loader(yaml.SafeLoader):
    """A safe loader that counts aliases and nesting while it composes."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases = 0
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise yaml.composer.ComposerError(
                    None, None, f"more than {MAX_ALIASES} aliases (*name)", mark
                )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", mark
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


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


def _expanded_size(node: yaml.Node, sizes: dict[int, int]) -> int:
    """How many nodes ``node`` stands for with every alias expanded (shared nodes counted
    once per use, computed once each)."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(item, sizes) for item in node.value)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            size += _expanded_size(key, sizes) + _expanded_size(value, sizes)
    sizes[id(node)] = size
    return size


def _read_text(path: Path) -> str:
    try:
        data = read_regular(path, MAX_BYTES)
    except OSError as error:
        raise ContentFileError(f"{path}: cannot be read: {reason(error)}") from error
    if len(data) > MAX_BYTES:
        raise ContentFileError(f"{path}: is larger than {MAX_BYTES // 1024 // 1024} MB")
    if b"\0" in data:
        raise ContentFileError(f"{path}: contains a NUL byte, so it is not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ContentFileError(f"{path}:{line}: is not UTF-8 text") from error


def load_yaml(path: Path) -> Any:
    """Parse ``path``; a syntax error becomes ContentFileError naming the file and line.

    Aliases, nesting and size are bounded (``MAX_*``), so a hostile file fails fast.
    """
    try:
        loader = _Loader(_read_text(path))
        try:
            node = loader.get_single_node()
            if node is not None and _expanded_size(node, {}) > MAX_NODES:
                raise ContentFileError(
                    f"{path}:{node.start_mark.line + 1}: expands to more than {MAX_NODES} "
                    "values (aliases of aliases?)"
                )
            return None if node is None else loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 0
        raise ContentFileError(f"{path}:{line}: {error.problem}") from error
    except yaml.YAMLError as error:
        raise ContentFileError(f"{path}: is not valid YAML ({error})") from error
    except OSError as error:
        raise ContentFileError(f"{path}: cannot be read ({error.strerror or error})") from error


def line_of(value: object, default: int = 0) -> int:
    """The line a value from ``load_yaml`` started on, or ``default``."""
    return value.line if isinstance(value, LineDict) else default
