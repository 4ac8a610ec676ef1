"""Thin HTML views of the community tools, one module per subdomain."""
