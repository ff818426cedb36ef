"""Drive a Windows program's real window under Wine and Xvfb as a person would, with keys.

Used by check.sh (the display, the Wine prefix and the programs are its). Each step presses
keys with xdotool (real X input, as a keyboard gives), then waits until the program has
been quiet for a while, and reports the CPU seconds the program spent on it, read from
/proc (under Wine a Windows program is a Linux process). Screenshots are taken with
ImageMagick's `import` and read with Qt's QImage, so a screenshot can be measured.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
#: The program is quiet once it has used less than this many CPU seconds over QUIET_FOR.
QUIET_CPU = 0.04
QUIET_FOR = 2.0


def windows_path(path: Path) -> str:
    """A Linux path as Wine sees it (drive Z: is the Linux root)."""
    return "Z:" + str(path).replace("/", "\\")


def xdotool(*args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], check=True, capture_output=True, text=True, timeout=60
    ).stdout.strip()


def screen_size() -> tuple[int, int]:
    width, height = xdotool("getdisplaygeometry").split()
    return int(width), int(height)


@dataclass
class Program:
    """One Windows program started under Wine, its Linux process, and its steps' CPU seconds."""

    exe: Path
    args: list[str] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)
    output: list[str] = field(default_factory=list)

    def start(self, title: str, timeout: float = 180) -> float:
        """Start it and wait for its window (``title``, a regular expression); the CPU
        seconds until it is quiet."""
        self._before = self._matching()
        # Wine 8 with CPython 3.13: standard handles must be pipes, never regular files.
        self.process = subprocess.Popen(
            ["wine", str(self.exe), *self.args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
        threading.Thread(target=self._read, daemon=True).start()
        deadline = time.monotonic() + timeout
        self.pid = 0
        while not self.pid and time.monotonic() < deadline:
            self.pid = max(self._matching() - self._before, default=0)
            time.sleep(0.2)
        if not self.pid:
            raise RuntimeError(f"{self.exe.name} did not start: {self.output[-5:]}")
        while time.monotonic() < deadline and not self.windows(title):
            time.sleep(0.5)
        self.cpu["start"] = self.settle(0.0, timeout)
        return self.cpu["start"]

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.output.append(line.rstrip())

    def _matching(self) -> set[int]:
        """The Linux processes running this .exe (Wine's starter becomes the program)."""
        name = self.exe.name.lower().encode()
        found = set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                command = (entry / "cmdline").read_bytes().lower()
            except OSError:
                continue
            if name in command and b"winedbg" not in command:
                found.add(int(entry.name))
        return found

    def cpu_seconds(self) -> float:
        try:
            fields = (Path("/proc") / str(self.pid) / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return -1.0
        return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime

    def settle(self, started_at: float, timeout: float = 600) -> float:
        """Wait until the program is quiet; the CPU seconds it used since ``started_at``."""
        samples: list[tuple[float, float]] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now, used = time.monotonic(), self.cpu_seconds()
            if used < 0:
                raise RuntimeError(f"{self.exe.name} ended: {self.output[-5:]}")
            samples.append((now, used))
            old = [s for s in samples if s[0] <= now - QUIET_FOR]
            if old and used - old[-1][1] < QUIET_CPU:
                return old[-1][1] - started_at
            time.sleep(0.2)
        raise RuntimeError(f"{self.exe.name} was still busy after {timeout:.0f} s")

    def step(self, name: str, *keys: str, text: str = "", timeout: float = 600) -> float:
        """Press ``keys`` (xdotool names, each a key press), type ``text`` and Return if any,
        then wait until quiet; the CPU seconds the step cost is kept under ``name``."""
        before = self.cpu_seconds()
        for key in keys:
            xdotool("key", "--clearmodifiers", key)
            time.sleep(0.3)
        if text:
            time.sleep(1.0)
            self.settle(self.cpu_seconds(), timeout)  # the dialog is up and idle
            xdotool("type", "--delay", "30", text)
            xdotool("key", "Return")
        self.cpu[name] = self.settle(before, timeout)
        return self.cpu[name]

    def windows(self, title: str) -> list[str]:
        """The visible windows whose title matches the regular expression ``title``."""
        result = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", title],
            capture_output=True,
            text=True,
            timeout=60,
        )
        return result.stdout.split()

    def window(self, title: str) -> dict[str, int]:
        """The geometry of the inside of the visible window whose title matches ``title``."""
        found = self.windows(title)
        if not found:
            raise RuntimeError(f"no window called {title!r}")
        shell = xdotool("getwindowgeometry", "--shell", found[0])
        return {k: int(v) for k, v in (line.split("=") for line in shell.splitlines())}

    def stop(self, quit_keys: tuple[str, ...] = ("ctrl+q",), timeout: float = 120) -> None:
        for key in quit_keys:
            xdotool("key", "--clearmodifiers", key)
            time.sleep(0.5)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            subprocess.run(["wineserver", "-k"], check=False)
            raise RuntimeError(f"{self.exe.name} did not quit") from None


def screenshot(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["import", "-window", "root", str(path)], check=True, timeout=60)
    return path


def text_line_heights(before: Path, after: Path) -> list[int]:
    """The heights in pixels of the lines of text in what appeared between two screenshots
    (an opened menu): rows of ink against the most common colour, full-width rows (a
    highlighted item, a separator, an edge) left out."""
    from PySide6.QtGui import QImage

    old, new = QImage(str(before)), QImage(str(after))
    changed = [
        (x, y)
        for y in range(0, new.height(), 2)
        for x in range(0, new.width(), 2)
        if new.pixel(x, y) != old.pixel(x, y)
    ]
    if not changed:
        return []
    left, right = min(x for x, _ in changed) + 8, max(x for x, _ in changed) - 8
    top, bottom = min(y for _, y in changed) + 4, max(y for _, y in changed) - 4
    counts: dict[int, int] = {}
    for y in range(top, bottom, 3):
        for x in range(left, right, 3):
            counts[new.pixel(x, y)] = counts.get(new.pixel(x, y), 0) + 1
    background = max(counts, key=lambda colour: counts[colour])
    width = right - left
    heights, run = [], 0
    for y in range(top, bottom + 1):
        ink = sum(1 for x in range(left, right) if new.pixel(x, y) != background)
        if 0 < ink < 0.6 * width:
            run += 1
        else:
            if run >= 4:
                heights.append(run)
            run = 0
    return heights


def have_tools() -> list[str]:
    """The tools this needs that are missing."""
    return [tool for tool in ("xdotool", "import", "wine") if shutil.which(tool) is None]
