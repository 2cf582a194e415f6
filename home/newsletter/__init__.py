"""The newsletter: double opt-in sign-up (service), its mails (tasks) and pages (views)."""
