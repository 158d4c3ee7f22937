import pytest

from index.settings import Settings
from index.topic import load_topic


@pytest.fixture(scope="session")
def topic():
    return load_topic(Settings.from_env().corpus_dir)
