"""The number-mismatch check: quantities, years, dates and months that differ between the
pivot and a version. Its own module for its size; registered through checks.py, which
imports it (see there). See docs/checks.md.
"""

from __future__ import annotations

import dataclasses
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from reviewer.core import pattern_cache, shares, unit_conversions
from reviewer.core.abjad_names import same_name
from reviewer.core.checks import (
    _MIN_VOTERS,
    Check,
    GroupView,
    Missing,
    _describe,
    _figure_keys,
    _having_text,
    _pivot_lacks,
    register,
)
from reviewer.core.mention import Mention
from reviewer.core.model import Finding
from reviewer.core.number_reader import NAME_BEFORE_FIGURE


@register
class NumberMismatch(Check):
    """Quantities, years, dates and months that differ between the pivot and this language."""

    id = "number-mismatch"
    severity = "major"
    description = "a number of the pivot is not in this language, or the reverse"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        found = [(row, f) for lang in group.targets for row, f in self._language(group, lang)]
        found = self._contradicted(group, found)
        yield from self._outvoted(group, found)
        yield from self._codes(group)
        yield from self._apart_in_lacked(group)

    def _apart_in_lacked(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        """A sentence the pivot lacks, which `extra` says once on the pivot, and which a few
        versions write with a figure changed (`checks._pivot_lacks`): each of those few is
        told against the others, as against the pivot on a row it has (mondrian_exhibition
        through fr, which lacks the closing date: ar's 18 September for twelve versions' 28
        was said only as "ar writes other figures" in the pivot's finding, stop 43)."""
        for row in range(len(group.rows)):
            if group.cell(row, group.pivot).has_content:
                continue
            having = _having_text(group, row)
            apart = _pivot_lacks(group, row, having)
            if not apart:
                continue
            agreeing = [lang for lang in having if lang not in apart]
            figures = _figure_keys(group, row, agreeing[0])
            theirs = [m for m in group.numbers(row, agreeing[0]) if m.key in figures]
            for lang in apart:
                mine = _figure_keys(group, row, lang)
                instead = [m for m in theirs if m.key in figures - mine]
                written = [m for m in group.numbers(row, lang) if m.kind != "word"]
                changed = [m for m in written if m.key in mine - figures] or [
                    # a one only where no other figure changed: nl's 2-1 for the others' 2-0
                    # (serie_a_results through el), not ja's オリオン1, the satellite's name
                    m
                    for m in written
                    if m.value == 1 and m.key not in figures
                ]
                if not changed or not instead:
                    # a figure more or fewer, not another one: the others may say it in
                    # words (ja 5度低い, "five less than last week", storm_warning through de)
                    continue
                message = (
                    f"{lang} has {_describe(changed)} where {len(agreeing)} of"
                    f" {len(having) - 1} other versions have {_describe(instead)}"
                    f" ({', '.join(agreeing[:4])}{', …' if len(agreeing) > 4 else ''}),"
                    f" in a sentence {group.pivot} lacks"
                )
                yield row, self.finding(lang, message, (m.span for m in changed))

    def _codes(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        """Model and product codes (XR-200, A320, MH17): never translated, so a version that
        writes another code of the same letters on the row (XR-220), and not the pivot's, a
        row either side included, changed it. Where three quarters of the versions, three at
        least, agree on one code against the pivot's, the pivot differs (as for numbers)."""
        read: dict[tuple[int, str], list[tuple[str, tuple[int, int]]]] = {}

        def codes(row: int, lang: str) -> list[tuple[str, tuple[int, int]]]:
            found = read.get((row, lang))
            if found is None:
                found = read[row, lang] = _codes_in(group, row, lang)
            return found

        for row in range(len(group.rows)):
            pivot = codes(row, group.pivot)
            if not pivot:
                continue  # (most rows: the other versions' cells are not read)
            near = [r for r in (row - 1, row + 1) if 0 <= r < len(group.rows)]
            ours = {c for c, _ in pivot} | {c for r in near for c, _ in codes(r, group.pivot)}
            changed: dict[str, list[tuple[str, str, tuple[int, int]]]] = {}
            for lang in group.targets:
                theirs = codes(row, lang)
                kept = {c for c, _ in theirs} | {c for r in near for c, _ in codes(r, lang)}
                for code, _ in pivot:
                    if code in kept:
                        continue
                    for other, span in theirs:
                        if (
                            other not in ours
                            and _family(other) == _family(code)
                            and _slip(code, other)
                        ):
                            changed.setdefault(lang, []).append((code, other, span))
            voters = [
                lang
                for lang in group.targets
                if {_family(c) for c, _ in codes(row, lang)} & {_family(c) for c, _ in pivot}
            ]
            outvoted: set[str] = set()
            for code, _ in pivot:
                instead = Counter(o for pairs in changed.values() for c, o, _ in pairs if c == code)
                if not instead or len(voters) < _MIN_VOTERS:
                    continue
                other, count = instead.most_common(1)[0]
                if count < max(_MIN_VOTERS, math.ceil(_MAJORITY * len(voters))):
                    continue
                agree = [lang for lang, pairs in changed.items() if (code, other) in _swaps(pairs)]
                outvoted.update(lang for lang in agree if _swaps(changed[lang]) == {(code, other)})
                named = ", ".join(agree[:4]) + (", …" if len(agree) > 4 else "")
                span = next(span for c, span in pivot if c == code)
                message = (
                    f"{group.pivot} has {code} where {len(agree)} of {len(voters)} other"
                    f" versions have {other} ({named}): the pivot differs"
                )
                yield row, self.finding(group.pivot, message, (span,))
            for lang, pairs in changed.items():
                if lang in outvoted:
                    continue
                was = ", ".join(dict.fromkeys(c for c, _, _ in pairs))
                now = ", ".join(dict.fromkeys(o for _, o, _ in pairs))
                message = (
                    f"{group.pivot} has {was}, not found in {lang}; {lang} has {now},"
                    f" not in {group.pivot}"
                )
                yield row, self.finding(lang, message, (span for _, _, span in pairs))

    def _contradicted(
        self, group: GroupView, found: list[tuple[int, Finding]]
    ) -> list[tuple[int, Finding]]:
        """A small number on one side only is info: the pivot may say it in a form the reader
        does not know (third, second-class, a day). That excuse fails where another version
        says a different small count that the pivot lacks as well, and no version at all has
        this one (1ドル=153円 changed to 2ドル, beside vi's 1 USD, against en's "per dollar"):
        the versions then disagree among themselves, and the one whose count no other version
        has is reported as minor. Value one is left alone (an article or "per" says it)."""
        out = []
        for row, finding in found:
            if finding.severity == "info" and finding.spans:
                finding = self._disagreeing(group, row, finding) or finding
            out.append((row, finding))
        return out

    def _disagreeing(self, group: GroupView, row: int, finding: Finding) -> Finding | None:
        lang = finding.lang
        pivot = _side_of(group, row, group.pivot)
        others = [
            other for other in group.targets if other != lang and group.cell(row, other).has_content
        ]
        # Every version's numbers on this row and the rows beside it: a count that another
        # version has a row away was cut into a neighbouring sentence, not changed.
        beside = [r for r in (row - 1, row, row + 1) if 0 <= r < len(group.rows)]
        anywhere = [
            _side_of(group, r, version) for r in beside for version in (group.pivot, *others)
        ]
        lone = [
            m
            for m in group.numbers(row, lang)
            if m.span in finding.spans
            and _small(m)
            and m.value != 1
            and not any(side.has(m) for side in anywhere)
        ]
        if not lone:
            return None
        mine = _side_of(group, row, lang)
        said = [
            (other, m)
            for other in others
            for m in group.numbers(row, other)
            if _small(m) and not pivot.has(m) and not mine.has(m)
        ]
        if not said:
            return None
        other, theirs = said[0]
        message = (
            f"{lang} has {_describe(lone)}, not in {group.pivot} nor in any other version;"
            f" {other} has {theirs.text} here"
        )
        return self.finding(lang, message, finding.spans, severity="minor")

    def _outvoted(
        self, group: GroupView, found: list[tuple[int, Finding]]
    ) -> Iterator[tuple[int, Finding]]:
        """Where the other versions agree with each other against the pivot, the pivot is what
        differs: one finding on the pivot instead of one on every faithful version.

        A pivot number is outvoted when at least three quarters of the versions with text on
        its row, and three at least, lack it and hold one same other value instead (12
        نوفمبر in the pivot, 11 November in nine of ten versions). The versions whose only
        disagreement it was lose their finding; a version with a slip of its own keeps it.
        """
        rows = {row for row, f in found if f.severity != "info"}
        dropped: set[tuple[int, str]] = set()
        for row in sorted(rows):
            voters = [lang for lang in group.targets if group.cell(row, lang).has_content]
            if len(voters) < _MIN_VOTERS:
                continue
            pivot = [m for m in group.numbers(row, group.pivot) if m.kind != "word"]
            pivot_side = _Side(pivot)
            # (a figure the pivot says in words is no slip of the version's: ja 3日間 for es
            # "tres días" beside es's changed 13 kept ja's finding, stop 44)
            pivot_said = _Side(group.numbers(row, group.pivot))
            theirs = {
                lang: [m for m in group.numbers(row, lang) if m.kind != "word"] for lang in voters
            }
            sides = {lang: _Side(mentions) for lang, mentions in theirs.items()}
            said = {lang: _Side(group.numbers(row, lang)) for lang in voters}
            needed = max(_MIN_VOTERS, math.ceil(_MAJORITY * len(voters)))
            # the pivot's figures most versions lack: its own, whatever they hold instead (ja's
            # 5年契約, "five-year contract", which de writes in one word, beside its changed
            # date: the versions whose only other disagreement it was kept their findings,
            # transfer through ja, stop 43)
            lacked = {
                id(p): lacking
                for p in pivot
                if p.value != 1
                and len(
                    lacking := [
                        lang for lang in voters if _lacks(sides[lang], theirs[lang], pivot, p)
                    ]
                )
                >= needed
            }
            told: set[str] = set()  # what the versions hold instead, said once
            for m in pivot:
                if id(m) not in lacked:
                    continue  # (a one is "a", "once", or a name's, ja オリオン1: no vote on it)
                lacking = lacked[id(m)]
                instead = _agreed(lacking, theirs, sides, pivot_side)
                if instead is None or instead.key in told:
                    continue
                # a version that says the majority's count in words agrees too (fr "trois",
                # zh 三 beside en 3, ja 3 against de's 2: four findings, one pivot's)
                agree = [lang for lang in lacking if said[lang].has(instead)]
                if len(agree) < max(_MIN_VOTERS, math.ceil(_MAJORITY * len(voters))):
                    continue
                majority = _Side([instead])
                told.add(instead.key)
                for lang in agree:
                    # (the pivot's other figures a version says in words it does not lack: ru
                    # второй, he השני, "the second", beside de's "2. Verwaltungsgericht")
                    missing = [
                        p
                        for p in pivot
                        if p.value != 1
                        and _lacks(sides[lang], theirs[lang], pivot, p)
                        and (
                            p is m
                            or not (said[lang].has(p) or _second_or_other(group, row, lang, p))
                        )
                    ]
                    extra = [t for t in theirs[lang] if not pivot_said.has(t)]
                    if (
                        any(p is m for p in missing)
                        and all(id(p) in lacked for p in missing)
                        and all(majority.has(t) for t in extra)
                    ):
                        dropped.add((row, lang))
                named = ", ".join(agree[:4]) + (", …" if len(agree) > 4 else "")
                message = (
                    f"{group.pivot} has {m.text} where {len(agree)} of {len(voters)} other"
                    f" versions have {instead.text} ({named}): the pivot differs"
                )
                yield row, self.finding(group.pivot, message, (m.span,))
            yield from self._outvoted_words(group, row, voters, found, dropped)
        for row, finding in found:
            if (row, finding.lang) not in dropped:
                yield row, finding

    def _outvoted_words(
        self,
        group: GroupView,
        row: int,
        voters: list[str],
        found: list[tuple[int, Finding]],
        dropped: set[tuple[int, str]],
    ) -> Iterator[tuple[int, Finding]]:
        """`_outvoted` for a count the pivot says in words (de "Vier Leuchtfeuer" where four
        versions say three): one minor finding on the pivot, not one on each faithful version
        (the changed word is minor: `_words_changed`)."""
        # a version that says the majority's count in words has a minor finding, one that
        # writes it in digits a major (ja 4版 against ar ثلاث where six versions say four)
        flagged = {f.lang for r, f in found if r == row and f.severity != "info"}
        pivot = [m for m in group.numbers(row, group.pivot) if m.kind == "word" and _count_word(m)]
        needed = max(_MIN_VOTERS, math.ceil(_MAJORITY * len(voters)))
        if not pivot or len(flagged) < needed:
            return
        # counted, not only seen: a version writing 3 for the pivot's vier and also 3 Zitronen
        # for its 2 Zitronen has a slip of its own (the 3 is seen either way), in words too (fr
        # "trois filles et trois fils" for vier Töchter und zwei Söhne)
        counts = {lang: Counter(m.value for m in group.numbers(row, lang)) for lang in voters}
        pivot_counts = Counter(p.value for p in group.numbers(row, group.pivot))
        for m in pivot:
            lacking = [lang for lang in voters if m.value not in counts[lang]]
            # what they say instead is what the pivot has nowhere on the row: not its 2 Eier
            # written in digits beside the vier (five versions "say 2" there too)
            said = Counter(
                v for lang in lacking for v in set(counts[lang]) - set(pivot_counts) if v
            )
            if not said:
                continue
            value, _ = said.most_common(1)[0]

            def only_that(lang: str, value: float = value, word: Mention = m) -> bool:
                more = counts[lang] - pivot_counts
                fewer = pivot_counts - counts[lang]
                return set(more) == {value} and set(fewer) == {word.value}

            agree = [lang for lang in lacking if lang in flagged and only_that(lang)]
            if len(agree) < needed:
                continue
            dropped.update((row, lang) for lang in agree)
            named = ", ".join(agree[:4]) + (", …" if len(agree) > 4 else "")
            message = (
                f"{group.pivot} has {m.text} where {len(agree)} of {len(voters)} other"
                f" versions say {value:g} ({named}): the pivot differs"
            )
            yield row, self.finding(group.pivot, message, (m.span,), severity="minor")

    def _language(self, group: GroupView, lang: str) -> Iterator[tuple[int, Finding]]:
        rows = range(len(group.rows))
        numbers = {row: _compared(group, row, lang) for row in rows}
        sides = _ByRow(lambda r: (_side_of(group, r, group.pivot), _side_of(group, r, lang)))
        # Per row, the keys each side has that the other side's cell lacks: a number missing
        # here and left over a few rows away is displaced by the alignment, not changed.
        # (Each made for the rows asked: only a row with a number one side lacks asks.)
        loose_pivot = _ByRow(lambda r: {m.key for m in numbers[r][0] if not sides[r][1].has(m)})
        loose_target = _ByRow(lambda r: {m.key for m in numbers[r][1] if not sides[r][0].has(m)})

        # The same for counts said in words, from rows whose sides read alike (a row with
        # ordinals read on one side only has many leftovers, and says nothing about shifts).
        spare_pivot = _ByRow(lambda r: _spare(*numbers[r]))
        spare_target = _ByRow(lambda r: _spare(numbers[r][1], numbers[r][0]))

        # Neighbours are counted in rows where either side has text (a group of nine has many
        # rows that hold only other languages).
        texted = [r for r in rows if _has_text(group, r, lang)]
        place = {r: i for i, r in enumerate(texted)}

        def near(row: int, reach: int = _NEAR_ROWS) -> list[int]:
            i = place[row]
            return texted[max(0, i - reach) : i + reach + 1]

        def moved(
            m: Mention, row: int, loose: dict[int, set[str]], reach: int = _NEAR_ROWS
        ) -> bool:
            return any(r != row and m.key in loose[r] for r in near(row, reach))

        found: dict[int, tuple[list[Mention], list[Mention], list[Mention]]] = {}
        months_said: dict[int, str] = {}  # `_months_outvoted`'s, for the message
        for row in rows:
            if not group.cell(row, group.pivot).has_content:
                continue
            if not group.cell(row, lang).has_content:
                continue
            pivot, target = numbers[row]
            pivot_side, target_side = sides[row]
            # Spelt numbers ("six", "enam") confirm a digit but never contradict one.
            missing = [m for m in pivot if m.kind != "word" and not target_side.has(m)]
            missing += _days_spent(pivot, target, target_side)
            extra = [m for m in target if m.kind != "word" and not pivot_side.has(m)]
            extra += _days_spent(target, pivot, pivot_side)
            missing, extra = _read_two_ways(missing, extra)
            if missing or extra:
                named = _named_figures(group, row)
                texts = _text(group, row, group.pivot), _text(group, row, lang)
                missing = _not_named(missing, group.pivot, *texts, named)
                extra = _not_named(extra, lang, *texts[::-1], named)
            if outvoted := _months_outvoted(group, row, lang, target, pivot_side):
                extra += [m for m, _, _ in outvoted]
                months_said[row] = "; ".join(
                    f"{group.pivot} gives no month to its day, {count} other versions have"
                    f" {instead.text}"
                    for _, instead, count in outvoted
                )
            away = [m for m in missing if moved(m, row, loose_target)]
            away += [m for m in extra if moved(m, row, loose_pivot)]
            missing = [m for m in missing if m not in away]
            extra = [m for m in extra if m not in away]
            found[row] = (missing, extra, away)

        # A sentence of this language on a row of its own (the pivot's cell empty) next to a
        # row that lacks a pivot number may be the rest of that row's sentence, cut apart
        # (Thai, where spaces split clauses): the number is there (no finding), or changed
        # (reported on the lone row, where the changed text is).
        # a lone row -> (pivot numbers still missing, its own extra numbers, the row beside)
        lone_found: dict[int, tuple[list[Mention], list[Mention], int]] = {}
        notes: dict[int, str] = {}
        for row in texted:
            if group.cell(row, group.pivot).has_content or not numbers[row][1]:
                continue
            i = place[row]
            for other in texted[i + 1 : i + 2] + texted[max(0, i - 1) : i]:
                if other not in found or not found[other][0] or found[other][1]:
                    continue
                # A one lacking beside is most often "once" in words (1度 against "une fois"):
                # a whole sentence there, its end written, holds no part of a lone sentence's
                # 20 ألف (stop 41). Where it is cut unended (Thai), the lone part's 3 is the
                # one changed (a major; an info "perhaps in words" once all ones were left
                # out, review41).
                if all(m.value == 1 for m in found[other][0]) and _ENDED.search(
                    _text(group, other, lang)
                ):
                    continue
                missing, _, away = found[other]
                piece = numbers[row][1]
                joined = _Side([*numbers[other][1], *piece])
                still = [m for m in missing if not joined.has(m)]
                extra = [m for m in piece if m.kind != "word" and not sides[other][0].has(m)]
                if extra:
                    lone_found[row] = (still, extra, other)
                    said = f" {lang} has {_describe(extra)} in the row beside"
                else:
                    said = f" {lang} has it in the row beside"
                if not still or extra:
                    notes[other] = f"{group.pivot} has {_describe(missing)}, not found here;{said}"
                    found[other] = ([], [], away)
                break
        for row, (still, extra, other) in lone_found.items():
            texts = (_text(group, other, group.pivot), _text(group, row, lang))
            pivot = numbers[other][0]
            yield row, self._mismatch(group, lang, pivot, numbers[row][1], still, extra, texts)

        for row, (missing, extra, away) in found.items():
            pivot, target = numbers[row]
            pivot_side, target_side = sides[row]
            if not missing and not _spelt_unmatched(pivot, target_side):
                # (after the lone rows beside have read them: a Thai sentence cut apart)
                # A one this version alone writes, where the pivot has nothing, not even a
                # count in words, is "a", "once", "ein", "un" there: ja writes 1日, 1度, 1つ
                # where others write words no reader takes for one (16 of the 42 infos
                # "perhaps written in words" over the planted items, stop 41). ("1 metre"
                # against مترين, two metres in words, is still a change; a pivot's one this
                # version lacks is still asked: zh 两地 "both places" had taken en's 2 of a
                # 1.5 changed to 2.5.)
                extra = [m for m in extra if not _lone_one(m)]
            note = notes.get(row, "")
            if missing and not extra:
                # A pivot number lacking here beside a row where this language has a number
                # the pivot lacks: one changed number that the alignment put a row away. It
                # is reported there, where the changed text is.
                there = [r for r in near(row) if r in found and found[r][1] and not found[r][0]]
                if there:
                    note = (
                        f"{group.pivot} has {_describe(missing)}, not found in {lang} here;"
                        f" {lang} has {_describe(found[there[0]][1])} a few rows away"
                    )
                    missing = []
            if missing or extra:
                texts = (_text(group, row, group.pivot), _text(group, row, lang))
                finding = self._mismatch(group, lang, pivot, target, missing, extra, texts)
                if row in months_said:
                    message = f"{finding.message} ({months_said[row]})"
                    finding = dataclasses.replace(finding, message=message)
                yield row, finding
                continue
            if not away and (repeated := _clock_repeats(group, row, lang, pivot, target)):
                times = Counter(m.key for m in target)
                said = Counter(m.key for m in pivot)
                message = "; ".join(
                    f"{lang} has {m.text} {_times(times[m.key])}, {group.pivot}"
                    f" {_times(said[m.key])}: a clock time changed?"
                    for m in repeated
                )
                yield row, self.finding(lang, message, (m.span for m in repeated))
                continue
            kept = [m for m in pivot if m not in away], [m for m in target if m not in away]
            if kept[0] and kept[1]:
                # (not a figure glued to a name: ja's ポラリス3 was "ar has الاثنين, ja has 3
                # instead", stop 43)
                named = _named_figures(group, row)
                texts = _text(group, row, group.pivot), _text(group, row, lang)
                kept = (
                    _not_named(kept[0], group.pivot, *texts, named),
                    _not_named(kept[1], lang, *texts[::-1], named),
                )
            changed = _words_changed(*kept)
            if changed:
                said, written = changed
                # A side whose every leftover is left over the other way in the next row
                # is the alignment's doing (rows cut a verse early), not a changed count.
                # Only the next row counts: small counts (twelve, seven) recur all over.
                shifted = all(moved(m, row, spare_target, 1) for m in said) or all(
                    moved(m, row, spare_pivot, 1) for m in written
                )
                if not shifted:
                    message = (
                        f"{group.pivot} has {_describe(said)}, {lang} has {_describe(written)}"
                        " instead"
                    )
                    spans = (m.span for m in written)
                    yield row, self.finding(lang, message, spans, severity="minor")
                    continue
            if note:
                yield row, self.finding(lang, note, (), severity="info")
            elif away:
                # Named per side: in a group of twelve, "the other language" said nothing.
                said = [
                    f"{side} has {_describe(here)} here, which {other} has a few rows away"
                    for side, other, mentions in (
                        (group.pivot, lang, pivot),
                        (lang, group.pivot, target),
                    )
                    if (here := [m for m in away if any(m is n for n in mentions)])
                ]
                message = "; ".join(said) + ": the rows may be shifted"
                spans = (m.span for m in away if m in target)
                yield row, self.finding(lang, message, spans, severity="info")

        # A sentence of this language on a row of its own (the pivot's cell empty) may be the
        # first part of the next row's sentence, cut apart (Thai, where spaces split clauses):
        # its counts in words are compared with that row's as one.
        for row in texted:
            if group.cell(row, group.pivot).has_content or not numbers[row][1]:
                continue
            if row in lone_found:
                continue  # reported above
            i = place[row]
            beside = [r for r in texted[i + 1 : i + 2] + texted[max(0, i - 1) : i] if r in found]
            if not beside or beside[0] in notes:
                continue
            other = beside[0]
            pivot, target = numbers[other]
            # (not a figure the version glues to a name there: de's Falcon-9-Rakete)
            pivot = _not_named(
                list(pivot),
                group.pivot,
                _text(group, other, group.pivot),
                _text(group, other, lang),
                _named_figures(group, other),
            )
            if found[other][0] or found[other][1] or _words_changed(pivot, target):
                continue
            changed = _words_changed(pivot, [*target, *numbers[row][1]])
            if changed and all(m in numbers[row][1] for m in changed[1]):
                said, written = changed
                message = (
                    f"{group.pivot} has {_describe(said)} in the row beside, {lang} has"
                    f" {_describe(written)} here instead"
                )
                yield row, self.finding(lang, message, (m.span for m in written), severity="minor")

    def _mismatch(
        self,
        group: GroupView,
        lang: str,
        pivot: Sequence[Mention],
        target: Sequence[Mention],
        missing: list[Mention],
        extra: list[Mention],
        texts: tuple[str, str],
    ) -> Finding:
        parts = []
        target_side = _Side(target)
        converted = _converted(missing, extra, pivot, target, texts)
        if converted:
            said = [m for m in missing if id(m) in converted]
            written = [m for m in extra if id(m) in converted]
            missing = [m for m in missing if id(m) not in converted]
            extra = [m for m in extra if id(m) not in converted]
            if not missing and not extra:
                sides = [
                    f"{_describe(ms)} ({who})"
                    for ms, who in ((said, group.pivot), (written, lang))
                    if ms
                ]
                message = f"the same in other units: {'; '.join(sides)}"
                return self.finding(lang, message, (m.span for m in written), severity="info")

        # A percentage the other side says as a share in words (25 % against "a quarter of")
        def as_share(m: Mention, other_text: str, other_lang: str) -> bool:
            return (
                m.kind == "percent"
                and m.value is not None
                and shares.says(m.value, other_text, other_lang)
            )

        said = [m for m in missing if as_share(m, texts[1], lang)]
        written = [m for m in extra if as_share(m, texts[0], group.pivot)]
        if said or written:
            missing = [m for m in missing if m not in said]
            extra = [m for m in extra if m not in written]
            if not missing and not extra:
                message = (
                    f"{_describe(said + written)}: said as a share in words by the other side"
                    f" ({group.pivot}, {lang})"
                )
                # spans are this version's: its percentages, not the pivot's
                return self.finding(lang, message, (m.span for m in written), severity="info")
        if missing:
            parts.append(f"{group.pivot} has {_describe(missing)}, not found in {lang}")
        if extra:
            parts.append(f"{lang} has {_describe(extra)}, not in {group.pivot}")
            # A count the pivot says in words, unmatched here, is what the reviewer compares
            # the new number with ("ko has 8, not in en; en says nine"). Not one: "a", 一个,
            # "ein" are articles as often, and "zh says 一" beside Forty-Two explains nothing.
            said = [
                m for m in pivot if m.kind == "word" and m.value != 1 and not target_side.has(m)
            ]
            if said and not missing:
                parts.append(f"{group.pivot} says {_describe(said)}")
            more = [m for m in _surplus(target, pivot) if _small(m) and m.value >= 2]
            if more and not missing:
                parts.append(f"{group.pivot} has {_describe(more)} more often")
        else:
            # Nothing new, so a pivot number was most likely turned into one said
            # already (Juli 2023 bis Juli 2024 -> 2024 bis 2024): point at the repeats.
            extra = _surplus(pivot, target)
            # one the target writes twice, or the pivot too, is repeated; one the target
            # writes once was only matched loosely elsewhere (vi's 15 May for 14 May, beside
            # en's "15th": "vi repeats 15 tháng 5", stop 42) and is said as new
            written = Counter(m.key for m in (*pivot, *target))
            repeated = [m for m in extra if written[m.key] > 1]
            if repeated:
                parts.append(f"{lang} repeats {_describe(repeated)}")
            if new := [m for m in extra if written[m.key] == 1]:
                parts.append(f"{lang} has {_describe(new)}")
        severity = None
        ordinals = {id(m) for m in missing if _ordinal(texts[0], m)}
        ordinals |= {id(m) for m in extra if _ordinal(texts[1], m)}
        if _in_words_opposite(missing, extra, pivot, target, _Side(pivot), target_side, ordinals):
            severity = "info"
            parts.append("on one side only: perhaps written in words on the other")
        return self.finding(lang, "; ".join(parts), (m.span for m in extra), severity=severity)


def _months_outvoted(
    group: GroupView, row: int, lang: str, target: Sequence[Mention], pivot_side: _Side
) -> list[tuple[Mention, Mention, int]]:
    """This version's dates that the pivot matches by their day alone (its 12日 gives no
    month), where the other versions that date that day, three at least, agree on another
    month: ar's 12 أكتوبر for 12 November, which a Japanese pivot's 12日 hid (stop 41). Each
    with the others' date and how many have it. A date the pivot gives another month is no
    such date: the plain mismatch says it (de's 14. April against en's 14 March was said with
    "en gives no month to its day", stop 43)."""
    loose = [
        m for m in target if m.kind == "date" and m.key not in pivot_side.keys and pivot_side.has(m)
    ]
    if not loose:
        return []
    others = [
        other for other in group.targets if other != lang and group.cell(row, other).has_content
    ]
    found = []
    for m in loose:
        day = m.key[2:].partition(".")[0]
        said: dict[str, tuple[Mention, int]] = {}  # date key -> its first mention, versions
        for other in others:
            dates = {n.key: n for n in group.numbers(row, other) if n.kind == "date"}
            for key, n in dates.items():
                if key[2:].partition(".")[0] == day:
                    first, count = said.get(key, (n, 0))
                    said[key] = (first, count + 1)
        if m.key in said or len(said) != 1:
            continue
        ((first, count),) = said.values()
        if count >= _MIN_VOTERS:
            found.append((m, first, count))
    return found


def _compared(group: GroupView, row: int, lang: str) -> tuple[Sequence[Mention], Sequence[Mention]]:
    """The pivot's numbers and this version's in `row`, less those of a sentence `missing`
    or `extra` reports there for this version: a figure of a sentence left out is said with
    it (a school letter's el lacked the allergy sentence: `missing`, and "th has 7 พฤษภาคม,
    not found in el", its date, a second major; stop 41)."""
    pivot, target = group.numbers(row, group.pivot), group.numbers(row, lang)
    if pivot and (gone := Missing.said_missing(group, row, lang)):
        pivot = tuple(m for m in pivot if not any(a <= m.start < b for a, b in gone))
    if target and (added := group.added(row, lang)):
        target = tuple(m for m in target if not any(a <= m.start < b for a, b in added))
    return pivot, target


def _unit(text: str, m: Mention) -> tuple[str, float, float] | None:
    """The unit written after mention `m` (or after the last of an "A x B" chain it opens):
    a translator converts (a US recipe's 350°F for 180 °C, 9 x 5 inches for 23 x 13 cm)."""
    after = unit_conversions.UNIT_AFTER.match(text, m.end)
    if after is None:
        return None
    if after.group(1) == '"' and _quoting(text, m.end):
        return None  # 'the label says "Size 12"': the quote closes, it is no inch mark
    return unit_conversions.unit(after.group(1))


def _quoting(text: str, at: int) -> bool:
    """Whether a quotation opened by a straight double quote is open at `at`."""
    quotes, opened = _quotes(text)
    before = bisect_left(quotes, at)  # the quotes before `at`
    return bool(before) and opened[before - 1]


@lru_cache(maxsize=64)
def _quotes(text: str) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Where `text`'s straight double quotes stand, and whether a quotation is open after
    each. Read from the start: a quote after a digit closes an open quotation or else is an
    inch mark (6.7"); any other opens or closes one. Read once per text: a line of a
    thousand 6" figures read its quotes again for each (a quadratic 7 s in `check`)."""
    quotes, opened, open_ = [], [], False
    i = text.find('"')
    while i != -1:
        if open_ or not (i and text[i - 1].isdigit()):
            open_ = not open_
        quotes.append(i)
        opened.append(open_)
        i = text.find('"', i + 1)
    return tuple(quotes), tuple(opened)


def _converted(
    missing: Sequence[Mention],
    extra: Sequence[Mention],
    pivot: Sequence[Mention],
    target: Sequence[Mention],
    texts: tuple[str, str],
) -> dict[int, Mention]:
    """The unmatched numbers that the other side gives in another unit of the same dimension
    (id -> the mention), where their values agree after conversion: a translator's
    conversion, not a changed figure (350°F against 180 °C; 9 x 5 inch against 23 x 13 cm)."""
    found: dict[int, Mention] = {}
    for these, text, other_text, others in (
        (missing, texts[0], texts[1], target),
        (extra, texts[1], texts[0], pivot),
    ):
        if not these:
            continue
        measured = [
            (o, theirs)
            for o in others
            if o.value is not None and (theirs := _unit(other_text, o)) is not None
        ]
        for m in these:
            unit = _unit(text, m) if m.value is not None else None
            if unit is None:
                continue
            for o, theirs in measured:
                if unit_conversions.same_quantity(m.value or 0.0, unit, o.value or 0.0, theirs):
                    found[id(m)] = m
                    break
    return found


_NEAR_ROWS = 3  # rows either side where a displaced number is looked for
# a cell that ends as a sentence does: its mark, then closing quotes or brackets
_ENDED = pattern_cache.compile(r"[.!?。！？؟।][\"'”’»」』）)\]]*\s*$")
_MAJORITY = 0.75  # and the share of the versions with text on the row they must be


def _count_word(m: Mention) -> bool:
    """A count said in a word (two or more, whole, below a hundred): as `_leftover` reads."""
    return _whole(m.value) and 2 <= (m.value or 0) < 100


def _lacks(side: _Side, theirs: Sequence[Mention], pivot: Sequence[Mention], m: Mention) -> bool:
    """Whether a version lacks the pivot's `m`: it has no such number, or `m` is a small
    count the pivot says more often than the version (2 Eier beside 2 Zitronen, against 3 eggs
    and 2 lemons)."""
    if not side.has(m):
        return True
    if m.kind == "date" and any(d is m for d in _days_spent(pivot, theirs, side)):
        return True  # matched only by a bare day the pivot's own figure takes
    return _small(m) and any(t is m for t in _surplus(theirs, pivot))


def _agreed(
    lacking: Sequence[str],
    theirs: Mapping[str, Sequence[Mention]],
    sides: Mapping[str, _Side],
    pivot_side: _Side,
) -> Mention | None:
    """The value most of `lacking` hold where the pivot has another (None when they differ)."""
    best, support = None, 0
    for lang in lacking:
        for candidate in theirs[lang]:
            if pivot_side.has(candidate):
                continue
            count = sum(sides[other].has(candidate) for other in lacking)
            if count > support:
                best, support = candidate, count
    return best


_MOST_LEFTOVERS = 2  # different counts said on one side only, beyond which sides read apart


def _has_text(group: GroupView, row: int, lang: str) -> bool:
    return group.cell(row, group.pivot).has_content or group.cell(row, lang).has_content


def _words_changed(
    pivot: Sequence[Mention], target: Sequence[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """Counts said on each side and not on the other, where both sides have some: seven angels
    against восьми Ангелов, three gates against vier Tore. Numbers in words are soft evidence,
    so only a swap counts (one side's leftover against the other's), value one is left out
    (an article or a pronoun as often), and so are lone hundreds and thousands (万物 "all
    things", "thousands of"), and more than two different leftover values on a side
    mean that the sides read their words differently (ordinals on one side only), not that
    one was changed."""
    said = _leftover(pivot, target)
    written = _leftover(target, pivot)
    if not said or not written or len({m.key for m in said}) > _MOST_LEFTOVERS:
        return None
    if len({m.key for m in written}) > _MOST_LEFTOVERS:
        return None
    return said, written


def _spare(this: Sequence[Mention], other: Sequence[Mention]) -> set[str]:
    """The keys of `_leftover`, where there are at most two of them."""
    keys = {m.key for m in _leftover(this, other)}
    return keys if len(keys) <= _MOST_LEFTOVERS else set()


def _leftover(this: Sequence[Mention], other: Sequence[Mention]) -> list[Mention]:
    """Counts (whole numbers of two or more) of `this` side beyond the other side's, in order."""

    counts = [
        m
        for m in this
        if (m.kind == "number" or (m.kind == "word" and (m.value or 0) < 100))
        and _whole(m.value)
        and (m.value or 0) >= 2
    ]
    if not counts:
        return []
    budget: dict[str, int] = {}  # a plain dict: Counter's construction cost more than the rest
    for m in other:
        budget[m.key] = budget.get(m.key, 0) + 1
    days = None  # the other side's date days, read only for a count it lacks
    left = []
    for m in counts:
        if budget.get(m.key, 0) > 0:
            budget[m.key] -= 1
            continue
        if days is None:  # `_Side(other).date_days`: "29 and 30 October" against 10月29日和30日
            days = {int(d.key[2:].partition(".")[0]) for d in other if d.kind == "date"}
        if int(m.value or 0) not in days:
            left.append(m)
    return left


class _ByRow(dict):
    """Per row, `make(row)`, computed at the first look-up: `NumberMismatch` reads its rows'
    leftovers only around a row with a number one side lacks (most groups have none)."""

    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, row: int):
        value = self[row] = self._make(row)
        return value


def _read_two_ways(
    missing: list[Mention], extra: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """`missing` and `extra` without the figures written the same on both sides that one
    side's locale reads as a date: German "ist jetzt 3.10." may be the 3rd of October, and
    was a major mismatch against the English version number 3.10 it copies."""
    dates = {m.text for m in (*missing, *extra) if m.kind == "date"}
    if not dates:
        return missing, extra
    both = {m.text for m in missing} & {m.text for m in extra} & dates
    if not both:
        return missing, extra
    return [m for m in missing if m.text not in both], [m for m in extra if m.text not in both]


def _side_of(group: GroupView, row: int, lang: str) -> _Side:
    """The `_Side` of a cell's numbers, made once per group: the pivot's serves every version
    (and one, `_NO_NUMBERS`, every cell without a number: most)."""
    memo = group.memo.setdefault(("number sides",), {})
    side = memo.get((row, lang))
    if side is None:
        mentions = group.numbers(row, lang)
        side = memo[row, lang] = _Side(mentions) if mentions else _NO_NUMBERS
    return side


def _days_spent(
    mine: Sequence[Mention], theirs: Sequence[Mention], their_side: _Side
) -> list[Mention]:
    """Dates of `mine` that `their_side` matches only by a bare day it writes no more often
    than `mine` writes that figure alone: the bare one is the partner of this side's own.
    vi's "lần thứ 15 ... đến 15 tháng 5" (the 15th conference, to 15 May) against en's "15th
    ... to 14 May": en's one 15 stood for both, and vi's changed day was found only as "en
    has 14 May", never outvoted through vi (eleven findings, stop 42)."""
    spent = []
    for m in mine:
        if m.kind != "date" or m.key in their_side.keys or not their_side.has(m):
            continue
        day = int(m.key[2:].partition(".")[0])
        alone = sum(1 for n in mine if n.kind in ("number", "word") and n.value == day)
        if alone and alone >= sum(
            1 for n in theirs if n.kind in ("number", "word") and n.value == day
        ):
            spent.append(m)
    return spent


# Digits glued to a name, with or without a hyphen (Falcon-9-Rakete, Orion-1, G20, אוריון-1,
# 猎户座-1): the number reader takes them for part of the name, no quantity
# (`number_reader.NAME_BEFORE_FIGURE`). Glued to Han, kana or Thai letters without a hyphen,
# digits are a quantity (292公里, 2月75日): not these; nor after what the reader reads a figure
# after (the ordinal ke-12, Rp75.000, 제3호: id's own "menit ke-12" hid its 12, stop 43).
_NAMED_FIGURE = pattern_cache.compile(NAME_BEFORE_FIGURE + r"\d+(?![\d.,]\d)")


def _not_named(
    mentions: list[Mention],
    lang: str,
    mine: str,
    across: str,
    names: Mapping[str, list[tuple[str, str]]],
) -> list[Mention]:
    """`mentions` less the plain figures that another version of the row glues to a name
    this cell (`lang`'s, `mine`) writes before them (`names`: `_named_figures`): de's
    Falcon-9-Rakete against en's "a Falcon 9 rocket" was "en has 9, not found in de"
    (eleven infos through de, stop 42), and
    ja's オリオン1, a katakana name's figure the reader takes for a count, against zh's
    猎户座-1, named by its meaning (no sound to compare), was "ja has 1" through ja and zh,
    where en, de, ru write Orion-1 (stop 43). Only where the cell it is compared with
    (`across`) writes that figure too, in a name or not: fr "la mission Apollo" left out en's
    11, which de's Apollo-11-Mission hid (review43). A figure changed in the name (Falcon 8), or one
    standing elsewhere ("A1" and "closed for 1 week" against "2 Wochen"), is still told."""
    if not names:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.kind == "number"
            and m.text in names
            and _writes_figure(across, m.text)
            and (word := _WORD_BEFORE.search(mine, 0, m.start))
            and any(same_name(word.group(1), name) for by, name in names[m.text] if by != lang)
        )
    ]


# "The second" in words that also say "the other" (he השני, hi दूसरे) or "a friend's" (uk
# друга): no soft 2 for the reader, where one hid a version's 3 for the others' 2 (review43),
# but beside a pivot the others outvote, a version's "second court" says its "2." (noise_ruling
# through de, stop 43).
_SECOND_OR_OTHER = pattern_cache.compile(
    r"(?<![\p{L}\p{M}])(?:השני|השנייה|दूसरा|दूसरे|दूसरी|друга|другу)(?![\p{L}\p{M}])"
)


def _second_or_other(group: GroupView, row: int, lang: str, m: Mention) -> bool:
    """Whether `lang`'s cell says `m`, a 2, with a word of `_SECOND_OR_OTHER`."""
    return m.value == 2 and _SECOND_OR_OTHER.search(_text(group, row, lang)) is not None


def _writes_figure(text: str, figure: str) -> bool:
    """Whether `text` writes the digits `figure`, not as a part of longer ones."""
    at = text.find(figure)
    while at >= 0:
        end = at + len(figure)
        if not text[at - 1 : at].isdigit() and not text[end : end + 1].isdigit():
            return True
        at = text.find(figure, at + 1)
    return False


def _named_figures(group: GroupView, row: int) -> dict[str, list[tuple[str, str]]]:
    """Figure -> (version, name) of each name the row's versions glue it to (Orion-1,
    Falcon-9-Rakete, G20);
    memoised per group: each version's comparison with the pivot asks it of the row."""
    memo = group.memo.setdefault(("named figures",), {})
    names = memo.get(row)
    if names is None:
        names = memo[row] = {}
        for lang in group.languages:
            text = _text(group, row, lang)
            if not _has_digit(text):
                continue
            for figure in _NAMED_FIGURE.finditer(text):
                if name := _WORD_BEFORE.search(text, 0, figure.start()):
                    names.setdefault(figure.group(), []).append((lang, name.group(1)))
    return names


def _has_digit(text: str) -> bool:
    """`any(c.isdigit() for c in text)`: in ASCII (a flag, read at once) only 0-9 are digits,
    found by one scan; other text by `map` (a generator cost a Python step a character: 1 %
    of aligning and checking 10,000 generated documents)."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


_ASCII_DIGIT = pattern_cache.compile_re(r"[0-9]")


# The word just before a figure, glued or after one hyphen or space.
_WORD_BEFORE = pattern_cache.compile(r"([\p{L}\p{M}]+)[-\s\u00a0\u202f]?$")


class _Side:
    """The numbers of one cell, to ask whether a number of the other cell is among them.

    Exact keys first; then dates and months leniently, because a month written as a word in a
    language the reader has no month names for (or in a form it does not know) leaves only the
    day: `26 ديسمبر` may come out as 26 where the other side has 26 December. A century
    matches unless this side reads another one (Quattrocento = 15th century = XVe siècle; a
    century in words, `c:?`, says nothing). So a date matches
    its day when this side names no other month (one of a year aside), a month alone matches
    when this side names the same month or no month alone (its months may all be dates: "in
    November ... on 18 December" against "в ноябре ... 18 декабря" where the inflected month
    is not read), and a bare day matches a date on that day. A changed day, or two different
    months alone, still mismatch.
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        if not mentions:  # most cells: no number at all
            empty: frozenset = frozenset()
            self.keys = self.months_alone = self.months = self.date_days = self.days = empty
            self.centuries = self.day_months = empty
            return
        # One pass (this is made for every cell with numbers, and for every leftover test).
        self.keys, self.months_alone, self.months = set(), set(), set()
        self.date_days, self.days, self.centuries = set(), set(), set()
        # the months a bare day of this side may be in: not those a year holds (2024年8月,
        # August 2024 beside ja's 12日 that en writes 12 November: stop 41)
        self.day_months: set[int] = set()
        years = [m for m in mentions if m.kind == "year"]
        for m in mentions:
            self.keys.add(m.key)
            if m.key.startswith("tel:"):
                self.keys.add(_dialled(m.key))
            kind = m.kind
            if kind == "century":
                if m.key != "c:?":
                    self.centuries.add(m.key)
            elif kind == "month":
                self.months_alone.add(int(m.key[2:]))
                self.months.add(int(m.key[2:]))
                if not any(_beside(m, year) for year in years):
                    self.day_months.add(int(m.key[2:]))
            elif kind == "date":
                self.months.add(int(m.key.rpartition(".")[2]))
                self.day_months.add(int(m.key.rpartition(".")[2]))
                self.date_days.add(int(m.key[2:].partition(".")[0]))
            elif kind in ("number", "word") and _whole(m.value) and 1 <= m.value <= 31:
                self.days.add(int(m.value))

    def has(self, m: Mention) -> bool:
        if m.key in self.keys:
            return True
        if m.key.startswith("tel:"):
            return _dialled(m.key) in self.keys
        if m.kind == "century":
            # Compared only with a century this side reads: "vijftiende eeuw" (in words) or
            # a phrase left out says nothing against "15th century"; "16th" does.
            return m.key == "c:?" or not self.centuries
        if m.kind == "date":
            day, _, month = m.key[2:].partition(".")
            return int(day) in self.days and (not self.day_months or int(month) in self.day_months)
        if m.kind == "month":
            return not self.months_alone or int(m.key[2:]) in self.months
        if m.kind == "number" and _whole(m.value):
            return int(m.value) in self.date_days
        return False


_YEAR_GAP = 4  # characters between a month and its year at most ("agosto de 2024", 2024年8月)


def _beside(month: Mention, year: Mention) -> bool:
    """Whether `year` stands right before or after `month`: the month of that year."""
    return 0 <= month.start - year.end <= _YEAR_GAP or 0 <= year.start - month.end <= _YEAR_GAP


def _dialled(key: str) -> str:
    """A telephone number's `tel:` key as the figure its digits make: the freephone 800 246
    246 is a number to dial after ru's "по телефону" and the figure 800,246,246 in the other
    versions of a Portuguese notice, where no word says what it is (storm_warning)."""
    return key[4:].lstrip("0") or "0"


_NO_NUMBERS = _Side(())  # read only: `has` is all a side is asked


def _in_words_opposite(
    missing: list[Mention],
    extra: list[Mention],
    pivot: Sequence[Mention],
    target: Sequence[Mention],
    pivot_side: _Side,
    target_side: _Side,
    ordinals: set[int] = frozenset(),  # the ids of those written as ordinals (18th, 第18)
) -> bool:
    """Whether numbers found on one side only are likely written in words on the other.

    Small ones (up to twelve), and ordinals up to a hundred (18th against вісімнадцятий), when
    the other side has no spelt number left unmatched: a form the reader does not know
    (девяти, 2등석 / second-class, 1日 / a day); with one left over it is a change (five -> 6).
    Larger ones when the other side writes its numbers only in words and has some left over,
    an order of magnitude smaller: parts of a number in words
    (42 / сорок два, 666 / seiscientos sesenta y seis). Numbers found on both sides are a
    change, whatever their size.
    """
    if bool(missing) == bool(extra):
        return False
    if missing:  # pivot numbers the target lacks: does the target spell numbers of its own?
        found, other, this, this_side = missing, target, pivot, pivot_side
    else:
        found, other, this, this_side = extra, pivot, target, target_side
    # Spelt numbers of the other side that this side does not say as often ("a thousand"
    # three times against тысяча twice and две тысячи: one thousand is left over).
    budget = Counter(m.key for m in this)
    leftover = []
    for m in other:
        if m.kind != "word" or m.value == 1:
            continue
        if budget[m.key] > 0:
            budget[m.key] -= 1
        elif m.key in budget or not this_side.has(m):
            leftover.append(m.value or 0)
    # A small count the other side says more often than this side (2 Eier beside 2 Zitronen,
    # against 3 eggs and 2 lemons) is what this one became: a change, not a form in words.
    if any(_small(m) and m.value >= 2 for m in _surplus(this, other)):
        return False
    if all(_small(m) or id(m) in ordinals for m in found):
        return not leftover
    # Parts of a number in words are an order of magnitude below it (два in сорок два = 42);
    # a spelt number as large as the digits is what they were changed from (a thousand -> 2000).
    # And only where the other side writes no number in digits: one that does writes this one
    # in digits too (a changed 十四万五千 beside 十四万四千 is a change).
    if not leftover or any(m.kind != "word" for m in other) or any(_small(m) for m in found):
        return False
    return 10 * max(leftover) <= min(m.value or 0 for m in found)


# An ordinal written in digits: a suffix after it (18th, 18e, 18-й, 18.ª, 18번째) or a word
# before it (第18, ครั้งที่ 18, thứ 18, ke-18). Not German's "18.", a sentence's end as often.
_ORDINAL_AFTER = pattern_cache.compile(
    r"(?:st|nd|rd|th|e|er|re|ème|è|º|ª|\.ª|\.º|-?(?:й|я|е|го|му|м|ї|ий|ого|а)|번째|째|차|回目|次)"
    r"(?!\p{L})"
)
_ORDINAL_BEFORE = pattern_cache.compile(r"(?:第|ครั้งที่|ที่|thứ|ke-)\s?$")
_ORDINAL_MOST = 100  # larger ordinals are seldom written in words


def _ordinal(text: str, m: Mention) -> bool:
    """Whether mention `m` of `text` is an ordinal written in digits, a hundred at most."""
    if m.kind != "number" or not _whole(m.value) or not 1 <= (m.value or 0) <= _ORDINAL_MOST:
        return False
    if _ORDINAL_AFTER.match(text, m.end):
        return True
    return _ORDINAL_BEFORE.search(text, max(0, m.start - 8), m.start) is not None


def _text(group: GroupView, row: int, lang: str) -> str:
    return group.cell(row, lang).content_text


def _whole(value: float | None) -> bool:
    """A whole number (values may be huge: a 20,000-digit run reads as infinity)."""
    return value is not None and math.isfinite(value) and value == int(value)


def _small(m: Mention) -> bool:
    return m.kind == "number" and _whole(m.value) and m.value <= 12


# The hour before a clock's minutes (8:30, 8.30, 8h30, 8 h 30)
_CLOCK_HOUR_BEFORE = pattern_cache.compile(r"\d\s?[:.h]\s?$")


def _clock_repeats(
    group: GroupView, row: int, lang: str, pivot: Sequence[Mention], target: Sequence[Mention]
) -> list[Mention]:
    """The minutes of a clock time that this version writes more often than the pivot and
    than three quarters of the other versions: ru "в 8:30 вместо 7:30" against "at 8 a.m.
    instead of 7:30" holds no number the pivot lacks (hours and minutes are read apart, so
    that 7시 30분 matches 7:30), only a 30 too many (stop 34, a ferry notice in nine
    languages: the changed departure was not reported)."""
    text = _text(group, row, lang)
    repeats = [
        m
        for m in _surplus(pivot, target)
        if m.kind == "number" and _CLOCK_HOUR_BEFORE.search(text, max(0, m.start - 4), m.start)
    ]
    if not repeats:
        return []
    others = [
        Counter(m.key for m in group.numbers(row, other))
        for other in group.targets
        if other != lang and group.cell(row, other).has_content
    ]
    if len(others) < 2:
        # nothing to weigh against: a pair (en "from 7:30 until half past ten", de "von 7:30
        # bis 10:30 Uhr": "de has 30 twice, en once", a false major, review34)
        return []
    mine = Counter(m.key for m in target)
    return [
        m
        for m in repeats
        if sum(counts[m.key] < mine[m.key] for counts in others) >= _MAJORITY * len(others)
    ]


def _lone_one(m: Mention) -> bool:
    return m.kind == "number" and m.value == 1


def _spelt_unmatched(mentions: Sequence[Mention], other: _Side) -> bool:
    """Whether `mentions` hold a count in words that the other side lacks."""
    return any(m.kind == "word" and not other.has(m) for m in mentions)


def _times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def _surplus(pivot: Sequence[Mention], target: Sequence[Mention]) -> list[Mention]:
    """Target numbers said more often than in the pivot (their later occurrences). A bare
    day and a date on that day are one mention, either way round, as `_Side.has` reads them
    (ja 12日 without its month, against 12 November: "ja has 12 more often", and 12 was then
    the pivot's against six of seven versions, stop 41)."""
    budget = Counter(m.key for m in pivot)
    surplus = []
    for m in target:
        if m.kind in ("word", "month"):  # "فبراير/شباط": one month, named twice
            continue
        if budget[m.key] > 0:
            budget[m.key] -= 1
        elif (other := _same_day(m, budget)) is not None:
            budget[other] -= 1
        else:
            surplus.append(m)
    return surplus


def _same_day(m: Mention, budget: Counter) -> str | None:
    """The key left in `budget` that says `m`'s day otherwise: a date on the day that bare
    number `m` may be, or the bare day of date `m`."""
    if m.kind == "date":
        day = m.key[2:].partition(".")[0]
        return day if budget[day] > 0 else None
    if m.kind == "number" and _whole(m.value) and 1 <= (m.value or 0) <= 31:
        prefix = f"d:{int(m.value)}."
        return next((k for k, n in budget.items() if n > 0 and k.startswith(prefix)), None)
    return None


# A model or product code: capitals, perhaps a hyphen, digits (XR-200, A320, F-16, MH17).
# The number reader reads no number glued to letters, so it leaves codes alone. Han, kana
# and Hangul may touch one (XR-200空气净化器).
_CODE = pattern_cache.compile(r"(?<![\p{Latin}\p{N}-])(\p{Lu}{1,5})-?\d{1,6}(?![\p{Latin}\p{N}])")


# Web and mail addresses are never translated either (`…/tidyfeed/issue` for `…/issues` in
# one version of a README was not seen). Their family is the host: an address another
# version writes with the same host is compared as a code is, where the two are a slip apart
# (`_ADDRESS_SLIP` edits) and not the same address in another language (`/en/` and `/fr/`).
# (not into the letters of a script written without spaces: ko `…/rueckruf에서`, "at …", nor
# into the full-width brackets and marks they quote it with: ja 「https://…」, ko …（무료）)
_ADDRESS = pattern_cache.compile(
    r"(?:https?://|www\.)[^\s<>()\"“”«»\u3000-\u303f\uff00-\uffef"
    r"\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Thai}]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
    pattern_cache.IGNORECASE,
)
_ADDRESS_HINTS = ("://", "www.", "@")
_ADDRESS_SLIP = 3
# A path part, subdomain or parameter naming a language or locale (en, pt-br, zh_CN)
_LOCALE_PART = pattern_cache.compile(r"(?<=[/.=?&])[a-z]{2}(?:[-_][a-z]{2,4})?(?=[/.&?#]|$)")


def _codes_in(group: GroupView, row: int, lang: str) -> list[tuple[str, tuple[int, int]]]:
    text = group.cell(row, lang).text
    found = []
    if any(map(str.isdigit, text)):  # (a C loop, not a Python step a character)
        found = [(m.group(), m.span()) for m in _CODE.finditer(text)]
    if any(hint in text for hint in _ADDRESS_HINTS):
        for m in _ADDRESS.finditer(text):
            address = m.group().rstrip(".,;:!?'’")
            found.append((address, (m.start(), m.start() + len(address))))
    return found


def _family(code: str) -> str:
    """A code's letters (XR-200 -> XR): two codes of one family are one product's. An
    address's host (`github.com`, `example.com` of a mail address)."""
    if _is_address(code):
        return "@" + _host(code)
    return code.rstrip("0123456789").rstrip("-")


def _is_address(code: str) -> bool:
    return "@" in code or "://" in code or code[:4].lower() == "www."


def _host(address: str) -> str:
    rest = address.lower().partition("@")[2] or address.lower().split("//")[-1]
    return rest.split("/")[0].removeprefix("www.")


def _slip(code: str, other: str) -> bool:
    """Whether `other` may be `code` changed: any two codes of one family, but two addresses
    only a few characters apart and not the same page in two languages."""
    if not _is_address(code):
        return True
    if Levenshtein.distance(code, other, score_cutoff=_ADDRESS_SLIP) > _ADDRESS_SLIP:
        return False
    return _page(code) != _page(other)


_SCHEME = pattern_cache.compile(r"^[a-z]+://(?:www\.)?|^www\.|#.*|/+$")


def _page(address: str) -> str:
    """The page an address shows, whatever its scheme (http or https), `www.`, closing slash,
    anchor (`#instalación`, a localised heading's) or language (`/en/`, `/de/` where the
    pivot has none)."""
    page = _LOCALE_PART.sub("", _SCHEME.sub("", address.lower()))
    return _SCHEME.sub("", page.replace("//", "/"))


def _swaps(pairs: Sequence[tuple[str, str, tuple[int, int]]]) -> set[tuple[str, str]]:
    return {(code, other) for code, other, _ in pairs}
