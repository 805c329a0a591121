import pytest

from home.lesson_outline_pdf import render_lesson_outline


def test_english_outline_is_a_pdf_and_identical_each_time():
    first = render_lesson_outline(
        title="Trusted adults", paragraphs=["Aim.", "Steps."], language_code="en"
    )
    again = render_lesson_outline(
        title="Trusted adults", paragraphs=["Aim.", "Steps."], language_code="en"
    )
    assert first.startswith(b"%PDF-") and first == again


def test_arabic_outline_is_shaped_with_the_arabic_font():
    pdf = render_lesson_outline(
        title="البالغون الموثوقون", paragraphs=["الهدف: الأسرار."], language_code="ar"
    )
    assert pdf.startswith(b"%PDF-") and b"NotoSansArabic" in pdf


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        ("", ["x"]),
        ("   ", ["x"]),
        ("t", ["x" * 6000]),
        ("t", ["x"] * 201),
    ],
)
def test_bad_input_is_refused(title, paragraphs):
    with pytest.raises(ValueError):
        render_lesson_outline(title=title, paragraphs=paragraphs, language_code="en")


def test_unknown_language_falls_back_to_left_to_right():
    assert render_lesson_outline(title="t", paragraphs=["p"], language_code="xx").startswith(
        b"%PDF-"
    )
