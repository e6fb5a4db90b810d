"""The keymap: defaults, a user's overrides, and every kind of mistake located by line."""

from pathlib import Path

import pytest

from reviewer.core.keymap import (
    ACTION_IDS,
    KeymapError,
    load_keymap,
    load_user_keymap,
    normalize_key,
    read_keys_file,
    user_keys_path,
)


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "keybindings.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_default_file_binds_every_action_with_the_documented_keys():
    keymap = load_keymap()
    assert set(keymap.keys) == set(ACTION_IDS)
    assert keymap.keys["row.next"] == ("j", "down")
    assert keymap.keys["help"] == ("question_mark",)
    assert keymap.keys["row.last"] == ("G", "end")
    assert keymap.overrides == {}


def test_user_file_overrides_id_by_id(tmp_path):
    user = write(tmp_path, '[keys]\n"row.next" = "ctrl+j, down"\n"help" = "?"\n')
    keymap = load_keymap(user)
    assert keymap.keys["row.next"] == ("ctrl+j", "down")
    assert keymap.keys["help"] == ("question_mark",)
    assert keymap.keys["row.prev"] == ("k", "up")  # untouched ids keep their defaults
    assert keymap.overrides == {"row.next": "ctrl+j,down", "help": "question_mark"}


def test_user_file_may_take_a_key_freed_by_another_override(tmp_path):
    user = write(tmp_path, '[keys]\n"row.next" = "down"\n"mark.ok" = "j"\n')
    assert load_keymap(user).keys["mark.ok"] == ("j",)


def test_unknown_id_names_file_and_line(tmp_path):
    user = write(tmp_path, '# mine\n[keys]\n"row.next" = "j"\n"row.sideways" = "s"\n')
    with pytest.raises(KeymapError) as caught:
        load_keymap(user)
    assert caught.value.line == 4
    assert str(caught.value).startswith(f"{user}:4: ")
    assert "row.sideways" in str(caught.value)


def test_key_bound_twice_in_one_scope_names_the_later_line(tmp_path):
    user = write(tmp_path, '[keys]\n\n"mark.ok" = "j"\n')  # row.next keeps j by default
    with pytest.raises(KeymapError) as caught:
        load_keymap(user)
    assert (caught.value.path, caught.value.line) == (str(user), 3)
    assert "row.next" in caught.value.message and "mark.ok" in caught.value.message


def test_clash_inside_one_file(tmp_path):
    default = write(tmp_path, '[keys]\n"row.next" = "j"\n"row.prev" = "k, j"\n')
    with pytest.raises(KeymapError) as caught:
        load_keymap(default=default)
    assert caught.value.line == 3


def test_a_key_listed_twice_for_one_action_is_an_error(tmp_path):
    user = write(tmp_path, '[keys]\n"row.first" = "g"\n"row.next" = "j, down, j"\n')
    with pytest.raises(KeymapError) as caught:
        load_keymap(user)
    assert caught.value.line == 3 and "listed twice" in caught.value.message


@pytest.mark.parametrize("bad", ["ctl+a", "pgdown", "ctrl+", "", "Question_Mark", "ctrl+ctrl+a"])
def test_key_name_that_does_not_parse(tmp_path, bad):
    user = write(tmp_path, f'[keys]\n"row.first" = "g"\n"row.next" = "{bad}"\n')
    with pytest.raises(KeymapError) as caught:
        load_keymap(user)
    assert caught.value.line == 3


def test_toml_syntax_error_has_a_line(tmp_path):
    user = write(tmp_path, '[keys]\n"row.next" = "j"\n"row.prev" = k\n')
    with pytest.raises(KeymapError) as caught:
        read_keys_file(user)
    assert caught.value.line == 3


def test_value_must_be_a_string_and_tables_are_known(tmp_path):
    with pytest.raises(KeymapError) as caught:
        read_keys_file(write(tmp_path, '[keys]\n"row.next" = 3\n'))
    assert caught.value.line == 2
    with pytest.raises(KeymapError) as caught:
        read_keys_file(write(tmp_path, '[keys]\n"row.next" = "j"\n[colors]\nx = 1\n'))
    assert caught.value.line == 3


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(KeymapError, match="cannot read"):
        load_keymap(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("?", "question_mark"),
        ("/", "slash"),
        ("[", "left_square_bracket"),
        ("G", "G"),
        ("ctrl+d", "ctrl+d"),
        ("Ctrl+Shift+tab", "ctrl+shift+tab"),
        ("f12", "f12"),
        ("full_stop", "full_stop"),
        ("-", "minus"),
    ],
)
def test_normalize_key_uses_textual_names(key, name):
    assert normalize_key(key) == name


def test_user_config_folder_follows_xdg(tmp_path, monkeypatch):
    assert user_keys_path({"XDG_CONFIG_HOME": "/x"}) == Path("/x/reviewer/keybindings.toml")
    assert user_keys_path({"HOME": "/h"}) == Path("/h/.config/reviewer/keybindings.toml")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load_user_keymap().overrides == {}  # no file there: defaults
    (tmp_path / "reviewer").mkdir()
    write(tmp_path / "reviewer", '[keys]\n"quit" = "Q"\n')
    assert load_user_keymap().keys["quit"] == ("Q",)


@pytest.mark.parametrize("key", ["ctrl+p", "ctrl+q", "ctrl+c", "CTRL+p"])
def test_a_key_the_app_reserves_is_reported_like_a_key_bound_twice(tmp_path, key):
    """ctrl+p opens the palette: binding it left the action without a working key."""
    user = write(tmp_path, f'[keys]\n"search" = "slash"\n"save" = "ctrl+s,{key}"\n')
    with pytest.raises(KeymapError) as caught:
        load_keymap(user)
    assert (caught.value.path, caught.value.line) == (str(user), 3)
    assert "reserved" in caught.value.message and "save" in caught.value.message


def test_no_default_binding_uses_a_reserved_key():
    from reviewer.core.keymap import RESERVED

    assert not {key for keys in load_keymap().keys.values() for key in keys} & set(RESERVED)
