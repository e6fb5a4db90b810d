"""The name checks: name-mismatch (a name or acronym of the pivot with no counterpart in a
version, or the reverse) and name-consistency (one name spelled two ways). Their own module
for their size; registered through checks.py, which imports it (see there). See
docs/checks.md.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import repeat

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from reviewer.core import evidence, name_spellings, pattern_cache, sound_names
from reviewer.core.checks import _LATIN, Check, GroupView, _counterpart, _describe, register
from reviewer.core.mention import Mention
from reviewer.core.model import SEVERITIES, Finding
from reviewer.core.segmenting import BULLETS, OPENERS
from reviewer.core.transliteration import anyascii

# Languages written in scripts without capital letters: they form no acronyms of their own,
# so a translation keeps the Latin one or says what it stands for (95% CI: ja 95％信頼区間, WHO:
# zh 世界卫生组织, ar منظمة الصحة العالمية). Where the others keep an acronym, its absence there is
# a way of translating it, not a name lost; in a cased script (fr drops "(UNGA)" where de and id
# keep it, and forms OCS for SCO where it localises) it is.
_SPELL_ACRONYMS_OUT = frozenset({"ar", "fa", "he", "hi", "ja", "ko", "th", "ur", "zh"})
_CASELESS = _SPELL_ACRONYMS_OUT  # the same languages: their scripts have no capitals


@register
class NameMismatch(Check):
    """Names and acronyms of the pivot with no counterpart in this language, and the reverse.

    Proper names are transliterated (Tokayev/Tokaïev/Tokajew) and sometimes translated
    (Nga/Russie/Russland), so a missing name is only reported with evidence that this
    translation keeps it: it uses the name elsewhere in the document (major), or every other
    translation carries it in this row (major for acronyms; only info for names, which some
    languages translate: Shanghai / Thượng Hải). An acronym that this language consistently
    replaces by another one throughout the document (SCO -> OCS) is a localisation, not an error.
    """

    id = "name-mismatch"
    severity = "major"
    description = "a name or acronym of the pivot has no counterpart in this language"

    @staticmethod
    def _opens_sentence(group, row: int, lang: str, m: Mention) -> bool:
        cell = group.cell(row, lang)
        return _opens(cell.text, {at for at, _ in cell.content}, m.start)

    def _in_cell(self, group: GroupView, row: int, lang: str, key: str) -> bool:
        """Loose: a counterpart of name `key` in the cell silences the finding. Memoised: every
        target asks it of every other version ("though de, id keep it")."""
        cutoff = self.options["cutoff"]
        memo = group.memo.get(("counterpart", cutoff))
        if memo is None:
            memo = group.memo["counterpart", cutoff] = {}
        found = memo.get((row, lang, key))
        if found is None:
            # the same key among the cell's names or words (most names found) needs no fuzzy
            # look-up, and among its names (made already) not even the cell's word index
            found = memo[row, lang, key] = (
                key in group.name_keys(row, lang)
                or key in group.words(row, lang)
                or _counterpart(group.cell(row, lang).content_text, key, cutoff)
            )
        return found

    @staticmethod
    def _acronym_rows(group: GroupView, lang: str) -> dict[str, set[int]]:
        """Each acronym of `lang`'s document -> its rows, once per group (the pivot's serves
        every version)."""
        memo = group.memo.setdefault(("acronym rows",), {})
        rows = memo.get(lang)
        if rows is None:
            rows = memo[lang] = {}
            for row in range(len(group.rows)):
                for m in group.names(row, lang):
                    if m.kind == "acronym":
                        rows.setdefault(m.key, set()).add(row)
        return rows

    @classmethod
    def localised_acronyms(cls, group: GroupView, lang: str) -> dict[str, str]:
        """Pivot acronym -> the acronym `lang` uses for it throughout the document.

        Pairs an acronym the target never uses with one the pivot never uses, when they occur
        in the same rows (overlap over the larger row set at least 1/2); best pairs first.
        """
        pivot_rows = cls._acronym_rows(group, group.pivot)
        target_rows = cls._acronym_rows(group, lang)
        candidates = []
        for a, rows_a in pivot_rows.items():
            if a in target_rows:
                continue
            for b, rows_b in target_rows.items():
                if b in pivot_rows:
                    continue
                score = len(rows_a & rows_b) / max(len(rows_a), len(rows_b))
                if score >= 0.5:
                    candidates.append((-score, -len(rows_a & rows_b), a, b))
        mapping: dict[str, str] = {}
        used: set[str] = set()
        for _, _, a, b in sorted(candidates):
            if a not in mapping and b not in used:
                mapping[a] = b
                used.add(b)
        return mapping

    @classmethod
    def spelled_acronyms(cls, group: GroupView, lang: str) -> dict[str, frozenset[str]]:
        """Pivot acronym -> the runs of capitalised words `lang` writes for it in full, learnt
        as `localised_acronyms` learns acronyms: a run of two words or more in two rows at
        least of the rows where the pivot has the acronym, and in half of them (fr
        États-Unis wherever de writes USA, fr having no acronym for it). Memoised per group."""
        memo = group.memo.setdefault(("spelled acronyms",), {})
        found = memo.get(lang)
        if found is not None:
            return found
        found = memo[lang] = {}
        pivot_rows = cls._acronym_rows(group, group.pivot)
        if not pivot_rows or lang in _CASELESS:
            return found
        run_rows: dict[str, set[int]] = {}
        for row in range(len(group.rows)):
            runs = run_parts(group.cell(row, lang).content_text)
            if not runs:
                continue
            # a run holding a name the pivot writes on the row is that name's (en "President
            # Trump" in every row where de has USA and Präsident Trump), not the acronym's
            named = group.name_keys(row, group.pivot)
            openers = {
                first.group().lower()
                for _, segment in group.cell(row, lang).content
                if (first := _RUN_WORD.match(segment.text.lstrip(OPENERS + BULLETS + " ")))
            }
            for run, (_, _, words) in runs.items():
                if not named.isdisjoint(evidence.name_key(w) for w in words):
                    continue
                # nor one opened by a common word capitalised as its sentence's first (de "Die
                # Regierung" in three rows where en has "the US government": de dropping it
                # was silent)
                first = words[0].lower()
                if first in openers and group._in_vocabulary(lang, first):
                    continue
                run_rows.setdefault(run, set()).add(row)
        learnt: dict[str, set[str]] = {}
        own = cls._acronym_rows(group, lang)
        localised = cls.localised_acronyms(group, lang)
        spelled = cls._spelled_rows(group, pivot_rows)
        for acronym, rows_a in pivot_rows.items():
            # only where the version lacks its own acronym: a run beside it is no full name
            # of it (en "Prime Minister" in every row where fr has UK, en writing UK in two
            # of three: en dropping the UK in the third was silent)
            rows_a = (rows_a | spelled.get(acronym, set())) - own.get(
                localised.get(acronym, acronym), set()
            )
            for run, rows in run_rows.items():
                shared = len(rows & rows_a)
                if shared >= 2 and 2 * shared >= max(len(rows), len(rows_a)):
                    learnt.setdefault(run, set()).add(acronym)
        # a run learnt for two acronyms is neither's by its rows: where de writes USA and UK in
        # the same rows, fr's États-Unis and Royaume-Uni go with both (a row where fr put
        # Royaume-Uni for USA alone was silent). Their order in the sentences tells them apart
        # (`_by_order`); a run it does not place is neither's (fr "Les États-Unis et le
        # Royaume-Uni" against de "Die USA und das UK" was a major for USA in every row).
        shared = {run: acronyms for run, acronyms in learnt.items() if len(acronyms) > 1}
        placed = cls._by_order(group, lang, shared, pivot_rows, run_rows) if shared else {}
        together = group.memo.setdefault(("acronyms together",), {}).setdefault(lang, {})
        group.memo.setdefault(("run rows",), {})[lang] = run_rows
        for run, acronyms in shared.items():
            together.setdefault(frozenset(acronyms), set()).add(run)
        for run, acronyms in learnt.items():
            if len(acronyms) == 1:
                found.setdefault(next(iter(acronyms)), set()).add(run)
            elif run in placed:
                found.setdefault(placed[run], set()).add(run)
        found.update((acronym, frozenset(runs)) for acronym, runs in found.items())
        return found

    @staticmethod
    def _spelled_rows(group: GroupView, pivot_rows: Mapping[str, set[int]]) -> dict[str, set[int]]:
        """Each acronym of the pivot -> the rows where the pivot writes it in full instead, as
        rows to learn the versions' runs from (en US in one row, "the United States" in
        another: fr's États-Unis, in both, was learnt from none, and fr "UE-États-Unis" for
        en "EU-US" was a major "fr has no counterpart", stop 40). Once per group."""
        memo = group.memo.setdefault(("pivot spelled rows",), {})
        found = memo.get(group.pivot)
        if found is None:
            found = memo[group.pivot] = {}
            wanted = {a: _spellings((a,), group.pivot) for a in pivot_rows}
            for row in range(len(group.rows)):
                text = group.cell(row, group.pivot).content_text
                if not any(c.isupper() for c in text):
                    continue
                initials = _run_initials(text, group.pivot)
                if not initials:
                    continue
                for acronym, spellings in wanted.items():
                    if row not in pivot_rows[acronym] and any(
                        a in i for i in initials for a in spellings
                    ):
                        found.setdefault(acronym, set()).add(row)
        return found

    @staticmethod
    def _runs(group: GroupView, row: int, lang: str) -> set[str]:
        """The cell's runs of capitalised words (`run_parts`), once per cell (asked for each
        acronym it lacks)."""
        memo = group.memo.setdefault(("runs",), {})
        runs = memo.get((row, lang))
        if runs is None:
            runs = memo[row, lang] = set(run_parts(group.cell(row, lang).content_text))
        return runs

    @classmethod
    def _written_together(cls, group: GroupView, row: int, lang: str, acronym: str) -> bool:
        """Whether the pivot's `acronym` goes, in this row, with others it always comes with,
        and `lang`'s cell writes as many of the runs learnt for them all (`spelled_acronyms`):
        fr "Les États-Unis et le Royaume-Uni" for de "Die USA und das UK", whichever run is
        whose."""
        cls.spelled_acronyms(group, lang)  # (makes the table)
        together = group.memo.get(("acronyms together",), {}).get(lang)
        if not together:
            return False
        memo = group.memo.setdefault(("pivot acronyms",), {})
        here = memo.get(row)
        if here is None:
            here = memo[row] = {m.key for m in group.names(row, group.pivot) if m.kind == "acronym"}
        for acronyms, written in together.items():
            if acronym in acronyms and len(acronyms & here) >= 2:
                if written.isdisjoint(cls._runs(group, row, lang)):
                    continue
                run_rows = group.memo[("run rows",)][lang]
                apart = _apart(group.cell(row, lang).content_text, written, run_rows)
                if len(apart) >= len(acronyms & here):
                    return True
        return False

    @staticmethod
    def _by_order(
        group: GroupView,
        lang: str,
        shared: dict[str, set[str]],
        pivot_rows: dict[str, set[int]],
        run_rows: dict[str, set[int]],
    ) -> dict[str, str]:
        """Each run of `shared` (run -> the acronyms it was learnt for) placed by word order:
        in the rows where the pivot writes two or more of its acronyms and `lang` two or more
        of those runs, the k-th acronym goes with the k-th run (a translation keeps the order
        of "USA and UK", "États-Unis et Royaume-Uni"). A run goes with the acronym it meets so
        in two rows at least and in every such row, one run to an acronym. A row where the
        pivot writes one of the acronyms alone and `lang` one of the runs alone that goes
        against it (a translation that turns the order round, or a changed name) places
        none: the order is then no evidence."""
        votes: dict[str, Counter[str]] = {}
        alone: list[tuple[str, str]] = []  # (acronym, run) of rows with one of each
        acronyms = set().union(*shared.values())
        for row in sorted(set().union(*(pivot_rows[a] for a in acronyms))):
            starts: dict[str, int] = {}
            for m in group.names(row, group.pivot):
                if m.kind == "acronym" and m.key in acronyms:
                    starts.setdefault(m.key, m.start)
            places = _apart(group.cell(row, lang).content_text, shared, run_rows)
            if len(starts) == 1 and len(places) == 1:
                alone.append((next(iter(starts)), next(iter(places))))
            if len(starts) < 2 or len(places) != len(starts):
                continue
            ordered = sorted(starts, key=starts.__getitem__)
            for k, run in enumerate(sorted(places, key=places.__getitem__)):
                votes.setdefault(run, Counter())[ordered[k]] += 1
        placed: dict[str, str] = {}
        for run, counted in votes.items():
            (acronym, count), *rest = counted.most_common()
            if count >= 2 and not rest and acronym in shared[run]:
                placed[run] = acronym
        if any(placed.get(run, acronym) != acronym for acronym, run in alone):
            return {}
        # one run per acronym: two runs placed on one acronym tell nothing
        mine = Counter(placed.values())
        return {run: acronym for run, acronym in placed.items() if mine[acronym] == 1}

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        n = len(group.rows)
        # Each name key a document uses -> the first spelling it writes it with.
        doc_names = {
            lang: {
                m.key: m.text
                for row in reversed(range(n))
                for m in reversed(group.names(row, lang))
            }
            for lang in group.languages
        }
        # Strict: a name the document uses is evidence that a finding is due.
        doc_index = {
            lang: evidence.NameIndex(zip(keys, repeat(True))) for lang, keys in doc_names.items()
        }
        localised = {lang: self.localised_acronyms(group, lang) for lang in group.targets}
        said: set[tuple[int, str]] = set()
        for lang in group.targets:
            forward = localised[lang]
            backward = {b: a for a, b in forward.items()}
            others = [o for o in group.targets if o != lang]
            for row in range(n):
                if not (
                    group.cell(row, group.pivot).has_content and group.cell(row, lang).has_content
                ):
                    continue
                finding = self._compare(
                    group, row, lang, backward, doc_names, doc_index, others, localised
                )
                if finding is not None:
                    said.add((row, lang))
                    yield row, finding
        if group.pivot in _CASELESS:
            yield from self._swaps_without_capitals(group, said)
        else:
            yield from self._pivot_swaps(group)

    def _swaps_without_capitals(
        self, group: GroupView, said: set[tuple[int, str]]
    ) -> Iterator[tuple[int, Finding]]:
        """Changed names where the pivot's script has no capitals to find names by: each cased
        version's full names against another cased version's, standing in for the pivot, with
        `_swapped_part`'s rule (most other versions keep the name). fr Olena Kovaltchouk for
        Olena Kovalenko was silent through a zh or ko pivot, found through en (stop 40)."""
        cased = [lang for lang in group.targets if lang not in _CASELESS]
        if len(cased) < 3:
            return
        for row in range(len(group.rows)):
            if not group.cell(row, group.pivot).has_content:
                continue
            refs: list[str] | None = None  # (one order for the row's every version)
            for lang in cased:
                if (row, lang) in said or not group.cell(row, lang).has_content:
                    continue
                ours = group.name_keys(row, lang)
                if len(ours) < 2:
                    continue  # a changed part stands beside a kept one: two names at least
                if refs is None:
                    refs = _shared_names(group, row, cased)
                if found := self._swap_by_reference(group, row, lang, refs):
                    said_as, put = found
                    message = f"{said_as} ({group.pivot} has no capitals to tell names by)"
                    yield row, self.finding(lang, message, [put.span])
            # and each version without capitals, by sound (`_swapped_by_sound`)
            for lang in group.targets:
                if lang not in sound_names.PARTED or (row, lang) in said:
                    continue
                if not group.cell(row, lang).has_content:
                    continue
                if refs is None:
                    refs = _shared_names(group, row, cased)
                found = self._heard_swap_beside(group, row, lang, refs)
                if found is not None:
                    yield row, found

    def _swap_by_reference(
        self, group: GroupView, row: int, lang: str, refs: Sequence[str], *, heard: bool = False
    ) -> tuple[str, Mention] | None:
        """A full name of `lang`'s cell (the pivot's too) with a part changed, against the
        first cased version of `refs` that keeps its other part, standing in for the pivot
        (`_swapped_part`'s rule: most other versions keep the name); where `heard`, a version
        written without capitals against the first with a full name to hear
        (`_swapped_by_sound`). What it writes for what, as the reference and most others write
        it, and the mention put for the name."""
        ours = frozenset() if heard else group.name_keys(row, lang)
        swapped = self._swapped_by_sound if heard else self._swapped_part
        for ref in refs:
            theirs = [m for m in group.names(row, ref) if m.kind == "name"]
            kept = ref != lang and not ours.isdisjoint(m.key for m in theirs)
            if not (len(theirs) >= 2 if heard else kept):
                continue  # no full name to hear, no kept part to compare by
            view = _StandIn(group, ref)
            others = [o for o in group.languages if o not in (lang, ref)]
            for m in theirs:
                if m.key in ours:
                    continue
                swap = swapped(view, row, lang, m, theirs, others)
                if swap is None or self._swap_kept(group, row, lang, m, swap[2]):
                    continue
                mine, written, put = swap
                said_as = (
                    f"{lang} writes {' '.join(t.text for t in written)} for {' '.join(mine)},"
                    f" as {ref} and most others write it"
                )
                return said_as, put
            if heard:
                return None  # one reference is enough
        return None

    def _pivot_swaps(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        """A part of a full name the pivot changed, where most versions keep the name: told
        once, on the pivot (a made-up interview through fr, stop 44: fr's Rui Martins for
        Rui Matos, which the eight other versions write, was silent), as a changed number the
        others outvote is."""
        cased = [lang for lang in group.targets if lang not in _CASELESS]
        if len(cased) < 3:
            return
        for row in range(len(group.rows)):
            if len(group.name_keys(row, group.pivot)) < 2:
                continue  # a changed part stands beside a kept one: two names at least
            refs = _shared_names(group, row, cased)
            if found := self._swap_by_reference(group, row, group.pivot, refs):
                said_as, put = found
                message = f"{said_as}: the pivot differs"
                yield row, self.finding(group.pivot, message, [put.span])

    def _heard_swap_beside(
        self, group: GroupView, row: int, lang: str, refs: Sequence[str]
    ) -> Finding | None:
        """A changed name of `lang`, written without capitals, against the first cased version
        of `refs` with a full name to hear (a pivot without capitals: zh 安娜·科瓦尔斯卡 for
        en, de, es Anna Wiśniewska was silent through ja, stop 42)."""
        if found := self._swap_by_reference(group, row, lang, refs, heard=True):
            said_as, put = found
            message = f"{said_as} ({group.pivot} has no capitals to tell names by)"
            return self.finding(lang, message, [put.span])
        return None

    def _carried(
        self, group: GroupView, row: int, lang: str, m: Mention, localised: dict[str, str]
    ) -> bool:
        """Whether `lang`'s cell in `row` has a counterpart of the pivot's mention `m`
        (`localised`: that language's acronym replacements)."""
        if m.kind == "acronym":
            # the cell's acronyms, once per cell: asked of each of the pivot's acronyms, as
            # many as a long cell holds ("AB." 33,333 times: 40 s, made for each)
            memo = group.memo.setdefault(("acronyms",), {})
            acronyms = memo.get((row, lang))
            if acronyms is None:
                acronyms = memo[row, lang] = {
                    x.key for x in group.names(row, lang) if x.kind == "acronym"
                }
            local = localised.get(m.key, m.key)
            return (
                local in acronyms
                or group.spelled(row, lang, m.text)
                or spells_out(group.cell(row, lang).content_text, (local,), lang)
            )
        return self._in_cell(group, row, lang, m.key) or self._by_sound(group, row, lang, m)

    def _all_carry(
        self,
        group: GroupView,
        row: int,
        langs: Sequence[str],
        m: Mention,
        localised: Mapping[str, dict[str, str]],
    ) -> bool:
        """Whether every one of `langs` carries the pivot's `m` in `row` (`_carried`). Each
        target asks it of all the others, and most mentions asked are lacking in one of them
        at least: the first version found lacking it is kept per mention, and answers for
        every target but itself without asking the versions before it again."""
        memo = group.memo.setdefault(("lacking", group.pivot, self.options["cutoff"]), {})
        lacking = memo.setdefault((row, m.kind, m.key, m.text), [])
        if any(o in langs for o in lacking):
            return False
        for o in langs:
            if not self._carried(group, row, o, m, localised[o]):
                lacking.append(o)
                return False
        return True

    def _named(self, group: GroupView, row: int, lang: str, key: str) -> bool:
        """Whether `lang`'s cell in `row` has a name (a capitalised word) for the key."""
        cutoff = self.options["cutoff"]
        return any(k == key or fuzz.ratio(k, key) >= cutoff for k in group.name_keys(row, lang))

    @staticmethod
    def _by_sound(group: GroupView, row: int, lang: str, m: Mention) -> bool:
        """Whether the cell, in one of `sound_names.LANGUAGES`, writes the name `m` by sound
        (里韦拉, リベラ: Ribera; ホルム: Holm, which katakana writes with an r; Маск: Musk);
        or, for a name the pivot writes in letters of its own, whether a name of the cell
        keeps its consonants (el Κλίτσκο, en Klitschko: their keys differ, the sounds not)."""
        if lang in sound_names.LANGUAGES:
            text = group.cell(row, lang).content_text
            pivot_text = group.cell(row, group.pivot).text
            given = _KOREAN_GIVEN.match(pivot_text, m.end + 1) if m.end < len(pivot_text) else None
            if given is not None and pivot_text[m.end] == " ":
                # a Korean surname is not heard in its given name (Kim in el Σου-τζιν's jin)
                text = _HYPHENED.sub(
                    lambda w: (
                        " " if sound_names.written_in(given.group(), w.group(), lang) else w.group()
                    ),
                    text,
                )
            return sound_names.written_in(m.text, text, lang)
        if _LATIN.match(m.text):
            return False
        skeleton = sound_names.consonants(m.text)
        return len(skeleton) >= 3 and any(
            n.kind == "name" and sound_names.consonants(n.text) == skeleton
            for n in group.names(row, lang)
        )

    def _used(self, group, doc_names, doc_index, lang: str, key: str, *, by: str) -> str | None:
        """The key under which `lang`'s document uses the name `key` (written by `by`)
        elsewhere, if it does.
        Fuzzy (Tokayev, Tokaïev), except for a word of a language that capitalises its nouns:
        over a long document the fuzzy look-up finds a near name for most of them (Text+Berg:
        de Jahren ~ fr Siachen, Bergen ~ Bern, Mittel ~ Mittellegi), so only the same name
        counts. The fuzzy look-up is memoised per group: a name recurs in rows (`doc_index`
        is the group's)."""
        if by in evidence.CAPITALISED_NOUNS:
            if key in self._inside_sentences(group, lang):
                return key
            # or opening sentences only, where a third version that writes its nouns in lower
            # case names it too: a name (en and fr "Kishida said …" against de's dropped
            # Kishida: silent, review34), not a word of this language's (en "Kind regards")
            shared = any(
                key in doc_names[other]
                for other in doc_names
                if other not in (lang, by) and other not in evidence.CAPITALISED_NOUNS
            )
            return key if shared and key in doc_names[lang] else None
        cutoff = self.options["cutoff"]
        memo = group.memo.get(("used", cutoff))
        if memo is None:
            memo = group.memo["used", cutoff] = {}
        found = memo.get((lang, key), False)
        if found is False:
            found = doc_index[lang].match(key, cutoff=cutoff)
            if found is not None and (
                _adjective_of(found, key) or self._common_opener(group, lang, found)
            ):
                found = None
            memo[lang, key] = found
        return found

    def _common_opener(self, group: GroupView, lang: str, key: str) -> bool:
        """Whether `lang`'s document writes the name `key` only opening sentences, and no
        other version names it in those rows: a common word capitalised as the first (tr
        "Grup, …", "The group …", in en's lower case: en's Valmont Group, which tr writes
        Valmont Grubu, was a major "tr uses it elsewhere", stop 40)."""
        if key in self._inside_sentences(group, lang):
            return False
        # (versions in a script with capitals only: one without tells no name by its case)
        cased = [o for o in group.languages if o != lang and o not in _CASELESS]
        rows = sorted(_rows_of_names(group, lang).get(key, ()))
        return bool(rows and cased) and not any(
            self._named(group, r, other, key) for r in rows for other in cased
        )

    def _inside_sentences(self, group: GroupView, lang: str) -> set[str]:
        """The name keys `lang`'s document writes at least once inside a sentence, not only
        opening one: a German pivot's noun Kind against en's "Kind regards" at a letter's end
        was a word en "uses elsewhere" (three infos on a made-up school letter, stop 34).
        Memoised per group and language."""
        memo = group.memo.setdefault(("inside sentences",), {})
        keys = memo.get(lang)
        if keys is None:
            keys = memo[lang] = {
                m.key
                for row in range(len(group.rows))
                for m in group.names(row, lang)
                if not self._opens_sentence(group, row, lang, m)
            }
        return keys

    def _compare(
        self, group, row, lang, backward, doc_names, doc_index, others, localised
    ) -> Finding | None:
        pivot = group.pivot
        forward = localised[lang]

        def carried_by_others(m: Mention) -> bool:
            carried = bool(others) and self._all_carry(group, row, others, m, localised)
            if not carried or m.kind == "acronym" or pivot not in evidence.CAPITALISED_NOUNS:
                return carried
            # A pivot that capitalises its nouns: a version in a cased script that keeps the
            # word in lower case translated a noun, not a name (de Bäckers, en baker's).
            return all(
                self._named(group, row, o, m.key)
                for o in others
                if o not in _CASELESS and o not in evidence.CAPITALISED_NOUNS
            )

        def translated_here(key: str, acronym: Mention | None = None) -> bool:
            """Whether most of three or more other versions with text here lack the name:
            then it is one the languages translate in this place, whatever this version
            writes elsewhere (fr and vi translate the Camino de Santiago and keep the Camino
            Francés; fr's Saint-Jacques for Santiago is not en's Saint-Jean). An `acronym`
            a version writes as its own (fr OMS for en WHO) or spells out is kept there."""
            present = [o for o in others if group.cell(row, o).has_content]
            if len(present) < 3:
                return False
            kept = sum(
                1
                for o in present
                if self._in_cell(group, row, o, key)
                or (acronym is not None and self._carried(group, row, o, acronym, localised[o]))
            )
            return 2 * kept < len(present)

        def sounded(m: Mention) -> bool:
            """The name written by sound in the cell, or a part of the same full name beside
            it in the pivot: a given name too short to test (Haile: one consonant class) or
            written by a character the tables lack (大卫, David) goes with its surname
            (ハイレ・テスファイェ, 大卫·基普罗诺), and so does a part of a name written as one
            word (Кейптаун, Cape Town)."""
            if self._by_sound(group, row, lang, m):
                return True
            # a name in a case of a pivot that inflects names, heard in the form its document
            # writes too (pl Mondrianowi, Mondrian: ja ピート・モンドリアン, stop 40)
            base = _base_form(m, doc_names[pivot], pivot)
            if base is not None and self._by_sound(group, row, lang, m._replace(text=base)):
                return True
            return self._heard_with_partner(group, row, lang, m, pivot_names)

        target_names = group.names(row, lang)
        target_keys = group.name_keys(row, lang)
        pivot_keys = group.name_keys(row, pivot)
        pivot_names = group.names(row, pivot)
        pivot_acronyms = {m.key for m in pivot_names if m.kind == "acronym"}
        # A pivot sentence this language's alignment left unmatched is `missing`'s finding;
        # its names would only repeat it.
        if gaps := group.left_alone(row, lang):
            pivot_names = [m for m in pivot_names if not any(a <= m.start < b for a, b in gaps)]
        # Pivot surface form -> (severity, why); the reason goes into the message.
        missing: dict[str, tuple[str, str]] = {}
        swapped: list[Mention] = []  # this version's part of a full name put for the pivot's
        uses = f"though {lang} uses it elsewhere"
        kept = f"though {', '.join(others)} keep{'s' if len(others) == 1 else ''} it"
        unsure = "perhaps spelled out or translated"
        asked: set[str] = set()  # the acronyms asked about: the answer is their text's
        for m in pivot_names:
            if m.text in missing:
                continue
            if m.kind == "acronym":
                # (each of a long cell's mentions of one acronym was asked about again, and
                # each asking read the whole cell: quadratic)
                if m.text in asked:
                    continue
                asked.add(m.text)
                if self._carried(group, row, lang, m, forward):
                    continue
                local = forward.get(m.key, m.key)
                written = self.spelled_acronyms(group, lang).get(m.key)
                if written and not written.isdisjoint(self._runs(group, row, lang)):
                    continue
                if self._written_together(group, row, lang, m.key):
                    continue
                if local in doc_names[lang]:
                    writes = f"though {lang} writes {local} for it elsewhere"
                    missing[m.text] = ("major", uses if local == m.key else writes)
                elif carried_by_others(m) and lang not in _SPELL_ACRONYMS_OUT:
                    missing[m.text] = ("major", kept)
                elif carried_by_others(m):
                    missing[m.text] = ("info", f"{kept}; {lang} often spells acronyms out")
                elif not translated_here(m.key, m):
                    # most versions lacking it too: the pivot's own rendering (de WLAN, the
                    # others Wi-Fi), not this version's omission; fr, es, it OMS for en WHO
                    # keep it (a pl that dropped it was silent)
                    missing[m.text] = ("info", unsure)
            else:
                if m.key in target_keys:
                    continue  # the cell names it (`_in_cell`'s first test): no finding
                swap = self._swapped_part(group, row, lang, m, pivot_names, others)
                if swap is None and lang in sound_names.PARTED:
                    swap = self._swapped_by_sound(group, row, lang, m, pivot_names, others)
                if swap and not self._swap_kept(group, row, lang, m, swap[2]):
                    ours, theirs, put = swap
                    swapped.append(put)
                    said = " ".join(t.text for t in theirs)
                    missing[m.text] = ("major", f"{lang} writes {said} for {' '.join(ours)}")
                    continue
                # The cell's counterpart is asked last: without a use elsewhere in the
                # document nor every other version keeping the name, there is no finding
                # whatever the cell holds (most of a name's look-ups, and the dearest).
                found = self._used(group, doc_names, doc_index, lang, m.key, by=pivot)
                if found and _another_name(group, pivot, found, m.key):
                    found = None
                if found:
                    if self._in_cell(group, row, lang, m.key) or sounded(m):
                        continue
                    if _spelled_before_brackets(group, lang, found, row):
                        continue
                    # en "Kind regards" opening a line, against de's noun Kind: a word the
                    # pivot writes only opening sentences, in a language that capitalises
                    # its nouns, is no name most versions translate here, and at most an
                    # info elsewhere (a name that opens sentences is still one)
                    opening = lang in evidence.CAPITALISED_NOUNS and (
                        m.key not in self._inside_sentences(group, pivot)
                    )
                    if opening and translated_here(m.key):
                        continue
                    # A near spelling is named, so that the reviewer can judge it (Tokaïev
                    # is the name; Text+Berg's fr Géant against de Grant is not). In the cell
                    # itself it is the name, unless it is nearer another the pivot names
                    # here (en "Austria and Australia", tr "Avustralya'da" alone: Austria
                    # dropped, which was silent, review36).
                    written = doc_names[lang][found]
                    said = uses if found == m.key else f"though {lang} writes {written} elsewhere"
                    if found in target_keys:
                        near = fuzz.ratio(m.key, found)
                        other = next(
                            (
                                n
                                for n in pivot_names
                                if n.key != m.key and fuzz.ratio(n.key, found) > near
                            ),
                            None,
                        )
                        if other is None:
                            continue
                        said = f"{lang}'s {written} here is {pivot}'s {other.text}"
                    if translated_here(m.key):
                        missing[m.text] = ("info", f"{said}, but most versions translate it here")
                    elif found != m.key and self._opens_sentence(group, row, pivot, m):
                        # a sentence's first word near a name: en "Many people fled" against
                        # de Manisa elsewhere was a major (review30)
                        missing[m.text] = ("info", f"{said}; it opens the sentence")
                    elif opening:
                        missing[m.text] = (
                            "info",
                            f"{said}; {pivot} writes it only opening sentences",
                        )
                    else:
                        missing[m.text] = ("major", said)
                elif (
                    carried_by_others(m)
                    and not self._in_cell(group, row, lang, m.key)
                    and not sounded(m)
                    and not _kept_short(group, row, lang, m)
                ):
                    missing[m.text] = ("info", f"{kept}; {lang} may translate it")
        added: list[Mention] = []
        spelt: dict[str, str] = {}  # an added name -> the pivot's other spelling of it
        cell = group.cell(row, lang)
        openers = {at for at, _ in cell.content}
        for m in target_names:
            if m.kind == "acronym":
                if m.key in pivot_acronyms or backward.get(m.key) in pivot_acronyms:
                    continue
                if m.key in doc_names[pivot] or m.key in backward:
                    # not where the pivot writes it in full here (en "the United States", its
                    # US elsewhere, for de USA: a minor through en, stop 40)
                    local = backward.get(m.key, m.key)
                    if not spells_out(group.cell(row, pivot).content_text, (local,), pivot):
                        added.append(m)
            elif m.key in pivot_keys:
                continue  # the pivot's cell names it (`_in_cell`'s first test): not added
            elif (
                (found := self._used(group, doc_names, doc_index, pivot, m.key, by=lang))
                and not self._in_cell(group, row, pivot, m.key)
                # a pivot that writes the name by sound here and in letters elsewhere (ja
                # ダビッド・キプロノ in the story, David Kiprono in the results: 20 false minors
                # through ja and zh, stop 40)
                and not self._pivot_sounds(group, row, lang, m)
                and not _another_name(group, lang, found, m.key)
                and not self._named_here(found, m, pivot, pivot_keys, target_names)
                # the pivot's full name for it, which it writes elsewhere before the name in
                # brackets (ja 国立宇宙研究所 in its title, 国立宇宙研究所（Inpe） below: en, es,
                # it, pt's Inpe in the title were minors through ja, stop 40)
                and not _spelled_before_brackets(group, pivot, found, row)
            ):
                if _opens(cell.text, openers, m.start) and (
                    found != m.key
                    or (
                        pivot in evidence.CAPITALISED_NOUNS
                        and m.key not in self._inside_sentences(group, lang)
                    )
                ):
                    # a sentence's first word near a name (en Many, de Manisa), or one that a
                    # pivot capitalising its nouns writes as a noun (en "Kind regards", de Kind)
                    continue
                added.append(m)
                if found != m.key:
                    spelt[m.text] = doc_names[pivot][found]
        # One person named by another part of one full name: "bà Lan nói" (Vietnamese says the
        # given name) for "Nguyễn said" where both write Nguyễn Thị Lan elsewhere.
        if missing and added:
            parts = _full_name_parts(group, pivot) | _full_name_parts(group, lang)
            for m in pivot_names:
                partner = next((a for a in added if (m.key, a.key) in parts), None)
                if partner is not None and m.text in missing and m.kind == "name":
                    del missing[m.text]
                    added.remove(partner)
        # A name most other versions do not write here either is this version's rendering
        # (fr's Saint-Jacques for Santiago is not en's Saint-Jean).
        added = [m for m in added if m.kind == "acronym" or not translated_here(m.key)]
        # A pronoun or a description may stand for a name this version uses elsewhere ("Lors de
        # sa création" for "Khi thành lập SCO"): the name was not lost, only said otherwise.
        pronoun = evidence.anaphor(group.cell(row, lang).content_text, lang) if missing else None
        if pronoun is not None:
            missing = {
                text: ("info", f"{why}; “{pronoun}” may stand for it")
                if why.endswith("elsewhere")  # a pronoun refers to what the text introduced
                else (level, why)
                for text, (level, why) in missing.items()
            }
        # Adding a name the pivot uses elsewhere is often explicitation ("he" -> "Tokayev").
        described = evidence.anaphor(group.cell(row, pivot).content_text, pivot) if added else None
        severities = [level for level, _ in missing.values()]
        severities += ["minor" if described is None else "info"] if added else []
        if not severities:
            return None
        severity = min(severities, key=SEVERITIES.index)
        parts = []
        reasons = sorted(set(missing.values()), key=lambda r: (SEVERITIES.index(r[0]), r[1]))
        for reason in reasons:
            names = ", ".join(text for text, r in missing.items() if r == reason)
            parts.append(f"{pivot} names {names}; {lang} has no counterpart here, {reason[1]}")
        if added:
            parts.append(
                f"{lang} names {_describe(added)}, which this {pivot} sentence does not "
                f"({pivot} uses it elsewhere"
                + "".join(f", as {b}" for a, b in spelt.items() if len(added) == 1)
                + (f"; “{described}” may stand for it)" if described else ")")
            )
        spans = (m.span for m in (*swapped, *added))
        return self.finding(lang, "; ".join(parts), spans, severity=severity)

    @staticmethod
    def _named_here(
        found: str,
        m: Mention,
        pivot: str,
        pivot_keys: Container[str],
        target_names: Sequence[Mention],
    ) -> bool:
        """Whether the pivot's name `found`, near `lang`'s added name `m`, is one the pivot
        writes in this very row, and no other name of `lang`'s cell is nearer to it: the
        pivot's counterpart, spelled another way (tr Osijek'teki, el Όσιγεκ: a minor through
        tr, stop 40)."""
        if found == m.key:
            return False
        if found not in pivot_keys:
            # or in a case of it, where the pivot inflects names (pl Hannoverem, Hannover: fr's
            # Hanovre was a minor through pl, stop 40)
            if pivot in _UNINFLECTED_NAMES or len(found) < 4:
                return False
            found = min(
                (k for k in pivot_keys if k.startswith(found) and len(k) - len(found) <= 3),
                key=lambda k: (len(k), k),
                default=None,
            )
            if found is None:
                return False
        near = fuzz.ratio(m.key, found)
        return not any(n.key != m.key and fuzz.ratio(n.key, found) > near for n in target_names)

    def _pivot_sounds(self, group: GroupView, row: int, lang: str, m: Mention) -> bool:
        """Whether the pivot's cell writes `lang`'s name `m` by sound, alone or joined to the
        name beside it in `lang` (大卫·基普罗诺 is David Kiprono whole: the tables lack 大卫)."""
        pivot = group.pivot
        if pivot not in sound_names.LANGUAGES:
            return False
        if self._by_sound(group, row, pivot, m):
            return True
        spaced = group.cell(row, lang).text  # (only a partner a space apart, in lang's text)
        return self._heard_with_partner(group, row, pivot, m, group.names(row, lang), spaced)

    def _heard_with_partner(
        self,
        group: GroupView,
        row: int,
        lang: str,
        m: Mention,
        names: Sequence[Mention],
        spaced: str | None = None,
    ) -> bool:
        """Whether `lang`'s cell writes by sound the name `m` joined to its partner among
        `names` (the name one character beside it; where `spaced` is the text they are in, a
        space), or, for a name too short to test alone, the partner itself. A name of three
        consonant classes or more is tested on its own, but in Chinese, whose sound characters
        the tables do not all hold: ja マリナ・サントス for Marina Silva kept the given name and
        changed the surname (silent, stop 39). Shorter ones (Elon, Budi, Haile, David) go with
        their partner."""
        alone = lang != "zh" and len(sound_names.consonants(m.text)) >= 3
        for n in names:
            if n.kind != "name":
                continue
            if n.start == m.end + 1:
                joined = m.text + n.text
            elif m.start == n.end + 1:
                joined = n.text + m.text
            else:
                continue
            if spaced is not None and spaced[min(m.end, n.end)] != " ":
                continue
            if self._by_sound(group, row, lang, m._replace(text=joined)) or (
                not alone and self._by_sound(group, row, lang, n)
            ):
                return True
        return False

    def _kept_beside(self, group: GroupView, row: int, lang: str, key: str, put: Mention) -> bool:
        """Whether the cell has a counterpart of the name `key` other than `put`, the name a
        changed one was put for: a near spelling is its counterpart elsewhere (`_in_cell`),
        but de's Tanabe, put for Tanaka, is the change itself."""
        if not self._in_cell(group, row, lang, key):
            return False
        text = group.cell(row, lang).text
        rest = text[: put.start] + " " * (put.end - put.start) + text[put.end :]
        return _counterpart(rest, key, self.options["cutoff"])

    def _swap_kept(self, group: GroupView, row: int, lang: str, m: Mention, put: Mention) -> bool:
        """Whether `lang`'s cell keeps `m` after all, beside the word `_swapped_part` found put
        for it: elsewhere in the cell, inflected (pl Andrzejem for Andrzej: a stand-in for a
        zh pivot took pl "Prezydent Ukrainy" for en "President Andrzej", review40), by sound,
        or as a part of one consonant class (el Σίνζο Άμπε for Shinzo Abe; review39)."""
        return (
            self._kept_beside(group, row, lang, m.key, put)
            or self._by_sound(group, row, lang, m)
            or sound_names.one_class_in(m.text, put.text, lang)
        )

    def _keeps(self, group: GroupView, row: int, lang: str, m: Mention) -> bool:
        """Whether `lang`'s cell names `m`: the same key, by sound, or a name spelled near it
        that is no other name (`_renamed`)."""
        if m.key in group.name_keys(row, lang) or self._by_sound(group, row, lang, m):
            return True
        return any(
            n.kind == "name"
            and fuzz.ratio(n.key, m.key) >= _COGNATE
            and not _renamed(n.text, m.text)
            for n in group.names(row, lang)
        )

    def _swapped_by_sound(
        self,
        group: GroupView,
        row: int,
        lang: str,
        m: Mention,
        pivot_names: Sequence[Mention],
        others: Sequence[str],
    ) -> tuple[tuple[str, ...], tuple[Mention, ...], Mention] | None:
        """`_swapped_part` for a version in a script without capitals (`sound_names.PARTED`),
        which has no names to compare by: a full name of the pivot, one part of it heard in a
        part of a full name of the version (`sound_names.name_parts`), the part beside it
        surely another name (`sound_names.another_part`), where most other versions keep the
        pivot's. zh 安娜·科瓦尔斯卡, ko 안나 코발스카 for Anna Wiśniewska (Anna Kowalska) were
        silent (stop 42). Only a space between the pivot's parts: one of the names these
        scripts write with their own characters (Korean, Chinese, Japanese names) or with a
        particle has no part to hear alone. The same tuple as `_swapped_part`."""
        if m.kind != "name" or len(m.text) < 3:
            return None
        pivot_text, text = group.cell(row, group.pivot).text, group.cell(row, lang).text
        if sound_names.written_in(m.text, group.cell(row, lang).content_text, lang):
            return None
        every = len(pivot_names) == len(group.names(row, group.pivot))
        kept = None if every else {id(n) for n in pivot_names}
        for n in _near_names(group, row, group.pivot, m):
            if n.kind != "name" or (kept is not None and id(n) not in kept):
                continue
            before = n.end + 1 == m.start  # the kept part first (a given name), or after
            if pivot_text[min(n.end, m.end) : max(n.start, m.start)] != " ":
                continue
            parts = sound_names.name_parts(text, lang)[0]
            for i in sound_names.parts_heard_as(n.text, text, lang):
                j = i + 1 if before else i - 1
                if not 0 <= j < len(parts):
                    continue
                first, second = parts[min(i, j)], parts[max(i, j)]
                c, d = parts[j]
                if not (
                    sound_names.parts_joined(text, first[1], second[0], lang)
                    and sound_names.another_part(m.text, text[c:d], lang)
                ):
                    continue
                word = text[c:d]
                present = [o for o in others if group.cell(row, o).has_content]
                kept_it = sum(self._keeps(group, row, o, m) for o in present)
                if len(present) < 2 or 2 * kept_it <= len(present):
                    return None
                # and a name the other scripts without Latin letters write by sound too: a
                # word of a name they translate (Park, Centraal, Group, Director: ko 공원,
                # ar المركزية) is no name put for another
                heard = [o for o in present if o in sound_names.LANGUAGES]
                if not heard or 2 * sum(self._by_sound(group, row, o, m) for o in heard) <= len(
                    heard
                ):
                    return None
                # a word the version writes where the pivot does not name m is a word of its
                # own (a title, 박사, "doctor", after the name), not a name put for m
                if any(
                    word in group.cell(r, lang).content_text
                    and m.key not in group.name_keys(r, group.pivot)
                    for r in range(len(group.rows))
                    if r != row
                ):
                    continue
                # the pivot's other names of the row, in another order, are no change
                if any(
                    o.kind == "name"
                    and o.key != m.key
                    and sound_names.written_in(o.text, word, lang)
                    for o in group.names(row, group.pivot)
                ):
                    continue
                whole = text[first[0] : second[1]]
                said = f"{whole} ({anyascii(whole).lower()})"
                put = Mention("name", evidence.name_key(anyascii(word)), c, d, word)
                order = (n.text, m.text) if before else (m.text, n.text)
                return order, (put._replace(text=said),), put
        return None

    @staticmethod
    def _partner_keys(group: GroupView, row: int, lang: str) -> frozenset[str] | None:
        """The keys one of which a part of a full name `lang`'s cell keeps must have
        (`_swapped_part`): its names', where the version is not heard by sound (None)."""
        return None if lang in sound_names.LANGUAGES else group.name_keys(row, lang)

    def _swapped_part(
        self,
        group: GroupView,
        row: int,
        lang: str,
        m: Mention,
        pivot_names: Sequence[Mention],
        others: Sequence[str],
    ) -> tuple[tuple[str, ...], tuple[Mention, ...], Mention] | None:
        """A full name whose other part this version keeps, with another name beside it where
        the pivot has `m`, which most other versions keep: it Mariana Santos for Mariana
        Alves, a changed surname (a made-up river clean-up, stop 34: silent). The pivot's
        parts as written, this version's two mentions and the one put for `m`. Not a title
        or a common noun (Frau Sanne, Miss Sanne): most other versions do not keep those; not
        a given name (a title before the kept surname stands for it: Presiden Biden).
        Particles may stand between the parts (Rashid Al Harthi, Рашид аль-Хаджри: ru's
        changed name, stop 38, was silent). A word spelled near `m` is the same word in this
        language's form (Éthiopien, Ethiopian; El Harisi, Turkish for Al Harthi) unless its
        consonants are another name's (`_renamed`: Tanabe for Tanaka); so is one spelled
        otherwise with all of `m`'s consonants, three or more (`_sounds_as`: tr Al Cezire for
        Al Jazeera was a false major; fr Yaël Kahn for Yael Cohen is a changed name). Where
        nouns are capitalised (de, lb), a word beside a name may be a noun (de Apartment,
        Berg): there only a word spelled near `m` and renamed is a changed name (de Yuki
        Tanabe for Yuki Tanaka, silent at stop 38); a German noun is seldom a near spelling
        of the name."""
        if m.kind != "name" or len(m.text) < 3:
            return None
        # A partner the cell does not name is passed over before its order and given names
        # are read, and a name none of whose neighbours it names has no swap (most asked).
        near = _near_names(group, row, group.pivot, m)
        keys = self._partner_keys(group, row, lang)
        if keys is not None and not any(n.key in keys for n in near):
            return None
        nouns = lang in evidence.CAPITALISED_NOUNS
        pivot_text, text = group.cell(row, group.pivot).text, group.cell(row, lang).text
        if _KOREAN_GIVEN.match(pivot_text, m.start):
            return None  # a Korean given name's syllables are written many ways (Тхэ Хо)
        # a Korean surname before its given name (Kim Tae-ho) may open the sentence
        korean = _KOREAN_GIVEN.match(pivot_text, m.end + 1) if m.end < len(pivot_text) else None

        # (Press Ctrl+Shift+E: a verb, capitalised: asked of a swap found, most m have none)
        def opening() -> bool:
            return not korean and self._opens_sentence(group, row, group.pivot, m)

        # (`pivot_names` is the row's names, or fewer of them where this version has gaps)
        every = len(pivot_names) == len(group.names(row, group.pivot))
        kept = None if every else {id(n) for n in pivot_names}
        for n in near:
            # m follows its partner n: a part before it (a given name) is not asked, as a word
            # there is most often a title the version kept for the name it dropped (id
            # "Presiden Biden", tr "Başbakan Kishida" for "Joe Biden", "Fumio Kishida": false
            # majors, review34), not another name; but a Korean surname comes first, before
            # a given name romanised with a hyphen (vi Park Tae-ho for Kim Tae-ho, stop 39)
            if n.kind != "name" or (kept is not None and id(n) not in kept):
                continue
            if keys is not None and n.key not in keys:
                continue
            first = _follows(m, n, pivot_text) and (
                _KOREAN_GIVEN.match(pivot_text, n.start)
                or _given_after(pivot_names, m, n, pivot_text, group.names(row, lang), text)
            )
            if not first and not _follows(n, m, pivot_text):
                continue
            names = group.names(row, lang)
            # the kept part as the pivot writes it, or by sound where no particle stands
            # between the parts (el Ανουπάμ, Σίνζο for Anupam, Shinzo; with one, ru Рашид for
            # tr Raşid took ru аль-Харти, Russian for El Harisi, for a changed surname)
            gap = pivot_text[m.end : n.start] if first else pivot_text[n.end : m.start]
            by_sound = gap == " " and lang in sound_names.LANGUAGES
            # a Korean given name is heard whole (Su-jin, el Σου-τζιν: "Su" alone is one class)
            korean_first = isinstance(first, re.Match)
            heard = first.group() if korean_first else n.text
            for t in names:
                if t.key != n.key and not (
                    by_sound and sound_names.written_in(heard, _hyphened(text, t), lang)
                ):
                    continue
                beside = next(
                    (
                        u
                        for u in _near_names(group, row, lang, t)
                        if u.kind == "name"
                        and len(u.text) >= 3 - korean_first  # (el Λι, Korean Lee)
                        and (_follows(u, t, text) if first else _follows(t, u, text))
                    ),
                    None,
                )
                if beside is None and isinstance(first, str):
                    # a surname opening the sentence, which no other version writes, is taken
                    # for a common word (`GroupView.names`); before two kept given names it is
                    # the surname (es "Tran Van Hung, vicepresidente ...")
                    beside = _opening_surname(group, text, t, lang)
                if beside is None or beside.key in group.name_keys(row, group.pivot):
                    continue
                # (a surname before two kept given names may open the sentence: es "Tran Van
                # Hung, vicepresidente ...")
                if not isinstance(first, str) and self._opens_sentence(group, row, lang, beside):
                    continue
                near = fuzz.ratio(beside.key, m.key) >= _COGNATE
                if not _renamed(beside.text, m.text) if near else _sounds_as(beside.text, m.text):
                    continue  # the same word in this language's form (Éthiopien, Ethiopian)
                if nouns and not near:
                    continue  # (de Apartment, Berg: nouns beside a name, not names)
                # (a Korean name in Hangul or Han, 김수진, 金秀珍, neither keeps nor drops a
                # romanised surname)
                present = [
                    o
                    for o in others
                    if group.cell(row, o).has_content
                    and not (korean_first and o in _KOREAN_NAMES_OWN)
                ]
                # kept as it is, by sound or in the language's own spelling (tr El Harisi, ru
                # аль-Харти for Al Harthi: without them, id's Al Hajri was not outvoted); a
                # cognate common noun (fr mont, Mount) is no name
                kept = sum(self._keeps(group, row, o, m) for o in present)
                if len(present) < 2 or 2 * kept <= len(present):
                    return None
                # a word written first that another version writes in lower case is a title,
                # not a surname: "President Joe Biden said ..." opens the sentence in en, de,
                # nl, pl, fr "Le président Joe Biden"; tr "Başkan Joe Biden" was a false major
                # (review40)
                if isinstance(first, str) and any(
                    m.key in group.words(row, o) and m.key not in group.name_keys(row, o)
                    for o in present
                ):
                    return None
                # a word another version writes here too is no name this one made up: es and
                # pt "Instituto Português do Mar" for en "Portuguese Institute for Sea"
                if any(beside.key in group.name_keys(row, o) for o in present):
                    return None
                # and most of those keep it as it is or by sound, not a cognate of it: de
                # Palast, fr Palais, pl Pałac for en Palace are the noun translated, as tr
                # Sarayı is (tr Wielopolski Sarayı: a false major through en)
                same = sum(
                    m.key in group.name_keys(row, o) or self._by_sound(group, row, o, m)
                    for o in present
                )
                if 2 * same <= kept:
                    return None
                # and those that write both parts write them as one full name: id "King Fahd
                # Jeddah", where en has "King Fahd Hospital in Jeddah", is no name Fahd Jeddah
                # that tr's Fahd Hastanesi (the hospital) changed
                both = [o for o in present if {n.key, m.key} <= group.name_keys(row, o)]
                joined = sum(_side_by_side(group, row, o, n.key, m.key) for o in both)
                if 2 * joined < len(both):
                    return None
                if not isinstance(first, str) and opening():
                    return None
                if first:  # the given names as written, hyphen and all (Tae-ho, Van Hung)
                    given = _KOREAN_GIVEN.match(text, t.start)
                    if given is None and isinstance(first, str):
                        given = _GIVEN_NAMES.match(text, t.start)
                    whole = t._replace(text=given.group()) if given else t
                    if given is None and korean_first:  # (as written: el Σου-τζιν)
                        whole = t._replace(text=_hyphened(text, t))
                    said = first if isinstance(first, str) else first.group()
                    return (m.text, said), (beside, whole), beside
                return (n.text, m.text), (t, beside), beside
        return None


def _kept_short(group: GroupView, row: int, lang: str, m: Mention) -> bool:
    """Whether an abjad version writes a name of two consonant classes in this row, which
    every other version keeps (the caller asks that first): two classes alone meet common
    words of Arabic and Hebrew (`sound_names.written_in` wants three), but beside the other
    versions' evidence they tell a name kept (ar كوبا, the stork Kuba: "ar may translate it"
    through every pivot, stop 43) from one translated."""
    return lang in sound_names.ABJADS and sound_names.written_in(
        m.text, group.cell(row, lang).content_text, lang, fewest=2
    )


_SHORT_NAME = 6  # letters of a name key: one letter more or less is another name


def _another_name(group: GroupView, lang: str, found: str, key: str) -> bool:
    """Whether `found`, the name that the other document writes elsewhere near the name `key`,
    is another name to `lang`, whose document writes both in one cell: tr "Ohri Gölü
    (Arnavutça: Liqeni i Ohrit)" quotes Albanian's Ohrit beside its own Ohri, so ar's Ohrit,
    quoted too, is no spelling of tr's Ohri (through ar and it, tr's Ohri was a minor "ar uses
    it elsewhere, as Ohrit", stop 40). A near form written in other rows only may be the
    name's (en Manisas, de Manisa), unless the pivot's language does not inflect names."""
    if found == key:
        return False
    rows = _rows_of_names(group, lang)
    if (
        lang in _UNINFLECTED_NAMES
        and found in rows
        and max(len(found), len(key)) <= _SHORT_NAME
        and not (found.startswith(key) or key.startswith(found))
    ):
        # A language that does not inflect names writes both short names in its own
        # document: two names a letter apart (vi Hương, the river, and Phương, the
        # chairman, in other rows: "en writes Phuong elsewhere" for the river, 14 infos
        # through vi, stop 41); one that extends the other is an ending (en "Manisas")
        return True
    return not rows.get(found, set()).isdisjoint(rows.get(key, ()))


def _rows_of_names(group: GroupView, lang: str) -> dict[str, set[int]]:
    """Each name key of `lang`'s document -> the rows whose cell names it, once per group."""
    memo = group.memo.setdefault(("rows of names",), {})
    rows = memo.get(lang)
    if rows is None:
        rows = memo[lang] = {}
        for row in range(len(group.rows)):
            for k in group.name_keys(row, lang):
                rows.setdefault(k, set()).add(row)
    return rows


def _base_form(m: Mention, names: Mapping[str, str], lang: str) -> str | None:
    """The form, among `names` (key -> text) of `lang`'s document, of which the name `m` is
    a case: the longest key that `m`'s key extends by three letters at most (Mondrian for pl
    Mondrianowi), where `lang` inflects names in a cased script; None where there is none."""
    if lang in _UNINFLECTED_NAMES or lang in _CASELESS:
        return None
    # (the longest key that `m`'s key starts with, asked by its prefixes: a key three letters
    # shorter at most, of four letters at least; reading every name of the document at each
    # name asked took 4.4 s of 2,000 rows through pl, stop 40's final read)
    key = m.key
    for length in range(len(key) - 1, max(3, len(key) - 4), -1):
        if key[:length] in names:
            return names[key[:length]]
    return None


# An adjective made of a place's name (ru Познанский, pl poznański, "of Poznań"): the name's
# key, then one of these and a short ending.
_ADJECTIVE_SUFFIX = pattern_cache.compile_re(r"(?:sk|ck|tsk)[a-z]{0,3}")


def _adjective_of(found: str, key: str) -> bool:
    """Whether `found` is an adjective made of the name `key` rather than the name (ru writes
    Познанский «Лех», "Poznań's Lech": through en, en's Poznań in a title ru writes without it
    was a major "ru writes Познанский elsewhere", stop 40)."""
    return (
        len(key) >= 4
        and found.startswith(key)
        and _ADJECTIVE_SUFFIX.fullmatch(found, len(key)) is not None
    )


def _side_by_side(group: GroupView, row: int, lang: str, a: str, b: str) -> bool:
    """Whether `lang`'s cell in `row` writes names `a` and `b` as parts of one full name, in
    either order, particles between them allowed (Raschid al-Harthi)."""
    memo = group.memo.setdefault(("side by side",), {})
    found = memo.get((row, lang, a, b))
    if found is None:
        # each mention of either name against the mentions near it (`_near_names`), not every
        # pair of the cell's mentions: one row of 200 names through zh took 11 s (stop 40)
        text = group.cell(row, lang).text
        found = memo[row, lang, a, b] = any(
            y.key == (b if x.key == a else a) and _follows(x, y, text)
            for x in group.names(row, lang)
            if x.key in (a, b)
            for y in _near_names(group, row, lang, x)
        )
    return found


def _shared_names(group: GroupView, row: int, langs: Sequence[str]) -> list[str]:
    """`langs` ordered by how many versions, on average, write each of their names in `row` as
    they do: the spelling most versions share speaks for them (en Kovalenko before de
    Kowalenko, one key, beside nouns de capitalises)."""
    written = {lang: {m.text for m in group.names(row, lang)} for lang in langs}
    shared = Counter(text for found in written.values() for text in found)
    return sorted(
        langs,
        key=lambda lang: -sum(shared[text] for text in written[lang]) / max(len(written[lang]), 1),
    )


class _StandIn:
    """A group seen with another version as its pivot: the names of a version in a cased
    script stand in for a pivot written without capitals (`_swaps_without_capitals`)."""

    def __init__(self, group: GroupView, pivot: str) -> None:
        self._group = group
        self.pivot = pivot

    def __getattr__(self, name: str):
        return getattr(self._group, name)


def _given_after(
    pivot_names: Sequence[Mention],
    m: Mention,
    n: Mention,
    pivot_text: str,
    names: Sequence[Mention],
    text: str,
) -> str | None:
    """The given names after a surname `m` written first, as the pivot writes them, where they
    are two (n and the name after it) and the version keeps both side by side: Vietnamese
    Nguyen Van Hung, es Tran Van Hung (a changed surname, silent at stop 40). One kept part
    after a word may follow a title; two rarely do. Each of the three parts one syllable, as a
    Vietnamese name's are: a given name dropped before a middle name and a surname (id
    "Presiden Turki Tayyip Erdogan", tr "Başkanı Manuel López Obrador") was taken for a changed
    surname, false majors (review40)."""
    if not all(map(_one_syllable, (m.text, n.text))):
        return None
    after = next((o for o in pivot_names if o.kind == "name" and _follows(n, o, pivot_text)), None)
    if after is None or not _one_syllable(after.text):
        return None
    kept = any(
        a.key == n.key and b.key == after.key and _follows(a, b, text) for a in names for b in names
    )
    return pivot_text[n.start : after.end] if kept else None


def _one_syllable(word: str) -> bool:
    """Whether a name in letters has one run of vowels (Nguyễn, Hùng, Xuân; not Tayyip)."""
    return len(_VOWEL_RUNS.findall(anyascii(word).lower())) == 1


_VOWEL_RUNS = pattern_cache.compile_re("[aeiouy]+")


def _opening_surname(group: GroupView, text: str, given: Mention, lang: str) -> Mention | None:
    """The capitalised word that opens `text`'s sentence right before `given`, as a name;
    not one the document writes in lower case elsewhere, a title (tr "Bakan Anna Keller ...",
    "bakan" further on: a false major "for Minister Anna Keller", review40)."""
    word = _WORD_BEFORE.search(text, 0, given.start)
    if word is None or not evidence.sentence_initial(text, word.start()):
        return None
    if group._in_vocabulary(lang, word.group().lower()):
        return None
    found = [
        m for m in evidence.names(word.group(), lang, vocabulary=frozenset()) if m.kind == "name"
    ]
    return found[0]._replace(start=word.start(), end=word.end()) if len(found) == 1 else None


_WORD_BEFORE = pattern_cache.compile(r"\p{Lu}[\p{L}\p{M}]{2,}(?=\s+$)")
# Two given names written after a surname, as a version writes them (Van Hung, Thi Lan)
_GIVEN_NAMES = pattern_cache.compile(r"\p{Lu}[\p{L}\p{M}]*\s+\p{Lu}[\p{L}\p{M}]*")


def _near_names(group: GroupView, row: int, lang: str, m: Mention) -> list[Mention]:
    """The mentions of `lang`'s cell in `row` (`group.names`, in their order) that end or
    begin within `_LONGEST_GAP` of `m`: the only ones that can follow `m` or that `m` can
    follow (`_follows`). Found by the cell's mentions sorted by their starts and ends, once
    per mention asked, where `_swapped_part` tried every name of the cell for each name of
    the pivot, in each version: quadratic in a long row of names (a sentence listing 1,500
    people took 21 s)."""
    memo = group.memo.setdefault(("near names",), {})
    found = memo.get((row, lang))
    if found is None:
        names = group.names(row, lang)
        by_start = sorted(range(len(names)), key=lambda i: names[i].start)
        by_end = sorted(range(len(names)), key=lambda i: names[i].end)
        starts = [names[i].start for i in by_start]
        ends = [names[i].end for i in by_end]
        found = memo[row, lang] = (names, by_start, starts, by_end, ends, {})
    names, by_start, starts, by_end, ends, asked = found
    near = asked.get(id(m))
    if near is None:
        # after m: m.end < n.start <= m.end + gap; before m: n.end < m.start <= n.end + gap
        after = by_start[bisect_right(starts, m.end) : bisect_right(starts, m.end + _LONGEST_GAP)]
        before = by_end[bisect_left(ends, m.start - _LONGEST_GAP) : bisect_left(ends, m.start)]
        near = asked[id(m)] = [names[i] for i in sorted({*after, *before})]
    return near


_COGNATE = 60  # `fuzz.ratio` of two words that are one word in two languages' forms
# The versions that write a Korean name in their own characters (김수진, 金秀珍)
_KOREAN_NAMES_OWN = frozenset({"ko", "zh"})
# A word with the words hyphens join to it (el Σου-τζιν: a Korean given name, heard whole)
_HYPHENED = pattern_cache.compile(r"\p{L}+(?:-\p{L}+)*")


def _hyphened(text: str, m: Mention) -> str:
    """`m`'s word in `text` with the words hyphens join to it (Σου-τζιν for Σου)."""
    found = _HYPHENED.match(text, m.start)
    return found.group() if found else m.text


# A Korean given name as romanised: two syllables joined by a hyphen (Tae-ho, Jae-in)
_KOREAN_GIVEN = pattern_cache.compile_re(r"[A-Z][a-z]{1,4}-[a-z]{1,4}\b")


def _spelled_before_brackets(group: GroupView, lang: str, key: str, row: int) -> bool:
    """Whether `lang`'s cell in `row` writes the words that `lang` writes elsewhere before the
    name `key` in brackets: its full name (ar "المعهد الوطني لأبحاث الفضاء (Inpe)", ja
    "国立宇宙研究所（Inpe）"), which a title says without the name (three false majors "en
    names Inpe; ar has no counterpart here", stop 39). The words: the last two before the
    bracket, each capitalised in a cased script, or its last four characters in a script
    written without spaces."""
    memo = group.memo.setdefault(("spelled before brackets",), {})
    spelled = memo.get(lang)
    if spelled is None:
        spelled = memo[lang] = {}
        for r in range(len(group.rows)):
            text = group.cell(r, lang).content_text
            if "(" not in text and "（" not in text:
                continue
            for t in group.names(r, lang):
                # (read from the name outwards: a copy of the text before each name was
                # quadratic in a long cell of names in brackets)
                opened = _space_before(text, t.start)
                if not opened or text[opened - 1] not in "(（":
                    continue
                closed = _space_after(text, t.end)
                if closed == len(text) or text[closed] not in ")）":
                    continue
                end = _space_before(text, opened - 1)
                words = _last_words(text, end, 2)
                if any(w[:1].islower() for w in words):
                    # in a cased script a full name's words are capitalised: "das Unternehmen
                    # (Tesla)" is a description, and carried a real change elsewhere ("Nissan
                    # sagte …, fügte das Unternehmen hinzu": silent, review39)
                    continue
                tail = " ".join(words) if len(words) >= 2 else text[max(0, end - 4) : end]
                if words and _WIDE_TAIL.search(words[-1][-4:]):
                    tail = text[max(0, end - 4) : end]
                if len(tail) >= 4:
                    spelled.setdefault(t.key, set()).add(tail)
    tails = spelled.get(key, ())
    cell = group.cell(row, lang).content_text
    # Many spellings (a long document that writes the name in brackets after other words on
    # each row): the cell's substrings of each of their lengths are looked up instead of
    # each spelling searched for in the cell, whichever reads fewer.
    lengths = memo.setdefault((lang, key), {}) if len(tails) > len(cell) else None
    if lengths is None:
        return any(tail in cell for tail in tails)
    if not lengths:
        for tail in tails:
            lengths.setdefault(len(tail), set()).add(tail)
    if len(tails) <= len(cell) * len(lengths):
        return any(tail in cell for tail in tails)
    return any(
        cell[at : at + size] in same
        for size, same in lengths.items()
        for at in range(len(cell) - size + 1)
    )


def _space_before(text: str, at: int) -> int:
    """Where the white space that ends at `at` starts (`at` where there is none)."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _space_after(text: str, at: int) -> int:
    """Where the white space that starts at `at` ends."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _last_words(text: str, end: int, count: int) -> list[str]:
    """The last `count` words of `text[:end]` (fewer where it has fewer), as `str.split` cuts
    them, in their order."""
    words: list[str] = []
    while len(words) < count and (stop := _space_before(text, end)):
        end = stop
        while end and not text[end - 1].isspace():
            end -= 1
        words.append(text[end:stop])
    return words[::-1]


# A word of a script written without spaces: its last characters are the name's end
_WIDE_TAIL = pattern_cache.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]{4}$")

# What may stand between two parts of a full name after the space: particles, in Latin and
# Cyrillic letters, each followed by a space or joined by a hyphen (Rashid Al Harthi, Raschid
# al-Harthi, Рашид аль-Хаджри, Luiz Inácio Lula da Silva).
_NAME_GAP = pattern_cache.compile(
    r"(?i)\s(?:(?:van|der|den|de|del|della|di|da|das|dos|du|von|zu|ter|ten|le|la|al|el|bin|ibn|ben"
    r"|аль|эль|ибн|бин|бен|ван|фон|дер|де|да|ди|дю|ле|ла)(?:\s|-))*"
)


def _follows(a: Mention, b: Mention, text: str) -> bool:
    """Whether name `b` follows name `a` in `text` as the next part of one full name: a space
    between them, and particles only (not Ctrl+Shift)."""
    return (
        a.end < b.start <= a.end + _LONGEST_GAP
        and _NAME_GAP.fullmatch(text, a.end, b.start) is not None
    )


_LONGEST_GAP = 24  # characters: a space and a few particles (" van der ", " bin ")


def _renamed(word: str, name: str) -> bool:
    """Whether `word`, spelled near `name`, writes another name rather than `name` in a
    language's form: their consonants (`sound_names.consonants`, the classes transliterations
    keep) differ in two places or more, or in one in the same place (Tanabe for Tanaka; аль-
    Хаджри for Al Harthi), however the languages write th and kh (El Harisi, Turkish for Al
    Harthi; Харти). One class more or fewer is an ending or a letter one language hears
    (München, Munich; Kowalskim, Kowalski; Jelzin, Yeltsin): not another name."""
    pairs = [(a, b) for a in _sound_forms(word) for b in _sound_forms(name)]
    closest = min(Levenshtein.distance(a, b) for a, b in pairs)
    if closest != 1:
        return closest > 1
    return all(len(a) == len(b) for a, b in pairs if Levenshtein.distance(a, b) == 1)


def _sounds_as(word: str, name: str) -> bool:
    """Whether `word` keeps all the consonants of `name`, three classes or more, as a language
    spells them (`_sound_forms`: tr Cezire, de Dschasira for Jazeera). Fewer tell too little:
    Kahn and Cohen, two names, are both GN."""
    return any(len(a) >= 3 for a in _sound_forms(word) & _sound_forms(name))


# How languages spell the sound of English j (de Dschasira, ru Джазира, fr Djibouti).
_J_SPELLINGS = (("dsch", "j"), ("dzh", "j"), ("dj", "j"))


@lru_cache(maxsize=4096)
def _sound_forms(word: str) -> frozenset[str]:
    """The consonant skeletons of a name as languages may write it: th as s or t (Harisi,
    Харти for Harthi), kh as h, the sound of j as each language spells it. (j and y as
    vowels are no concern: names that differ so share a key, Jermak and Yermak, and are
    never asked.)"""
    letters = anyascii(word).lower()
    for spelling, sound in _J_SPELLINGS:
        letters = letters.replace(spelling, sound)
    # Turkish writes the j of Arabic names with a c (Cezire, Jazeera; Cemal, Jamal)
    forms = {letters, letters.replace("kh", "h"), letters.replace("c", "j")}
    # Polish writes ch and sh as cz and sz, Turkish as ç and ş (anyascii: c, s): tr Kliçko for
    # pl Kliczko was a changed name through a Polish pivot (stop 40)
    forms |= {f.replace("cz", "c").replace("sz", "s") for f in forms if "z" in f}
    forms |= {f.replace("th", "s") for f in forms} | {f.replace("th", "t") for f in forms}
    return frozenset(sound_names.consonants(f) for f in forms)


def _full_name_parts(group: GroupView, lang: str) -> set[tuple[str, str]]:
    """The pairs of name keys that `lang`'s document writes as parts of one full name (names
    side by side, a space between them: Nguyễn Thị Lan gives (nguyen, lan), (lan, nguyen) ...),
    once per group."""
    memo = group.memo.setdefault(("full name parts",), {})
    found = memo.get(lang)
    if found is None:
        found = memo[lang] = set()
        for row in range(len(group.rows)):
            text = group.cell(row, lang).content_text
            run: list[str] = []
            end = -1
            for m in group.names(row, lang):
                if m.kind != "name":
                    continue
                if run and not text[end : m.start].isspace():
                    run = []
                run.append(m.key)
                end = m.end
                found.update((a, m.key) for a in run[:-1] if a != m.key)
                found.update((m.key, a) for a in run[:-1] if a != m.key)
    return found


# A hyphenated name is one name (Kassym-Jomart), compared whole.
# A hyphenated name, its lower-case particles included (Saint-Jacques-de-Compostelle: its
# last part is no spelling of the Compostela beside it; Stratford-upon-Avon).
_COMPOUND = pattern_cache.compile(r"\p{Lu}[\p{L}\p{M}]+(?:-(?:\p{Ll}{1,4}-)*\p{Lu}[\p{L}\p{M}]+)+")


def _name_forms(group: GroupView, row: int, lang: str) -> list[tuple[str, int, int]]:
    """The cell's names as written: hyphenated compounds whole, then the single-word names
    outside them, as (form, start, end)."""
    found = []
    at = 0
    for index in group.rows[row].cells.get(lang, ()):
        # Captions and bylines too: a name spelled otherwise there is still spelled otherwise.
        segment = group.segments[lang][index]
        # a compound holds a hyphen: most sentences need no `regex` scan
        for match in _COMPOUND.finditer(segment.text) if "-" in segment.text else ():
            found.append((match.group(), at + match.start(), at + match.end()))
        at += len(segment.text) + 1
    if not found:  # (most cells: no compound) the names, in text order already
        return [(m.text, m.start, m.end) for m in group.names(row, lang) if m.kind == "name"]
    taken = [(a, b) for _, a, b in found]
    for m in group.names(row, lang):
        if m.kind == "name" and not any(a <= m.start < b for a, b in taken):
            found.append((m.text, m.start, m.end))
    return sorted(found, key=lambda f: f[1])


# What joins the words of a full name: a hyphen (Kassym-Jomart), or spaces with lower-case
# particles (Marieke van der Berg, Luiz Inácio da Silva).
_PARTICLES = pattern_cache.compile(
    r"-|\s+(?:(?:van|der|den|de|del|della|di|da|das|dos|du|von|zu|ter|ten|le|la|al|el|bin|ibn)\s+)*"
)


def _full_names(group: GroupView, row: int, lang: str) -> list[tuple[str, int, int]]:
    """The cell's full names: two or more name words with nothing but spaces and particles
    between them, as (form, start, end). A sentence's first word is left out: it is as often
    a title or a common noun (Director, Directeur, Dyrektorka) as the first name."""
    names = [m for m in group.names(row, lang) if m.kind == "name"]
    if len(names) < 2:
        return []
    cell = group.cell(row, lang)
    text = cell.text
    openers = {at for at, _ in cell.content}
    names = [m for m in names if not _opens(text, openers, m.start)]
    if len(names) < 2:
        return []
    found: list[tuple[str, int, int]] = []
    first = last = names[0]
    for m in [*names[1:], None]:
        if m is not None and _PARTICLES.fullmatch(text, last.end, m.start):
            last = m
            continue
        if last is not first:
            found.append((text[first.start : last.end], first.start, last.end))
        if m is not None:
            first = last = m
    return found


# A run of capitalised words, joined by spaces, hyphens or short lower-case words (United
# States of America, États-Unis, Verenigde Staten, Ηνωμένες Πολιτείες). A run starts at the
# first capital of its word (a later one's run is the first's, or none) and takes each
# word's letters whole: tried from each capital of a long word and given back letter by
# letter, 20,000 capitals in a row took 6 s (final38).
_FIRST_CAPITAL = r"(?<!\p{Lu}[\p{L}\p{M}]*?)\p{Lu}[\p{L}\p{M}]*+"
_CAPITALISED_RUN = pattern_cache.compile(
    _FIRST_CAPITAL + r"(?:(?:-|\s+(?:\p{Ll}{1,3}\s+)?)\p{Lu}[\p{L}\p{M}]*+)+"
)
_RUN_WORD = pattern_cache.compile(r"\p{Lu}[\p{L}\p{M}]*")
# The same where nouns are capitalised: no article inside, "für" and "von" only (Christlich
# Demokratische Union Deutschlands, Bank für Internationalen Zahlungsausgleich)
_NOUN_RUN = pattern_cache.compile(
    _FIRST_CAPITAL + r"(?:(?:-|\s+(?:(?:für|von)\s+)?)\p{Lu}[\p{L}\p{M}]*+)+"
)


_RUN_WORDS = 8  # the most words of a part of a run (an acronym's full name is shorter)


def capitalised_runs(text: str) -> set[str]:
    """Every run of two or more capitalised words in the text, and each such part of a
    longer one (UE-États-Unis holds États-Unis), of `_RUN_WORDS` words at most, lower-cased.
    (Every part of a run of n words is n²/2 strings of n words: a line of 800 words in title
    case held 600 MB, review38.)"""
    if not any(c.isupper() for c in text):
        return set()
    found = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = [w.span() for w in _RUN_WORD.finditer(run.group())]
        for i in range(len(words)):
            for j in range(i + 1, min(i + _RUN_WORDS, len(words))):
                found.add(run.group()[words[i][0] : words[j][1]].lower())
    return found


def _apart(text: str, wanted: Container[str], run_rows: Mapping[str, set[int]]) -> dict[str, int]:
    """The `wanted` runs of the text (`run_parts`) that overlap no other, each -> where it
    starts: those of the most rows (`run_rows`) first, then the shortest (ru "Соединённые
    Штаты и Соединённое Королевство" is one run of capitalised words, and its parts; el "Οι
    Ηνωμένες Πολιτείες" opens three sentences, Ηνωμένων Πολιτειών a fourth: two runs)."""
    places: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    parts = run_parts(text)
    for run in sorted(parts, key=lambda r: (-len(run_rows.get(r, ())), len(parts[r][2]))):
        at, end, _ = parts[run]
        if run in wanted and all(end <= a or at >= b for a, b in taken):
            places[run] = at
            taken.append((at, end))
    return places


_STEM = 4  # letters of each word of a run kept in its stem


def run_parts(text: str) -> dict[str, tuple[int, int, tuple[str, ...]]]:
    """The runs of capitalised words of the text, with each part of a run as
    `capitalised_runs` takes them, by their stem (each word's first `_STEM` letters, lower
    case: a language that declines them writes one run in several forms, ru Соединённые
    Штаты and Соединённых Штатов, el Ηνωμένες Πολιτείες and Ηνωμένων Πολιτειών) -> where it
    first starts and ends, and its capitalised words as written."""
    if not any(c.isupper() for c in text):
        return {}
    found: dict[str, tuple[int, int, tuple[str, ...]]] = {}
    for run in _CAPITALISED_RUN.finditer(text):
        words = [(w.start(), w.end(), w.group()) for w in _RUN_WORD.finditer(run.group())]
        stems = [word[:_STEM].lower() for _, _, word in words]
        for i in range(len(words)):
            for j in range(i + 1, min(i + _RUN_WORDS, len(words))):
                stem = " ".join(stems[i : j + 1])
                if stem not in found:
                    parts = tuple(word for _, _, word in words[i : j + 1])
                    found[stem] = (run.start() + words[i][0], run.start() + words[j][1], parts)
    return found


def spells_out(text: str, acronyms: Sequence[str], lang: str | None = None) -> bool:
    """Whether the text writes one of `acronyms` (keys) in full: a run of capitalised words
    whose initials are the acronym, or all of it but its last letter where it has three or
    more and that letter is an A (en writes US and "the United States", el ΗΠΑ and Ηνωμένες
    Πολιτείες: the "of America" a country's short name leaves out). The version's own
    acronym is asked, so the words are its language's (two false majors on a made-up court
    ruling, stop 38). In a language that capitalises its nouns, two nouns in a row make
    initials by chance (de "Unternehmen Siemens"): there the whole acronym of three letters or
    more is asked."""
    if not any(c.isupper() for c in text):
        return False
    wanted = _spellings(acronyms, lang)
    if not wanted:
        return False
    return any(a in initials for initials in _run_initials(text, lang) for a in wanted)


def _spellings(acronyms: Iterable[str], lang: str | None) -> set[str]:
    """The initials that spell one of `acronyms` out in `lang` (`spells_out`)."""
    if lang in evidence.CAPITALISED_NOUNS:
        return {a for a in acronyms if len(a) >= 3}
    # all but the last letter only where it is an A (America, Αμερικής, Америки): two
    # initials of any other acronym are common (en "European Commission" put for ECB,
    # "White House" for WHO were silent, review38)
    return {a for a in acronyms if len(a) >= 2} | {
        a[:-1] for a in acronyms if len(a) >= 3 and a.endswith("A")
    }


def _run_initials(text: str, lang: str | None) -> list[str]:
    """The initials of each run of capitalised words of `text` (`spells_out`'s runs)."""
    # (there, with no article between: articles join nouns of two phrases, and de "der
    # Sprecher der Partei Die Linke" spelled SPD, "der Chef der Deutschen Umwelthilfe" CDU)
    runs = _NOUN_RUN if lang in evidence.CAPITALISED_NOUNS else _CAPITALISED_RUN
    return [
        "".join(evidence.acronym_key(word.group()[0]) for word in _RUN_WORD.finditer(run.group()))
        for run in runs.finditer(text)
    ]


def _transliterated(a: str, b: str) -> bool:
    """Whether two full names differ only as languages transliterate a foreign name (de
    Tokajew, fr Tokaïev, en Tokayev; de Wladimir, en Vladimir): that is no misspelling."""
    return _skeleton(a) == _skeleton(b)


def _skeleton(name: str) -> str:
    letters = "".join(
        c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c)
    )
    letters = letters.replace("tsch", "ch").replace("sch", "sh")
    return letters.translate(_SAME_SOUND)


