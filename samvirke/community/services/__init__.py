"""Writes for the community tools, one module per subdomain (forum, notifications, stories, volunteering)."""
