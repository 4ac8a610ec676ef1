# Edition PDFs move out of public media into private storage (decision 0055).

from django.db import migrations, models

import samvirke.core.private_files
import samvirke.editorial.models


def move_pdfs(apps, schema_editor):
    Edition = apps.get_model("editorial", "Edition")
    names = list(Edition.objects.exclude(pdf="").values_list("pdf", flat=True))
    samvirke.core.private_files.move_from_public_media(names=names)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="edition",
            name="pdf",
            field=models.FileField(
                blank=True,
                max_length=300,
                storage=samvirke.core.private_files.private_storage,
                upload_to=samvirke.editorial.models.edition_pdf_path,
                verbose_name="PDF",
            ),
        ),
        migrations.RunPython(move_pdfs, migrations.RunPython.noop, elidable=True),
    ]
