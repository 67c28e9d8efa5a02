"""Spell checking of long note text (the inspector's text, the multi-line capture box): unknown words underlined.

pyspellchecker (the optional extra `spell`; pure Python, offline word lists for English, French, Spanish and
more) decides what is a word. Without it nothing is underlined. Loading a word list takes 0.1–0.3 s, so it
happens on a thread once the event's names are read (`EventDocument.read_words_when_idle`, after the
rapporteur's first pause), and the text is underlined once it is there.
The one-line capture line is left alone: it must never spend time on anything but the keystroke.
"""

from __future__ import annotations

import re
import threading
from importlib.util import find_spec
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

_LISTS: dict[str, Any] = {}  # language -> loaded word list, shared by every window of the process
_LISTS_LOCK = threading.Lock()

# A word: letters, with inner apostrophes or hyphens (l'équipe, peer-learning); not after @ or # (names, tags).
_WORD = re.compile(r"(?<![@#\w])[^\W\d_]+(?:['’-][^\W\d_]+)*")


def spelling_available() -> bool:
    # Found, not imported: importing it is the loading thread's work, after launch.
    return find_spec("spellchecker") is not None


class SpellDictionary(QObject):
    """One language's word list plus the event's own names; `ready` once loaded (from a thread)."""

    ready = Signal()

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._checker: Any = None
        self._loading = False

    @property
    def loaded(self) -> bool:
        return self._checker is not None

    def load(self, names: list[str], *, wait: bool = False) -> None:
        """Start loading the word list (once), the event's `names` counting as words; `wait` loads it
        before returning (tests, tools)."""
        if self._loading or not spelling_available():
            return
        self._loading = True

        def work() -> None:
            from spellchecker import SpellChecker

            own = [part for name in names for part in _WORD.findall(name)]

            language = self.language if self.language in SpellChecker.languages() else "en"
            with _LISTS_LOCK:
                if language not in _LISTS:
                    _LISTS[language] = SpellChecker(language=language, case_sensitive=False)
                checker = _LISTS[language]
                checker.word_frequency.load_words(own)  # names are words in every event: harmless to share
            self._checker = checker
            try:
                self.ready.emit()  # queued to the GUI thread: the highlighters re-run there
            except RuntimeError:  # the window closed while the list loaded
                pass

        if wait:
            work()
        else:
            threading.Thread(target=work, name="spelling", daemon=True).start()

    def unknown(self, words: list[str]) -> set[str]:
        """The words the list does not know (nothing until it is loaded: `load` is the window's to call)."""
        if self._checker is None:
            return set()
        unknown = self._checker.unknown([w.lower() for w in words])
        return {w for w in words if w.lower() in unknown}


class SpellHighlighter(QSyntaxHighlighter):
    """Red wavy underline under unknown words of a QTextDocument."""

    def __init__(self, document: QTextDocument, dictionary: SpellDictionary) -> None:
        super().__init__(document)
        self._dictionary = dictionary
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(Qt.GlobalColor.red)
        dictionary.ready.connect(self.rehighlight)

    def misspelled(self, text: str) -> list[str]:
        words = [m.group() for m in _WORD.finditer(text)]
        unknown = self._dictionary.unknown(words)
        return [w for w in words if w in unknown]

    def highlightBlock(self, text: str) -> None:
        words = list(_WORD.finditer(text))
        unknown = self._dictionary.unknown([m.group() for m in words])
        for match in words:
            if match.group() in unknown:
                self.setFormat(match.start(), match.end() - match.start(), self._format)
