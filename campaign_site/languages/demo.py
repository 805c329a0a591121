"""Keep every locale's page tree in step with the source language.

Runs after the other demo loaders: each page not yet translated into a locale gets a
wagtail-localize alias there, so /fr/<page>/ exists and shows the English text with a
notice until a translator translates it.
"""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree


def ensure_locale_synchronisation() -> None:
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    targets = list(Locale.objects.exclude(pk=source.pk))
    configured = set(LocaleSynchronization.objects.values_list("locale_id", flat=True))
    # bulk_create sends no post_save, so wagtail-localize does not start one synchronisation
    # per locale (each rebuilding its page index); one index serves every target locale,
    # since syncing one locale never changes which pages another locale lacks.
    LocaleSynchronization.objects.bulk_create(
        [
            LocaleSynchronization(locale=locale, sync_from=source)
            for locale in targets
            if locale.pk not in configured
        ]
    )
    page_index = PageIndex.from_database().sort_by_tree_position()
    for locale in targets:
        synchronize_tree(source, locale, page_index=page_index)


def load(*, stdout):
    ensure_locale_synchronisation()
