"""Publishing anything the public site shows makes the cached pages stale.

Connected in HomeConfig.ready(). The whole cache goes at once: a guide's title appears on
the home page, topic pages, audience pages and related guides, so tracking which cached page
shows what would cost more than it saves.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .models import SupportService
from .services import bump_published_content_version


def _content_changed(sender, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    bump_published_content_version()


def connect():
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(_content_changed, dispatch_uid=f"home-page-cache-{id(signal)}")
    for model in (
        SupportService,
        Site,
        Locale,
        PageViewRestriction,
        get_image_model(),
        get_document_model(),
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                _content_changed,
                sender=model,
                dispatch_uid=f"home-page-cache-{model._meta.label}-{id(signal)}",
            )
    post_delete.connect(_page_deleted, dispatch_uid="home-page-cache-page-deleted")


def _page_deleted(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        bump_published_content_version()