_SAME_SOUND = str.maketrans({"w": "v", "j": "i", "y": "i"})


def _opens(text: str, openers: set[int], start: int) -> bool:
    """Whether `start` is a sentence's first word (after an opening quote or bracket): only
    spaces, quotes and brackets between a sentence's start and it."""
    after = start  # where the opening marks before `start` begin (a step or two back)
    while after and text[after - 1] in _OPENING:
        after -= 1
    return any(after <= at <= start for at in openers)


_OPENING = " \"'„“«‘‚(["
# A labelled item's label, from its sentence's start: a clock time, a number or a letter, then
# a dash or a colon ("12 h 30 – Clôture", "09:00 – Lunch", "3) Anmeldung"; "b. Zahlung" only
# in a cell that `_ITEM_HINT` lets through, one with a figure's label too).
_ITEM_LABEL = pattern_cache.compile(
    r"\s*(?:\d{1,2}\s?(?:[:.h]\s?\d{2}|h)?(?:\s?[–—-]|:)|\d{1,3}[.)]|\p{L}[.)])\s*"
)


# The cheap test a cell passes before its names are asked `_opens_item`: a figure's label in it
# (a programme's "30 – ", "3) ", "12h30–"); most cells have none.
_ITEM_HINT = pattern_cache.compile(r"\d\s?[–—-]\s|\d[.)]\s|\d\s?h\s?\d\d\s?[–—-]")


