"""plotly.js served by the platform itself, from the copy inside the installed plotly package.

The finder exposes that one file as `dashboards/vendor/plotly.min.js`, so `collectstatic`
copies it (hashed and compressed in production) and the development server and WhiteNoise
find it, always the same version as the Python package that built the figures. Nothing is
loaded from a CDN.
"""

from pathlib import Path

import plotly
from django.contrib.staticfiles.finders import BaseFinder
from django.core.checks import Error
from django.core.files.storage import FileSystemStorage

PLOTLY_FILE = "plotly.min.js"
PLOTLY_PREFIX = "dashboards/vendor"
PLOTLY_STATIC_PATH = f"{PLOTLY_PREFIX}/{PLOTLY_FILE}"
PLOTLY_SOURCE_DIR = Path(plotly.__file__).resolve().parent / "package_data"


class PlotlyJSFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=str(PLOTLY_SOURCE_DIR))
        # collectstatic and WhiteNoise put the file under the storage's prefix.
        self.storage.prefix = PLOTLY_PREFIX

    def check(self, **kwargs):
        if not (PLOTLY_SOURCE_DIR / PLOTLY_FILE).is_file():
            return [
                Error(
                    f"{PLOTLY_SOURCE_DIR / PLOTLY_FILE} is missing: reinstall the plotly package.",
                    id="dashboards.E001",
                )
            ]
        return []

    def find(self, path, find_all=False, **kwargs):
        if path != PLOTLY_STATIC_PATH:
            return []  # as Django's own finders answer "not here"
        found = str(PLOTLY_SOURCE_DIR / PLOTLY_FILE)
        return [found] if find_all else found

    def list(self, ignore_patterns):
        yield PLOTLY_FILE, self.storage
