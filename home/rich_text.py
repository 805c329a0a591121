"""Rich text whose links cost a fixed number of queries, however many paragraphs a page has.

Wagtail expands the page and document links of each rich text value on its own, and looks up
the active locale once per page link. Here every rich text value of one block type in a page's
stream is expanded in one pass; home.rich_text_links localises page links with one query.
"""

from django.template.loader import render_to_string
from wagtail.rich_text import RichText, expand_db_html

# Cannot occur in HTML saved by the rich text editor; separates values expanded together.
_SEPARATOR = "\x1e"


def expand_many(sources: list[str]) -> list[str]:
    """Expand several rich text values at once; same result as expand_db_html on each."""
    if not sources:
        return []
    cleaned = [(source or "").replace(_SEPARATOR, "") for source in sources]
    expanded = expand_db_html(_SEPARATOR.join(cleaned)).split(_SEPARATOR)
    if len(expanded) != len(cleaned):  # a value swallowed a separator: expand one by one
        return [expand_db_html(source) for source in cleaned]
    return expanded


class _ExpansionBatch:
    """The rich text values of one block type in one stream, expanded together on first use."""

    def __init__(self, sources: list[str]):
        self.sources = sources
        self._html: list[str] | None = None

    def html(self, index: int) -> str:
        if self._html is None:
            self._html = expand_many(self.sources)
        return self._html[index]


class BatchedRichText(RichText):
    def __init__(self, source, *, batch: _ExpansionBatch, index: int):
        super().__init__(source)
        self._batch = batch
        self._index = index

    def __html__(self):
        return render_to_string(
            "wagtailcore/shared/richtext.html", {"html": self._batch.html(self._index)}
        )


def batched_rich_texts(sources: list[str]) -> list[RichText]:
    batch = _ExpansionBatch([source or "" for source in sources])
    return [
        BatchedRichText(source, batch=batch, index=index)
        for index, source in enumerate(batch.sources)
    ]
