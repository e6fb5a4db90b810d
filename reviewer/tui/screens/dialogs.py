"""Modal screens: the help (live keymap), the group list, and the annotation form."""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from reviewer.core.keymap import ACTIONS, Keymap, display_key
from reviewer.core.model import ERROR_CATEGORIES, ERROR_SEVERITIES, ErrorNote
from reviewer.core.sanitize import sanitize


class HelpScreen(ModalScreen[None]):
    """What every mark on the screen means, what each check looks for, and every key (read
    from the live keymap, the user's file included)."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "close"),
        Binding("j,down", "scroll(1)", "down", show=False),
        Binding("k,up", "scroll(-1)", "up", show=False),
        Binding("space,pagedown,ctrl+d", "scroll(20)", "page down", show=False),
        Binding("pageup,ctrl+u", "scroll(-20)", "page up", show=False),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 96; max-width: 100%; height: 90%; border: round $accent;
        background: $surface; padding: 0 1; }
    """

    def __init__(self, keymap: Keymap, checks: tuple[str, ...] = ()) -> None:
        """`checks`: the check ids with findings in the group shown (their colours)."""
        super().__init__()
        self.keymap = keymap
        self.checks = checks

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.legend(), id="help-legend")
            yield Static(self.keys(), id="help-keys")

    def action_scroll(self, lines: int) -> None:
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_to(y=scroll.scroll_y + lines, animate=False)

    def legend(self) -> Text:
        from reviewer.core.checks import REGISTRY
        from reviewer.tui.widgets.review_view import (
            ALIGNMENT_MARKS,
            CUT_MARK,
            MORE_ABOVE,
            MORE_BELOW,
            SEVERITY_MARKS,
            STATUS_MARKS,
            check_colour,
        )

        text = Text()
        text.append("What the marks mean (esc to close; scroll for the keys)\n\n", style="bold")
        text.append("Gutter, left of each row\n", style="bold")
        rows = [
            ("▶", "", "the cursor row (its cells are highlighted, the focused one brighter)"),
            ("·", "", "not reviewed yet"),
            *((mark, style, f"{status}") for status, (mark, style) in STATUS_MARKS.items()),
            *(
                ("●", colour, f"{name}: the row has findings; the worst is {severity}")
                for (severity, colour), name in zip(
                    SEVERITY_MARKS.items(), ("red", "amber", "blue"), strict=False
                )
            ),
            *(
                (
                    mark,
                    "bold",
                    f"alignment {state} by a reviewer (blank: the aligner's)",
                )
                for state, mark in ALIGNMENT_MARKS.items()
            ),
            (MORE_BELOW, "bold", "this row goes on below the screen: j scrolls through it"),
            (MORE_ABOVE, "bold", "this row began above the screen"),
        ]
        for mark, style, meaning in rows:
            text.append(f"  {mark}  ", style=style or None)
            text.append(f"{meaning}\n")
        text.append("\nIn the text\n", style="bold")
        for sample, style, meaning in [
            ("‹caption›", "italic", "boilerplate (not article text) of that kind; dimmed"),
            ("∅", "dim", "this language has nothing in this row"),
            (CUT_MARK, "bold", "a word too long for its column goes on on the next line"),
            ("words", "bold underline #ffd75f on #303030", "an error you recorded (its span)"),
            ("words", "strike dim", "a dismissed finding (shown with D)"),
            ("words", "bold on #806000", "a search match"),
        ]:
            text.append(f"  {sample}", style=style)
            text.append(f"  {meaning}\n")
        text.append("  ★", style="bold")
        text.append("  the pivot language (every other language is aligned to it)\n")
        text.append("  ☆", style="bold")
        text.append("  the pivot, a guess: nothing in the texts says which is the original (P)\n")
        text.append("\nChecks (background colour of the words they are about)\n", style="bold")
        for check_id in sorted(REGISTRY, key=lambda c: (c not in self.checks, c)):
            check = REGISTRY[check_id]
            text.append(f"  {check_id} ", style=Style(bgcolor=check_colour(check_id, self.checks)))
            text.append(f" {check.description}; usually {check.severity}\n")
        text.append(
            "  Severities: major = very likely a real difference to look at; minor = probably a"
            " difference, or one of little weight; info = the check is unsure.\n"
        )
        text.append("\nStatuses and errors\n", style="bold")
        text.append(
            "  ok: the row is right; issue: something is wrong (recording an error makes the row"
            " issue, and a row with errors stays issue: A deletes errors); reject: the row is"
            " unusable (e.g. misaligned). Errors are MQM: category, severity (minor, major,"
            " critical), optional words and note. d dismisses a false alarm: it no longer"
            " counts here nor in `reviewer check`.\n"
        )
        return text

    def keys(self) -> Text:
        text = Text()
        text.append("\nKeys\n\n", style="bold")
        for action, description in ACTIONS:
            keys = " ".join(display_key(key) for key in self.keymap.keys.get(action, ()))
            mine = " *" if action in self.keymap.overrides else ""
            text.append(f"{action:<19}", style="bold")
            text.append(f"{keys + mine:<17}")
            text.append(f"{description}\n", style="dim")
        if self.keymap.overrides:
            text.append("\n* from your keybindings file\n", style="dim")
        text.append("ctrl+p: command palette (every action, go to group, filter by finding)\n")
        text.append(
            "In the error form: 1 minor, 2 major, 3 critical; ←/→ change a field; tab the next;"
            " enter saves (and moves to the next row); esc cancels.\n"
        )
        return text


