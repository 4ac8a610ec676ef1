from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from samvirke.interop.models import ApiToken


class Command(BaseCommand):
    help = "Issue an API token for a user (shown once). Writes through the API get that user's permissions."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="API", help="What the token is for.")

    def handle(self, *args, username: str, name: str, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user “{username}”.")
        _token, secret = ApiToken.issue(user=user, name=name)
        self.stdout.write(secret)
