"""Signals the courses app sends; certificates, reminders and the reach ledger listen.

Every one is sent from inside the service that made the change, after the change is saved,
with keyword arguments only.
"""

from django.dispatch import Signal

# enrolment: courses.Enrolment just created (a learner joined a course).
enrolment_created = Signal()

# user, enrolment, kind ("lesson" | "module" | "course"), page: the completed page (specific).
# Sent once per completion: completing the same thing twice sends nothing.
completion_recorded = Signal()

# certificate: courses.Certificate just issued.
certificate_issued = Signal()
