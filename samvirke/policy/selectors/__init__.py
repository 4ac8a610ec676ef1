"""Reads for the policy app: querysets with their joins chosen, one module per subdomain (decision
0066): structure, results (and measurements_csv), programmes (and actions_csv), evaluation, gaps,
history (the policy's change list)."""
