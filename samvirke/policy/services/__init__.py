"""Writes for the policy app, one module per subdomain (decision 0066): parts (what every part of a
policy, programme or report shares: save, delete, move), structure, results, programmes, evaluation."""
