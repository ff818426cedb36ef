"""The command line: with no command it opens the window; otherwise plan, contacts, build-db."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from send_routes import __version__
from send_routes.core.letters import LETTER_IDS

if TYPE_CHECKING:
    from send_routes.core.plan import Plan
    from send_routes.store.content import ContentStore

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Bad input from the person at the keyboard: exit 2 with this message."""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date written YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
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
        type=Path,
        metavar="DIR",
        help="keep saved cases and own contacts in DIR (for example on a USB stick)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

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
    search.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    search.add_argument("--format", choices=("json", "text"), default="text")

    build = commands.add_parser("build-db", help="check db/content/ and build the content database")
    build.add_argument("--content", type=Path, metavar="DIR", help="the content folder")
    build.add_argument("--out", type=Path, metavar="FILE", help="where to write the database")

    check = commands.add_parser("check-content", help="check db/content/ without building")
    check.add_argument("--content", type=Path, metavar="DIR", help="the content folder")
    return parser


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
    args = build_parser().parse_args(argv)
    if args.data_dir is not None:
        from send_routes import paths

        paths.set_data_dir_override(args.data_dir)
    if args.self_test:
        from send_routes.self_test import run as self_test

        return self_test()
    try:
        if args.command is None:
            from send_routes.app import run  # Qt only when the window is wanted

            return run()
        handlers = {
            "plan": _plan,
            "contacts": _contacts,
            "build-db": _build,
            "check-content": _check,
            "letter": _letter,
            "calendar": _calendar,
        }
        return handlers[args.command](args)
    except UsageError as error:
        print(f"send-routes: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:
        return _report_failure(error)


def _report_failure(error: Exception) -> int:
    from send_routes.export.atomic import WriteError
    from send_routes.store.content import ContentError

    if isinstance(error, ContentError | WriteError):
        print(f"send-routes: {error}", file=sys.stderr)
    else:
        print(
            f"send-routes: something went wrong ({type(error).__name__}: {error}).", file=sys.stderr
        )
    return EXIT_FAILED


def _read_answers(source: str) -> Any:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read the answers file {source}: {error}") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(
            f"the answers file {source} is not valid JSON (line {error.lineno}, "
            f"column {error.colno}: {error.msg})"
        ) from error


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    from send_routes.export.atomic import write_atomically

    write_atomically(out, text.encode("utf-8"))
    print(f"Saved to {out}", file=sys.stderr)


def _load_plan(args: argparse.Namespace) -> tuple[Plan, ContentStore]:
    from send_routes.core.answers import AnswersError, parse_answers
    from send_routes.core.planner import make_plan
    from send_routes.store.locate import open_content

    raw = _read_answers(args.answers)
    try:
        answers = parse_answers(raw)
    except AnswersError as error:
        raise UsageError(f"invalid answers: {error}") from error
    content = open_content()
    return make_plan(content.guidance, answers, args.today or dt.date.today()), content


def _require_out(args: argparse.Namespace) -> Path:
    if args.out is None:
        raise UsageError(f"--format {args.format} needs --out FILE")
    out: Path = args.out
    return out


def _plan(args: argparse.Namespace) -> int:
    plan, content = _load_plan(args)
    if args.format in ("pdf", "odt"):
        from send_routes.export.plan_context import DocumentOptions
        from send_routes.qt_offscreen import document_application

        out = _require_out(args)
        options = DocumentOptions(args.paper, args.large_print, args.black_and_white, args.name)
        with document_application():
            from send_routes.export.documents import save_plan

            save_plan(plan, content, options, out, args.format)
        print(f"Saved your plan to {out}", file=sys.stderr)
        return EXIT_OK
    if args.format == "json":
        text = json.dumps(plan.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        from send_routes.export.text import plan_to_text

        text = plan_to_text(plan)
    _emit(text, args.out)
    return EXIT_OK


def _letter(args: argparse.Namespace) -> int:
    from send_routes.core.letters import fill_letter, letter_values

    plan, content = _load_plan(args)
    template = next(t for t in content.letters if t.id == args.kind)
    names = {"child_name": args.name, "your_name": args.your_name}
    values = letter_values(
        plan.answers, content.guidance.phrases, content.option_labels("issues"), plan.today, names
    )
    letter = fill_letter(template, values)
    if args.out is None:
        sys.stdout.write(letter.text)
        return EXIT_OK
    kind = args.out.suffix.lower().lstrip(".")
    if kind not in ("pdf", "odt", "txt"):
        raise UsageError("--out must end in .pdf, .odt or .txt")
    from send_routes.qt_offscreen import document_application

    with document_application():
        from send_routes.export.documents import save_letter

        save_letter(letter, args.out, kind)
    print(f"Saved the letter to {args.out}", file=sys.stderr)
    return EXIT_OK


def _calendar(args: argparse.Namespace) -> int:
    from send_routes.export.atomic import write_atomically
    from send_routes.export.calendar import deadlines_ics

    plan, _ = _load_plan(args)
    if not plan.deadlines:
        raise UsageError("these answers give no deadlines: add the date on the letter")
    write_atomically(args.out, deadlines_ics(plan))
    print(f"Saved {len(plan.deadlines)} deadline(s) to {args.out}", file=sys.stderr)
    return EXIT_OK


def _contacts(args: argparse.Namespace) -> int:
    from send_routes.core.contact_fields import KINDS
    from send_routes.core.plan import contact_to_dict
    from send_routes.store.locate import open_content

    if args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    for kind in args.kind or []:
        if kind not in KINDS:
            raise UsageError(f"unknown --kind '{kind}'; allowed kinds: {', '.join(KINDS)}")
    content = open_content()
    found = content.search_contacts(args.query, area=args.la, kinds=args.kind, limit=args.limit)
    if args.format == "json":
        records = [contact_to_dict(contact) for contact in found]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    from send_routes.export.text import contact_lines

    if not found:
        print("No contacts found. Try fewer or shorter words.")
    for contact in found:
        print("\n".join(contact_lines(contact, "")))
        print()
    return EXIT_OK


def _content_paths(args: argparse.Namespace) -> tuple[Path, Path]:
    from send_routes import paths

    try:
        content = args.content or paths.content_dir()
    except FileNotFoundError as error:
        raise UsageError(f"{error}; give the folder with --content") from error
    return content, paths.schema_file()


def _build(args: argparse.Namespace) -> int:
    from send_routes import paths
    from send_routes.store.build import BuildError, build_database
    from send_routes.store.yaml_lines import ContentFileError

    content, schema = _content_paths(args)
    out = args.out or paths.content_db()
    try:
        result = build_database(content, schema, out)
    except (BuildError, ContentFileError) as error:
        return _print_problems(error)
    print(f"Built {result.path} (content version {result.content_version}).")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from send_routes.store.check import check_content
    from send_routes.store.content_files import read_content
    from send_routes.store.yaml_lines import ContentFileError

    content, _ = _content_paths(args)
    try:
        problems = check_content(read_content(content))
    except ContentFileError as error:
        return _print_problems(error)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s) in {content}.", file=sys.stderr)
    return EXIT_FAILED if problems else EXIT_OK


def _print_problems(error: Exception) -> int:
    problems = getattr(error, "problems", None) or [error]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"The content database was not built: {len(problems)} problem(s).", file=sys.stderr)
    return EXIT_FAILED