class GroupListScreen(ModalScreen[tuple[str, int] | None]):
    """Pick a translation group, or a document that is in no group, to review."""

    BINDINGS = [Binding("escape", "dismiss_none", "close")]
    DEFAULT_CSS = """
    GroupListScreen { align: center middle; }
    GroupListScreen > Vertical { width: 110; max-width: 100%; height: 80%;
        border: round $accent; background: $surface; }
    GroupListScreen OptionList { text-wrap: nowrap; text-overflow: ellipsis; }
    GroupListScreen Label { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(
        self,
        entries: list[tuple[tuple[str, int], str]],
        current: int,
        *,
        title: str = "Groups and lone documents",
        header: str = "",
    ) -> None:
        super().__init__()
        self.entries = entries
        self.current = current
        self.title_text = title
        self.header = header

    def compose(self) -> ComposeResult:
        options = [
            Option(Text(sanitize(label), no_wrap=True, overflow="ellipsis"), id=str(i))
            for i, (_, label) in enumerate(self.entries)
        ]
        with Vertical():
            yield Label(Text(f" {self.title_text} (enter to open, esc to close)"))
            if self.header:
                yield Label(Text(" " + self.header, style="bold"))
            yield OptionList(*options, id="group-options")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        index = next((i for i, e in enumerate(self.entries) if e[0][1] == self.current), 0)
        options.highlighted = index
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.entries[int(event.option.id)][0])

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


# The MQM category an error recorded from a finding starts with (the reviewer may change it).
SUGGESTED_CATEGORY = {
    "missing": "accuracy/omission",
    "extra": "accuracy/addition",
    "number-mismatch": "accuracy/mistranslation",
    "name-mismatch": "accuracy/mistranslation",
    "name-consistency": "terminology",
    "length-ratio": "accuracy/mistranslation",
    "untranslated": "accuracy/untranslated",
    "punctuation": "fluency/punctuation",
}
SEVERITY_KEYS = {"1": "minor", "2": "major", "3": "critical"}  # one key each, in the form


def suggested_error(finding) -> ErrorNote:
    """An error filled in from a finding: its language, a category for its check, its
    severity (info counts as minor), its first span."""
    severity = finding.severity if finding.severity in ERROR_SEVERITIES else "minor"
    return ErrorNote(
        finding.lang,
        SUGGESTED_CATEGORY.get(finding.check, "accuracy/mistranslation"),
        severity,
        "",
        finding.spans[0] if finding.spans else None,
    )


class Choice(Static, can_focus=True):
    """One value out of a few, changed with the arrow keys (or a letter: the next value that
    starts with it); no list to open."""

    BINDINGS = [
        Binding("right,down", "step(1)", "next", show=False),
        Binding("left,up", "step(-1)", "previous", show=False),
    ]
    DEFAULT_CSS = """
    Choice { height: 1; width: 1fr; padding: 0 1; }
    Choice:focus { background: $accent 40%; text-style: bold; }
    """

    class Changed(Message):
        def __init__(self, choice: Choice) -> None:
            super().__init__()
            self.choice = choice

    def __init__(self, label: str, values: tuple[str, ...], value: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.label, self.values = label, values
        self.value = value if value in values else values[0]

    def on_mount(self) -> None:
        self._draw()

    def _draw(self) -> None:
        text = Text(f"{self.label:<9}", style="dim")
        text.append(f"◀ {sanitize(self.value)} ▶")
        self.update(text)

    def set(self, value: str) -> None:
        if value in self.values and value != self.value:
            self.value = value
            self._draw()
            self.post_message(self.Changed(self))

    def action_step(self, step: int) -> None:
        index = self.values.index(self.value)
        self.set(self.values[(index + step) % len(self.values)])

    def on_key(self, event) -> None:
        char = event.character or ""
        if len(char) == 1 and char.isalpha():
            index = self.values.index(self.value)
            for n in range(1, len(self.values) + 1):
                value = self.values[(index + n) % len(self.values)]
                if value.startswith(char.lower()):
                    self.set(value)
                    event.stop()
                    return


_WORD = re.compile(r"\S+")


class SpanPicker(Static, can_focus=True):
    """The words an error is about, picked in the row text word by word: left/right move the
    selection, shift+right/shift+left make it a word longer/shorter, backspace clears it."""

    BINDINGS = [
        Binding("right", "move(1)", "next word", show=False),
        Binding("left", "move(-1)", "previous word", show=False),
        Binding("shift+right", "grow(1)", "longer", show=False),
        Binding("shift+left", "grow(-1)", "shorter", show=False),
        Binding("backspace,delete", "clear", "no span", show=False),
    ]
    DEFAULT_CSS = """
    SpanPicker { height: auto; max-height: 6; width: 1fr; padding: 0 1; }
    SpanPicker:focus { background: $accent 20%; }
    """

    def __init__(self, text: str, span: tuple[int, int] | None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.set_text(text, span)

    def set_text(self, text: str, span: tuple[int, int] | None) -> None:
        self.text = text
        self.words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.span = span if span is not None and span[1] <= len(text) else None
        if self.is_mounted:
            self._draw()

    def on_mount(self) -> None:
        self._draw()

    def _word_range(self) -> tuple[int, int] | None:
        if self.span is None or not self.words:
            return None
        inside = [i for i, (a, b) in enumerate(self.words) if a < self.span[1] and b > self.span[0]]
        return (inside[0], inside[-1]) if inside else None

    def _select(self, first: int, last: int) -> None:
        first = max(0, min(first, len(self.words) - 1))
        last = max(first, min(last, len(self.words) - 1))
        self.span = (self.words[first][0], self.words[last][1])
        self._draw()

    def action_move(self, step: int) -> None:
        if not self.words:
            return
        found = self._word_range()
        if found is None:
            self._select(0 if step > 0 else len(self.words) - 1, 0 if step > 0 else 10**9)
            return
        first, last = found
        if not 0 <= first + step and last + step < len(self.words):
            return
        if first + step < 0:
            return
        self._select(first + step, last + step)

    def action_grow(self, step: int) -> None:
        found = self._word_range()
        if found is None:
            self.action_move(1)
            return
        first, last = found
        self._select(first, max(first, last + step))

    def action_clear(self) -> None:
        self.span = None
        self._draw()

    def _draw(self) -> None:
        text = Text("words    ", style="dim")
        if not self.text:
            text.append("(no text in this language)", style="dim")
        elif self.span is None:
            text.append(sanitize(self.text))
            text.append("  (none: → picks words)", style="dim")
        else:
            a, b = self.span
            text.append(sanitize(self.text[:a]))
            text.append(sanitize(self.text[a:b]), style="bold reverse")
            text.append(sanitize(self.text[b:]))
        self.update(text)


class AnnotateScreen(ModalScreen[ErrorNote | None]):
    """Record (or edit) an error in one language of a row. Filled in from the finding under
    the cursor; the focus starts on the category. 1/2/3 set the severity, enter saves from
    any field, tab moves between fields, esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "cancel"),
        Binding("enter", "save", "save"),
        *(
            Binding(key, f"severity('{value}')", value, show=False)
            for key, value in SEVERITY_KEYS.items()
        ),
    ]
    DEFAULT_CSS = """
    AnnotateScreen { align: center middle; }
    AnnotateScreen > Vertical { width: 78; max-width: 100%; height: auto; border: round $accent;
        background: $surface; padding: 0 1; }
    AnnotateScreen #annotate-error { color: $error; }
    AnnotateScreen #annotate-keys { color: $text-muted; }
    """

    def __init__(
        self,
        languages: tuple[str, ...],
        row_label: str,
        texts: dict[str, str],
        draft: ErrorNote,
        *,
        editing: bool = False,
    ) -> None:
        """`texts`: each language's row text (spans are offsets into it); `draft`: the values
        to start from (a finding's suggestion, or the error being edited)."""
        super().__init__()
        self.languages, self.row_label, self.texts = languages, row_label, texts
        self.draft, self.editing = draft, editing

    def compose(self) -> ComposeResult:
        draft = self.draft
        with Vertical():
            verb = "Edit the error" if self.editing else "Error"
            yield Label(Text(f"{verb} in {self.row_label}", style="bold"))
            yield Choice("language", self.languages, draft.lang, id="lang")
            yield Choice("category", ERROR_CATEGORIES, draft.category, id="category")
            yield Choice("severity", ERROR_SEVERITIES, draft.severity, id="severity")
            yield SpanPicker(self.texts.get(draft.lang, ""), draft.span, id="words")
            yield Input(draft.note, placeholder="note (optional)", id="note", compact=True)
            yield Static("", id="annotate-error")
            yield Static(
                "enter save · 1 minor 2 major 3 critical · ←/→ change · tab next field · "
                "words: ←/→ move, shift+←/→ longer/shorter · esc cancel",
                id="annotate-keys",
            )

    def on_mount(self) -> None:
        self.query_one("#category", Choice).focus()

    def on_choice_changed(self, event: Choice.Changed) -> None:
        if event.choice.id == "lang":  # the words follow the language
            lang = event.choice.value
            span = self.draft.span if lang == self.draft.lang else None
            self.query_one(SpanPicker).set_text(self.texts.get(lang, ""), span)

    def action_severity(self, value: str) -> None:
        self.query_one("#severity", Choice).set(value)

    def _result(self) -> ErrorNote:
        return ErrorNote(
            lang=self.query_one("#lang", Choice).value,
            category=self.query_one("#category", Choice).value,
            severity=self.query_one("#severity", Choice).value,
            note=self.query_one("#note", Input).value,
            span=self.query_one(SpanPicker).span,
        )

    def action_save(self) -> None:
        self.dismiss(self._result())

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_cancel(self) -> None:
        self.dismiss(None)


