"""What each reminder email says, built in the recipient's language.

A learner's email lists every reminder due for them that day (deadlines first, then
certificates, then courses to continue); coordinators get their cohorts' progress, who is
behind and certificates lapsing soon; editors get the guides past their review date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import translation

from campaign_site.accounts.emails import language_for
from campaign_site.accounts.selectors import coordinated_organisations

from .. import selectors as course_selectors
from ..models import Certificate, Cohort
from ..models.reminders import ReminderKind, ReminderStream
from . import tokens
from .planning import DIGEST_EXPIRY_DAYS, RECENT_COHORT_DAYS, renewed_certificates
from .scheduling import zone

TEMPLATES = {
    ReminderStream.LEARNER: "courses/emails/reminders_learner",
    ReminderStream.COORDINATOR: "courses/emails/reminders_coordinator_digest",
    ReminderStream.EDITOR: "courses/emails/reminders_content_review",
}
KIND_ORDER = [
    ReminderKind.DEADLINE,
    ReminderKind.CERTIFICATE_EXPIRY,
    ReminderKind.INACTIVITY,
    ReminderKind.COORDINATOR_DIGEST,
    ReminderKind.CONTENT_REVIEW,
]
DIGEST_MAX_COHORTS = 20
DIGEST_MAX_NAMES = 10
DIGEST_MAX_CERTIFICATES = 20


@dataclass
class PreparedEmail:
    template: str
    context: dict
    language: str
    kinds: list[str] = field(default_factory=list)
    unsubscribe_url: str = ""


def absolute(path_or_url: str) -> str:
    if path_or_url.startswith(("http://", "https://")):
        return path_or_url
    return settings.SITE_URL + path_or_url


def course_url(course_key, *, language: str, pages: dict) -> str:
    page = pages.get(course_key)
    if page is None:
        page = course_selectors.course_in_language(course_key=course_key, language=language)
        pages[course_key] = page
    if page is not None and (url := page.get_url()):
        return absolute(url)
    return absolute(reverse("courses:dashboard"))


def prepare_email(
    *, message, recipient, items, now: datetime, local_date: date, time_zone: str
) -> PreparedEmail | None:
    """The template and context of the email, or None when there is nothing to say."""
    language = language_for(recipient)
    with translation.override(language):
        if message.stream == ReminderStream.LEARNER:
            context = learner_context(
                items=items, language=language, local_date=local_date, time_zone=time_zone
            )
        elif message.stream == ReminderStream.COORDINATOR:
            context = coordinator_digest_context(user=recipient, now=now, local_date=local_date)
        else:
            context = content_review_context(user=recipient, local_date=local_date)
        if context is None:
            return None
        kinds = sorted({item.kind for item in items}, key=KIND_ORDER.index)
        context["unsubscribe_links"] = [
            {
                "label": ReminderKind(kind).label,
                "url": tokens.unsubscribe_url(user=recipient, kinds=[kind], language=language),
            }
            for kind in kinds
        ]
        context["preferences_url"] = tokens.preferences_url(user=recipient, language=language)
        context["local_date"] = local_date
        return PreparedEmail(
            template=TEMPLATES[message.stream],
            context=context,
            language=language,
            kinds=kinds,
            unsubscribe_url=tokens.unsubscribe_url(user=recipient, kinds=kinds, language=language),
        )


# ---------------------------------------------------------------------------------------
# Learners


def learner_context(*, items, language: str, local_date: date, time_zone: str) -> dict | None:
    keys = set()
    for item in items:
        if item.enrolment is not None:
            keys.add(item.enrolment.course_key)
        elif item.certificate is not None:
            keys.add(item.certificate.course_key)
    titles = course_selectors.course_titles(keys, language=language) if keys else {}
    refreshers_open = _open_refreshers(items)
    pages: dict = {}
    sections = []
    for item in sorted(items, key=lambda i: (KIND_ORDER.index(i.kind), i.pk or 0)):
        if item.kind == ReminderKind.INACTIVITY:
            enrolment = item.enrolment
            sections.append(
                {
                    "kind": item.kind,
                    "course_title": titles.get(enrolment.course_key, ""),
                    "progress": enrolment.progress_percent,
                    "days_inactive": (local_date - _local_day(item.reference_at, time_zone)).days,
                    "is_refresher": enrolment.round > 1,
                    "url": course_url(enrolment.course_key, language=language, pages=pages),
                }
            )
        elif item.kind == ReminderKind.DEADLINE:
            enrolment, cohort = item.enrolment, item.cohort
            sections.append(
                {
                    "kind": item.kind,
                    "course_title": titles.get(enrolment.course_key, ""),
                    "cohort": cohort.name,
                    "organisation": cohort.organisation.name,
                    "deadline": cohort.deadline,
                    "days_left": (cohort.deadline - local_date).days,
                    "progress": enrolment.progress_percent,
                    "url": course_url(enrolment.course_key, language=language, pages=pages),
                }
            )
        elif item.kind == ReminderKind.CERTIFICATE_EXPIRY:
            certificate = item.certificate
            expires_on = _local_day(certificate.expires_at, time_zone)
            sections.append(
                {
                    "kind": item.kind,
                    "course_title": titles.get(certificate.course_key) or certificate.course_title,
                    "number": certificate.number,
                    "expires_on": expires_on,
                    "days_left": (expires_on - local_date).days,
                    "refresher_open": certificate.course_key in refreshers_open,
                    "url": course_url(certificate.course_key, language=language, pages=pages),
                }
            )
    if not sections:
        return None
    return {
        "sections": sections,
        "dashboard_url": absolute(reverse("courses:dashboard")),
    }


def _local_day(moment: datetime, time_zone: str) -> date:
    return moment.astimezone(zone(time_zone)).date()


def _open_refreshers(items) -> set:
    """Courses whose refresher the learner has already started (for certificate notices)."""
    from ..models import Enrolment

    certificates = [item.certificate for item in items if item.certificate is not None]
    if not certificates:
        return set()
    return set(
        Enrolment.objects.filter(
            user_id=certificates[0].user_id,
            course_key__in={c.course_key for c in certificates},
            completed_at__isnull=True,
            withdrawn_at__isnull=True,
            round__gt=1,
        ).values_list("course_key", flat=True)
    )


# ---------------------------------------------------------------------------------------
# Coordinators


def coordinator_digest_context(*, user, now: datetime, local_date: date) -> dict | None:
    organisations = list(coordinated_organisations(user))
    if not organisations:
        return None
    time_zone = getattr(getattr(user, "profile", None), "time_zone", "") or "UTC"
    cohorts = list(
        Cohort.objects.filter(organisation__in=organisations)
        .filter(
            Q(closed_at__isnull=True)
            | Q(deadline__gte=local_date - timedelta(days=RECENT_COHORT_DAYS))
        )
        .select_related("organisation")
        .order_by("deadline", "name")[: DIGEST_MAX_COHORTS + 1]
    )
    more_cohorts = len(cohorts) > DIGEST_MAX_COHORTS
    cohorts = cohorts[:DIGEST_MAX_COHORTS]
    statuses = course_selectors.CohortLearnerStatus
    cohort_rows = []
    for cohort in cohorts:
        report = course_selectors.cohort_report(cohort=cohort, today=local_date)
        behind = [
            {
                "name": row.cells["name"],
                "status": statuses.LABELS[row.status],
                "progress": row.progress,
                "last_activity": _iso_date(row.cells["last_activity"]),
            }
            for row in report.rows
            if row.status in (statuses.OVERDUE, statuses.NOT_STARTED)
            or (row.status == statuses.IN_PROGRESS and _inactive(row, local_date))
        ]
        cohort_rows.append(
            {
                "name": cohort.name,
                "organisation": cohort.organisation.name,
                "course_title": report.course_title,
                "deadline": cohort.deadline,
                "days_left": (cohort.deadline - local_date).days,
                "summary": report.summary,
                "behind": behind[:DIGEST_MAX_NAMES],
                "behind_more": max(len(behind) - DIGEST_MAX_NAMES, 0),
                "behind_total": len(behind),
                "url": absolute(reverse("courses:cohort_report", args=[cohort.pk])),
            }
        )
    expiring = (
        Certificate.objects.filter(
            user__profile__organisation__in=organisations,
            user__is_active=True,
            revoked_at__isnull=True,
            expires_at__gt=now,
            expires_at__lte=now + timedelta(days=DIGEST_EXPIRY_DAYS),
        )
        .exclude(renewed_certificates())
        .select_related("user")
        .order_by("expires_at", "pk")
    )
    certificates = [
        {
            "name": certificate.user.get_full_name() or certificate.user.email,
            "course_title": certificate.course_title,
            "expires_on": _local_day(certificate.expires_at, time_zone),
        }
        for certificate in expiring[:DIGEST_MAX_CERTIFICATES]
    ]
    certificates_total = len(certificates)
    if certificates_total == DIGEST_MAX_CERTIFICATES:
        certificates_total = expiring.count()
    if not cohort_rows and not certificates:
        return None
    return {
        "cohorts": cohort_rows,
        "more_cohorts": more_cohorts,
        "certificates": certificates,
        "certificates_more": max(certificates_total - len(certificates), 0),
        "cohorts_url": absolute(reverse("courses:cohorts")),
    }


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        return None


def _inactive(row, local_date: date) -> bool:
    last = _iso_date(row.cells.get("last_activity") or "")
    if last is None:
        return True
    return (local_date - last).days >= int(settings.REMINDER_INACTIVITY_DAYS)


# ---------------------------------------------------------------------------------------
# Editors


def content_review_context(*, user, local_date: date) -> dict | None:
    from home.selectors import guides_due_for_review

    guides = [
        guide
        for guide in guides_due_for_review(local_date)
        if guide.editor_responsible is not None and guide.editor_responsible.pk == user.pk
    ]
    if not guides:
        return None
    return {
        "guides": [
            {
                "title": guide.title,
                "language": guide.locale.get_display_name(),
                "review_due": guide.review_due,
                "days_overdue": (local_date - guide.review_due).days,
                "edit_url": absolute(reverse("wagtailadmin_pages:edit", args=[guide.pk])),
            }
            for guide in guides
        ],
        "report_url": absolute(reverse("home_guides_due_for_review")),
    }
