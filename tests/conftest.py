from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "karabakh-2020-10-09.txt"


@pytest.fixture(scope="session")
def nlp():
    from claimx.pipeline import load

    return load()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


def claims_of(text: str, published: str = "2020-10-09", types=None) -> list[dict]:
    import claimx

    return claimx.extract(text, published=published, types=types)
