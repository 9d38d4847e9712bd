"""claimx: dated, attributed claims from English news.

>>> import claimx
>>> claimx.extract('"We agreed," Maria Zakharova said on Friday.', published="2020-10-09")[0]["speaker"]["name"]
'Maria Zakharova'
"""

from .api import extract, extract_many
from .schema import json_schema

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "json_schema", "__version__"]
