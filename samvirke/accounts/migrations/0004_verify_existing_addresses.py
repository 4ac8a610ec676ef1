"""Users that existed before self sign-up were created by administrators: their addresses count as confirmed,
so they are not asked to verify them at their first sign-in through allauth (decision 0040)."""

from django.db import migrations


def verify_existing(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    known = set(EmailAddress.objects.values_list("user_id", flat=True))
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(user_id=user.pk, email=user.email.lower(), verified=True, primary=True)
            for user in User.objects.exclude(email__isnull=True).exclude(email="")
            if user.pk not in known
        ]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_joinrequest"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [migrations.RunPython(verify_existing, migrations.RunPython.noop)]