def _opens_item(text: str, openers: set[int], start: int) -> bool:
    """Whether `start` is the first word of a labelled item: a programme's "12 h 30 –
    Clôture" capitalises the word because it opens the item, as a sentence's first word."""
    return any(at < start and _ITEM_LABEL.fullmatch(text, at, start) is not None for at in openers)


def _inflected(a: str, b: str) -> bool:
    """Whether two forms are one word inflected (Kasachstan/Kasachstans, Малатья/Малатью):
    one a prefix of the other, or both differing only in a short ending of their own."""
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    if prefix == min(len(a), len(b)):
        return True
    tail_a, tail_b = a[prefix:], b[prefix:]
    return prefix >= 4 and len(tail_a) <= 2 and len(tail_b) <= 2 and tail_a[-1] != tail_b[-1]


# Languages whose names take no case endings: there Margarethe and Margareta are two
# spellings, not one name inflected (a French version wrote both for one director); an
# English or Dutch s may still be a possessive or plural.
_UNINFLECTED_NAMES = frozenset({"en", "es", "fr", "id", "it", "nl", "pt", "vi"})


# Per pair of forms: the check across versions asks each version's full names of a row against
# every other version's, and each pair comes back from the other side (a third of the calls at
# 10,000 generated documents were new).
@lru_cache(maxsize=8192)
def spelled_two_ways(a: str, b: str, lang: str | None = None) -> bool:
    """Whether `a` and `b` are one name written two ways (Tokayev/Tokaev, Kassym-Jomart/
    Kassym-Schomart), not two names (Austria/Australia) nor one name inflected (in `lang`,
    where known)."""
    x, y = a.casefold(), b.casefold()
    if x == y or min(len(x), len(y)) < 5:
        return False
    if lang in _UNINFLECTED_NAMES:
        if x + "s" == y or y + "s" == x:
            return False
        if x.startswith(y) or y.startswith(x):
            # a longer form that only doubles the last letter is a spelling (Zelensky and
            # Zelenskyy in one French version), not an ending (Tokayeva is his wife)
            short, long = sorted((x, y), key=len)
            return len(long) == len(short) + 1 and long[-1] == short[-1]
    elif _inflected(x, y) or _inflected(_without_fleeting_vowel(x), _without_fleeting_vowel(y)):
        return False  # Kasachstan/Kasachstans; Агнец/Агнца, Немец/Немца
    if ("-" in x and "-" in y) or (" " in x and " " in y):  # compared whole
        return fuzz.ratio(x, y) >= 85
    # One letter apart is a spelling variant, unless it is the first letter: two words
    # (Reichen/Zeichen, Mauer/Bauer: German capitalises every noun). A first letter swapped
    # for its sound's other spelling (Gaddafi/Kaddafi) passes the phonetic test.
    return (Levenshtein.distance(x, y) <= 1 and x[0] == y[0]) or (
        evidence.phonetic_key(x) == evidence.phonetic_key(y) and fuzz.ratio(x, y) >= 80
    )


