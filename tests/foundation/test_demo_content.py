import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site

from home.models import HomePage


@pytest.mark.django_db
def test_demo_content_is_idempotent(capsys):
    call_command("load_demo_content")
    counts = (Locale.objects.count(), HomePage.objects.count(), Page.objects.count())
    call_command("load_demo_content")
    assert (Locale.objects.count(), HomePage.objects.count(), Page.objects.count()) == counts
    assert HomePage.objects.count() == 10
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    out = capsys.readouterr().out
    assert "staff@example.org" in out


@pytest.mark.django_db
def test_demo_content_if_empty_skips_a_populated_database(capsys):
    call_command("load_demo_content")
    call_command("load_demo_content", "--if-empty")
    assert "already present" in capsys.readouterr().out


@pytest.mark.django_db
def test_demo_content_refused_outside_development(settings):
    settings.DEMO_ACCOUNTS_ENABLED = False
    with pytest.raises(CommandError):
        call_command("load_demo_content")


@pytest.mark.django_db
def test_demo_staff_can_log_in(client):
    from campaign_site.accounts.demo import DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD

    call_command("load_demo_content")
    assert client.login(email=DEMO_STAFF_EMAIL, password=DEMO_STAFF_PASSWORD)
