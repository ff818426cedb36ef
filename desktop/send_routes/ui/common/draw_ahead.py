"""Draw a page once off screen before it is shown, so showing it costs little more than a
repaint.

The first time Qt shows a page it lays it out at its real size and paints every label,
shaping and caching the glyphs of each font and size on the way. For the plan (about 350
widgets, most of them rich text) that was two thirds of the first Continue from Check your
answers: 170 to 370 ms on a loaded 2-core machine, against 20 to 40 ms for the Continue after.
Painting the page once into a pixmap that is thrown away, while the person is still reading
the page before, does that work then instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: Work for the next page waits until this page has been drawn.
PREPARE_DELAY_MS = 50


def draw_ahead(page: QWidget) -> bool:
    """Lay out and paint the hidden ``page`` at the size it will be shown at (its stack's).

    Returns False, doing nothing, when the page is on screen already or not on a stack.
    """
    stack = page.parentWidget()
    if stack is None or page.isVisible():
        return False
    # A stack only sizes the page on screen; the others keep the size they last had.
    page.resize(stack.size())
    page.grab()  # lays out the hidden page's layouts first, then paints it
    return True
