"""Textual bindings for every action id, from the package's default keymap.

Each binding carries its action id as `id`, so `App.set_keymap` applies a user's file id by
id; all of them call one dispatcher on the review screen (`action_review`), which is also what
the command palette calls.
"""

from __future__ import annotations

from textual.binding import Binding

from reviewer.core.keymap import ACTIONS, load_keymap

# Shown in the footer, with a word each (the main keys); the help screen lists every binding.
FOOTER = {
    "mark.ok": "ok",
    "mark.issue": "issue",
    "mark.reject": "reject",
    "finding.next": "next",
    "annotate": "error",
    "finding.dismiss": "dismiss",
    "help": "help",
    "quit": "quit",
}


def review_bindings() -> list[Binding]:
    keymap = load_keymap()
    return [
        Binding(
            keymap.keys_of(action),
            f"screen.review('{action}')",
            FOOTER.get(action, description),
            show=action in FOOTER,
            id=action,
        )
        for action, description in ACTIONS
    ]
