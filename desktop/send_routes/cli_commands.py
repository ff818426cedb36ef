"""What each command-line command does; ``cli.py`` only parses the arguments.

Everything heavy is imported inside the command that needs it, so opening the window
(no command at all) loads none of it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from send_routes.content_store.content import ContentStore
    from send_routes.core.letters import Letter
    from send_routes.core.plan import Plan

from send_routes.cli_lines import one_line
from send_routes.fileio.clip import clip_repr

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Bad input from the person at the keyboard: exit 2 with this message."""


def _read_answers(source: str) -> Any:
    """The answers, read with a size cap and parsed with bounded depth, digits and text."""
    from send_routes.core.answers_file import AnswersFileError, read_raw_answers

    try:
        return read_raw_answers(source)
    except AnswersFileError as error:
        raise UsageError(str(error)) from error


#: No command takes more; argparse takes seconds over thousands of unknown arguments.
MAX_ARGUMENTS = 100


def check_arguments(argv: list[str]) -> None:
    """Refuse an argument that is not text (undecodable bytes reach Python as surrogates),
    and more arguments than any command takes."""
    if len(argv) > MAX_ARGUMENTS:
        raise UsageError(
            f"there are {len(argv):,} arguments; no command takes more than {MAX_ARGUMENTS}"
        )
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            shown = argument.encode("utf-8", "backslashreplace").decode("ascii", "replace")
            raise UsageError(f"the argument {shown[:40]} is not valid text") from None


def to_screen(out: Path | None) -> bool:
    """No ``--out``, or ``--out -``: standard output (as ``--answers -`` is standard input).

    A file really named ``-`` is still ``./-``.
    """
    return out is None or str(out) == "-"


def _emit(text: str, out: Path | None) -> None:
    if out is None or to_screen(out):
        sys.stdout.write(text)
        return
    from send_routes.fileio.atomic import write_atomically

    write_atomically(out, text.encode("utf-8"))
    print(f"Saved to {out}", file=sys.stderr)


def _open_content() -> ContentStore:
    """The content, saying on standard error when an installed update was ignored."""
    from send_routes.content_build.locate import open_content

    content = open_content()
    if content.notice:
        print(f"send-routes: {content.notice}", file=sys.stderr)
    return content


def _load_plan(args: argparse.Namespace) -> tuple[Plan, ContentStore]:
    from send_routes.core.answers import AnswersError, DateTooLate, parse_answers
    from send_routes.core.planner import make_plan

    raw = _read_answers(args.answers)
    try:
        answers = parse_answers(raw)
    except DateTooLate as error:  # a valid date, beyond what the app can count from
        raise UsageError(str(error)) from error
    except AnswersError as error:
        raise UsageError(f"invalid answers: {error}") from error
    content = _open_content()
    try:
        return make_plan(content.guidance, answers, args.today or dt.date.today()), content
    except (OverflowError, ValueError) as error:  # date arithmetic past 9999-12-31
        if isinstance(error, ValueError) and "out of range" not in str(error):
            raise
        raise UsageError(
            "a date is too close to the year 9999 to count deadlines from; check the dates"
        ) from error


def _require_out(args: argparse.Namespace) -> Path:
    if to_screen(args.out):
        raise UsageError(f"--format {args.format} needs --out FILE (a file, not the screen)")
    out: Path = args.out
    return out


