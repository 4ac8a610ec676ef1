"""Remind organisations that have not answered an evaluation questionnaire (run daily from cron)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from samvirke.policy.emails import send_questionnaire_emails
from samvirke.policy.selectors.evaluation import list_invitations_due_for_reminder


class Command(BaseCommand):
    help = (
        "E-mail a reminder to every invited organisation that has not answered, a week after the "
        "invitation or the last reminder (at most three reminders, while the link is valid)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List who would be reminded; send nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        due = list(list_invitations_due_for_reminder().select_related("organisation", "report"))
        if dry_run:
            for invitation in due:
                self.stdout.write(f"{invitation.report} – {invitation.organisation} <{invitation.email}>")
            self.stdout.write(f"{len(due)} would be reminded.")
            return
        sent = 0
        progress = tqdm(due, desc="reminders", unit="e-mail", disable=options["verbosity"] < 1 or not due)
        for invitation in progress:
            sent += send_questionnaire_emails(invitation_ids=[invitation.pk], kind="reminder")
        self.stdout.write(self.style.SUCCESS(f"Sent {sent} reminder(s)."))
