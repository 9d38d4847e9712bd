"""The examples in claimx's docstrings run, so they stay true (on the installed package,
whether installed from a checkout in editable mode or not)."""

import doctest
import importlib
import pkgutil

import pytest

import claimx

MODULES = sorted(m.name for m in pkgutil.walk_packages(claimx.__path__, "claimx.") if m.name != "claimx.__main__")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
