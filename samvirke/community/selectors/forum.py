"""Reads for the forum. Who may see what is decided here and in community.permissions."""

from dataclasses import dataclass

from django.db.models import Count, Max, Prefetch, Q, QuerySet
from django.http import Http404

from samvirke.community import permissions
from samvirke.community.models import Flag, ForumCategory, Post, Thread, Watch, WatchLevel
from samvirke.core.models import Municipality, Region
from samvirke.search.text import stem, trigrams, words


def term_similarity(term: str, token: str) -> float:
    """How well a query term matches one word of a post, 0..1: equal, inside a compound
    ("hjælp" in "lektiehjælp"), or close by trigrams ("frivilig" ~ "frivillig").

    The forum is small (posts of one municipality's practitioners), so it scores in Python;
    the handbook's search ranks in the database (decision 0053)."""
    if term == token:
        return 1.0
    if len(term) >= 4 and term in token:
        return 0.8 + 0.15 * len(term) / len(token)
    a, b = trigrams(term), trigrams(token)
    fuzzy = len(a & b) / len(a | b)
    if len(token) >= 4 and token in term:
        return max(fuzzy, 0.9 * len(token) / len(term))
    return fuzzy


def best_match(term: str, tokens: set[str]) -> tuple[float, str | None]:
    best, best_token = 0.0, None
    for token in tokens:
        score = term_similarity(term, token)
        if score > best:
            best, best_token = score, token
            if score == 1.0:
                break
    return best, best_token


def list_categories(
    *, municipality: Municipality | None = None, region: Region | None = None
) -> QuerySet[ForumCategory]:
    """A municipality's categories and its region's; or a region's own."""
    if municipality is not None:
        scope = Q(municipality=municipality)
        if municipality.region_id:
            scope |= Q(region_id=municipality.region_id)
    else:
        scope = Q(region=region)
    return (
        ForumCategory.objects.filter(scope)
        .select_related("municipality", "region")
        .annotate(
            thread_count=Count("threads", filter=Q(threads__is_hidden=False, threads__post_count__gt=0)),
            last_activity=Max("threads__last_post_at", filter=Q(threads__is_hidden=False)),
        )
        .order_by("region_id", "order", "name")
    )


def get_category_or_404(*, pk: int) -> ForumCategory:
    category = ForumCategory.objects.select_related("municipality__region", "region").filter(pk=pk).first()
    if category is None:
        raise Http404("No such category")
    return category


def _visible_threads(user, qs: QuerySet[Thread], moderator: bool) -> QuerySet[Thread]:
    if moderator:
        return qs
    return qs.filter(is_hidden=False).filter(Q(post_count__gt=0) | Q(author=user))


def list_threads(*, category: ForumCategory, user) -> QuerySet[Thread]:
    moderator = permissions.can_moderate_forum_category(user, category)
    qs = Thread.objects.filter(category=category).select_related("author")
    return _visible_threads(user, qs, moderator).order_by("-is_pinned", "-last_post_at", "-pk")


def list_latest_threads(*, categories: list[ForumCategory], user, limit: int = 8) -> QuerySet[Thread]:
    qs = Thread.objects.filter(category__in=categories, is_hidden=False, post_count__gt=0)
    return qs.select_related("category", "author").order_by("-last_post_at", "-pk")[:limit]


def get_thread_or_404(*, pk: int, user) -> Thread:
    thread = (
        Thread.objects.select_related("category__municipality__region", "category__region", "author")
        .filter(pk=pk)
        .first()
    )
    if thread is None:
        raise Http404("No such thread")
    moderator = permissions.can_moderate_forum_category(user, thread.category)
    if not moderator and (thread.is_hidden or (thread.post_count == 0 and thread.author_id != user.pk)):
        raise Http404("No such thread")
    thread.viewer_is_moderator = moderator
    return thread


