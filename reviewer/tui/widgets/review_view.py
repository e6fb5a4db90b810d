"""All language columns of a group in ONE Line API scroll view, rows lined up across columns.

The view draws every column of a row itself, so that columns cannot drift apart while
scrolling (one scroll offset for all). Layout is lazy and per column width: only the height
of each row (its tallest wrapped cell, plus a rule) and where each row starts; `bisect` finds
the row of a screen line; a cell is wrapped and styled only when its row is drawn, and the
drawn rows are kept in a bounded LRU cache (DESIGN.md, "Notes for the app's rendering").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reviewer.core.model import SEVERITIES, Finding
from reviewer.core.session import AlignedGroup
from reviewer.tui.bindings import review_bindings
from reviewer.tui.cells import Cell, build_cell
from reviewer.tui.review_state import Reviewing
from reviewer.tui.wrapping import RowLayout, cell_width, is_cut, wrap

GUTTER = 4  # cursor mark, status mark, finding mark, alignment mark (automatic: a space)
MIN_COLUMN = 4
PAD = 1  # blank cell kept at the right of each column, so text never touches the rule
CUT_MARK = "↩"  # drawn in that blank cell when a word too long for its column is cut
MORE_BELOW, MORE_ABOVE = "↓", "↑"  # in the gutter where a row taller than the view is cut
# Below this many cells per column, `auto` shows the pivot and the focused language, with as
# many of the languages after it as columns of WINDOW_COLUMN cells fit (two at 80 and 120
# columns, four at 200: twelve languages of 15 cells each are unreadable, four of 48 are not).
FOCUS_BELOW = 24
WINDOW_COLUMN = 40
LAYOUTS = ("auto", "all", "focus")
# Known checks get a fixed colour each (so a check keeps its colour across groups); others
# take the remaining colours in the order of their ids.
CHECK_ORDER = (
    "missing",
    "extra",
    "number-mismatch",
    "name-mismatch",
    "length-ratio",
    "untranslated",
)
# Exact xterm-256 colours (so a 256-colour terminal shows them unchanged), none of them
# blue or teal: those are the cursor row's and the focused cell's backgrounds.
FINDING_COLOURS = (
    "#870000",  # missing: dark red
    "#5f0087",  # extra: purple
    "#875f00",  # number-mismatch: brown
    "#870087",  # name-mismatch: magenta
    "#5f5f00",  # length-ratio: olive
    "#005f00",  # untranslated: green
    "#5f005f",
    "#af5f00",
)
STATUS_MARKS = {
    "ok": ("✓", "bold #4caf50"),
    "issue": ("!", "bold #e0a030"),
    "reject": ("✗", "bold #e05050"),
}
# The row's alignment beside its status: confirmed, corrected by the reviewer (auto: blank).
ALIGNMENT_MARKS = {"confirmed": "=", "corrected": "~"}
BACKGROUND_STYLES = {"cursor", "focus-cell", "match"}
SEVERITY_MARKS = {"major": "#ff6060", "minor": "#e0b040", "info": "#60a0e0"}


def check_colour(check: str, present: tuple[str, ...] = ()) -> str:
    """The background colour of findings of `check`."""
    if check in CHECK_ORDER:
        return FINDING_COLOURS[CHECK_ORDER.index(check)]
    others = sorted(c for c in present if c not in CHECK_ORDER)
    index = len(CHECK_ORDER) + (others.index(check) if check in others else 0)
    return FINDING_COLOURS[index % len(FINDING_COLOURS)]


@dataclass(frozen=True)
class _Geometry:
    width: int
    columns: tuple[int, ...]
    shown: tuple[int, ...]
    hide: bool
    only: str | None


class ReviewView(ScrollView, can_focus=True, inherit_bindings=False):
    """The rows of one aligned group, one column per language, pivot first."""

    BINDINGS = review_bindings()

    COMPONENT_CLASSES = {
        "review-view--cursor",
        "review-view--focus-cell",
        "review-view--gutter",
        "review-view--rule",
        "review-view--boilerplate",
        "review-view--label",
        "review-view--empty",
        "review-view--match",
        "review-view--more",
    }

    DEFAULT_CSS = """
    ReviewView {
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
        overflow-y: auto;
        & > .review-view--cursor { background: $primary 30%; }
        & > .review-view--focus-cell { background: $primary 85%; }
        & > .review-view--gutter { color: $text-muted; }
        & > .review-view--rule { color: $surface-lighten-2; }
        & > .review-view--boilerplate { color: $text-disabled; text-style: italic; }
        & > .review-view--label { color: $warning 70%; text-style: italic; }
        & > .review-view--empty { color: $text-disabled; }
        & > .review-view--match { background: $warning 60%; text-style: bold; }
        & > .review-view--more { color: $warning; text-style: bold; }
    }
    """

    focus_lang: reactive[int] = reactive(0, layout=False, repaint=False)

    class Changed(Message):
        """The cursor row, the focused language, or what is shown changed."""

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self.aligned: AlignedGroup | None = None
        self.state: Reviewing | None = None
        self.hide_boilerplate = False
        self.only_check: str | None = None
        self.only_rows: frozenset[int] | None = None  # the palette's doubtful-rows filter
        self.search_term: str | None = None
        self.show_dismissed = False  # dismissed findings drawn (struck through) and listed
        self.finding_index = 0  # which finding of the cursor row actions apply to
        self.shown: list[int] = []
        self.cursor = 0  # index into `shown`
        self.layout_mode = "auto"  # auto | all | focus (LAYOUTS)
        self.partner = 1  # the language shown beside the pivot when the pivot is focused
        # (row, language) -> (the languages beside the pivot it was drawn for, the cell)
        self._cells: dict[tuple[int, str], tuple[tuple[str, ...], Cell]] = {}
        self._layout: RowLayout | None = None
        self._geometry: _Geometry | None = None
        self._strips: LRUCache[tuple, list[Strip]] = LRUCache(512)
        # (id of the row, column widths, languages shown) -> (the row, its height)
        self._heights: dict[tuple[int, tuple[int, ...], tuple[str, ...]], tuple[object, int]] = {}
        self._styles: dict[str, Style] = {}
        self._checks: tuple[str, ...] = ()
        self.most_findings = 0  # in any one row
        self.longest_finding = 0  # cells of the longest finding line (the panel's)
        self._region_key: Size | None = None
        self._region = Region()
        self._base_style: Style | None = None

    # ---- data -------------------------------------------------------------------------

    def load(self, aligned: AlignedGroup, state: Reviewing, *, cursor_row: int = 0) -> None:
        """Show `aligned`, with the reviewer's `state`, the cursor on `cursor_row`."""
        self.aligned, self.state = aligned, state
        self._cells.clear()
        self._checks = tuple(sorted({f.check for row in aligned.findings for f in row}))
        self.most_findings = max(map(len, aligned.findings), default=0)
        # The longest finding line, in cells: a group of two versions has one finding a row,
        # yet its messages (two sentences quoted, names listed) need the panel's second line.
        self.longest_finding = max(
            (_finding_cells(f) for row in aligned.findings for f in row), default=0
        )
        self.finding_index = 0
        # No watcher: the rows shown are the old group's until _refilter.
        self.set_reactive(ReviewView.focus_lang, min(self.focus_lang, len(aligned.languages) - 1))
        self._refilter(cursor_row)

    @property
    def languages(self) -> tuple[str, ...]:
        return self.aligned.languages if self.aligned else ()

    @property
    def checks(self) -> tuple[str, ...]:
        """Check ids with at least one finding in this group."""
        return self._checks

    @property
    def cursor_row(self) -> int | None:
        """The row index (into `aligned.rows`) under the cursor, None if nothing is shown."""
        return self.shown[self.cursor] if self.shown else None

    @property
    def focused_language(self) -> str:
        return self.languages[self.focus_lang]

    def shown_columns(self, width: int | None = None) -> tuple[int, ...]:
        """Indices (into `languages`) of the columns drawn: all of them, or the pivot and a
        window of the other languages that holds the focused one (`focus` layout; `auto`
        picks it when all would be too narrow). The window moves a page at a time, so `tab`
        walks through it without the columns sliding under the reader."""
        count = len(self.languages)
        if count <= 2 or self.layout_mode == "all":
            return tuple(range(count))
        width = self.content_width if width is None else width
        if self.layout_mode == "auto":
            if (width - GUTTER - (count - 1)) // count >= FOCUS_BELOW:
                return tuple(range(count))
        other = max(1, self.focus_lang if self.focus_lang else min(self.partner, count - 1))
        beside = max(1, min(count - 1, (width - GUTTER + 1) // (WINDOW_COLUMN + 1) - 1))
        start = min(1 + (other - 1) // beside * beside, count - beside)
        return (0, *range(start, start + beside))

    @property
    def is_focus_layout(self) -> bool:
        return len(self.shown_columns()) < len(self.languages)

    def set_layout(self, mode: str) -> None:
        """`auto`, `all` or `focus` (LAYOUTS)."""
        if mode not in LAYOUTS:
            raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
        self.layout_mode = mode
        self.row_layout()
        self.refresh()
        self.call_after_refresh(self.scroll_to_cursor)
        self.post_message(self.Changed())

    def findings(self, row: int) -> tuple[Finding, ...]:
        """The row's findings, less the dismissed ones unless they are asked for."""
        return visible_findings(self.aligned, self.state, row, self.show_dismissed)

    def is_dismissed(self, row: int, finding: Finding) -> bool:
        return (finding.lang, finding.check) in self.state.dismissed(row)

    @property
    def current_finding(self) -> Finding | None:
        """The finding of the cursor row that dismiss and annotate apply to."""
        row = self.cursor_row
        findings = self.findings(row) if row is not None else ()
        if not findings:
            return None
        return findings[min(self.finding_index, len(findings) - 1)]

    def cell(self, row: int, lang: str) -> Cell:
        shown = self._beside() if lang == self.languages[0] else ()
        found = self._cells.get((row, lang))
        if found is None or found[0] != shown:
            assert self.aligned is not None and self.state is not None
            cell = view_cell(self.aligned, self.state, row, lang, self.show_dismissed, shown)
            found = self._cells[(row, lang)] = (shown, cell)
        return found[1]

    def _beside(self) -> tuple[str, ...]:
        """The languages on screen when they are not all (two columns), else ()."""
        columns = self.shown_columns() if self.is_mounted else range(len(self.languages))
        if len(columns) == len(self.languages):
            return ()
        return tuple(self.languages[i] for i in columns)

    def is_boilerplate_row(self, row: int) -> bool:
        return all(self.cell(row, lang).boilerplate_only for lang in self.languages)

    def _refilter(self, keep_row: int | None) -> None:
        rows = range(len(self.aligned.rows)) if self.aligned else range(0)
        visible = list(rows)
        if self.hide_boilerplate:
            visible = [row for row in visible if not self.is_boilerplate_row(row)]
        if self.only_rows is not None:
            visible = [row for row in visible if row in self.only_rows]
        if self.only_check:
            visible = [
                row
                for row in visible
                if any(f.check == self.only_check for f in self.findings(row))
            ]
        self.shown = visible
        self.cursor = self._nearest(keep_row or 0)
        self._invalidate()
        self.post_message(self.Changed())

    def _nearest(self, row: int) -> int:
        """Index in `shown` of `row`, or of the first visible row after it (else the last)."""
        return min(bisect_left(self.shown, row), max(0, len(self.shown) - 1))

    def set_filter(
        self, *, hide_boilerplate: bool | None = None, only_check: str | None | bool = False
    ) -> None:
        """Hide boilerplate rows and/or show only rows with findings of one check."""
        if hide_boilerplate is not None:
            self.hide_boilerplate = hide_boilerplate
        if only_check is not False:
            self.only_check = only_check  # type: ignore[assignment]
        self._refilter(self.cursor_row)

    def refresh_row(self, row: int) -> None:
        """Rebuild one row after the reviewer changed it (status, boilerplate).

        Only that row is measured again: a mark on a 5,000-row group must not re-wrap them all.
        """
        for lang in self.languages:
            self._cells.pop((row, lang), None)
        if self.hide_boilerplate:
            self._refilter(self.cursor_row)
            return
        layout = self.row_layout()
        if layout is not None and self._geometry is not None and row in self.shown:
            index = bisect_left(self.shown, row)
            height = self._measure(row, self._geometry.columns)  # its cells changed
            key = (id(self.aligned.rows[row]), self._geometry.columns, self._shown_langs())
            self._heights[key] = (self.aligned.rows[row], height)
            if height != layout.heights[index]:
                heights = list(layout.heights)
                heights[index] = height
                self._layout = RowLayout(heights)
                self.virtual_size = Size(self._geometry.width, self._layout.total)
        self._strips.clear()
        self.refresh()

    def set_show_dismissed(self, show: bool) -> None:
        self.show_dismissed = show
        self._cells.clear()
        self._refilter(self.cursor_row)

    def set_search(self, term: str | None) -> None:
        self.search_term = term or None
        self._strips.clear()
        self.refresh()

    # ---- cursor -------------------------------------------------------------------------

    def move_to(self, index: int, *, scroll: bool = True) -> None:
        """Put the cursor on `shown[index]` (clamped) and bring it into view."""
        if not self.shown:
            return
        index = max(0, min(len(self.shown) - 1, index))
        if index != self.cursor:
            self.finding_index = 0
        self.cursor = index
        self.refresh()
        if scroll:
            self.scroll_to_cursor()
        self.post_message(self.Changed())

    def step(self, direction: int) -> None:
        """Next (1) or previous (-1) row; inside a row taller than the view, scroll through
        it first, so that every line of it can be read."""
        layout = self.row_layout()
        if layout is not None and self.shown:
            top = layout.starts[self.cursor]
            bottom = top + layout.heights[self.cursor] - 1  # the rule under the row
            view = max(1, self.content_height)
            stride = max(1, view - 2)
            if direction > 0 and bottom > self.scroll_y + view:
                self.scroll_to(
                    y=min(self.scroll_y + stride, bottom - view + 1), animate=False, immediate=True
                )
                self.refresh()
                return
            if direction < 0 and top < self.scroll_y:
                self.scroll_to(y=max(top, self.scroll_y - stride), animate=False, immediate=True)
                self.refresh()
                return
        self.move_to(self.cursor + direction)

    def move_to_row(self, row: int) -> None:
        self.move_to(self._nearest(row))

    def scroll_to_cursor(self) -> None:
        layout = self.row_layout()
        if layout is None or not self.shown:
            return
        top, height = layout.starts[self.cursor], layout.heights[self.cursor]
        view = self.content_height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + height > self.scroll_y + view:
            self.scroll_to(
                y=max(top, top + height - view) if height <= view else top,
                animate=False,
                immediate=True,
            )

    def page(self, direction: int) -> None:
        """Move a screenful down (1) or up (-1), keeping the cursor where it is on screen."""
        layout = self.row_layout()
        if layout is None or not self.shown:
            return
        view = max(1, self.content_height)
        offset = layout.starts[self.cursor] - self.scroll_y
        target = layout.row_at(max(0, layout.starts[self.cursor] + direction * view))
        if target == self.cursor:
            target = max(0, min(len(self.shown) - 1, target + direction))
        self.cursor = target
        self.scroll_to(
            y=max(0, layout.starts[target] - max(0, offset)), animate=False, immediate=True
        )
        self.scroll_to_cursor()
        self.refresh()
        self.post_message(self.Changed())

    def watch_focus_lang(self) -> None:
        if self.focus_lang:
            self.partner = self.focus_lang
        self._finding_of_focus()
        geometry = self._geometry
        self.row_layout()  # the focus layout shows another language: new row heights
        if geometry != self._geometry:
            self.scroll_to_cursor()
        self.refresh()
        self.post_message(self.Changed())

    def _finding_of_focus(self) -> None:
        """The finding that the keys act on follows the focused language (`tab`, `w`, a
        click), where the cursor row has one of that language: on Revelation, `w` brought de
        beside the pivot and the panel still offered ar's finding to dismiss."""
        row = self.cursor_row
        if row is None or self.aligned is None or not self.languages:
            return
        findings = self.findings(row)
        lang = self.languages[self.focus_lang]
        if not findings or findings[min(self.finding_index, len(findings) - 1)].lang == lang:
            return
        self.finding_index = next(
            (i for i, f in enumerate(findings) if f.lang == lang), self.finding_index
        )

    # ---- layout -------------------------------------------------------------------------

    def column_widths(self, width: int | None = None) -> tuple[int, ...]:
        """Width of each column shown for a content `width` (separators take one cell)."""
        count = len(self.shown_columns(width))
        if not count:
            return ()
        width = self.content_width if width is None else width
        usable = max(0, width - GUTTER - (count - 1))
        base, extra = divmod(usable, count)
        return tuple(max(MIN_COLUMN, base + (1 if i < extra else 0)) for i in range(count))

    def row_layout(self) -> RowLayout | None:
        """Row heights and starts for the current width; recomputed when the width changed."""
        width = self.content_width
        if self.aligned is None or width == 0:  # not laid out yet: wrapping at 0 is wasted
            return None
        geometry = _Geometry(
            width,
            self.column_widths(width),
            self.shown_columns(width),
            self.hide_boilerplate,
            self.only_check,
        )
        if geometry != self._geometry or self._layout is None:
            self._geometry = geometry
            self._strips.clear()
            columns = geometry.columns
            langs = self._shown_langs()  # once: Group.languages sorts at each call
            self._layout = RowLayout([self._row_height(row, columns, langs) for row in self.shown])
            size = Size(width, self._layout.total)
            if self.virtual_size != size:
                self.virtual_size = size
        return self._layout

    def _row_height(self, row: int, columns: tuple[int, ...], langs: tuple[str, ...]) -> int:
        """Lines taken by `row`: its tallest wrapped cell, plus the rule under it.

        Remembered per row object and column widths: after an alignment correction the view
        is loaded again, and only the rows the correction made are measured anew. The
        languages shown are part of the key: beside the pivot, `ja` and `tr` take the same
        column widths but not the same lines (a `tr` cell was drawn cut to `ja`'s height)."""
        key = (id(self.aligned.rows[row]), columns, langs)
        known = self._heights.get(key)
        if known is not None and known[0] is self.aligned.rows[row]:
            return known[1]
        height = self._measure(row, columns)
        if len(self._heights) > 200_000:
            self._heights.clear()
        self._heights[key] = (self.aligned.rows[row], height)
        return height

    def _shown_langs(self) -> tuple[str, ...]:
        return tuple(self.languages[i] for i in self._geometry.shown)

    def _measure(self, row: int, columns: tuple[int, ...]) -> int:
        return row_height([self.cell(row, lang) for lang in self._shown_langs()], columns)

    def measuring(self) -> tuple[tuple[int, ...], tuple[str, ...], bool] | None:
        """What `heights_ahead` needs to measure rows as this view would now: the column
        widths, the languages shown, whether dismissed findings are shown (None before the
        view has a width)."""
        width = self.content_width
        if self.aligned is None or width == 0:
            return None
        shown = self.shown_columns(width)
        langs = tuple(self.languages[i] for i in shown)
        return self.column_widths(width), langs, self.show_dismissed

    def remember_heights(self, heights: dict) -> None:
        """Row heights from `heights_ahead`, used when those rows are laid out."""
        if len(self._heights) + len(heights) > 200_000:
            self._heights.clear()
        self._heights.update(heights)

    def _invalidate(self) -> None:
        self._layout = None
        self._geometry = None
        self._strips.clear()
        if self.is_mounted:
            self.row_layout()
            self.refresh()

    def on_resize(self) -> None:
        # A new width re-wraps (row_layout notices); a new height only shows more or less.
        self.row_layout()
        self.refresh()
        self.call_after_refresh(self.scroll_to_cursor)

    # ---- drawing ------------------------------------------------------------------------

    @property
    def content_width(self) -> int:
        """Width inside the scrollbar gutter (cached per widget size: asked for every line)."""
        return self._content_region().width

    @property
    def content_height(self) -> int:
        return self._content_region().height

    def _content_region(self) -> Region:
        size = self.size
        if self._region_key != size:
            self._region_key = size
            self._region = self.scrollable_content_region
        return self._region

    @property
    def base_style(self) -> Style:
        """The widget's own style (cached: walking the DOM for it costs more than a line)."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            if name.startswith("finding:"):
                style = Style(bgcolor=check_colour(name[8:], self._checks), underline=True)
            elif name.startswith("status:"):
                style = Style.parse(STATUS_MARKS[name[7:]][1])
            elif name.startswith("severity:"):
                style = Style.parse(SEVERITY_MARKS[name[9:]])
            elif name == "error":  # what the reviewer recorded: over any finding colour
                style = Style(color="#ffd75f", bold=True, underline=True, bgcolor="#303030")
            elif name == "dismissed":
                style = Style(strike=True, dim=True)
            else:
                # Full styles have their backgrounds blended (alpha colours); keep only the
                # part each one is for, so a span's style never hides the cursor's background.
                full = self.get_component_rich_style(f"review-view--{name}", partial=False)
                if name in BACKGROUND_STYLES:
                    style = Style(bgcolor=full.bgcolor, bold=full.bold)
                else:
                    style = Style(color=full.color, italic=full.italic, bold=full.bold)
            self._styles[name] = style
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base_style = None
        self._styles.clear()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        width = self.content_width
        layout = self.row_layout()
        base = self.base_style
        line = self.scroll_offset.y + y
        if layout is None or not self.shown or line >= layout.total:
            return Strip.blank(width, base)
        index = layout.row_at(line)
        strips = self._row_strips(index)
        within = line - layout.starts[index]
        if within >= len(strips):
            return Strip.blank(width, base)
        strip = strips[within]
        last_text = len(strips) - 2  # the last line of text; the rule is under it
        mark = None
        if y == self.content_height - 1 and within < last_text:
            mark = MORE_BELOW
        elif y == 0 and 0 < within <= last_text:
            mark = MORE_ABOVE
        if mark is not None:  # this row goes on out of view: say so in the gutter
            style = base + self._style("more")
            if index == self.cursor:
                style = style + self._style("cursor")
            strip = Strip.join([Strip([Segment(mark, style)], 1), strip.crop(1)])
        return strip

    def _row_strips(self, index: int) -> list[Strip]:
        row = self.shown[index]
        is_cursor = index == self.cursor
        key = (
            row,
            is_cursor,
            self.focus_lang if is_cursor else -1,
            self.state.status(row),
            self.state.alignment_state(row),
        )
        cached = self._strips.get(key)
        if cached is not None:
            return cached
        assert self._geometry is not None and self._layout is not None and self.aligned
        base = self.base_style
        if is_cursor:
            base = base + self._style("cursor")
        columns = self._geometry.columns
        shown = self._geometry.shown
        langs = [self.languages[i] for i in shown]
        height = self._layout.heights[index]
        cells = [self.cell(row, lang) for lang in langs]
        wrapped = [
            wrap(c.text, w - PAD, narrow=c.narrow) for c, w in zip(cells, columns, strict=True)
        ]
        styles = [
            self._char_styles(
                c,
                base + self._style("focus-cell")
                if is_cursor and shown[i] == self.focus_lang
                else base,
            )
            for i, c in enumerate(cells)
        ]
        gutter = self._gutter(row, base)
        separator = Segment("│", base + self._style("rule"))
        strips: list[Strip] = []
        # Cells are padded to their column, so a line is exactly this wide unless a wide
        # character did not fit a very narrow column.
        exact = GUTTER + sum(columns) + len(columns) - 1
        for number in range(height - 1):
            segments = list(gutter) if number == 0 else [Segment(" " * GUTTER, base)]
            for i, (cell, lines, column) in enumerate(zip(cells, wrapped, columns, strict=True)):
                if i:
                    segments.append(separator)
                cell_base = styles[i][1]
                if number < len(lines):
                    start, end = lines[number]
                    segments.extend(_line_segments(cell.text, styles[i][0], start, end))
                    used = (end - start) if cell.narrow else cell_width(cell.text[start:end])
                    if used < column and is_cut(cell.text, end):
                        segments.append(Segment(CUT_MARK, cell_base + self._style("more")))
                        used += 1
                else:
                    used = 0
                if used < column:
                    segments.append(Segment(" " * (column - used), cell_base))
            strips.append(_strip(segments, exact, self._geometry.width, base))
        rule = self.base_style + self._style("rule")
        line = "─" * GUTTER + "┼".join("─" * column for column in columns)
        strips.append(
            Strip([Segment(line, rule)]).adjust_cell_length(self._geometry.width, self.base_style)
        )
        self._strips[key] = strips
        return strips

    def _gutter(self, row: int, base: Style) -> list[Segment]:
        status = self.state.status(row) if self.state else None
        mark, mark_style = (
            (STATUS_MARKS[status][0], base + self._style(f"status:{status}"))
            if status
            else ("·", base + self._style("gutter"))
        )
        findings = self.findings(row)
        if findings:
            worst = min(
                findings,
                key=lambda f: SEVERITIES.index(f.severity) if f.severity in SEVERITIES else 9,
            )
            severity = worst.severity if worst.severity in SEVERITY_MARKS else "info"
            finding = Segment("●", base + self._style(f"severity:{severity}"))
        else:
            finding = Segment(" ", base)
        cursor = Segment("▶" if self.cursor_row == row else " ", base + self._style("gutter"))
        state = self.state.alignment_state(row) if self.state else "auto"
        link = ALIGNMENT_MARKS.get(state)
        aligned = Segment(link, base + self._style("gutter")) if link else Segment(" ", base)
        return [cursor, Segment(mark, mark_style), finding, aligned]

    def _char_styles(self, cell: Cell, base: Style) -> tuple[list[tuple[int, int, Style]], Style]:
        """Runs `(start, end, style)` covering the cell's text: spans and search matches."""
        spans = list(cell.spans)
        if self.search_term:
            pattern = re.escape(self.search_term)
            spans += [
                (m.start(), m.end(), "match")
                for m in re.finditer(pattern, cell.text, re.IGNORECASE)
            ]
        size = len(cell.text)
        if not spans:
            return [(0, size, base)], base
        cuts = sorted(
            {0, size, *(min(a, size) for a, _, _ in spans), *(min(b, size) for _, b, _ in spans)}
        )
        runs = []
        for low, high in zip(cuts, cuts[1:], strict=False):
            style = base
            for a, b, kind in spans:  # in order: later spans draw over earlier ones
                if a <= low and high <= b:
                    style = style + self._style(kind)
            runs.append((low, high, style))
        return runs, base

    # ---- mouse --------------------------------------------------------------------------

    def on_click(self, event) -> None:
        layout = self.row_layout()
        if layout is None or not self.shown:
            return
        line = self.scroll_offset.y + event.y
        if line < layout.total:
            self.move_to(layout.row_at(line), scroll=False)
        x = event.x - GUTTER
        shown = self.shown_columns()
        for i, column in enumerate(self._geometry.columns if self._geometry else ()):
            if x < column:
                self.focus_lang = shown[i]
                break
            x -= column + 1

    def column_offsets(self) -> list[tuple[int, int, int]]:
        """`(x, width, language index)` of each column in the view, for the header."""
        offsets, x = [], GUTTER
        for column, lang in zip(self.column_widths(), self.shown_columns(), strict=True):
            offsets.append((x, column, lang))
            x += column + 1
        return offsets


def _strip(segments: list[Segment], exact: int, width: int, style: Style) -> Strip:
    if exact == width:
        return Strip(segments, width)
    return Strip(segments).adjust_cell_length(width, style)


def _line_segments(
    text: str, runs: list[tuple[int, int, Style]], start: int, end: int
) -> list[Segment]:
    """Segments for `text[start:end]`, cut where the style runs change."""
    segments = []
    for low, high, style in runs:
        if high <= start:
            continue
        if low >= end:
            break
        segments.append(Segment(text[max(low, start) : min(high, end)], style))
    return segments


def visible_findings(
    aligned: AlignedGroup, state: Reviewing, row: int, show_dismissed: bool
) -> tuple[Finding, ...]:
    """`row`'s findings, less those the reviewer dismissed unless `show_dismissed`."""
    all_findings = aligned.findings
    findings = all_findings[row] if row < len(all_findings) else ()
    if not findings or show_dismissed:
        return findings
    dismissed = state.dismissed(row)
    if not dismissed:
        return findings
    return tuple(f for f in findings if (f.lang, f.check) not in dismissed)


def view_cell(
    aligned: AlignedGroup,
    state: Reviewing,
    row: int,
    lang: str,
    show_dismissed: bool,
    shown: tuple[str, ...] = (),
) -> Cell:
    """The cell of `lang` in `row` as the view draws it (its findings, dismissals, errors).

    `shown`: the languages on screen when not all of them are (two columns). A row whose
    shown cells are all empty (text added in another version) then says in the pivot's
    cell which versions have text, instead of two bare `∅`."""
    elsewhere: list[str] = []
    if shown and lang == aligned.group.pivot and not any(aligned.cell(row, s) for s in shown):
        elsewhere = [o for o in aligned.languages if o not in shown and aligned.cell(row, o)]
    visible = visible_findings(aligned, state, row, show_dismissed)
    found = [f for f in visible if f.lang == lang]
    marks = _lacking(aligned, row, visible) if lang == aligned.group.pivot else []
    if show_dismissed:
        dismissed = state.dismissed(row)
        marks += [
            (a, b, "dismissed") for f in found if (f.lang, f.check) in dismissed for a, b in f.spans
        ]
    marks += [
        (e.span[0], e.span[1], "error")
        for e in state.errors(row)
        if e.lang == lang and e.span is not None
    ]
    override = state.boilerplate_override(row, lang)
    return build_cell(
        aligned.cell(row, lang), found, override=override, marks=marks, elsewhere=elsewhere
    )


def _lacking(
    aligned: AlignedGroup, row: int, findings: tuple[Finding, ...]
) -> list[tuple[int, int, str]]:
    """The pivot sentences of `row` that a version with a `missing` finding lacks, as marks in
    the pivot's cell text. A row over several pivot sentences (another version merged them)
    may be a screen tall: without the mark the reviewer hunts for the one sentence quoted."""
    langs = {f.lang for f in findings if f.check == "missing"}
    lacking = {i for lang in langs for i in aligned.rows[row].unmatched.get(lang, ())}
    if not lacking:
        return []
    marks, at = [], 0
    for segment in aligned.cell(row, aligned.group.pivot):
        if segment.ordinal in lacking:
            marks.append((at, at + len(segment.text), "finding:missing"))
        at += len(segment.text) + 1
    return marks


def _finding_cells(finding: Finding) -> int:
    """Cells the findings panel takes for `finding` (language, check, severity, message)."""
    return cell_width(f"  {finding.lang}  {finding.check}  {finding.severity}: {finding.message}")


def row_height(cells: list[Cell], columns: tuple[int, ...]) -> int:
    """Lines a row of `cells` (one per column) takes: its tallest wrapped cell, plus the rule."""
    tallest = 1
    for cell, column in zip(cells, columns, strict=True):
        if cell.narrow and len(cell.text) <= column - PAD:
            continue
        tallest = max(tallest, len(wrap(cell.text, column - PAD, narrow=cell.narrow)))
    return tallest + 1


def heights_ahead(
    aligned: AlignedGroup,
    state: Reviewing,
    measuring: tuple[tuple[int, ...], tuple[str, ...], bool],
) -> dict:
    """Every row's height as `ReviewView` would measure it with `measuring` (from
    `ReviewView.measuring`), for `remember_heights`. Reads nothing of the view, so a worker
    thread can measure a large group's rows before they are shown: 0.3 CPU s at 4 x 5,000
    that would otherwise hold up the keys."""
    columns, langs, show_dismissed = measuring
    shown = langs if len(langs) < len(aligned.languages) else ()
    heights = {}
    for index, row in enumerate(aligned.rows):
        cells = [view_cell(aligned, state, index, lang, show_dismissed, shown) for lang in langs]
        heights[(id(row), columns, langs)] = (row, row_height(cells, columns))
    return heights
