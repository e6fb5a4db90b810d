"""The name checks take linear time in the rows of a long document (stop 39's final read).

Each input below took seconds with a test asked again on every row, reading all the rows of
the name it asks about (quadratic); the bounds are loose for a slow machine, while the
quadratic reading still fails them. Timings belong in bench/; this guards a complexity class.
"""

from __future__ import annotations

from reviewer.core.checks import get_check, run_checks
from tests.test_checks import build
from tests.test_hostile_scale import _seconds


def test_a_name_spelled_two_ways_on_many_rows_is_checked_in_linear_time() -> None:
    # pl writes Tokarcuk on every third row, Tokarczuk on the others, and fr its own two
    # spellings on the same rows: the text's own two spellings (`_told_apart_elsewhere`), no
    # finding. Asked once per row, each asking read all the rows: 6,000 rows took 9 s.
    n = 6_000
    columns = {
        "en": [f"On day {k} Tokarczuk spoke." for k in range(n)],
        "pl": [f"W dniu {k} {'Tokarcuk' if k % 3 == 0 else 'Tokarczuk'} mówiła." for k in range(n)],
        "fr": [
            f"Le jour {k} {'Tokarczouk' if k % 3 == 0 else 'Tokarczuk'} a parlé." for k in range(n)
        ],
    }
    rows, segments = build(columns)
    check = get_check("name-consistency")
    found: list = []
    elapsed = _seconds(lambda: found.append(run_checks(rows, segments, "en", checks=[check])))
    assert not any(found[0]), "the two spellings are the text's own"
    assert elapsed < 3.0, f"{elapsed:.1f} s for {n:,} rows"
