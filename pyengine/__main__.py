"""`python -m pyengine`: the same command line as `pyengine`."""

import sys

from .cli import main

sys.exit(main())
