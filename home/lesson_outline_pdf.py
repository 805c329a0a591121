"""Lesson outlines as PDF documents, in any shipped language including right-to-left ones.

fpdf2 draws the text with the Noto fonts in home/fonts and shapes Arabic through HarfBuzz
(uharfbuzz), so joined letters and right-to-left order come out right without system fonts.
The output is byte-for-byte the same for the same input, so loading the demo twice does not
create a second document.
"""

import logging
from datetime import UTC, datetime
from pathlib import Path

from django.utils.translation import get_language_info
from fpdf import FPDF
from fpdf.enums import XPos, YPos

# fontTools reports every subset glyph at INFO; keep the logs readable.
logging.getLogger("fontTools").setLevel(logging.WARNING)

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONTS = {
    "latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
}
# A fixed creation date keeps the bytes identical from one run to the next.
CREATION_DATE = datetime(2026, 1, 1, tzinfo=UTC)
MAX_PARAGRAPHS = 200
MAX_PARAGRAPH_LENGTH = 5000


class _OutlinePDF(FPDF):
    footer_text = ""
    right_to_left = False

    def footer(self):
        self.set_y(-15)
        self.set_font(self.body_family, size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 8, f"{self.footer_text} · {self.page_no()}", align="C")


def render_lesson_outline(
    *, title: str, paragraphs: list[str], language_code: str, footer: str = ""
) -> bytes:
    """A4 PDF with the title and one block per paragraph; raises ValueError on bad input."""
    if not title or not title.strip():
        raise ValueError("A lesson outline needs a title.")
    if len(paragraphs) > MAX_PARAGRAPHS or any(len(p) > MAX_PARAGRAPH_LENGTH for p in paragraphs):
        raise ValueError("The lesson outline is too long.")
    try:
        right_to_left = bool(get_language_info(language_code)["bidi"])
    except KeyError:
        right_to_left = False
    pdf = _OutlinePDF(format="A4")
    pdf.set_creation_date(CREATION_DATE)
    pdf.set_title(title)
    pdf.set_lang(language_code)
    pdf.set_creator("Protect children online")
    for family, (regular, bold) in FONTS.items():
        pdf.add_font(family, "", str(FONT_DIR / regular))
        pdf.add_font(family, "B", str(FONT_DIR / bold))
    main = "arabic" if right_to_left else "latin"
    pdf.body_family = main
    pdf.set_fallback_fonts(["latin", "arabic"] if right_to_left else ["arabic"], exact_match=False)
    pdf.set_text_shaping(use_shaping_engine=True, direction="rtl" if right_to_left else "ltr")
    pdf.footer_text = footer
    pdf.right_to_left = right_to_left
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    align = "R" if right_to_left else "L"

    pdf.set_font(main, "B", 17)
    pdf.set_text_color(31, 78, 140)
    pdf.multi_cell(0, 9, title.strip(), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_text_color(29, 35, 48)
    for paragraph in paragraphs:
        text = " ".join((paragraph or "").split())
        if not text:
            continue
        pdf.set_font(main, "", 11)
        pdf.multi_cell(0, 6, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
    return bytes(pdf.output())
