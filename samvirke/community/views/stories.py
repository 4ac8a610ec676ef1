"""Good stories: the public list and page, and writing, images and review for editors and owners."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samvirke.accounts.permissions import is_editor_for, owned_organisation_ids
from samvirke.community import permissions
from samvirke.community.forms import ReviewForm, StoryForm, StoryImageForm
from samvirke.community.models import Story, StoryImage
from samvirke.community.selectors import stories as selectors
from samvirke.community.services import stories as services
from samvirke.core.forms import add_service_errors
from samvirke.core.selectors import get_municipality_or_404
from samvirke.directory.models import Organisation


def story_list(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    page = Paginator(selectors.list_published_stories(municipality=place), 12).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "community/stories/list.html",
        {
            "municipality": place,
            "page": page,
            "can_write": request.user.is_authenticated and permissions.can_write_story(request.user, place),
        },
    )


def story_detail(request, municipality: str, slug: str):
    place = get_municipality_or_404(slug=municipality)
    story = selectors.get_story_or_404(municipality=place, slug=slug, user=request.user)
    return render(
        request,
        "community/stories/detail.html",
        {
            "municipality": place,
            "story": story,
            "can_edit": request.user.is_authenticated and permissions.can_edit_story(request.user, story),
        },
    )


def _organisation_choices(user, municipality):
    qs = Organisation.objects.filter(municipality=municipality).order_by("name")
    if is_editor_for(user, municipality):
        return qs
    return qs.filter(pk__in=owned_organisation_ids(user))


def _story_data(form) -> tuple[dict, dict]:
    data = {name: form.cleaned_data[name] for name in services.FIELDS}
    links = {
        "initiatives": form.cleaned_data["initiatives"],
        "organisations": form.cleaned_data["organisations"],
    }
    return data, links


@login_required
def story_new(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    if not permissions.can_write_story(request.user, place):
        raise Http404("No such page")
    choices = _organisation_choices(request.user, place)
    form = StoryForm(request.POST or None, municipality=place, organisation_choices=choices)
    if not is_editor_for(request.user, place):
        form.fields["organisation"].required = True
    if request.method == "POST" and form.is_valid():
        data, links = _story_data(form)
        try:
            story = services.create_story(
                user=request.user,
                municipality=place,
                data=data,
                organisation=form.cleaned_data["organisation"],
                **links,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("The story is saved as a draft. Add images, then publish it or send it for review."),
            )
            return redirect("community:story_edit", municipality=place.slug, slug=story.slug)
    return render(request, "community/stories/form.html", {"municipality": place, "form": form})


def _editable_story(request, municipality: str, slug: str) -> tuple:
    place = get_municipality_or_404(slug=municipality)
    story = selectors.get_story_or_404(municipality=place, slug=slug, user=request.user)
    if not permissions.can_edit_story(request.user, story):
        raise Http404("No such page")
    return place, story


@login_required
def story_edit(request, municipality: str, slug: str):
    place, story = _editable_story(request, municipality, slug)
    initial = {
        "title": story.title,
        "summary": story.summary,
        "body": story.body,
        "language": story.language,
        "organisation": story.organisation,
        "initiatives": story.initiatives.all(),
        "organisations": story.organisations.all(),
    }
    form = StoryForm(
        request.POST if "save" in request.POST else None,
        initial=initial,
        municipality=place,
        organisation_choices=_organisation_choices(request.user, place),
    )
    image_form = StoryImageForm(
        request.POST if "upload" in request.POST else None,
        request.FILES if "upload" in request.POST else None,
    )
    if request.method == "POST" and "save" in request.POST and form.is_valid():
        data, links = _story_data(form)
        try:
            story = services.update_story(story_id=story.pk, user=request.user, data=data, **links)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The story is saved."))
            return redirect("community:story_edit", municipality=place.slug, slug=story.slug)
    if request.method == "POST" and "upload" in request.POST and image_form.is_valid():
        try:
            services.add_story_image(
                story_id=story.pk,
                user=request.user,
                upload=image_form.cleaned_data["image"],
                alt_text=image_form.cleaned_data["alt_text"],
                caption=image_form.cleaned_data["caption"],
            )
        except ValidationError as error:
            for message in error.messages:
                image_form.add_error("image", message)
        else:
            messages.success(request, _("The image is added."))
            return redirect("community:story_edit", municipality=place.slug, slug=story.slug)
    is_editor = permissions.can_publish_story(request.user, place)
    return render(
        request,
        "community/stories/edit.html",
        {
            "municipality": place,
            "story": story,
            "form": form,
            "image_form": image_form,
            "is_editor": is_editor,
            # Editors publish or return a story themselves instead of sending it for review.
            "can_submit": not is_editor and permissions.can_submit_story(request.user, story),
        },
    )


@login_required
@require_POST
def story_image_delete(request, municipality: str, slug: str, image_id: int):
    place, story = _editable_story(request, municipality, slug)
    if not StoryImage.objects.filter(pk=image_id, story=story).exists():
        raise Http404("No such image")
    services.remove_story_image(image_id=image_id, user=request.user)
    messages.success(request, _("The image is removed."))
    return redirect("community:story_edit", municipality=place.slug, slug=story.slug)


@login_required
@require_POST
def story_submit(request, municipality: str, slug: str):
    place, story = _editable_story(request, municipality, slug)
    try:
        services.submit_story(story_id=story.pk, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("The story is sent to the editors. You will get an e-mail when they have read it.")
        )
    return redirect("community:story_edit", municipality=place.slug, slug=story.slug)


@login_required
def story_review_queue(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    if not permissions.can_write_story(request.user, place):
        raise Http404("No such page")
    return render(
        request,
        "community/stories/manage.html",
        {
            "municipality": place,
            "queue": selectors.list_review_queue(municipality=place)
            if permissions.can_publish_story(request.user, place)
            else [],
            "stories": selectors.list_editable_stories(municipality=place, user=request.user),
        },
    )


@login_required
def story_review(request, municipality: str, slug: str):
    place = get_municipality_or_404(slug=municipality)
    if not permissions.can_publish_story(request.user, place):
        raise Http404("No such page")
    story = selectors.get_story_or_404(municipality=place, slug=slug, user=request.user)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and "unpublish" in request.POST:
        services.unpublish_story(story_id=story.pk, editor=request.user)
        messages.success(request, _("The story is no longer public."))
        return redirect("community:story_edit", municipality=place.slug, slug=story.slug)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["action"] == "publish":
                story = services.publish_story(story_id=story.pk, editor=request.user)
                messages.success(request, _("The story is published."))
                return redirect(story)
            services.return_story(story_id=story.pk, editor=request.user, note=form.cleaned_data["note"])
            messages.success(request, _("The story is returned to its author."))
            return redirect("community:story_manage", municipality=place.slug)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(
        request,
        "community/stories/review.html",
        {
            "municipality": place,
            "story": story,
            "form": form,
            "published": story.status == Story.Status.PUBLISHED,
        },
    )
