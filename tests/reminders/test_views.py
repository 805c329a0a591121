"""Unsubscribe links (one click from the mail program, or a button) and the preferences page."""

import pytest
from django.core import signing
from django.urls import reverse

from courses.models import ReminderOptOut
from courses.models.reminders import ReminderKind
from courses.reminders import tokens

pytestmark = pytest.mark.django_db


def unsubscribe_path(user, kinds, language="en"):
    from django.utils import translation

    with translation.override(language):
        return reverse(
            "courses:reminders:unsubscribe",
            args=[tokens.make_unsubscribe_token(user=user, kinds=kinds)],
        )


def opted_out(user):
    return sorted(ReminderOptOut.objects.filter(user=user).values_list("kind", "source"))


def test_opening_the_link_only_asks_for_confirmation(client, learner):
    response = client.get(unsubscribe_path(learner, [ReminderKind.INACTIVITY]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Reminders to continue a course" in html and "Stop these emails" in html
    assert opted_out(learner) == [], "link scanners fetch pages: a GET changes nothing"
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


def test_one_click_from_the_mail_program_needs_no_cookie_or_csrf_token(learner):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    kinds = [ReminderKind.INACTIVITY, ReminderKind.DEADLINE]
    response = client.post(unsubscribe_path(learner, kinds), data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not response.cookies
    assert opted_out(learner) == [
        (ReminderKind.DEADLINE, ReminderOptOut.Source.ONE_CLICK),
        (ReminderKind.INACTIVITY, ReminderOptOut.Source.ONE_CLICK),
    ]
    again = client.post(unsubscribe_path(learner, kinds), data={"List-Unsubscribe": "One-Click"})
    assert again.status_code == 200 and len(opted_out(learner)) == 2


def test_the_confirmation_button_unsubscribes_and_offers_the_preferences(client, learner):
    response = client.post(unsubscribe_path(learner, [ReminderKind.CERTIFICATE_EXPIRY], "fr"))
    assert response.status_code == 200
    assert opted_out(learner) == [(ReminderKind.CERTIFICATE_EXPIRY, ReminderOptOut.Source.LINK)]
    assert "/fr/learn/reminders/preferences/" in response.content.decode()
    follow_up = client.get(unsubscribe_path(learner, [ReminderKind.CERTIFICATE_EXPIRY]))
    assert "already turned off" in follow_up.content.decode()


@pytest.mark.parametrize(
    "token",
    [
        "not-a-token",
        "x" * 1000,
        signing.dumps({"u": 1, "k": ["inactivity"]}, salt="another.purpose"),
        signing.dumps({"u": 1, "k": ["everything"]}, salt=tokens.UNSUBSCRIBE_SALT),
        signing.dumps({"u": 1, "k": []}, salt=tokens.UNSUBSCRIBE_SALT),
        signing.dumps({"u": "1", "k": ["inactivity"]}, salt=tokens.UNSUBSCRIBE_SALT),
        signing.dumps({"u": True, "k": ["inactivity"]}, salt=tokens.UNSUBSCRIBE_SALT),
        signing.dumps(["inactivity"], salt=tokens.UNSUBSCRIBE_SALT),
    ],
    # Signed tokens carry a timestamp; fixed ids keep collection identical on every worker.
    ids=[
        "garbage",
        "oversized",
        "other-purpose",
        "unknown-kind",
        "no-kinds",
        "string-user",
        "boolean-user",
        "not-a-dict",
    ],
)
def test_a_broken_or_forged_link_changes_nothing(client, learner, token):
    for method in (client.get, client.post):
        response = method(reverse("courses:reminders:unsubscribe", args=[token]))
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    assert ReminderOptOut.objects.count() == 0


def test_a_link_altered_to_another_account_is_refused(client, learner, organisation):
    from .conftest import make_user

    other = make_user("other@example.org", organisation=organisation)
    token = tokens.make_unsubscribe_token(user=learner, kinds=[ReminderKind.INACTIVITY])
    value, signature = token.rsplit(":", 1)
    forged = tokens.make_unsubscribe_token(user=other, kinds=[ReminderKind.INACTIVITY])
    mixed = forged.rsplit(":", 1)[0] + ":" + signature
    response = client.post(reverse("courses:reminders:unsubscribe", args=[mixed]))
    assert response.status_code == 400
    assert ReminderOptOut.objects.count() == 0


def test_the_link_of_a_deleted_account_answers_calmly(client, learner):
    path = unsubscribe_path(learner, [ReminderKind.INACTIVITY])
    learner.delete()
    response = client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert ReminderOptOut.objects.count() == 0


def test_preferences_need_signing_in(client):
    response = client.get(reverse("courses:reminders:preferences"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_learner_chooses_which_emails_to_receive(client, learner):
    client.force_login(learner)
    url = reverse("courses:reminders:preferences")
    page = client.get(url).content.decode()
    assert "Cohort deadlines" in page and "Weekly cohort digest" not in page
    response = client.post(url, {ReminderKind.DEADLINE: "on"})
    assert response.status_code == 302
    assert sorted(k for k, _s in opted_out(learner)) == [
        ReminderKind.CERTIFICATE_EXPIRY,
        ReminderKind.INACTIVITY,
    ]
    client.post(
        url,
        {
            ReminderKind.DEADLINE: "on",
            ReminderKind.INACTIVITY: "on",
            ReminderKind.CERTIFICATE_EXPIRY: "on",
        },
    )
    assert opted_out(learner) == []
    assert "saved" in client.get(url).content.decode()


def test_coordinators_can_turn_their_digest_off(client, coordinator):
    client.force_login(coordinator)
    url = reverse("courses:reminders:preferences")
    assert "Weekly cohort digest" in client.get(url).content.decode()
    client.post(url, {ReminderKind.INACTIVITY: "on"})
    assert ReminderKind.COORDINATOR_DIGEST in {k for k, _s in opted_out(coordinator)}


def test_hostile_preference_posts_change_only_what_is_offered(client, learner):
    client.force_login(learner)
    url = reverse("courses:reminders:preferences")
    response = client.post(
        url,
        {
            ReminderKind.DEADLINE: "on",
            ReminderKind.INACTIVITY: "x" * 10_000,
            ReminderKind.CERTIFICATE_EXPIRY: ["on", "off"],
            ReminderKind.CONTENT_REVIEW: "on",
            "unknown": "1",
        },
    )
    assert response.status_code == 302
    assert opted_out(learner) == []
    assert not ReminderOptOut.objects.filter(kind=ReminderKind.CONTENT_REVIEW).exists()


def test_the_preferences_link_from_an_email_works_without_signing_in(learner):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    path = tokens.preferences_url(user=learner, language="en").removeprefix(
        "https://learn.example.org"
    )
    page = client.get(path)
    assert page.status_code == 200 and not page.cookies
    assert "csrfmiddlewaretoken" not in page.content.decode()
    response = client.post(path, {ReminderKind.CERTIFICATE_EXPIRY: "on"})
    assert response.status_code == 200 and "saved" in response.content.decode()
    assert sorted(k for k, _s in opted_out(learner)) == [
        ReminderKind.DEADLINE,
        ReminderKind.INACTIVITY,
    ]
    bad = client.get(reverse("courses:reminders:preferences_link", args=["forged"]))
    assert bad.status_code == 400


def test_the_unsubscribe_page_reads_a_fixed_number_of_queries(
    client, learner, django_assert_max_num_queries
):
    path = unsubscribe_path(learner, list(ReminderKind.values))
    with django_assert_max_num_queries(4):
        assert client.get(path).status_code == 200
