"""Save PNGs of a question being read aloud, the word being said marked, to docs/screenshots/.

Qt's mock speech engine stands in for a voice (it reports each word as a real engine does);
it is a developer tool here, never shipped. Run under a virtual screen:

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python docs/make_reading_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import sys

from make_screenshots import ANSWERS, SHOTS, settle
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from send_routes.content_build.locate import open_content
from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme
from send_routes.ui.shell.main_window import MainWindow

#: The question read (with nothing chosen yet, so Listen reads it from the top), and the
#: word to show marked: the picture is taken as the engine says it.
QUESTION, WORD = "setting", "education"


def shoot(window: MainWindow, name: str) -> bool:
    """Listen to the question, and save the window as ``WORD`` is marked in its heading."""
    answers = {key: value for key, value in ANSWERS.items() if key != QUESTION}
    window.start_wizard(answers)
    window.wizard.show_question(QUESTION)
    settle()
    voice, path, loop = window.reading.voice, SHOTS / f"{name}.png", QEventLoop()
    marked: list[bool] = []

    def take(index: int, start: int, length: int) -> None:
        if voice.sentences[index][start : start + length] == WORD and not marked:
            marked.append(window.reading.frame.marked_word is not None)
            window.grab().save(str(path))
            voice.stop()
            loop.quit()

    voice.word_started.connect(take)
    QTimer.singleShot(30_000, loop.quit)
    window.reading.bar.listen.click()
    loop.exec()
    voice.word_started.disconnect(take)
    done = bool(marked and marked[0])
    print(f"wrote {path}" if done else f"{path}: no word was marked")
    return done


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app, DEFAULT_THEME)
    window = MainWindow(open_content(), today=dt.date(2026, 11, 22))
    window.reading.voice.engine_name = "mock"
    window.resize(1100, 820)
    window.show()
    settle(400)
    shots = [shoot(window, "21-listening-word-question")]
    window.set_theme("high_contrast")
    shots.append(shoot(window, "22-high-contrast-listening-word-question"))
    window.set_theme(DEFAULT_THEME)
    window.set_text_scale(2.0)
    shots.append(shoot(window, "23-text-200-percent-listening-word-question"))
    window.set_text_scale(1.0)
    window.close()
    return 0 if all(shots) else 1


if __name__ == "__main__":
    raise SystemExit(main())
