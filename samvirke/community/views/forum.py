"""The practitioners' forum: index per municipality or region, categories, threads, moderation, search."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from samvirke.community import permissions
from samvirke.community.forms import (
    CategoryForm,
    FlagForm,
    PostModerationForm,
    ReplyForm,
    ThreadForm,
    ThreadModerationForm,
    WatchForm,
)
from samvirke.community.models import Post, WatchLevel
from samvirke.community.selectors import forum as selectors
from samvirke.community.services import forum as services
from samvirke.community.views._helpers import forum_view
from samvirke.core.forms import add_service_errors
from samvirke.core.selectors import get_municipality_or_404, get_region_or_404

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 30
# Posting is throttled per user (django-ratelimit, decision 0008): enough for a lively discussion,
# too little for a flood.
POST_RATE = "8/m"
THREAD_RATE = "10/h"


def _scope_context(category) -> dict:
    return {"municipality": category.municipality, "region": category.region}


def _index(request, *, municipality=None, region=None):
    categories = list(selectors.list_categories(municipality=municipality, region=region))
    return render(
        request,
        "community/forum/index.html",
        {
            "municipality": municipality,
            "region": region,
            "scope": municipality or region,
            "categories": categories,
            "latest": selectors.list_latest_threads(categories=categories, user=request.user),
            "can_create": permissions.can_create_forum_category(
                request.user, municipality=municipality, region=region
            ),
            "is_moderator": bool(selectors.list_moderated_categories(user=request.user)),
        },
    )


@forum_view
def forum_index(request, municipality: str):
    return _index(request, municipality=get_municipality_or_404(slug=municipality))


@forum_view
def region_forum_index(request, region: str):
    return _index(request, region=get_region_or_404(slug=region))


@forum_view
def category(request, pk: int):
    item = selectors.get_category_or_404(pk=pk)
    page = Paginator(selectors.list_threads(category=item, user=request.user), THREADS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "community/forum/category.html",
        {
            **_scope_context(item),
            "category": item,
            "page": page,
            "watch_form": WatchForm(
                initial={"level": selectors.get_watch_level(user=request.user, category=item)}
            ),
            "is_moderator": permissions.can_moderate_forum_category(request.user, item),
        },
    )


@forum_view
@ratelimit(key="user", rate=THREAD_RATE, method="POST", block=True)
def new_thread(request, pk: int):
    item = selectors.get_category_or_404(pk=pk)
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.start_thread(category=item, author=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if thread.post_count == 0:
                messages.info(
                    request,
                    _(
                        "Thank you. Your first post waits for a moderator; you will be told when it is published."
                    ),
                )
            return redirect(thread)
    return render(
        request, "community/forum/thread_form.html", {**_scope_context(item), "category": item, "form": form}
    )


def _quote(post: Post) -> str:
    author = post.author.username if post.author else "?"
    quoted = "\n".join(f"> {line}" for line in post.body.strip().splitlines())
    return f"> @{author}:\n{quoted}\n\n"


@forum_view
@ratelimit(key="user", rate=POST_RATE, method="POST", block=True)
def thread(request, pk: int):
    """A thread with its posts and the reply form (POST replies). ?quote=<post> quotes a post."""
    item = selectors.get_thread_or_404(pk=pk, user=request.user)
    initial = {}
    if request.GET.get("quote", "").isdigit():
        quoted = (
            selectors.list_posts(thread=item, user=request.user).filter(pk=int(request.GET["quote"])).first()
        )
        if quoted is not None:
            initial["body"] = _quote(quoted)
    form = ReplyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            post = services.reply(thread_id=item.pk, author=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if post.status == Post.Status.PENDING:
                messages.info(
                    request,
                    _(
                        "Thank you. Your first post waits for a moderator; you will be told when it is published."
                    ),
                )
            return redirect(
                post.get_absolute_url() if post.status == Post.Status.PUBLISHED else item.get_absolute_url()
            )
    page = Paginator(selectors.list_posts(thread=item, user=request.user), POSTS_PER_PAGE).get_page(
        request.GET.get("page") or ("last" if request.method == "POST" else 1)
    )
    moderator = item.viewer_is_moderator
    return render(
        request,
        "community/forum/thread.html",
        {
            **_scope_context(item.category),
            "thread": item,
            "category": item.category,
            "page": page,
            "form": form,
            "can_reply": not item.is_locked or moderator,
            "is_moderator": moderator,
            "watch_form": WatchForm(
                initial={"level": selectors.get_watch_level(user=request.user, thread=item)}
            ),
            "move_targets": selectors.list_moderated_categories(user=request.user) if moderator else [],
        },
    )


@forum_view
def edit_post(request, pk: int):
    post = selectors.get_post_or_404(pk=pk, user=request.user)
    if not permissions.can_edit_forum_post(request.user, post):
        raise Http404("No such page")
    form = ReplyForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(post_id=post.pk, editor=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect(post.get_absolute_url())
    return render(
        request,
        "community/forum/post_edit.html",
        {**_scope_context(post.thread.category), "post": post, "form": form},
    )


@forum_view
def flag_post(request, pk: int):
    post = selectors.get_post_or_404(pk=pk, user=request.user)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.flag_post(post_id=post.pk, reporter=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Thank you. The moderators will look at the post."))
            return redirect(post.get_absolute_url())
    return render(
        request,
        "community/forum/flag.html",
        {**_scope_context(post.thread.category), "post": post, "form": form},
    )


@forum_view
@require_POST
def moderate_post(request, pk: int):
    post = selectors.get_post_or_404(pk=pk, user=request.user)
    form = PostModerationForm(request.POST)
    if not form.is_valid():
        raise Http404("No such action")
    action, note = form.cleaned_data["action"], form.cleaned_data["note"]
    try:
        if action == "approve":
            services.approve_post(post_id=post.pk, moderator=request.user)
            messages.success(request, _("The post is published."))
        elif action == "hide":
            services.hide_post(post_id=post.pk, moderator=request.user, note=note)
            messages.success(request, _("The post is hidden."))
        else:
            services.dismiss_flags(post_id=post.pk, moderator=request.user)
            messages.success(request, _("The flags are dismissed."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    if request.POST.get("back") == "queue":
        return redirect("community:moderation")
    return redirect(post.thread)


@forum_view
@require_POST
def moderate_thread(request, pk: int):
    item = selectors.get_thread_or_404(pk=pk, user=request.user)
    form = ThreadModerationForm(request.POST)
    if not form.is_valid():
        raise Http404("No such action")
    action = form.cleaned_data["action"]
    changes = {
        "lock": {"locked": True},
        "unlock": {"locked": False},
        "pin": {"pinned": True},
        "unpin": {"pinned": False},
        "hide": {"hidden": True},
        "unhide": {"hidden": False},
    }.get(action, {})
    if action == "move":
        changes = {"category": selectors.get_category_or_404(pk=form.cleaned_data["category"] or 0)}
    services.update_thread(thread_id=item.pk, moderator=request.user, **changes)
    messages.success(request, _("The thread is updated."))
    return redirect(item)


@forum_view
@require_POST
def watch_thread(request, pk: int):
    item = selectors.get_thread_or_404(pk=pk, user=request.user)
    form = WatchForm(request.POST)
    if form.is_valid():
        services.set_watch(user=request.user, thread=item, level=form.cleaned_data["level"])
        messages.success(
            request,
            _("Notifications for this thread: %(level)s")
            % {"level": WatchLevel(form.cleaned_data["level"]).label},
        )
    return redirect(item)


@forum_view
@require_POST
def watch_category(request, pk: int):
    item = selectors.get_category_or_404(pk=pk)
    form = WatchForm(request.POST)
    if form.is_valid():
        services.set_watch(user=request.user, category=item, level=form.cleaned_data["level"])
        messages.success(
            request,
            _("Notifications for this category: %(level)s")
            % {"level": WatchLevel(form.cleaned_data["level"]).label},
        )
    return redirect(item)


@forum_view
def list_moderation_queue(request):
    queue = selectors.list_moderation_queue(user=request.user)
    if not queue["categories"]:
        raise Http404("No such page")
    return render(request, "community/forum/moderation.html", queue)


def _new_category(request, *, municipality=None, region=None):
    form = CategoryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.create_category(
                user=request.user, municipality=municipality, region=region, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect(created)
    if not permissions.can_create_forum_category(request.user, municipality=municipality, region=region):
        raise Http404("No such page")
    return render(
        request,
        "community/forum/category_form.html",
        {"municipality": municipality, "region": region, "form": form},
    )


@forum_view
def new_category(request, municipality: str):
    return _new_category(request, municipality=get_municipality_or_404(slug=municipality))


@forum_view
def new_region_category(request, region: str):
    return _new_category(request, region=get_region_or_404(slug=region))


@forum_view
def search(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    query = request.GET.get("q", "").strip()[:200]
    categories = list(selectors.list_categories(municipality=place))
    hits = selectors.search_forum(query=query, categories=categories, user=request.user) if query else []
    return render(
        request, "community/forum/search.html", {"municipality": place, "query": query, "hits": hits}
    )
