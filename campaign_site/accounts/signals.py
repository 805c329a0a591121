"""Signals the accounts app sends; courses, certificates and reminders listen.

Sent from inside the service that made the change, with keyword arguments only.
"""

from django.dispatch import Signal

# user: the account about to be deleted, sent inside the deletion's transaction before any
# row is removed. Receivers anonymise what must outlive the account (progress counts,
# certificates kept verifiable as anonymised records) and may raise to abort the deletion.
account_deleting = Signal()

# user, decision (accounts.VerificationDecision): sent after a learner is verified or
# rejected and the decision is saved. decision.verifies tells which.
verification_decided = Signal()