class ErrorListScreen(ModalScreen[tuple[str, int] | None]):
    """The errors recorded for a row: enter edits the highlighted one, d deletes it."""

    BINDINGS = [
        Binding("escape", "dismiss_none", "close"),
        Binding("d,delete", "delete", "delete"),
    ]
    DEFAULT_CSS = """
    ErrorListScreen { align: center middle; }
    ErrorListScreen > Vertical { width: 90%; height: auto; max-height: 80%;
        border: round $accent; background: $surface; }
    ErrorListScreen OptionList { height: auto; max-height: 20; }
    """

    def __init__(self, row_label: str, errors: tuple[ErrorNote, ...]) -> None:
        super().__init__()
        self.row_label, self.errors = row_label, errors

    def compose(self) -> ComposeResult:
        options = []
        for i, error in enumerate(self.errors):
            label = f"{error.lang}  {error.category}  {error.severity}"
            if error.span is not None:
                label += f"  [{error.span[0]}, {error.span[1]}]"
            if error.note:
                label += f"  “{error.note}”"
            options.append(Option(Text(sanitize(label)), id=str(i)))
        with Vertical():
            yield Label(f" Errors of {self.row_label} (enter: edit, d: delete, esc: close)")
            yield OptionList(*options, id="error-options")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(("edit", int(event.option.id)))

    def action_delete(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        if highlighted is not None:
            self.dismiss(("delete", highlighted))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
