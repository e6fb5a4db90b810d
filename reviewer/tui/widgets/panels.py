"""The small widgets around the review view: column headers, findings panel, status line.

Document text reaches them only through the sanitiser and as plain `Text` (never markup).
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from reviewer.core.sanitize import sanitize
from reviewer.tui.widgets.review_view import GUTTER, ReviewView, check_colour
from reviewer.tui.wrapping import cell_width, wrap


class ColumnHeader(Widget):
    """Language and file name above each column, the focused language marked."""

    DEFAULT_CSS = """
    ColumnHeader { height: 1; background: $panel; color: $text-muted; }
    ColumnHeader > .column-header--focused { background: $accent; color: $text; text-style: bold; }
    ColumnHeader > .column-header--pivot { color: $text; text-style: bold; }
    """
    COMPONENT_CLASSES = {"column-header--focused", "column-header--pivot"}

    def __init__(self, view: ReviewView, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view = view

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        width = self.size.width
        view = self.view
        if view.aligned is None:
            return Strip.blank(width, base)
        segments = [Segment(" " * GUTTER, base)]
        x = GUTTER
        for n, (start, column, i) in enumerate(view.column_offsets()):
            lang = view.languages[i]
            if start > x:
                segments.append(Segment("│" if n else " " * (start - x), base))
            style = base
            if i == view.focus_lang:
                style = base + self.get_component_rich_style("column-header--focused", partial=True)
            elif i == 0:
                style = base + self.get_component_rich_style("column-header--pivot", partial=True)
            name = sanitize(view.aligned.documents[lang].path)
            # ☆: a pivot nothing in the texts chose (`Group.pivot_guessed`); `P` changes it
            guessed = view.aligned.group.pivot_guessed
            pivot = ("☆" if guessed else "★") if i == 0 else " "
            label = _fit(f"{pivot}{lang} · {name}", column)
            segments.append(Segment(label, style))
            x = start + column
        return Strip(segments).adjust_cell_length(width, base)


def _fit(text: str, width: int) -> str:
    """`text` cut with an ellipsis (or padded) to exactly `width` cells."""
    if cell_width(text) <= width:
        return text + " " * (width - cell_width(text))
    out = ""
    for char in text:
        if cell_width(out + char) > width - 1:
            break
        out += char
    return out + "…" + " " * (width - 1 - cell_width(out))


PANEL_FINDINGS = 2  # findings explained at once; a fixed height keeps the rows from jumping


# The legend's word for a check where the full names do not fit on one line.
LEGEND_SHORT = {
    "number-mismatch": "number",
    "name-mismatch": "name",
    "name-consistency": "spelling",
    "length-ratio": "length",
    "punctuation": "punct.",
    "untranslated": "untransl.",
}


class FindingsPanel(Static):
    """The cursor row's findings, explained, under a legend of the group's check colours."""

    DEFAULT_CSS = """
    FindingsPanel { height: 1; background: $panel; padding: 0 1; }
    """

    def show(self, view: ReviewView) -> None:
        # One line when the group has no findings; else room for two, whatever the row,
        # so the rows above do not jump as the cursor moves. One finding a row (a pair of
        # versions) gets the second line too when some message needs it.
        width = max(self.size.width, 20)  # the content area: padding is outside it
        room = self.size.width or self.app.size.width - 2  # before the first layout too
        lines_needed = view.most_findings
        if lines_needed == 1 and view.longest_finding > room:
            lines_needed = 2
        height = 1 + min(PANEL_FINDINGS, lines_needed)
        if self.styles.height is None or self.styles.height.value != height:
            self.styles.height = height
        row = view.cursor_row
        first = Text()
        errors = view.state.errors(row) if row is not None and view.state is not None else ()
        if errors:
            # What the reviewer recorded for this row comes first (A lists them to edit).
            first.append(f"noted {len(errors)}: ", style="dim")
            for error in errors:
                first.append(f"{error.lang} {error.category} {error.severity}", style="bold")
                if error.note:
                    first.append(sanitize(f" “{error.note}”"))
                first.append("  ")
        if view.checks:
            # Eight checks' names take 115 cells: where the legend would be cut (80 columns),
            # each says its name in a word, so every colour stays explained.
            long = sum(len(check) + 3 for check in view.checks) + len(first) + 7
            short = long > width
            if not short:
                first.append("legend ", style="dim")
            for check in view.checks:
                label = LEGEND_SHORT.get(check, check) if short else check
                first.append(f" {label} ", style=Style(bgcolor=check_colour(check, view.checks)))
                first.append(" ")
        elif not errors:
            first.append("no findings in this group", style="dim")
        lines = [first]
        if row is not None and view.aligned is not None:
            findings = view.findings(row)
            current = min(view.finding_index, max(0, len(findings) - 1))
            shown = range(len(findings))
            if len(findings) > PANEL_FINDINGS:
                # The finding that `a` and `d` act on is always among those shown.
                start = min(current, len(findings) - PANEL_FINDINGS + 1)
                shown = range(start, start + PANEL_FINDINGS - 1)
            for number in shown:
                line = self._finding_line(view, row, findings[number], number == current)
                if len(shown) < len(findings) and number == current:
                    line = Text(f"▶{number + 1}/{len(findings)} ") + line[1:]
                lines.append(line)
            more = len(findings) - len(shown)
            # "… and N more" only where the message leaves it room: the count is said
            # before the message anyway, and the message must not lose its end.
            if more and all(line.cell_len <= width for line in lines[1:]):
                lines.append(Text(f"… and {more} more in this row (n)", style="dim"))
            if not findings and view.checks:
                lines.append(Text("no findings in this row", style="dim"))
        self.update(Text("\n").join(_fit_lines(lines, width, height)), layout=False)

    def _finding_line(self, view: ReviewView, row: int, finding, current: bool) -> Text:
        line = Text("▶" if current and len(view.findings(row)) > 1 else " ")
        line.append(f"{finding.lang} ", style="bold")
        line.append(
            f" {finding.check} ", style=Style(bgcolor=check_colour(finding.check, view.checks))
        )
        if view.is_dismissed(row, finding):
            line.append(" dismissed", style="bold")
        line.append(f" {finding.severity}: ", style="italic")
        line.append(sanitize(finding.message))
        return line


def _fit_lines(lines: list[Text], width: int, height: int) -> list[Text]:
    """`lines` in at most `height` lines of `width` cells: a long finding goes on over the lines
    left free (a message cut short may hide what it saw in the other language), and what
    still does not fit ends with an ellipsis."""
    spare = height - len(lines)
    out: list[Text] = []
    for number, line in enumerate(lines):
        if number and spare > 0 and line.cell_len > width:  # findings, not the legend
            ranges = wrap(line.plain, width)
            pieces = [line[a:b] for a, b in ranges[: spare + 1]]
            if len(ranges) > spare + 1:
                pieces[-1] = line[ranges[spare][0] :]
            spare -= len(pieces) - 1
            out += pieces
        else:
            out.append(line)
    for line in out:  # one line each: what is still too long ends with an ellipsis
        line.no_wrap = True
        line.truncate(width, overflow="ellipsis")
    return out


class StatusLine(Static):
    """Where the reviewer is and how much is left."""

    DEFAULT_CSS = """
    StatusLine { height: 1; background: $primary-background; color: $text; padding: 0 1; }
    """

    status = Text()

    def show(self, status: Text) -> None:
        self.status = status
        self.refresh(layout=False)

    def render(self) -> Text:
        # Cut to the width it has now (a resize too), visibly: at 80 columns the corpus's
        # counts went missing without a sign that the line went on.
        text = self.status.copy()
        text.truncate(max(1, self.size.width), overflow="ellipsis")
        return text