_FLEETING = pattern_cache.compile(r"[ео](?=[бвгджзклмнпрстфхцчшщ]$)")


def _without_fleeting_vowel(word: str) -> str:
    """A Russian or Ukrainian word without the vowel that its other forms drop (Агнец -> Агнц:
    genitive Агнца; Немец, Немца)."""
    return _FLEETING.sub("", word)


def _variants(forms: Sequence[str], lang: str | None = None) -> dict[str, list[str]]:
    """Each form -> the other forms that spell the same name otherwise. One C-speed ratio
    matrix (rapidfuzz `cdist`, one worker: checks may already run inside worker processes)
    proposes the pairs; `spelled_two_ways` judges only those."""
    if len(forms) < 2:
        return {}
    folded = [f.casefold() for f in forms]
    scores = process.cdist(folded, folded, scorer=fuzz.ratio, score_cutoff=75, workers=1)
    variants: dict[str, list[str]] = {}
    # `spelled_two_ways` is symmetric (tests/test_fast_paths_text.py), and so is the ratio:
    # each pair is judged when it first comes (i < j) and read back the other way round.
    judged: dict[tuple[int, int], bool] = {}
    rows, columns = scores.nonzero()
    for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
        if i == j:
            continue
        same = judged.get((j, i))
        if same is None:
            same = judged[i, j] = spelled_two_ways(forms[i], forms[j], lang)
        if same:
            variants.setdefault(forms[i], []).append(forms[j])
    return variants


