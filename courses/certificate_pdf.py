"""The certificate PDF: fpdf2 with HarfBuzz text shaping (Arabic), segno for the QR code.

Fonts ship in courses/fonts/ (see the README there), so every machine draws the same
certificate whatever system fonts it has.
"""

from __future__ import annotations

import io
import logging
import unicodedata
from functools import cache
from pathlib import Path

import segno
from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONTS = {
    "latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    # Droid Sans Fallback has no bold weight; headings use the regular one.
    "cjk": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
}
PRIMARY_FONT = {"ar": "arabic", "zh-hans": "cjk"}
# fontTools reports every subsetting step at INFO: far too loud for a web worker's log.
logging.getLogger("fontTools").setLevel(logging.WARNING)


def font_families_for(text: str) -> set[str]:
    """Which of the shipped fonts the text needs (loading the CJK font costs a second)."""
    families = {"latin"}
    for char in text:
        if "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff":
            families.add("arabic")
        elif unicodedata.east_asian_width(char) in {"W", "F"}:
            families.add("cjk")
    return families


def certificate_storage():
    """Private storage for rendered PDFs: never under MEDIA_ROOT, served only by the checked
    download view. Set STORAGES["certificates"] to use another backend (e.g. S3, private)."""
    if "certificates" in settings.STORAGES:
        return storages["certificates"]
    return _default_storage()


@cache
def _default_storage():
    base = Path(getattr(settings, "VAR_DIR", settings.BASE_DIR / "var"))
    return FileSystemStorage(location=base / "private" / "certificates")


def verification_url(certificate, language: str) -> str:
    with translation.override(language):
        return settings.SITE_URL + reverse("courses:verify", args=[certificate.number])


def _qr_png(url: str) -> io.BytesIO:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2)
    buffer.seek(0)
    return buffer


class CertificateDocument(FPDF):
    def __init__(self, language: str, *, families: set[str]):
        super().__init__(orientation="landscape", unit="mm", format="A4")
        self.language = language
        self.set_auto_page_break(False)
        self.set_margins(20, 20, 20)
        self.primary = PRIMARY_FONT.get(language, "latin")
        families = {*families, self.primary, "latin"}
        for family in ("latin", "arabic", "cjk"):
            if family in families:
                regular, bold = FONTS[family]
                self.add_font(family, "", str(FONT_DIR / regular))
                self.add_font(family, "B", str(FONT_DIR / bold))
        fallbacks = [
            family
            for family in ("latin", "arabic", "cjk")
            if family in families and family != self.primary
        ]
        if fallbacks:
            self.set_fallback_fonts(fallbacks, exact_match=False)
        self.set_text_shaping(True)
        self.set_title(_("Certificate of completion"))
        self.set_creator(settings.WAGTAIL_SITE_NAME)
        self.set_lang(language)

    def centred(
        self, text: str, *, size: float, bold: bool = False, colour=(29, 35, 48), gap: float = 2
    ):
        style = "B" if bold and self.primary != "cjk" else ""
        self.set_font(self.primary, style, size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


def render_certificate_pdf(certificate) -> bytes:
    """Draw the certificate in its language: holder, course, dates, number, QR code."""
    language = certificate.language or settings.LANGUAGE_CODE
    with translation.override(language):
        holder = certificate.holder_name or _("Name withheld (account deleted)")
        pdf = CertificateDocument(
            language, families=font_families_for(holder + certificate.course_title)
        )
        pdf.add_page()
        width, height = pdf.w, pdf.h
        # Frame
        pdf.set_draw_color(31, 78, 140)
        pdf.set_line_width(1.6)
        pdf.rect(8, 8, width - 16, height - 16)
        pdf.set_line_width(0.4)
        pdf.rect(12, 12, width - 24, height - 24)

        pdf.set_y(24)
        pdf.centred(_("Protect children online"), size=12, colour=(74, 81, 96), gap=6)
        pdf.centred(_("Certificate of completion"), size=30, bold=True, colour=(31, 78, 140), gap=8)
        pdf.centred(_("This certifies that"), size=13, colour=(74, 81, 96))
        pdf.centred(holder, size=24, bold=True, gap=4)
        pdf.centred(_("has completed the course"), size=13, colour=(74, 81, 96))
        pdf.centred(certificate.course_title, size=19, bold=True, gap=8)

        issued = formats.date_format(
            timezone.localtime(certificate.issued_at).date(), "DATE_FORMAT"
        )
        expires = formats.date_format(
            timezone.localtime(certificate.expires_at).date(), "DATE_FORMAT"
        )
        pdf.centred(_("Issued on %(date)s") % {"date": issued}, size=12)
        pdf.centred(_("Valid until %(date)s") % {"date": expires}, size=12, gap=4)
        pdf.centred(
            _("Certificate number: %(number)s") % {"number": certificate.number},
            size=12,
            bold=True,
            gap=2,
        )

        url = verification_url(certificate, language)
        qr_size = 34
        pdf.image(
            _qr_png(url),
            x=(width - qr_size) / 2,
            y=height - 24 - qr_size - 14,
            w=qr_size,
            h=qr_size,
        )
        pdf.set_y(height - 24 - 12)
        pdf.centred(_("Check this certificate at:"), size=10, colour=(74, 81, 96), gap=0)
        pdf.set_font("latin", "", 10)
        pdf.set_text_color(31, 78, 140)
        pdf.cell(0, 5, url, align="C", link=url, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())
