# Evaluation reports' PDFs move out of public media into private storage (decision 0055).

from django.db import migrations, models

import samvirke.core.private_files
import samvirke.policy.models.evaluation


def move_documents(apps, schema_editor):
    ReportDocument = apps.get_model("policy", "ReportDocument")
    names = list(ReportDocument.objects.exclude(file="").values_list("file", flat=True))
    samvirke.core.private_files.move_from_public_media(names=names)


class Migration(migrations.Migration):
    dependencies = [
        ("policy", "0002_programmes_evaluation_comparison"),
    ]

    operations = [
        migrations.AlterField(
            model_name="reportdocument",
            name="file",
            field=models.FileField(
                blank=True,
                storage=samvirke.core.private_files.private_storage,
                upload_to=samvirke.policy.models.evaluation._document_path,
                verbose_name="file",
            ),
        ),
        migrations.RunPython(move_documents, migrations.RunPython.noop, elidable=True),
    ]
