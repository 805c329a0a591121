"""Writes for the awareness site."""

from django.db import transaction
from django.db.models import F

from .models import PublishedContentVersion
from .page_cache import forget_local_version, remember_version


def bump_published_content_version() -> int:
    """Make every cached copy of a public page stale; returns the new version."""
    with transaction.atomic():
        updated = PublishedContentVersion.objects.filter(pk=1).update(version=F("version") + 1)
        if not updated:
            PublishedContentVersion.objects.get_or_create(pk=1, defaults={"version": 1})
        version = PublishedContentVersion.objects.values_list("version", flat=True).get(pk=1)
    forget_local_version()
    transaction.on_commit(lambda: remember_version(version))
    return version
