"""The editors' area: overview, the review queue, the freshness dashboard, publishing, settings."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samvirke.accounts.permissions import is_editor_for, owned_organisation_ids
from samvirke.core import spreadsheets
from samvirke.core.forms import add_service_errors
from samvirke.directory.models import ContactPerson, Organisation
from samvirke.editorial import forms
from samvirke.editorial.permissions import (
    can_change_editorial_settings,
    can_enter_editorial_area,
    can_publish_edition,
    can_review_proposals,
)
from samvirke.editorial.selectors.editions import get_latest_edition
from samvirke.editorial.selectors.freshness import get_freshness
from samvirke.editorial.selectors.proposals import (
    count_open_proposals,
    get_editorial_settings,
    get_proposal_diff,
    get_proposal_or_404,
    list_proposals,
    list_proposals_by,
)
from samvirke.editorial.services.editions import publish_edition
from samvirke.editorial.services.entries import EditConflict
from samvirke.editorial.services.proposals import accept_change_proposal, reject_change_proposal
from samvirke.editorial.services.settings import update_editorial_settings
from samvirke.editorial.views.common import municipality_for
from samvirke.initiatives.models import Initiative
from samvirke.insights.selectors import (
    label_link_checks,
    list_broken_links,
    list_daily_views,
    list_most_read,
    list_search_misses,
)
from samvirke.policy.models import Policy

# The freshness dashboard's signals (decision 0079): broken links listed, days of reading shown.
LINKS_SHOWN = 100
READ_DAYS = 30


@login_required
def area(request, municipality: str):
    """What the user can do here: editors get the queue and tools, owners their organisation's entries."""
    place = municipality_for(request, municipality, can_enter_editorial_area)

    editor = is_editor_for(request.user, place)
    context = {"municipality": place, "is_editor": editor}
    if editor:
        context.update(
            open_count=count_open_proposals(municipality=place),
            latest_edition=get_latest_edition(municipality=place),
            policies=Policy.objects.for_municipality(place).order_by("-period_start"),
        )
    owned = owned_organisation_ids(request.user)
    if owned:
        organisations = Organisation.objects.for_municipality(place).filter(pk__in=owned).order_by("name")
        context.update(
            organisations=organisations,
            initiatives=Initiative.objects.for_municipality(place)
            .filter(organisers__in=organisations)
            .distinct()
            .order_by("title"),
            contacts=ContactPerson.objects.for_municipality(place)
            .filter(organisation__in=organisations)
            .order_by("name"),
            my_proposals=list_proposals_by(user=request.user, municipality=place)[:20],
        )
    return render(request, "editorial/area.html", context)


@login_required
def proposal_queue(request, municipality: str):
    place = municipality_for(request, municipality, can_review_proposals)
    status = "decided" if request.GET.get("status") == "decided" else "open"
    page = Paginator(list_proposals(municipality=place, status=status), 25).get_page(request.GET.get("page"))
    return render(
        request, "editorial/proposal_queue.html", {"municipality": place, "page": page, "status": status}
    )