def plan(args: argparse.Namespace) -> int:
    plan, content = _load_plan(args)
    if args.language:
        from send_routes.cli_language import language_plan

        return language_plan(args, plan, content, _emit, _require_out)
    if args.easy_read and args.format != "json":
        from send_routes.cli_easy_read import easy_read_plan

        return easy_read_plan(args, plan, content, _require_out, _emit)
    if args.format in ("pdf", "odt"):
        from send_routes.export.plan_context import DocumentOptions
        from send_routes.qt_offscreen import document_application

        out = _require_out(args)
        options = DocumentOptions(
            args.paper, args.large_print, args.black_and_white, args.name, args.full_guide
        )
        with document_application():
            from send_routes.export.documents import save_plan

            save_plan(plan, content, options, out, args.format)
        print(f"Saved your plan to {out}", file=sys.stderr)
        return EXIT_OK
    if args.format == "json":
        text = json.dumps(plan.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        from send_routes.export.text import plan_to_text

        text = plan_to_text(plan, content)
    _emit(text, args.out)
    return EXIT_OK


def letter(args: argparse.Namespace) -> int:
    from send_routes.core.deadlines import long_date
    from send_routes.core.letters import fill_letter, fits, in_language, letter_values, suggested

    plan, content = _load_plan(args)
    template = next(t for t in content.letters if t.id == args.kind)
    if not fits(template, plan.answers):
        fitting = ", ".join(t.id for t in suggested(content.letters, plan.answers)) or "none"
        raise UsageError(
            f"the letter '{args.kind}' does not fit these answers; letters that fit: {fitting}"
        )
    names = {"child_name": args.name, "your_name": args.your_name}
    say, date = _language_words(content, args.language) if args.language else (None, long_date)
    if say is not None:
        template = in_language(template, say)
    issues = content.option_labels("issues")
    values = letter_values(
        plan.answers, content.guidance.phrases, issues, plan.today, names, say, date
    )
    letter = fill_letter(template, values)
    if to_screen(args.out):
        sys.stdout.write(letter.with_instructions(say=say))
        return EXIT_OK
    if say is not None and args.out.suffix.lower() != ".txt":
        # The letter's PDF and ODT have English labels and no script fonts yet.
        raise UsageError("--language works with a letter on screen or in a .txt file")
    _save_letter(letter, args.out, say)
    print(f"Saved the letter to {args.out}", file=sys.stderr)
    return EXIT_OK


def _language_words(
    content: ContentStore, code: str
) -> tuple[Callable[[str], str], Callable[[dt.date], str]]:
    """Each English string in ``code`` where its catalogue has it, else as it is; and a
    date in its words (kept left to right in a right-to-left language)."""
    from send_routes.core.translate_text import Translator

    language = content.language(code)
    if language is None:
        known = ", ".join(choice.code for choice in content.languages()) or "none"
        raise UsageError(f"no translation for the language '{code[:20]}'; languages: {known}")
    return (lambda english: language.text(english) or english), Translator(language).date


def _save_letter(letter: Letter, out: Path, say: Callable[[str], str] | None = None) -> None:
    """Save in the format the file name asks for, always with where to send it."""
    kind = out.suffix.lower().lstrip(".")
    if kind not in ("pdf", "odt", "txt"):
        raise UsageError("--out must end in .pdf, .odt or .txt")
    if kind == "txt":
        from send_routes.fileio.atomic import write_atomically

        write_atomically(out, letter.with_instructions(say=say).encode("utf-8"))
        return
    from send_routes.qt_offscreen import document_application

    with document_application():
        from send_routes.export.documents import save_letter

        save_letter(letter, out, kind)


def calendar(args: argparse.Namespace) -> int:
    from send_routes.export.calendar import deadlines_ics
    from send_routes.fileio.atomic import write_atomically

    plan, _ = _load_plan(args)
    if not plan.deadlines:
        raise UsageError("these answers give no deadlines: add the date on the letter")
    if to_screen(args.out):
        sys.stdout.write(deadlines_ics(plan).decode("utf-8"))
        return EXIT_OK
    write_atomically(args.out, deadlines_ics(plan))
    print(f"Saved {len(plan.deadlines)} deadline(s) to {args.out}", file=sys.stderr)
    return EXIT_OK


def contacts(args: argparse.Namespace) -> int:
    from send_routes.core.contact_fields import KINDS
    from send_routes.core.plan import contact_to_dict

    if args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    for kind in args.kind or []:
        if kind not in KINDS:
            raise UsageError(f"unknown --kind {clip_repr(kind)}; allowed kinds: {', '.join(KINDS)}")
    content = _open_content()
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


def build(args: argparse.Namespace) -> int:
    from send_routes import paths
    from send_routes.content_build.build import BuildError, build_database
    from send_routes.content_build.yaml_lines import ContentFileError

    content, schema = _content_paths(args)
    out = args.out or paths.content_db()
    if str(out) == "-":
        raise UsageError("--out - would be a file named '-': give the database file's path")
    if out.is_dir() or (out.exists() and not out.is_file()) or out.is_symlink():
        raise UsageError(f"--out {out} is not a file: give the path of the database file")
    try:
        result = build_database(content, schema, out)
    except ContentFileError as error:
        raise UsageError(str(error)) from error
    except BuildError as error:
        return _print_problems(error)
    except (OSError, sqlite3.OperationalError) as error:
        raise _write_failure(out, error) from error
    print(f"Built {result.path} (content version {result.content_version}).")
    return EXIT_OK


def check(args: argparse.Namespace) -> int:
    from send_routes.content_build.check import check_content
    from send_routes.content_build.content_files import read_content
    from send_routes.content_build.yaml_lines import ContentFileError

    content, _ = _content_paths(args)
    try:
        problems = check_content(read_content(content))
    except ContentFileError as error:
        raise UsageError(str(error)) from error
    for problem in problems:
        print(one_line(problem), file=sys.stderr)
    print(one_line(f"{len(problems)} problem(s) in {content}."), file=sys.stderr)
    if getattr(args, "coverage", False) and not problems:
        from send_routes.content_build.coverage import coverage

        print(coverage(read_content(content)).table())
        if getattr(args, "list", False):
            from send_routes.content_build.coverage_gaps import council_gaps, gaps_text

            print(gaps_text(council_gaps(read_content(content))))
    if getattr(args, "translations", False):
        from send_routes.content_build.check_translations import coverage as translated

        report = translated(read_content(content))
        print("\n".join(language.line() for language in report) or "No translations.")
    code = getattr(args, "missing_translations", None)
    if code:
        from send_routes.content_build.check_translations import missing_entries

        print(missing_entries(read_content(content), str(code)), end="")
    return EXIT_FAILED if problems else EXIT_OK


def _print_problems(error: Exception) -> int:
    problems = getattr(error, "problems", None) or [error]
    for problem in problems:
        print(one_line(problem), file=sys.stderr)
    print(f"The content database was not built: {len(problems)} problem(s).", file=sys.stderr)
    return EXIT_FAILED


def _write_failure(out: Path, error: Exception) -> Exception:
    """A one-line WriteError for a failed write (a full disk, a read-only folder)."""
    from send_routes.fileio.atomic import WriteError

    reason = getattr(error, "strerror", None) or str(error)
    return WriteError(f"Cannot save to {out}: {reason}.")
