"""Reading a dashboard page the way a person does: each panel's table, figure and cards, and
the CSV export of a panel."""

import csv
import io
import json
import re
from html import unescape
from html.parser import HTMLParser


class _PanelParser(HTMLParser):
    """Collects, per panel section, the table cells (as text) and the card figures."""

    def __init__(self):
        super().__init__()
        self.panels: dict[str, dict] = {}
        self._panel = None
        self._depth = 0
        self._cell = None
        self._row = None
        self._card = None
        self._field = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "dashboard-panel" in (attrs.get("class") or ""):
            self._panel = attrs["id"].removeprefix("panel-")
            self.panels[self._panel] = {"rows": [], "cards": [], "notes": [], "html": ""}
            self._depth = 0
        if self._panel is None:
            return
        if tag == "section":
            self._depth += 1
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "div" and (attrs.get("class") or "") == "dashboard-card":
            self._card = {}
        elif self._card is not None and tag in ("dt", "dd"):
            kind = attrs.get("class") or tag
            self._field = ("label" if tag == "dt" else kind.replace("dashboard-card__", ""), [])
        elif tag == "p" and "dashboard-panel__note" in (attrs.get("class") or ""):
            self._field = ("note", [])

    def handle_endtag(self, tag):
        if self._panel is None:
            return
        if tag in ("td", "th") and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.panels[self._panel]["rows"].append(self._row)
            self._row = None
        elif tag in ("dt", "dd") and self._field is not None and self._card is not None:
            name, parts = self._field
            self._card[name] = " ".join("".join(parts).split())
            self._field = None
        elif tag == "p" and self._field is not None and self._field[0] == "note":
            self.panels[self._panel]["notes"].append(" ".join("".join(self._field[1]).split()))
            self._field = None
        elif tag == "div" and self._card is not None and self._field is None:
            self.panels[self._panel]["cards"].append(self._card)
            self._card = None
        elif tag == "section":
            self._depth -= 1
            if self._depth <= 0:
                self._panel = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._field is not None:
            self._field[1].append(data)


def panels(response) -> dict[str, dict]:
    parser = _PanelParser()
    parser.feed(response.content.decode())
    return parser.panels


def table(response, panel: str) -> list[list[str]]:
    """The panel's table, header row first, as the page shows it."""
    return panels(response)[panel]["rows"]


def cards(response, panel: str = "headlines") -> dict[str, str]:
    """{label: figure} of a panel of headline figures."""
    return {card["label"]: card.get("value", "") for card in panels(response)[panel]["cards"]}


def figure(response, panel: str) -> dict:
    match = re.search(
        rf'<script id="panel-{re.escape(panel)}-figure" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no figure for {panel}"
    return json.loads(unescape(match.group(1)))


def csv_rows(response) -> list[list[str]]:
    text = b"".join(getattr(response, "streaming_content", [response.content])).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def number(text: str) -> int:
    return int(text.replace(",", "").replace("\u202f", "").replace(" ", ""))
