from django import template

register = template.Library()


@register.simple_tag
def option_checked(chosen, question_key, option_key) -> bool:
    """Whether the learner had ticked this answer when the form comes back with an error."""
    return bool(chosen) and option_key in chosen.get(question_key, ())


@register.simple_tag
def lesson_image_size(image, width: int) -> dict:
    """Width and height of a lesson image drawn at most `width` wide (no rendition needed)."""
    if not image or not image.width:
        return {"width": width, "height": None}
    drawn = min(width, image.width)
    return {"width": drawn, "height": round(image.height * drawn / image.width)}
