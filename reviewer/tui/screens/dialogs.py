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
from reviewer.core.model import ERROR_SEVERITIES
from reviewer.core.sanitize import sanitize
from reviewer.tui.review_state import ErrorNote

ERROR_CATEGORIES = (
    "accuracy/mistranslation",
    "accuracy/omission",
    "accuracy/addition",
    "accuracy/untranslated",
    "fluency/grammar",
    "fluency/spelling",
    "fluency/punctuation",
    "terminology",
    "style",
    "locale",
    "other",
)


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
    """Record an error in one language of the cursor row."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]
    DEFAULT_CSS = """
    AnnotateScreen { align: center middle; }
    AnnotateScreen > Vertical { width: 78; max-width: 100%; height: auto; border: round $accent;
        background: $surface; padding: 0 1; }
    AnnotateScreen Horizontal { height: auto; }
    AnnotateScreen #lang { width: 12; }
    AnnotateScreen #category { width: 1fr; }
    AnnotateScreen #severity { width: 14; }
    """

    def __init__(self, languages: tuple[str, ...], lang: str, row_label: str) -> None:
        super().__init__()
        self.languages, self.lang, self.row_label = languages, lang, row_label

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
            with Horizontal():
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    def _result(self) -> ErrorNote:
        return ErrorNote(
            lang=str(self.query_one("#lang", Select).value),
            category=str(self.query_one("#category", Select).value),
            severity=str(self.query_one("#severity", Select).value),
            note=self.query_one("#note", Input).value,
        )

    def on_input_submitted(self) -> None:
        self.dismiss(self._result())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self._result() if event.button.id == "save" else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
