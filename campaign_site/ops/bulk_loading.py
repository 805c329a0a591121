"""Load many pages at once without re-indexing each save, then index everything once.

Wagtail updates its search index and its reference index on every save; for the hundreds
of pages the demo content creates that per-save work costs minutes. Inside
`deferred_indexing()` both are skipped, and both indexes are rebuilt in bulk on exit.
"""

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def deferred_indexing(*, stdout=None):
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    quiet = {"verbosity": 0, "stdout": stdout} if stdout else {"verbosity": 0}
    call_command("rebuild_references_index", **quiet)
    call_command("update_index", **quiet)