def _spellings_named_elsewhere(
    variants: dict[str, list[str]], lang: str, forms: Mapping[str, list[list[tuple[str, int, int]]]]
) -> dict[str, list[str]]:
    """For a language that capitalises its nouns, the pairs of spellings one of which another
    version writes too: names travel across versions (Tokayev in en, Tokajew here), common
    nouns do not (Text+Berg: de Karte / Kante, Aufstieg / Abstieg, Scheu / Sache, none in fr).
    Hyphenated compounds are names whatever the language."""
    elsewhere = {
        f.casefold()
        for other, rows in forms.items()
        if other != lang
        for row in rows
        for f, _, _ in row
    }
    kept = {
        form: [o for o in others if "-" in form or elsewhere & {form.casefold(), o.casefold()}]
        for form, others in variants.items()
    }
    return {form: others for form, others in kept.items() if others}


@register
class NameConsistency(Check):
    """One name spelled two ways: inside this version, captions included (Tokayev here, Tokaev
    in another row; Kassym-Schomart in the caption, Kassym-Jomart in the text: minor), or a
    hyphenated or full name in a version, the pivot included, against the spelling that every
    other version in the same alphabet shares in this row (Kassym-Schomart where en, fr, vi
    write Kassym-Jomart: info, since languages have their own transliterations). Single words
    are not compared across versions: they are often the language's own name for a place
    (Kasachstan, Poutine)."""

    id = "name-consistency"
    severity = "minor"
    description = "one name spelled two ways inside a version or across versions"

    def run(self, group: GroupView) -> Iterator[tuple[int, Finding]]:
        n = len(group.rows)
        # Text a version added (no pivot text in its row: `extra`'s finding) may come from
        # another article, with its own names: Chiva beside China is two places.
        forms = {
            lang: [
                []
                if lang != group.pivot
                and group.cell(row, lang).has_content
                and not group.cell(row, group.pivot).has_content
                else _name_forms(group, row, lang)
                for row in range(n)
            ]
            for lang in group.languages
        }
        # A word that opens a labelled item is capitalised for that (fr "12 h 30 – Clôture"
        # against "la Culture": one name spelled two ways, a false minor).
        for lang, rows in forms.items():
            for row, found in enumerate(rows):
                if found and _ITEM_HINT.search(group.cell(row, lang).text):
                    cell = group.cell(row, lang)
                    openers = {at for at, _ in cell.content}
                    rows[row] = [
                        f for f in found if "-" in f[0] or not _opens_item(cell.text, openers, f[1])
                    ]
        latin = {
            lang
            for lang in group.languages
            if any(_LATIN.match(f) for row in forms[lang] for f, _, _ in row)
        }
        everywhere = Counter(
            f for lang in group.languages for row in forms[lang] for f, _, _ in row
        )
        reported: dict[str, set[str]] = {lang: set() for lang in group.languages}
        folded = {
            lang: [{f.casefold() for f, _, _ in row} for row in forms[lang]]
            for lang in group.languages
        }

        def _both_elsewhere(form: str, other: str, rows: set[int], lang: str) -> bool:
            if rows and _endings_apart(form, other):
                return True  # Makedonca and Makedonya in one sentence: two words of a stem
            both = {form.casefold(), other.casefold()}
            return any(
                both <= folded[elsewhere][row]
                for row in rows
                for elsewhere in group.languages
                if elsewhere != lang
            )

        for lang in group.targets:
            # Inside the version: each form, with its rows and count.
            seen: dict[str, list[int]] = {}
            for row in range(n):
                for form, _, _ in forms[lang][row]:
                    seen.setdefault(form, []).append(row)
            variants = _variants(sorted(seen), lang)
            kept: dict[tuple[str, str], bool] = {}  # `_kept_foreign`'s answers, per form
            if lang in evidence.CAPITALISED_NOUNS:
                variants = _spellings_named_elsewhere(variants, lang, forms)
            # each form's other spellings, once per form (each test reads all of its rows: a
            # name on every row was asked again on each, quadratic)
            others_of: dict[str, list[str]] = {}
            for row in range(n):
                parts, spans = [], []
                for form, start, end in forms[lang][row]:
                    if form not in others_of:
                        # The form used more often (in this version, then in all) is the
                        # reference. Two forms in one sentence that another version writes
                        # there too are two names (es kept a German sentence whose Mieter and
                        # Mietdauer were "one name spelled two ways": a false minor); a
                        # version's own two spellings in one row ("Tokayev added, and Tokaev
                        # closed") are one name (review35).
                        weight = (len(seen[form]), everywhere[form])
                        others_of[form] = [
                            o
                            for o in variants.get(form, ())
                            if (len(seen[o]), everywhere[o]) > weight
                            and not _both_elsewhere(form, o, set(seen[o]) & set(seen[form]), lang)
                            and not _kept_foreign(group, o, form, seen[o], lang, kept)
                            and not _told_apart_elsewhere(
                                forms, lang, (form, o), seen[form], seen[o]
                            )
                            and not _words_apart_elsewhere(
                                group, lang, (form, o), seen[form], seen[o]
                            )
                        ]
                    others = others_of[form]
                    if others and form not in reported[lang]:
                        other = sorted(others, key=lambda o: (-len(seen[o]), o))[0]
                        where = ", ".join(str(r + 1) for r in sorted(set(seen[other]))[:3])
                        parts.append(f"{lang} writes {form} here and {other} in row {where}")
                        spans.append((start, end))
                        reported[lang].add(form)
                if parts:
                    yield row, self.finding(lang, "; ".join(parts), spans)
        # Across versions, the pivot too: a name spelled otherwise than every other version
        # of this alphabet spells it. Hyphenated names and full names (Marike van den Berg
        # where en, fr, nl, pl write Marieke van der Berg); single words are often the
        # language's own name for a place or person (Poutine, Kasachstan).
        # Each version's hyphenated and full names of a row, made where the row is compared (a
        # version with fewer than two others writing names in this alphabet there is not: a
        # quarter of the rows with names at 10,000 generated documents)
        made: dict[tuple[str, int], list[tuple[str, int, int]]] = {}

        def whole(lang: str, row: int) -> list[tuple[str, int, int]]:
            found = made.get((lang, row))
            if found is None:
                names = forms[lang][row]
                found = made[lang, row] = (
                    [f for f in names if "-" in f[0]] + _full_names(group, row, lang)
                    if names
                    else []
                )
            return found

        # Per version, the rows where it writes a name in this alphabet (asked of every other
        # version's rows below: tested once each).
        lettered = {
            lang: [any(_LATIN.match(f) for f, _, _ in row) for row in forms[lang]]
            for lang in group.languages
            if lang in latin
        }
        for lang in lettered:
            for row in range(n):
                if not forms[lang][row]:
                    continue
                # the versions that write this row's names in this alphabet
                peers = [o for o in lettered if o != lang and lettered[o][row]]
                if len(peers) < 2 or not whole(lang, row):
                    continue  # (most rows: no full or hyphenated name to compare)
                parts, spans = [], []
                for form, start, end in whole(lang, row):
                    if any(done in form for done in reported[lang]):
                        continue  # Kassym-Schomart reported: not again in Kassym-Schomart Tokajew
                    agreed, agreeing = None, []
                    for peer in peers:
                        if form in group.cell(row, peer).content_text:
                            agreed = None  # a peer writes it so too
                            break
                        matches = {
                            f
                            for f, _, _ in whole(peer, row)
                            if spelled_two_ways(form, f)
                            and not (" " in form and _transliterated(form, f))
                            and not _declined(form, f, lang)
                        }
                        if not matches and peer in evidence.CAPITALISED_NOUNS:
                            # no such name as a whole where de joins its capitalised nouns to
                            # it ("Expedition von der Glaziologin Ingrid Berglund"): neither
                            # agrees nor disagrees (it was a veto, stop 43); a version that
                            # writes its nouns in lower case and has no such name disagrees
                            # (pl's own Ostrowa Wielkopolskiego, nl's Piet Mondriaan)
                            continue
                        if len(matches) != 1 or (agreed is not None and matches != {agreed}):
                            agreed = None
                            break
                        agreed = next(iter(matches))
                        agreeing.append(peer)
                    if agreed is None or len(agreeing) < 2:
                        continue
                    said = f"{lang} writes {form}; {', '.join(agreeing)} write {agreed}"
                    reported[lang].add(form)
                    if heard := _heard_otherwise(group, row, lang, form, agreed):
                        # another name, not a transliteration: a finding of its own
                        said += f", as {', '.join(heard)} hear it: another name"
                        yield row, self.finding(lang, said, [(start, end)])
                        continue
                    parts.append(said)
                    spans.append((start, end))
                if parts:
                    yield row, self.finding(lang, "; ".join(parts), spans, severity="info")


