"""Modal screens: the help (live keymap), the group list, and the annotation form."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from reviewer.core.keymap import ACTIONS, Keymap, display_key
from reviewer.core.model import ERROR_CATEGORIES, ERROR_SEVERITIES, ErrorNote
from reviewer.core.sanitize import sanitize


class HelpScreen(ModalScreen[None]):
    """Every action with its keys, read from the live keymap (the user's file included)."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 74; max-width: 100%; height: 90%; border: round $accent;
        background: $surface; padding: 0 1; }
    """

    def __init__(self, keymap: Keymap) -> None:
        super().__init__()
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        text = Text()
        text.append("Keys (esc to close)\n\n", style="bold")
        for action, description in ACTIONS:
            keys = " ".join(display_key(key) for key in self.keymap.keys.get(action, ()))
            mine = " *" if action in self.keymap.overrides else ""
            text.append(f"{action:<19}", style="bold")
            text.append(f"{keys + mine:<17}")
            text.append(f"{description}\n", style="dim")
        if self.keymap.overrides:
            text.append("\n* from your keybindings file\n", style="dim")
        text.append("ctrl+p: command palette (every action, go to group, filter by finding)")
        with VerticalScroll():
            yield Static(text, id="help-keys")


class GroupListScreen(ModalScreen[tuple[str, int] | None]):
    """Pick a translation group, or a document that is in no group, to review."""

    BINDINGS = [Binding("escape", "dismiss_none", "close")]
    DEFAULT_CSS = """
    GroupListScreen { align: center middle; }
    GroupListScreen > Vertical { width: 90%; height: 80%; border: round $accent;
        background: $surface; }
    """

    def __init__(self, entries: list[tuple[tuple[str, int], str]], current: int) -> None:
        super().__init__()
        self.entries = entries
        self.current = current

    def compose(self) -> ComposeResult:
        options = [
            Option(Text(sanitize(label)), id=str(i)) for i, (_, label) in enumerate(self.entries)
        ]
        with Vertical():
            yield Label(" Groups and lone documents (enter to open, esc to close)")
            yield OptionList(*options, id="group-options")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = self.current
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.entries[int(event.option.id)][0])

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class AnnotateScreen(ModalScreen[ErrorNote | None]):
    """Record an error in one language of the cursor row: MQM category (type to search),
    severity, a note, and optionally the exact words it is about (they become the span)."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]
    DEFAULT_CSS = """
    AnnotateScreen { align: center middle; }
    AnnotateScreen > Vertical { width: 78; max-width: 100%; height: auto; border: round $accent;
        background: $surface; padding: 0 1; }
    AnnotateScreen Horizontal { height: auto; }
    AnnotateScreen #lang { width: 12; }
    AnnotateScreen #category { width: 1fr; }
    AnnotateScreen #severity { width: 14; }
    AnnotateScreen #annotate-error { color: $error; }
    """

    def __init__(
        self,
        languages: tuple[str, ...],
        lang: str,
        row_label: str,
        texts: dict[str, str] | None = None,
        spans: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        """`texts`: each language's row text (spans are offsets into it); `spans`: a span per
        language to offer first (the finding under the cursor)."""
        super().__init__()
        self.languages, self.lang, self.row_label = languages, lang, row_label
        self.texts = texts or {}
        self.spans = spans or {}

    def _words_for(self, lang: str) -> str:
        span = self.spans.get(lang)
        return self.texts.get(lang, "")[span[0] : span[1]] if span else ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(f"Error in {self.row_label}"))
            with Horizontal():
                yield Select(
                    [(lang, lang) for lang in self.languages],
                    value=self.lang,
                    allow_blank=False,
                    id="lang",
                )
                yield Select(
                    [(c, c) for c in ERROR_CATEGORIES],
                    value="accuracy/mistranslation",
                    allow_blank=False,
                    id="category",
                )
                yield Select(
                    [(s, s) for s in ERROR_SEVERITIES],
                    value="minor",
                    allow_blank=False,
                    id="severity",
                )
            yield Input(placeholder="note (enter to save)", id="note")
            yield Input(
                sanitize(self._words_for(self.lang)),
                placeholder="the exact words it is about (optional)",
                id="words",
            )
            yield Static("", id="annotate-error")
            with Horizontal():
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "lang":
            return
        words = self.query_one("#words", Input)
        if any(words.value == sanitize(self._words_for(lang)) for lang in self.languages):
            words.value = sanitize(self._words_for(str(event.value)))  # not typed: follow

    def span_of(self, lang: str, words: str) -> tuple[int, int] | None:
        """Where `words` are in the row text: the offered span if they are its words, else
        their first occurrence; ValueError if they are not in the text."""
        if not words.strip():
            return None
        span = self.spans.get(lang)
        if span is not None and words == sanitize(self._words_for(lang)):
            return span
        text = self.texts.get(lang, "")
        start = text.find(words)
        if start < 0:
            start = text.casefold().find(words.casefold())
            if start < 0 or len(text.casefold()) != len(text):
                raise ValueError(f"“{words}” is not in the {lang} text of this row")
        return (start, start + len(words))

    def _result(self) -> ErrorNote | None:
        lang = str(self.query_one("#lang", Select).value)
        try:
            span = self.span_of(lang, self.query_one("#words", Input).value)
        except ValueError as error:
            self.query_one("#annotate-error", Static).update(Text(sanitize(str(error))))
            return None
        return ErrorNote(
            lang=lang,
            category=str(self.query_one("#category", Select).value),
            severity=str(self.query_one("#severity", Select).value),
            note=self.query_one("#note", Input).value,
            span=span,
        )

    def _submit(self) -> None:
        result = self._result()
        if result is not None:
            self.dismiss(result)

    def on_input_submitted(self) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
