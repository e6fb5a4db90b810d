"""Dialogs about the annotation files: conflicts, failed saves at quit, boilerplate kinds,
export, and orphans (annotations that found no row)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from reviewer.core.export import FORMATS
from reviewer.core.model import BOILERPLATE_KINDS, Annotation
from reviewer.core.sanitize import sanitize

_DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{ width: 80; max-width: 100%; height: auto; max-height: 90%;
    border: round $accent; background: $surface; padding: 0 1; }}
{name} Horizontal {{ height: auto; }}
{name} Button {{ margin: 1 1 0 0; }}
"""


def _css(name: str) -> str:
    return _DIALOG_CSS.format(name=name)


class ConflictScreen(ModalScreen[str | None]):
    """The file changed on disk since it was loaded: reload, merge, or keep mine."""

    BINDINGS = [
        Binding("escape", "choose(None)", "later"),
        Binding("m", "choose('merge')", "merge"),
        Binding("r", "choose('theirs')", "reload"),
        Binding("k", "choose('mine')", "keep mine"),
    ]
    DEFAULT_CSS = _css("ConflictScreen")

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text("The annotation file changed on disk", style="bold"))
            yield Static(Text(sanitize(self.message)))
            yield Static(
                Text(
                    "m  merge: keep both sides' changes (when both changed a row, the newer "
                    "wins and the other is kept as an orphan)\n"
                    "r  reload: take the file on disk; your changes since the last save are "
                    "dropped\n"
                    "k  keep mine: overwrite the file with what you see\n"
                    "esc  decide later (nothing is written meanwhile)"
                )
            )
            with Horizontal():
                yield Button("Merge", variant="primary", id="merge")
                yield Button("Reload theirs", id="theirs")
                yield Button("Keep mine", variant="warning", id="mine")
                yield Button("Later", id="later")

    def on_mount(self) -> None:
        self.query_one("#merge", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_choose(None if event.button.id == "later" else event.button.id)

    def action_choose(self, keep: str | None) -> None:
        self.dismiss(keep)


class QuitAnywayScreen(ModalScreen[bool]):
    """Saving failed at quit: stay (the annotations are still in memory) or quit anyway."""

    BINDINGS = [Binding("escape,n", "choose(False)", "stay"), Binding("y", "choose(True)", "quit")]
    DEFAULT_CSS = _css("QuitAnywayScreen")

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text("Your annotations could not be saved", style="bold"))
            yield Static(Text(sanitize(self.message)))
            yield Static(
                Text(
                    "n / esc  stay: fix the cause (free space, permissions), then save (ctrl+s)\n"
                    "y        quit anyway: the unsaved changes are LOST"
                )
            )
            with Horizontal():
                yield Button("Stay", variant="primary", id="stay")
                yield Button("Quit anyway", variant="error", id="quit")

    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "quit")

    def action_choose(self, quit_anyway: bool) -> None:
        self.dismiss(quit_anyway)


class BoilerplateKindScreen(ModalScreen[str | None]):
    """Pick the boilerplate kind of a cell nothing recognised."""

    BINDINGS = [Binding("escape", "dismiss_none", "cancel")]
    DEFAULT_CSS = _css("BoilerplateKindScreen")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(" Mark as boilerplate: which kind? (enter, esc to cancel)")
            yield OptionList(*[Option(kind, id=kind) for kind in BOILERPLATE_KINDS], id="kinds")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class ExportScreen(ModalScreen[tuple[str, Path, str] | None]):
    """Choose the format, the file, and the rows (all, or confirmed alignment) of an export."""

    BINDINGS = [Binding("escape", "dismiss_none", "cancel")]
    DEFAULT_CSS = _css("ExportScreen") + "ExportScreen #format { width: 16; }"

    def __init__(self, folder: Path, stem: str = "annotations") -> None:
        super().__init__()
        self.folder, self.stem = folder, stem

    def _default(self, fmt: str) -> str:
        return str(self.folder / f"{self.stem}.{fmt}")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(" Export every group's annotations (enter to write, esc to cancel)")
            with Horizontal():
                yield Select(
                    [(f, f) for f in FORMATS], value="toml", allow_blank=False, id="format"
                )
                yield Input(self._default("toml"), id="path")
            yield Select(
                [("every row", "all"), ("only rows whose alignment is confirmed", "confirmed")],
                value="all",
                allow_blank=False,
                id="rows",
            )
            yield Static("", id="export-error")
            with Horizontal():
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "format":
            return
        path = self.query_one("#path", Input)
        if any(path.value == self._default(f) for f in FORMATS):  # not edited: follow
            path.value = self._default(str(event.value))

    def _submit(self) -> None:
        value = self.query_one("#path", Input).value.strip()
        if not value:
            self.query_one("#export-error", Static).update("a file name is needed")
            return
        fmt = str(self.query_one("#format", Select).value)
        rows = str(self.query_one("#rows", Select).value)
        self.dismiss((fmt, Path(value).expanduser(), rows))

    def on_input_submitted(self) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self._submit()
        else:
            self.dismiss(None)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


def orphan_label(annotation: Annotation, pivot: str) -> Text:
    """One line about an orphan: status, who, when, and its text."""
    lang = pivot if pivot in annotation.text else next(iter(annotation.text), "")
    text = annotation.text.get(lang, "")
    errors = f" · {len(annotation.errors)} error(s)" if annotation.errors else ""
    return Text(
        sanitize(
            f"{annotation.status} · {annotation.reviewer} · {annotation.updated:%Y-%m-%d}"
            f"{errors} · {lang}: {text[:200]}"
        ),
        no_wrap=True,
        overflow="ellipsis",
    )


class OrphanScreen(ModalScreen[None]):
    """Annotations that found no row: attach one to the cursor row, or discard it."""

    BINDINGS = [
        Binding("escape,q", "dismiss_none", "close"),
        Binding("a", "adopt", "adopt on cursor row"),
        Binding("d", "discard", "discard"),
    ]
    DEFAULT_CSS = _css("OrphanScreen") + "OrphanScreen OptionList { height: auto; max-height: 20; }"

    def __init__(
        self,
        orphans: Callable[[], tuple[Annotation, ...]],
        pivot: str,
        row_label: str,
        adopt: Callable[[int], str],
        discard: Callable[[int], str],
    ) -> None:
        super().__init__()
        self.orphans, self.pivot, self.row_label = orphans, pivot, row_label
        self._adopt, self._discard = adopt, discard

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Text(
                    "Orphan annotations: no row of this alignment matched them.\n"
                    f"a: adopt on {self.row_label} · d: discard · esc: close (both undoable)"
                )
            )
            yield OptionList(id="orphans")
            yield Static("", id="orphan-message")

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self) -> None:
        options = self.query_one(OptionList)
        keep = options.highlighted or 0
        options.clear_options()
        orphans = self.orphans()
        options.add_options(
            [Option(orphan_label(o, self.pivot), id=str(i)) for i, o in enumerate(orphans)]
        )
        if not orphans:
            options.add_option(Option("no orphans in this group", disabled=True))
        elif orphans:
            options.highlighted = min(keep, len(orphans) - 1)

    def _chosen(self) -> int | None:
        index = self.query_one(OptionList).highlighted
        return index if index is not None and index < len(self.orphans()) else None

    def _run(self, action: Callable[[int], str]) -> None:
        index = self._chosen()
        if index is None:
            return
        self.query_one("#orphan-message", Static).update(Text(sanitize(action(index))))
        self._fill()

    def action_adopt(self) -> None:
        self._run(self._adopt)

    def action_discard(self) -> None:
        self._run(self._discard)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