def _declined(form: str, other: str, lang: str) -> bool:
    """Whether `form` is `other` written with a hyphen for a space (fr Tel-Aviv) or, in a
    language that declines names, in another case (pl Michała Kowalczyka, Ostrowa
    Wielkopolskiego): no spelling (a new veto on the German versions let through 33 such
    infos over the planted items, stop 43). Each word keeps a stem of four letters at least
    and changes at most three at its end."""
    a, b = form.replace("-", " ").split(), other.replace("-", " ").split()
    if a == b:
        return True
    if lang not in _DECLINES_NAMES or len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        stem = 0
        for p, q in zip(x.casefold(), y.casefold(), strict=False):
            if p != q:
                break
            stem += 1
        if stem < min(4, len(x), len(y)) or max(len(x), len(y)) - stem > 3:
            return False
    return True


# Languages in Latin letters that decline names (a name's case ending is no spelling).
_DECLINES_NAMES = frozenset(
    {"pl", "cs", "sk", "sl", "hr", "bs", "sr", "lt", "lv", "fi", "et", "hu", "tr"}
)


def _heard_otherwise(group: GroupView, row: int, lang: str, form: str, agreed: str) -> list[str]:
    """The versions in other scripts that hear the name as the Latin versions agree to write
    it (`agreed`), where `form` has a word no transliteration makes the agreed one's
    (`name_spellings.words_apart`: Feldman for Friedman) and none of them hears that word:
    es's Noa Feldman is another name where ru, uk, he, ar, hi write the r of Friedman (only
    an info "one name spelled two ways" before, stop 43). Empty: a spelling, or nothing to
    tell (no version in such a script; Chinese and Japanese write l and r alike)."""
    apart = name_spellings.words_apart(form, agreed)
    if not apart:
        return []
    heard = []
    for other in group.languages:
        if other == lang or not group.cell(row, other).has_content:
            continue  # (a version in Latin letters has no word `heard_in` reads)
        text = group.cell(row, other).content_text
        if any(name_spellings.heard_in(mine, text) for mine, _ in apart):
            return []
        if all(name_spellings.heard_in(theirs, text) for _, theirs in apart):
            heard.append(other)
    return heard


