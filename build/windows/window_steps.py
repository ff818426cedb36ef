"""check.sh's window steps: the frozen app's real window under Wine, driven with keys.

    window_steps.py bare BARE_EXE OUT      the bare window (OUT/bare from bare_inputs.py)
    window_steps.py app APP_EXE ANSWERS OUT the app; the PDF goes beside ANSWERS
    window_steps.py compare OUT            each step's CPU seconds against the bare window's

Opens the answers file through File > Open answers (Qt's file dialog, the path typed),
Continues to the plan, presses Ctrl+plus, changes the colours, presses Ctrl+plus to 200%,
saves the plan as a PDF through the file dialog, and finishes and clears; the bare PySide6
window (benchmarks/bare_window.py) takes the same keys on the same style sheets and rich
text. Prints one line per step with both programs' CPU seconds and checks:
- the window's bottom edge is on screen at 100% and at 200%;
- a menu's text is drawn at the chosen size (not Windows' own 8 pt), before and after a
  colour change (measured on screenshots, kept in OUT_FOLDER to be looked at);
- the PDF was saved.
Exits 1 on a failed check. The registry is checked afterwards by check.sh.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from drive_window import (
    Program,
    have_tools,
    screen_size,
    screenshot,
    text_line_heights,
    windows_path,
)

TITLE = "SEND Routes$"
#: 12 pt at 96 dpi is a 16 px em: a line of menu text (capitals to descenders) is about
#: 14 px; Windows' own 8 pt menu font gives about 10 px.
MIN_MENU_LINE_PX = 12
#: Shorter runs of ink are not lines of text: mnemonic underlines, separators, and bits of
#: the page repainted around the menu (4-5 px each in the first Wine run, which pulled the
#: median of a menu drawn at 12 pt down to 11.5 px).
MIN_INK_RUN_PX = 8
#: What a step may cost against the bare window doing the same work. Under Wine 8 the app
#: took 1.02x the bare window's CPU seconds to Continue and 1.9x / 2.1x for Ctrl+plus and
#: the colour change (README, the Windows figures); 3x leaves room for a loaded machine.
MAX_RATIO = 3.0

#: The window's lower edge below its inside, as Wine draws it (xdotool reports the inside).
FRAME_BOTTOM = 4

failures: list[str] = []


def check(ok: bool, what: str) -> None:
    print(f"  {'ok  ' if ok else 'FAIL'} {what}", flush=True)
    if not ok:
        failures.append(what)


def fits(app: Program, what: str) -> None:
    _, height = screen_size()
    box = app.window(TITLE)
    bottom = box["Y"] + box["HEIGHT"] + FRAME_BOTTOM
    check(
        box["Y"] >= 0 and bottom <= height,
        f"{what}: window {box['Y']}..{bottom} px on a {height} px screen",
    )


def menu_text(app: Program, out: Path, name: str) -> None:
    before = screenshot(out / f"{name}-closed.png")
    app.step(f"open the File menu ({name})", "alt+f")
    after = screenshot(out / f"{name}.png")
    app.step("close the menu", "Escape", "Escape")
    heights, median = menu_lines(before, after)
    check(median >= MIN_MENU_LINE_PX, f"menu text {name}: lines {heights} px, median {median}")


def menu_lines(before: Path, after: Path) -> tuple[list[int], float]:
    """The heights of the lines of text in a menu opened between two screenshots, and
    their median (0 when there are none)."""
    heights = [run for run in text_line_heights(before, after) if run >= MIN_INK_RUN_PX]
    return heights, statistics.median(heights) if heights else 0


def run_app(exe: Path, answers: Path, out: Path) -> Program:
    app = Program(exe)
    app.start(TITLE)
    screenshot(out / "1-start.png")
    fits(app, "at 100%")
    menu_text(app, out, "menu-100")
    app.step("open answers", "ctrl+o", text=windows_path(answers))
    app.step("continue", "Return")
    screenshot(out / "2-plan.png")
    app.step("ctrl+plus", "ctrl+equal")
    app.step("colour change", "alt+v", "c", "Down", "Return")
    screenshot(out / "3-high-contrast-125.png")
    menu_text(app, out, "menu-after-colour")
    app.step("to 200%", "ctrl+equal", "ctrl+equal", "ctrl+equal")
    screenshot(out / "4-high-contrast-200.png")
    fits(app, "at 200%")
    pdf = answers.parent / "saved" / "plan.pdf"  # a folder of the family's
    pdf.parent.mkdir(parents=True, exist_ok=True)
    app.step("save as pdf", "ctrl+s", text=windows_path(pdf))
    for _ in range(120):  # the PDF is written after the dialog closes
        if pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"):
            break
        time.sleep(1)
    saved = pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    check(saved, f"the plan was saved as {pdf.name} through the file dialog")
    asked = app.step("clear everything?", "alt+f", "c")
    screenshot(out / "5-clear-everything-200.png")  # the question's buttons at 200%
    app.cpu["finish and clear"] = asked + app.step("finish and clear", "Return")
    del app.cpu["clear everything?"]
    screenshot(out / "6-cleared.png")
    fits(app, "after Finish and clear (back to 100%)")
    app.stop()
    return app


def run_bare(exe: Path, out: Path) -> Program:
    """The same keys on the bare window (benchmarks/bare_window.py --steps)."""
    bare = Program(exe, ["--steps", windows_path(out / "bare")])
    bare.start("^bare$")
    bare.step("open answers", "ctrl+o", text=windows_path(out / "bare" / "plan.json"))
    bare.step("continue", "Return")
    bare.step("ctrl+plus", "ctrl+equal")
    bare.step("colour change", "ctrl+h")
    bare.step("to 200%", "ctrl+equal", "ctrl+equal", "ctrl+equal")  # it restyles each time
    bare.step("save as pdf", "ctrl+s", text=windows_path(out / "bare" / "saved.pdf"))
    bare.step("finish and clear", "ctrl+r")
    screenshot(out / "bare.png")
    bare.stop(("ctrl+q",))
    return bare


def compare(out: Path) -> None:
    """Each step's CPU seconds beside the bare window's, held to MAX_RATIO."""
    app = json.loads((out / "cpu-app.json").read_text("utf-8"))
    bare = json.loads((out / "cpu-bare.json").read_text("utf-8"))
    print(f"  {'step':22}{'app CPU s':>11}{'bare CPU s':>12}{'ratio':>8}")
    for step, seconds in app.items():
        if step.startswith(("open the File", "close the menu")):
            continue
        floor = bare.get(step)
        if floor is None:
            print(f"  {step:22}{seconds:>11.2f}")
            continue
        ratio = seconds / max(floor, 0.05)
        print(f"  {step:22}{seconds:>11.2f}{floor:>12.2f}{ratio:>7.1f}x")
        check(ratio <= MAX_RATIO, f"{step}: {ratio:.1f}x the bare window (at most {MAX_RATIO}x)")


def main() -> int:
    """``app APP_EXE ANSWERS OUT``, ``bare BARE_EXE OUT`` or ``compare OUT``."""
    missing = have_tools()
    if missing:
        print(f"missing: {' '.join(missing)}")
        return 1
    what, *args = sys.argv[1:]
    started = time.monotonic()
    if what == "app":
        out = Path(args[2])
        cpu = run_app(Path(args[0]), Path(args[1]), out).cpu
    elif what == "bare":
        out = Path(args[1])
        cpu = run_bare(Path(args[0]), out).cpu
    else:
        compare(Path(args[0]))
        cpu = {}
    if cpu:
        (out / f"cpu-{what}.json").write_text(json.dumps(cpu), "utf-8")
        print(f"  {what}: {time.monotonic() - started:.0f} s; screenshots in {out}")
    if failures:
        print("failed: " + "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
