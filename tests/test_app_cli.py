"""`reviewer [PATH ...]`: keymap errors stop it before the app starts; the app loads lazily."""

import subprocess
import sys

from reviewer import cli


def test_bad_keys_file_exits_2_naming_file_and_line(tmp_path, capsys, monkeypatch):
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"row.next" = "j"\n"row.nope" = "z"\n', encoding="utf-8")
    opened = []
    monkeypatch.setattr("reviewer.tui.app.ReviewerApp.run", lambda self: opened.append(self))
    assert cli.main(["--keys", str(keys)]) == cli.EXIT_USAGE
    assert f"{keys}:3:" in capsys.readouterr().err
    assert not opened


def test_no_path_opens_the_seeds_with_the_users_keys(tmp_path, monkeypatch):
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"quit" = "Q"\n', encoding="utf-8")
    opened = []
    monkeypatch.setattr("reviewer.tui.app.ReviewerApp.run", lambda self: opened.append(self))
    assert cli.main(["--keys", str(keys), "--reviewer", "ann"]) == cli.EXIT_OK
    (app,) = opened
    assert {d.path[:3] for d in app.corpus.documents} == {"000", "001", "002", "003", "004"}
    assert app.keymap.overrides == {"quit": "Q"} and app.reviewer == "ann"


def test_missing_path_and_nothing_readable_exit_2(tmp_path, capsys):
    assert cli.main([str(tmp_path / "absent")]) == cli.EXIT_USAGE
    assert "no such file" in capsys.readouterr().err


def test_check_does_not_import_the_app():
    code = (
        "import sys; from reviewer import cli; cli.main(['check', 'reviewer/seeds']);"
        "print(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
