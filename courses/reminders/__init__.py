"""Reminders and digests, sent by Celery: never twice, never after completion.

- `planning`: finds what is due where it is now the local morning hour and records it.
- `sending`: claims one email, checks each reminder is still due, renders and sends it,
  retries temporary mail-server failures and records permanent ones.
- `content`: what each email says, in the recipient's language.
- `preferences` and `tokens`: opting out per kind, signed one-click unsubscribe links.
- `selectors`: the figures the dashboards read (reminders sent, learners who came back).
- `tasks`: thin Celery tasks on the `reminders` queue.
"""
