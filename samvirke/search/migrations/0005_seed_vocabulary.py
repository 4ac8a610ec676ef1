"""Seed the newcomer vocabulary from samvirke/search/vocabulary/ (decision 0036), so every site has it."""

from django.db import migrations


def forward(apps, schema_editor):
    from samvirke.search.vocabulary import seed

    seed(apps.get_model("search", "VocabularyEntry"))


class Migration(migrations.Migration):
    dependencies = [("search", "0004_embeddings_vocabulary")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
