"""Seed the vocabulary's new concepts (33 → 77, issue 16) on sites seeded before them.

seed() adds only the (language, key) pairs that are missing, so a translator's edits stay."""

from django.db import migrations


def forward(apps, schema_editor):
    from samvirke.search.vocabulary import seed

    seed(apps.get_model("search", "VocabularyEntry"))


class Migration(migrations.Migration):
    dependencies = [("search", "0007_search_variants")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
