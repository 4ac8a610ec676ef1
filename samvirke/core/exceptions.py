"""Exceptions that any app's services may raise and every interface answers the same way."""


class Conflict(Exception):
    """The write started from a version of the data that is no longer current (HTTP 409)."""
