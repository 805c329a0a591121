import re

import pytest
from django.conf import settings


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/ar/", "/pt-br/"])
def test_anonymous_public_page_sets_no_cookie(client, site, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies, f"cookies set: {list(response.cookies)}"
    assert "Set-Cookie" not in response.headers


@pytest.mark.django_db
def test_public_pages_forbid_inline_scripts_and_other_origins(client, site):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy
    assert "http" not in policy  # no third-party origin anywhere
    html = response.content.decode()
    assert "<script>" not in html  # every script is an external file of our own
    # Links to the site's own pages (canonical, hreflang) aside, nothing names another origin
    # to load from; the quick-exit link is a plain navigation, not a resource.
    own = (
        html.replace("http://testserver/", "/")
        .replace(f"{settings.SITE_URL}/", "/")
        .replace('href="https://www.wikipedia.org/"', "")
    )
    assert "http://" not in own
    assert not re.search(r'(src|srcset)="https?://', own)


@pytest.mark.django_db
def test_security_headers(client, site):
    response = client.get("/en/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_admin_gets_its_own_relaxed_policy(client, site):
    response = client.get("/admin/login/")
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