def list_posts(*, thread: Thread, user) -> QuerySet[Post]:
    """Published posts; moderators also see waiting and hidden ones, authors their own waiting posts."""
    qs = thread.posts.select_related("author").prefetch_related(
        "initiatives__municipality", "organisations__municipality"
    )
    if getattr(thread, "viewer_is_moderator", False):
        return qs.annotate(open_flags=Count("flags", filter=Q(flags__status=Flag.Status.OPEN))).order_by(
            "created_at", "pk"
        )
    return qs.filter(Q(status=Post.Status.PUBLISHED) | Q(status=Post.Status.PENDING, author=user)).order_by(
        "created_at", "pk"
    )


def get_post_or_404(*, pk: int, user) -> Post:
    post = (
        Post.objects.select_related("thread__category__municipality", "thread__category__region", "author")
        .filter(pk=pk)
        .first()
    )
    if post is None:
        raise Http404("No such post")
    get_thread_or_404(pk=post.thread_id, user=user)
    return post


def get_watch_level(*, user, category: ForumCategory | None = None, thread: Thread | None = None) -> str:
    lookup = {"category": category} if category is not None else {"thread": thread}
    level = Watch.objects.filter(user=user, **lookup).values_list("level", flat=True).first()
    if level is None and thread is not None:
        level = (
            Watch.objects.filter(user=user, category_id=thread.category_id)
            .values_list("level", flat=True)
            .first()
        )
    return level or WatchLevel.NORMAL


def list_moderated_categories(*, user) -> list[ForumCategory]:
    categories = ForumCategory.objects.select_related("municipality", "region")
    return [c for c in categories if permissions.can_moderate_forum_category(user, c)]


def list_moderation_queue(*, user) -> dict:
    """Posts waiting for approval and open flags in the categories the user moderates."""
    categories = list_moderated_categories(user=user)
    pending = (
        Post.objects.filter(thread__category__in=categories, status=Post.Status.PENDING)
        .select_related("author", "thread__category")
        .order_by("created_at")
    )
    flagged = (
        Post.objects.filter(thread__category__in=categories, flags__status=Flag.Status.OPEN)
        .select_related("author", "thread__category")
        .prefetch_related(
            Prefetch(
                "flags",
                queryset=Flag.objects.filter(status=Flag.Status.OPEN).select_related("reporter"),
                to_attr="open_flag_list",
            )
        )
        .distinct()
        .order_by("created_at")
    )
    return {"categories": categories, "pending": pending, "flagged": flagged}


@dataclass
class ForumHit:
    post: Post
    score: float


def search_forum(*, query: str, categories: list[ForumCategory], user, limit: int = 30) -> list[ForumHit]:
    """Posts and thread titles matching the query, scored as the handbook search scores (decision 0005):
    per query word the best of exact, inside-a-compound and trigram similarity, also on stems.

    Candidates come from the database by word beginnings and endings (so "frivilig" still finds
    "frivillig"); at most 400 newest candidates are scored in Python.
    """
    terms = [term for term in words(query) if len(term) >= 2][:8]
    if not terms:
        return []
    candidate_filter = Q()
    for term in terms:
        for part in {term[:4], term[-4:]}:
            candidate_filter |= Q(search_text__contains=part) | Q(thread__title__icontains=part)
    candidates = (
        Post.objects.filter(
            candidate_filter,
            status=Post.Status.PUBLISHED,
            thread__category__in=categories,
            thread__is_hidden=False,
        )
        .select_related("thread__category", "author")
        .order_by("-created_at")[:400]
    )
    hits = []
    for post in candidates:
        title_tokens = set(words(post.thread.title))
        tokens = title_tokens | set(words(post.search_text))
        stems = {stem(token) for token in tokens}
        scores = []
        for term in terms:
            direct, _token = best_match(term, tokens)
            stemmed, _token = best_match(stem(term), stems)
            scores.append(max(direct, stemmed))
        mean = sum(scores) / len(scores)
        if mean >= 0.5:
            title_bonus = 0.2 if all(best_match(t, title_tokens)[0] >= 0.8 for t in terms) else 0.0
            hits.append(ForumHit(post=post, score=round(mean + title_bonus, 3)))
    hits.sort(key=lambda hit: (-hit.score, -hit.post.created_at.timestamp()))
    return hits[:limit]
