import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import os  # noqa: E402

import pytest  # noqa: E402

# The suite's expected texts are English unless a test asks for Dutch: a developer whose machine speaks Dutch
# (LANG=nl_NL.UTF-8, a Dutch Windows) gets the same results as CI. Subprocesses inherit this too.
os.environ["PYENGINE_LANG"] = "en"


@pytest.fixture(autouse=True)
def _messages_in_english_again():
    """A test that ran the CLI in Dutch leaves the process in Dutch; the next test starts in English."""
    yield
    from pyengine.i18n import set_language

    set_language("en")
