"""SQLite: carry municipality and kind in the FTS table, so a scoped search never joins (decision 0005).

Joining the FTS table to the documents made the planner scan the index once per document:
seconds at 10,000 entries. As UNINDEXED columns they filter the MATCH result directly.
"""

from django.db import migrations

FORWARD = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
    "CREATE VIRTUAL TABLE search_fts USING fts5(folded, municipality_id UNINDEXED, kind UNINDEXED, "
    "content='search_searchdocument', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(rowid, folded, municipality_id, kind) VALUES (new.id, new.folded, new.municipality_id, new.kind); END",
    "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded, municipality_id, kind) "
    "VALUES ('delete', old.id, old.folded, old.municipality_id, old.kind); END",
    "CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded, municipality_id, kind) "
    "VALUES ('delete', old.id, old.folded, old.municipality_id, old.kind); "
    "INSERT INTO search_fts(rowid, folded, municipality_id, kind) VALUES (new.id, new.folded, new.municipality_id, new.kind); END",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in FORWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_engines")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