def _told_apart_elsewhere(
    forms: dict[str, list[list[tuple[str, int, int]]]],
    lang: str,
    pair: tuple[str, str],
    here: Sequence[int],
    there: Sequence[int],
) -> bool:
    """Whether another version also writes the name of the two spellings `pair` one way on
    the rows `here` and another way on the rows `there`: then the two spellings are the
    text's own (en Sevilla the club, Seville the city, as pl writes Sevilla and Sewilla), not
    a slip of this version. (Its own two spellings of that name: another name it spells two
    ways there, Maria and Mario, says nothing of this one; de Kowalcyk for Kowalczyk was
    silent, review39.)"""
    here_rows, there_rows = set(here) - set(there), set(there) - set(here)
    folded = [f.casefold() for f in pair]

    def of_the_name(f: str) -> bool:  # (pl Sewilli, inflected, for en Seville)
        return any(fuzz.ratio(f.casefold(), p) >= _COGNATE for p in folded)

    for other, rows in forms.items():
        if other == lang:
            continue
        on_here = {f for r in here_rows for f, _, _ in rows[r]}
        on_there = {f for r in there_rows for f, _, _ in rows[r]}
        if any(
            spelled_two_ways(a, b, other) and of_the_name(a) and of_the_name(b)
            for a in on_here - on_there
            for b in on_there - on_here
        ):
            return True
    return False


