"""The content commands: ``content-pack build|install`` and the coverage report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from send_routes.cli_commands import EXIT_FAILED, EXIT_OK
from send_routes.content_store.content_release import PUBLIC_KEY_NAME


def public_key_file() -> Path:
    """The content key's public half, shipped with the app."""
    from send_routes import paths

    return paths.resources_dir() / PUBLIC_KEY_NAME


def content_pack(args: argparse.Namespace) -> int:
    from send_routes import paths
    from send_routes.content_store.packs import PackError

    try:
        if args.pack_command == "build":
            return _build(args)
        from send_routes.content_store.packs import install_pack, load_public_key

        bundled = paths.content_db()
        info = install_pack(
            args.file, load_public_key(public_key_file()), bundled, paths.user_data_dir()
        )
    except PackError as error:
        print(f"send-routes: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Installed the content pack: {info.describe()}. It is used from the next start.")
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from send_routes import paths
    from send_routes.content_build.locate import refresh_if_stale
    from send_routes.content_build.pack_build import build_pack, load_private_key

    database = args.db or paths.content_db()
    if args.db is None:
        refresh_if_stale(database)
    info = build_pack(database, load_private_key(args.key), args.out)
    print(f"Wrote {args.out}: content {info.describe()}, version {info.content_version}.")
    return EXIT_OK