@login_required
def proposal_detail(request, municipality: str, pk: int):
    place = municipality_for(request, municipality, can_review_proposals)
    proposal = get_proposal_or_404(municipality=place, pk=pk)
    entry = proposal.entry  # a new entry's too, once accepted: the page links to it
    diff = get_proposal_diff(proposal)
    choices = [(row["name"], row["label"]) for row in diff]
    review_form = forms.ReviewForm(
        initial={
            "fields_to_accept": [name for name, _label in choices],
            "version": getattr(entry, "version", None),
        },
        choices=choices,
    )
    reject_form = forms.RejectForm()
    status = 200
    if request.method == "POST" and proposal.is_open:
        try:
            if request.POST.get("action") == "reject":
                reject_form = forms.RejectForm(request.POST)
                if reject_form.is_valid():
                    reject_change_proposal(
                        proposal_id=proposal.pk,
                        reviewer=request.user,
                        reason=reject_form.cleaned_data["reason"],
                    )
                    messages.success(request, _("Proposal #%(id)s was rejected.") % {"id": proposal.pk})
                    return redirect("editorial:proposals", municipality=place.slug)
            else:
                review_form = forms.ReviewForm(request.POST, choices=choices)
                if review_form.is_valid():
                    accepted = review_form.cleaned_data["fields_to_accept"]
                    accept_change_proposal(
                        proposal_id=proposal.pk,
                        reviewer=request.user,
                        fields_to_accept=accepted,
                        base_version=review_form.cleaned_data.get("version"),
                        note=review_form.cleaned_data["note"],
                    )
                    messages.success(
                        request,
                        _("Proposal #%(id)s was accepted (%(count)s of %(total)s fields).")
                        % {"id": proposal.pk, "count": len(accepted), "total": len(choices)},
                    )
                    return redirect("editorial:proposal", municipality=place.slug, pk=proposal.pk)
        except EditConflict:
            messages.warning(
                request,
                _(
                    "Someone changed the entry while you were reviewing. The values now are shown below: check and decide again."
                ),
            )
            proposal = get_proposal_or_404(municipality=place, pk=pk)
            entry = proposal.entry
            diff = get_proposal_diff(proposal)
            review_form = forms.ReviewForm(
                initial={
                    "fields_to_accept": request.POST.getlist("fields_to_accept"),
                    "version": entry.version,
                },
                choices=choices,
            )
            status = 409
        except PermissionDenied as error:
            raise Http404("No such proposal") from error
        except ValidationError as error:
            form = reject_form if request.POST.get("action") == "reject" else review_form
            add_service_errors(form, error)
    return render(
        request,
        "editorial/proposal_detail.html",
        {
            "municipality": place,
            "proposal": proposal,
            "entry": entry,
            "diff": diff,
            "review_form": review_form,
            "reject_form": reject_form,
            "next_open": list_proposals(municipality=place).exclude(pk=proposal.pk).first(),
        },
        status=status,
    )


@login_required
def freshness(request, municipality: str):
    place = municipality_for(request, municipality, can_publish_edition)
    data = get_freshness(municipality=place)
    page = Paginator(data["organisations"], 50).get_page(request.GET.get("page"))
    signals = {
        "misses": list_search_misses(municipalities=[place]),
        "broken_links": label_link_checks(list_broken_links(municipality=place)[:LINKS_SHOWN]),
        "most_read": list_most_read(municipality=place, days=READ_DAYS),
        "read_days": READ_DAYS,
    }
    return render(
        request,
        "editorial/freshness.html",
        {"municipality": place, "data": data, "page": page, **signals},
    )


@login_required
def page_views_csv(request, municipality: str):
    """Views per entry and day over the retention period, as CSV (formulas neutralised)."""
    place = municipality_for(request, municipality, can_publish_edition)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{place.slug}-page-views.csv"'
    out = spreadsheets.writer(response)
    out.writerow(["day", "kind", "id", "title", "views"])
    rows = list_daily_views(municipality=place)
    out.writerows(
        [day.isoformat(), kind, object_id, label, views] for day, kind, object_id, label, views in rows
    )
    return response


@login_required
@require_POST
def publish(request, municipality: str):
    place = municipality_for(request, municipality, can_publish_edition)
    form = forms.PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(m for ms in form.errors.values() for m in ms))
        return redirect("editorial:editions", municipality=place.slug)
    try:
        edition = publish_edition(municipality=place, user=request.user, note=form.cleaned_data["note"])
    except PermissionDenied as error:
        raise Http404("No such page") from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("editorial:editions", municipality=place.slug)
    messages.success(
        request, _("Edition %(number)s is published. Its PDF is being built.") % {"number": edition.number}
    )
    return redirect(edition.get_absolute_url())


@login_required
def settings_view(request, municipality: str):
    place = municipality_for(request, municipality, can_change_editorial_settings)
    current = get_editorial_settings(municipality=place)
    form = forms.SettingsForm(instance=current)
    if request.method == "POST":
        form = forms.SettingsForm(request.POST, instance=get_editorial_settings(municipality=place))
        if form.is_valid():
            try:
                update_editorial_settings(user=request.user, municipality=place, **form.cleaned_data)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("The settings were saved."))
                return redirect("editorial:settings", municipality=place.slug)
    return render(request, "editorial/settings.html", {"municipality": place, "form": form})