def _words_apart_elsewhere(
    group: GroupView,
    lang: str,
    pair: tuple[str, str],
    here: Sequence[int],
    there: Sequence[int],
) -> bool:
    """Whether another version writes, uncapitalised, one word like the pair's on the rows
    `here` and another on the rows `there`: the two forms are two common nouns this version
    capitalises in titles, not one name spelled two ways (en Minister and Ministry, for fr's
    ministre and ministère: a false minor through every pivot, stop 41)."""
    here_rows, there_rows = set(here) - set(there), set(there) - set(here)
    folded = [f.casefold() for f in pair]

    def like(word: str) -> bool:
        return any(fuzz.ratio(word, f) >= _COGNATE for f in folded)

    def lower_words(other: str, rows: set[int]) -> set[str]:
        return {
            word
            for r in rows
            for word, _, _ in evidence.words(group.cell(r, other).content_text)
            if word[:1].islower() and like(word)
        }

    for other in group.languages:
        if other == lang:
            continue
        on_here = lower_words(other, here_rows)
        if not on_here:
            continue
        on_there = lower_words(other, there_rows)
        if any(not _inflected(a, b) for a in on_here - on_there for b in on_there - on_here):
            return True
    return False


def _kept_foreign(
    group: GroupView,
    word: str,
    form: str,
    rows: Sequence[int],
    lang: str,
    memo: dict[tuple[str, str], bool],
) -> bool:
    """Whether each of `rows` has `word` only inside a full name that another version writes
    the same there, and the version never writes that name with `form` in its place: a
    proper name kept as it is (nl Berlijn for the city, and the station Berlin Hauptbahnhof as
    de, en, fr, pl and ru write it: "one name spelled two ways", a false minor on a made-up
    timetable, stop 38), not one person's name spelled two ways (fr Margarethe Lindqvist and
    Margareta Lindqvist). `memo` keeps the answer per (word, form) for the version's `rows`
    of `word`, and each swapped name is looked for once in its text (asked for each row of
    `form`, each row of `word` looking through the whole version: 1,500 rows took two
    minutes, final38)."""
    if (word, form) in memo:
        return memo[word, form]
    memo[word, form] = False
    texts = [group.cell(r, lang).text for r in range(len(group.rows))]
    absent: set[str] = set()  # swapped names the version never writes
    for row in set(rows):
        names = [f for f, _, _ in _full_names(group, row, lang) if word in f.split()]
        if not names:
            return False
        others = [group.cell(row, o).text for o in group.languages if o != lang]
        for name in names:
            if not any(name in text for text in others):
                return False
            swapped = " ".join(form if part == word else part for part in name.split())
            if swapped not in absent:
                if any(swapped in text for text in texts):
                    return False
                absent.add(swapped)
    memo[word, form] = True
    return True


def _endings_apart(a: str, b: str) -> bool:
    """Whether two forms differ only in their endings, after a shared stem of at least 70 %
    of the shorter: two words of one stem, which a sentence names both (tr Makedonca, the
    language, and Makedonya, the country: "tr writes Makedonca here and Makedonya in row 1",
    a false minor, stop 35), not a name spelled two ways (Tokayev, Tokaev)."""
    shared = 0
    for x, y in zip(a.casefold(), b.casefold(), strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 0.7 * min(len(a), len(b))
