"""claimx: dated, attributed claims from English news.

>>> import claimx
>>> claimx.extract('"We agreed," Maria Zakharova said on Friday.', published="2020-10-09")[0]["speaker"]["name"]
'Maria Zakharova'
"""

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "json_schema", "__version__"]


def __getattr__(name: str):
    # Imported on first use: spaCy takes a second to import, and `claimx --help` or an
    # early Ctrl-C should not wait for it.
    if name in ("extract", "extract_many"):
        from . import api

        return getattr(api, name)
    if name == "json_schema":
        from .schema import json_schema

        return json_schema
    raise AttributeError(f"module 'claimx' has no attribute {name!r}")
