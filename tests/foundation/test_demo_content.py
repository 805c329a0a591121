import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site

from home.models import HomePage


@pytest.mark.django_db
def test_demo_content_loads_once_and_is_idempotent(capsys, client):
    """One test: the full demo takes a minute to load, so it is loaded twice here only."""
    from campaign_site.accounts.demo import DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD

    call_command("load_demo_content")
    counts = (Locale.objects.count(), HomePage.objects.count(), Page.objects.count())
    assert HomePage.objects.count() == 10
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert "staff@example.org" in capsys.readouterr().out

    call_command("load_demo_content")  # a second full run creates nothing new
    assert (Locale.objects.count(), HomePage.objects.count(), Page.objects.count()) == counts

    call_command("load_demo_content", "--if-empty")
    out = capsys.readouterr().out
    assert "already present" in out
    assert DEMO_STAFF_EMAIL in out  # the logins are printed even when nothing is loaded

    assert client.login(email=DEMO_STAFF_EMAIL, password=DEMO_STAFF_PASSWORD)
    # Every locale can show every page: untranslated ones through wagtail-localize aliases.
    per_locale = {
        code: Page.objects.filter(locale__language_code=code, depth__gt=1).count()
        for (code,) in Locale.objects.values_list("language_code")
    }
    assert len(set(per_locale.values())) == 1, per_locale


@pytest.mark.django_db
def test_demo_content_refused_outside_development(settings):
    settings.DEMO_ACCOUNTS_ENABLED = False
    with pytest.raises(CommandError):
        call_command("load_demo_content")
