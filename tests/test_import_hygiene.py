"""The core is headless: importing it must not load textual or rich."""

import subprocess
import sys


def test_core_imports_neither_textual_nor_rich():
    code = (
        "import sys, pkgutil, importlib, reviewer.core\n"
        "for m in pkgutil.iter_modules(reviewer.core.__path__):\n"
        "    importlib.import_module('reviewer.core.' + m.name)\n"
        "import reviewer.cli\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
