"""plotly.js comes from the platform, from the installed plotly package; the pages run no
inline script and ask nothing of another site."""

import re
from pathlib import Path

import plotly
import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.urls import reverse

from campaign_site.dashboards.staticfiles import PLOTLY_STATIC_PATH, PlotlyJSFinder

from .conftest import PERIOD

TEMPLATES = Path(__file__).resolve().parents[2] / "campaign_site" / "dashboards" / "templates"
PACKAGE_COPY = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def test_the_finder_serves_the_package_copy_of_plotly_js():
    assert Path(finders.find(PLOTLY_STATIC_PATH)) == PACKAGE_COPY.resolve()
    assert finders.find("dashboards/vendor/widgetbundle.js") is None
    listed = list(PlotlyJSFinder().list(None))
    assert [(path, storage.prefix) for path, storage in listed] == [
        ("plotly.min.js", "dashboards/vendor")
    ]
    assert PlotlyJSFinder().check() == []


def test_collectstatic_copies_plotly_js(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path
    call_command("collectstatic", interactive=False, verbosity=0)
    copied = tmp_path / PLOTLY_STATIC_PATH
    assert copied.read_bytes() == PACKAGE_COPY.read_bytes()


@pytest.mark.django_db
def test_plotly_js_is_served_as_a_static_file(client):
    response = client.get(f"/static/{PLOTLY_STATIC_PATH}")
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body[:200] == PACKAGE_COPY.read_bytes()[:200]


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["dashboards_overview", "dashboards_reach", "dashboards_training"])
def test_pages_load_scripts_from_this_site_only(staff_client, scenario, name):
    text = staff_client.get(reverse(name), PERIOD).content.decode()
    assert f'<script src="/static/{PLOTLY_STATIC_PATH}" defer></script>' in text
    assert '<script src="/static/dashboards/dashboards.js" defer></script>' in text
    assert "cdn.plot.ly" not in text and "cdn.jsdelivr" not in text
    start = text.index('<div class="dashboards">')
    for tag in re.findall(r"<script[^>]*>", text[start:]):
        assert 'type="application/json"' in tag or 'src="/static/' in tag, tag


def test_dashboard_templates_have_no_inline_script_or_style():
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        for tag in re.findall(r"<script[^>]*>", text):
            assert "src=" in tag or "application/json" in tag, (template, tag)
        assert "style=" not in text, template
        assert not re.search(r"<[^>]*\son[a-z]+\s*=", text), template
