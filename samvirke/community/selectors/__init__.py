"""Reads for the community tools: querysets with their joins chosen, one module per subdomain."""
