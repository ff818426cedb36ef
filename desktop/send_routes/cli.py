"""The command line: with no command it opens the window; otherwise plan, contacts, build-db."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from send_routes import __version__
from send_routes.cli_lines import one_line, say
from send_routes.core.letter_ids import LETTER_IDS
from send_routes.fileio.clip import clip_repr

if TYPE_CHECKING:
    import argparse


def _date(value: str) -> dt.date:
    """A date written exactly YYYY-MM-DD, as in answers files (not 2026-W47-4 or 20260101)."""
    import argparse

    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{clip_repr(value)} is not a date written YYYY-MM-DD")


def _data_dir(value: str) -> Path:
    """A folder that can exist on this computer (checked before anything touches the disk)."""
    import argparse

    from send_routes import paths

    try:
        return paths.checked_folder(value)
    except paths.DataDirError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _limit(value: str) -> int:
    """A --limit between 1 and 1,000 (a bigger one is no use and overflows SQLite)."""
    import argparse

    if not value.strip().isdigit() or len(value.strip()) > 4 or not 1 <= int(value) <= 1000:
        raise argparse.ArgumentTypeError(f"'{value[:20]}' is not a whole number from 1 to 1000")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    import argparse  # only for a command: the window alone does not need it

    parser = argparse.ArgumentParser(
        prog="send-routes",
        description="Find the routes you can take when you disagree with a decision about "
        "special educational needs support in England. With no command, opens the window.",
        epilog="This is information, not legal advice.",
    )
    parser.add_argument("--version", action="version", version=f"send-routes {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check this copy works (no screen needed)"
    )
    parser.add_argument(
        "--data-dir",
        type=_data_dir,
        metavar="DIR",
        help="keep saved cases and own contacts in DIR (for example on a USB stick)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    opened = commands.add_parser("open", help="open the window at Check your answers")
    opened.add_argument("answers", type=Path, help="an answers file (the contract's JSON)")
    plan = commands.add_parser("plan", help="make a plan from an answers file")
    plan.add_argument(
        "--answers",
        required=True,
        metavar="FILE",
        help="a JSON answers file (see the answers contract); '-' reads standard input",
    )
    plan.add_argument("--format", choices=("json", "text", "pdf", "odt"), default="text")
    plan.add_argument(
        "--today",
        type=_date,
        metavar="YYYY-MM-DD",
        help="count days left from this date instead of today",
    )
    plan.add_argument(
        "--out", type=Path, metavar="FILE", help="write to FILE instead of the screen"
    )
    _document_options(plan)
    plan.add_argument(
        "--full-guide",
        action="store_true",
        help="add the words used, the sources and a page for notes (pdf and odt)",
    )
    plan.add_argument(
        "--easy-read",
        action="store_true",
        help="the plan in Easy Read: one idea a line with a picture, 16 point (text, pdf, odt)",
    )
    plan.add_argument(
        "--language",
        metavar="CODE",
        help="the plan in this language, page 1 with the English beside it (text, pdf, odt)",
    )
    _letter_parser(commands)
    calendar = commands.add_parser("calendar", help="save the deadlines as a calendar (.ics) file")
    calendar.add_argument("--answers", required=True, metavar="FILE", help="a JSON answers file")
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .ics file")
    calendar.add_argument("--today", type=_date, metavar="YYYY-MM-DD")

    contacts = commands.add_parser("contacts", help="find contacts")
    contact_commands = contacts.add_subparsers(
        dest="contacts_command", metavar="ACTION", required=True
    )
    search = contact_commands.add_parser("search", help="search contacts (misspellings welcome)")
    search.add_argument("query", help="any words: a name, a service, an area")
    search.add_argument("--la", metavar="NAME", help="only this area's contacts and national ones")
    search.add_argument(
        "--kind", action="append", metavar="KIND", help="only this kind (repeatable)"
    )
    search.add_argument(
        "--limit", type=_limit, default=20, help="at most this many, up to 1000 (default 20)"
    )
    search.add_argument("--format", choices=("json", "text"), default="text")

    build = commands.add_parser("build-db", help="check db/content/ and build the content database")
    build.add_argument("--content", type=Path, metavar="DIR", help="the content folder")
    build.add_argument("--out", type=Path, metavar="FILE", help="where to write the database")

    check = commands.add_parser("check-content", help="check db/content/ without building")
    check.add_argument("--content", type=Path, metavar="DIR", help="the content folder")
    check.add_argument(
        "--coverage", action="store_true", help="also say how many councils have each contact"
    )
    check.add_argument(
        "--list", action="store_true", help="with --coverage: name what each council lacks"
    )
    check.add_argument(
        "--translations",
        action="store_true",
        help="also say how much each language translates (docs/design/translations.md)",
    )
    check.add_argument(
        "--missing-translations",
        metavar="CODE",
        help="print, ready to fill in, the entries language CODE still lacks",
    )
    _pack_parser(commands)
    from send_routes.cli_case_file import add_parsers as add_case_file_parsers

    add_case_file_parsers(commands)
    return parser


def _pack_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pack = commands.add_parser("content-pack", help="make, install or remove a signed content pack")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    build = actions.add_parser("build", help="sign the content database into a pack")
    build.add_argument("--key", type=Path, required=True, metavar="PRIVATE_KEY_FILE")
    build.add_argument("--out", type=Path, required=True, metavar="FILE")
    build.add_argument("--db", type=Path, metavar="FILE", help="the content database to pack")
    install = actions.add_parser("install", help="check a pack's signature and install it")
    install.add_argument("file", type=Path, metavar="FILE")
    actions.add_parser("remove", help="remove the installed content pack")


def _letter_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    letter = commands.add_parser("letter", help="draft a letter from an answers file")
    letter.add_argument("kind", choices=LETTER_IDS, help="which letter")
    letter.add_argument("--answers", required=True, metavar="FILE", help="a JSON answers file")
    letter.add_argument(
        "--out", type=Path, metavar="FILE", help="write to FILE (.pdf, .odt or .txt)"
    )
    letter.add_argument("--today", type=_date, metavar="YYYY-MM-DD", help="the date on the letter")
    letter.add_argument("--name", default="", help="the child's or young person's first name")
    letter.add_argument("--your-name", default="", help="your name, to sign the letter")
    letter.add_argument(
        "--language",
        metavar="CODE",
        help="the letter in a language, to read (the English is the one to send)",
    )


def _document_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--large-print", action="store_true", help="16 pt text (pdf and odt)")
    parser.add_argument(
        "--black-and-white",
        action="store_true",
        help="a style that carries no meaning in colour (pdf and odt)",
    )
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument("--name", default="", help="the child's or young person's first name")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    if not (sys.argv[1:] if argv is None else argv):
        return _window_only()
    from send_routes import cli_case_file as case_file_commands
    from send_routes import cli_commands as commands
    from send_routes import cli_content as content_commands

    try:
        commands.check_arguments(list(sys.argv[1:] if argv is None else argv))
    except commands.UsageError as error:
        say(error)
        return commands.EXIT_BAD_INPUT
    args = _parse(argv)
    from send_routes import paths

    try:
        paths.check_data_dir_variable()
    except paths.DataDirError as error:
        say(error)
        return commands.EXIT_BAD_INPUT
    if args.data_dir is not None:
        paths.set_data_dir_override(args.data_dir)
    if args.self_test:
        from send_routes.self_test import run as self_test

        return self_test()
    try:
        if args.command in (None, "open"):
            from send_routes.app import run  # Qt only when the window is wanted

            return run(_opened_answers(args))
        handlers = {
            "plan": commands.plan,
            "contacts": commands.contacts,
            "build-db": commands.build,
            "check-content": commands.check,
            "letter": commands.letter,
            "calendar": commands.calendar,
            "content-pack": content_commands.content_pack,
            "check-wording": case_file_commands.check_wording,
        }
        return handlers[args.command](args)
    except commands.UsageError as error:
        say(error)
        return commands.EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return commands.EXIT_OK
    except Exception as error:
        return _report_failure(error)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; argparse's refusal (which quotes the bad value whole) cut to one line."""
    import contextlib
    import io

    said = io.StringIO()
    try:
        with contextlib.redirect_stderr(said):
            return build_parser().parse_args(argv)
    except SystemExit:
        if said.getvalue():
            *usage, refusal = said.getvalue().rstrip("\n").split("\n")
            print("\n".join([*usage, one_line(refusal)]), file=sys.stderr)
        raise


def _window_only() -> int:
    """No arguments: open the window without building the parser or loading the commands,
    which the first paint does not need."""
    from send_routes import paths
    from send_routes.app import run

    try:
        paths.check_data_dir_variable()
    except paths.DataDirError as error:
        say(error)
        return 2
    try:
        return run()
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        return _report_failure(error)


def _opened_answers(args: argparse.Namespace) -> dict[str, Any] | None:
    """The answers file of ``send-routes open``, checked before any window is drawn."""
    if args.command != "open":
        return None
    from send_routes.cli_commands import UsageError
    from send_routes.core.answers_file import AnswersFileError, read_answers_file

    try:
        return read_answers_file(args.answers)
    except AnswersFileError as error:
        raise UsageError(str(error)) from error


def _report_failure(error: Exception) -> int:
    """A sentence a person can act on, never a traceback."""
    from send_routes.cli_commands import EXIT_FAILED
    from send_routes.content_store.content_db import ContentError
    from send_routes.fileio.atomic import WriteError

    if isinstance(error, ContentError | WriteError):
        say(error)
    else:
        say(f"something went wrong ({type(error).__name__}: {error}).")
    return EXIT_FAILED
