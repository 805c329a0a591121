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
    for locale in Locale.objects.exclude(pk=source.pk):
        # Creating the setting may already synchronise (wagtail-localize enqueues it), so the
        # page index is built afresh for each locale rather than once up front.
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
        synchronize_tree(
            source, locale, page_index=PageIndex.from_database().sort_by_tree_position()
        )


def load(*, stdout):
    ensure_locale_synchronisation()
