"""The user's config file (issue 14, item 11): a broken one is said, like a broken keymap."""

from __future__ import annotations

import os
import signal

import pytest

from reviewer import cli
from reviewer.core.config import ConfigError, config_reviewer_name, read_config


@pytest.fixture
def config(tmp_path, monkeypatch):
    folder = tmp_path / "cfg" / "reviewer"
    folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setattr("reviewer.tui.app.ReviewerApp.run", lambda self: None)
    return folder / "config.toml"


def _timeout(*_):
    raise TimeoutError("hung on the config file")


def test_a_fifo_in_place_of_the_config_does_not_hang(config, capsys):
    os.mkfifo(config)
    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(10)
    try:
        assert cli.main([]) == cli.EXIT_USAGE
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    err = capsys.readouterr().err
    assert err.startswith(f"reviewer: {config}: cannot read: not a regular file")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("reviewer = [\n", ":1: "),
        ('name = "ana"\n', ":1: unknown setting 'name'"),
        ("\n\nreviewer = 3\n", ":3: `reviewer` must be the name"),
        ('reviewer = "  "\n', ":1: `reviewer` must be the name"),
        (b"reviewer = '\xff'\n", ": not UTF-8"),
    ],
)
def test_invalid_toml_or_a_wrong_type_is_reported_by_file_and_line(config, capsys, content, said):
    if isinstance(content, bytes):
        config.write_bytes(content)
    else:
        config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        config_reviewer_name()
    assert str(caught.value).startswith(f"{config}{said}")
    assert cli.main([]) == cli.EXIT_USAGE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and said in err[0]


def test_a_folder_in_place_of_the_config_is_reported(config):
    config.mkdir()
    with pytest.raises(ConfigError, match="cannot read"):
        read_config(config)


def test_no_config_is_no_setting_and_a_good_one_is_read(config):
    assert read_config(config) == {} and config_reviewer_name() is None
    config.write_text('reviewer = " ana "\n', encoding="utf-8")
    assert config_reviewer_name() == "ana"
