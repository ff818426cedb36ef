"""The content commands: ``content-pack build|install|remove`` and the coverage report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from send_routes.cli_commands import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK

#: A pack's message names the file it came from; a few hundred characters at most.
MAX_MESSAGE = 400


def public_key_file() -> Path:
    """The content key's public half, shipped with the app."""
    from send_routes.content_build.locate import public_key_file as shipped

    return shipped()


def content_pack(args: argparse.Namespace) -> int:
    from send_routes.content_store.pack_format import PackError
    from send_routes.content_store.packs import InstallFailed

    try:
        if args.pack_command == "build":
            return _build(args)
        if args.pack_command == "remove":
            return _remove()
        return _install(args.file)
    except PackError as error:
        message = f"send-routes: {error}"
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 1] + "…"
        print(message, file=sys.stderr)
        return EXIT_FAILED if isinstance(error, InstallFailed) else EXIT_BAD_INPUT


def _install(pack: Path) -> int:
    from send_routes import paths
    from send_routes.content_build.locate import base_database
    from send_routes.content_store.pack_format import load_public_key
    from send_routes.content_store.packs import install_pack

    key = load_public_key(public_key_file())
    info = install_pack(pack, key, base_database(), paths.user_data_dir())
    print(f"Installed the content pack: {info.describe()}. It is used from the next start.")
    return EXIT_OK


def _remove() -> int:
    from send_routes import paths
    from send_routes.content_store.packs import remove_pack

    if remove_pack(paths.user_data_dir()):
        print(
            "Removed the installed content pack. The content that came with the app is used "
            "from the next start."
        )
    else:
        print("No content pack is installed: the app uses the content that came with it.")
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from send_routes import paths
    from send_routes.cli_commands import UsageError
    from send_routes.content_build.locate import refresh_if_stale
    from send_routes.content_build.pack_build import build_pack, load_private_key

    if str(args.out) == "-":  # a pack is not text for the screen, and "-" is not a file name
        raise UsageError(
            "--out - would write the pack to a file named '-': give the pack's file name, "
            "such as --out content.srpack"
        )
    database = args.db or paths.content_db()
    if args.db is None:
        refresh_if_stale(database)
    info = build_pack(database, load_private_key(args.key), args.out)
    print(f"Wrote {args.out}: content {info.describe()}, version {info.content_version}.")
    return EXIT_OK
