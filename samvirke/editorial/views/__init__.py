"""Thin HTML views of the editorial workflow: public suggestions and editions, and the editors' area."""
