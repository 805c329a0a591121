"""Demo: the demo staff member is the editor responsible for reviewing every demo guide.

Listed in DEMO_MODULES after the accounts demo, which creates that person, so the weekly
review notices and the "Guides due for review" report have someone to name.
"""

from django.contrib.auth import get_user_model

from .models import GuidePage


def load(*, stdout):
    from campaign_site.accounts.demo import DEMO_STAFF_EMAIL

    editor = get_user_model().objects.filter(email=DEMO_STAFF_EMAIL).first()
    if editor is None:
        return
    assigned = 0
    for guide in GuidePage.objects.filter(review_owner__isnull=True, alias_of__isnull=True):
        guide.review_owner = editor
        guide.save_revision().publish()  # aliases of the guide follow it
        assigned += 1
    if assigned:
        stdout.write(f"Awareness site: {editor.email} reviews {assigned} guides.")
