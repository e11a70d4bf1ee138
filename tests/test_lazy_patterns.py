"""A costly pattern a library compiles at import waits until it is first used (io/lazy_patterns.py),
and nothing else changes: the pattern matches as the compiled one does, other patterns are
compiled as ever, re.compile is itself again after the import."""
from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.io import lazy_patterns

MODULE = '''
import re
COSTLY = re.compile("(^costly)[a-z\\u00e0-\\uffff]+", re.I)
PLAIN = re.compile("plain")
'''


@pytest.fixture
def fake_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    name = "dra_fake_costly_module"
    (tmp_path / f"{name}.py").write_text(MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(lazy_patterns.DEFERRED, name, ("(^costly)",))
    monkeypatch.delitem(sys.modules, name, raising=False)
    lazy_patterns.install()
    return name


def test_the_listed_pattern_waits_and_then_matches_as_compiled(fake_module: str):
    module = __import__(fake_module)
    assert isinstance(module.COSTLY, lazy_patterns.LazyPattern)
    assert isinstance(module.PLAIN, re.Pattern)  # not listed: compiled at import as ever
    assert re.compile is lazy_patterns._ORIGINAL
    assert module.COSTLY._compiled is None
    expected = re.compile("(^costly)[a-z\u00e0-\uffff]+", re.I)
    for text in ("COSTLYabc", "costlyé", "nope", ""):
        found, wanted = module.COSTLY.match(text), expected.match(text)
        assert (found and found.group(0)) == (wanted and wanted.group(0))
    assert module.COSTLY.pattern == expected.pattern and module.COSTLY.flags == expected.flags


def test_install_is_once():
    lazy_patterns.install()
    lazy_patterns.install()
    assert sum(isinstance(f, lazy_patterns._Finder) for f in sys.meta_path) == 1


def test_the_program_imports_reportlab_and_yaml_with_their_patterns_waiting(tmp_path: Path):
    """After the program's own start (launch.tune), reportlab's link pattern and PyYAML's
    printable class wait until used; used, the link pattern works."""
    script = textwrap.dedent("""
        import assistant.launch
        assistant.launch.tune()
        import reportlab.platypus.paragraph as paragraph, yaml.reader as reader
        from assistant.io.lazy_patterns import LazyPattern
        print(type(paragraph.uri_pat) is LazyPattern, type(reader.Reader.NON_PRINTABLE) is LazyPattern)
        print(paragraph._uri_split_pairs("https://example.com/a/b") is not None)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=tmp_path).stdout.split()
    assert out == ["True", "True", "True"]
