"""Spreadsheet import and export of a municipality's handbook."""

import base64

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from samvirke.accounts.permissions import is_editor_for
from samvirke.core.selectors import get_municipality_or_404
from samvirke.interop import handbook_csv

MAX_UPLOAD = 2 * 1024 * 1024
SIGNER_SALT = "samvirke.interop.csv-import"


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Spreadsheet (CSV or XLSX)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(gettext_lazy("The file is larger than 2 MB."))
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(gettext_lazy("Upload a .csv or .xlsx file."))
        return upload


@login_required
def csv_import(request, municipality: str):
    """Editors upload a spreadsheet, see every row's problems, and import all or nothing."""
    place = get_municipality_or_404(slug=municipality)
    if not is_editor_for(request.user, place):
        raise Http404("No such page")
    context = {"municipality": place, "form": UploadForm()}
    if request.method == "POST" and "payload" in request.POST:
        try:
            data = signing.loads(request.POST["payload"], salt=SIGNER_SALT, max_age=3600)
        except signing.BadSignature:
            messages.error(request, _("The preview expired; upload the file again."))
            return redirect(request.path)
        try:
            parsed = handbook_csv.parse(
                table=handbook_csv.read_table(
                    content=base64.b64decode(data["content"]), filename=data["name"]
                )
            )
            result = handbook_csv.write(parsed=parsed, municipality=place)
        except (handbook_csv.TableError, ValidationError) as error:
            # The preview checks everything the import does; this is a guard, and nothing was written.
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            return redirect(request.path)
        else:
            messages.success(
                request,
                _("Imported %(created)s new and %(updated)s updated activities.")
                % {"created": result.created, "updated": result.updated},
            )
            return redirect("initiatives:list", municipality=place.slug)
    elif request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            upload = form.cleaned_data["file"]
            content = upload.read()
            try:
                parsed = handbook_csv.parse(
                    table=handbook_csv.read_table(content=content, filename=upload.name)
                )
            except handbook_csv.TableError as error:
                form.add_error("file", str(error))
            else:
                context["parsed"] = parsed
                if parsed.ok:
                    context["payload"] = signing.dumps(
                        {"name": upload.name, "content": base64.b64encode(content).decode()}, salt=SIGNER_SALT
                    )
    return render(request, "interop/csv_import.html", context)


@login_required
def csv_export(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    if not is_editor_for(request.user, place):
        raise Http404("No such page")
    response = HttpResponse(
        handbook_csv.export_csv(municipality=place), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{place.slug}-handbook.csv"'
    return response
