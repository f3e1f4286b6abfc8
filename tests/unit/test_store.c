/* test_store.c - the archive through its public API: schema and opening,
 * idempotent adds, full-text search with BM25 and snippets, document
 * filters, issuer and date overrides, reading documents back, reindex. */
#include <sqlite3.h>

#include "store_fixture.h"

static const char statement[] =
    "Press release\n\n"
    "The Ministry of Foreign Affairs condemns the shelling of the village of "
    "Kirumba, in which 12 civilians were killed on 3 March 2021.\n";

static const char briefing[] =
    "Statement by the Spokesperson\n\n"
    "The Secretary-General is deeply concerned about the fighting near the "
    "border and calls on all parties to protect civilians.\n";

static dl_record *parse(const char *source, const char *text, const char *date)
{
    dl_options o = {.source = source, .date = date};
    dl_record *r = NULL;
    dl_error err;
    assert_int_equal(dl_record_parse(text, strlen(text), &o, &r, &err), DL_OK);
    return r;
}

static void add(fixture *f, const char *source, const char *text,
                const char *date, const char *issuer, int want_added)
{
    dl_record *r = parse(source, text, date);
    dl_store_meta meta = {.url = "https://example.org/x", .issuer = issuer};
    int added = -1;
    dl_error err;
    assert_int_equal(dl_store_add(f->s, r, &meta, &added, &err), DL_OK);
    assert_int_equal(added, want_added);
    dl_record_free(r);
}

static int sql_int(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

static void test_open_creates_schema_in_wal_mode(void **state)
{
    fixture *f = *state;
    assert_int_equal(sql_int(f->path, "PRAGMA user_version"), 3);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM sqlite_master "
                                      "WHERE name = 'documents_fts'"), 1);
    assert_int_equal(sql_int(f->path, "SELECT journal_mode = 'wal' FROM "
                                      "pragma_journal_mode"), 1);
}

static void test_add_is_idempotent_by_content(void **state)
{
    fixture *f = *state;
    add(f, "a.txt", statement, NULL, NULL, 1);
    add(f, "copy-of-a.txt", statement, NULL, NULL, 0);
    int found = 0;
    assert_int_equal(dl_store_contains(f->s, statement, strlen(statement),
                                       &found), DL_OK);
    assert_int_equal(found, 1);
    assert_int_equal(dl_store_contains(f->s, briefing, strlen(briefing),
                                       &found), DL_OK);
    assert_int_equal(found, 0);
    size_t docs = 0;
    assert_int_equal(dl_store_stats(f->s, &docs, NULL, NULL), DL_OK);
    assert_int_equal(docs, 1);
}

static void test_text_search_uses_stems_phrases_and_prefixes(void **state)
{
    fixture *f = *state;
    hits c;
    add(f, "a.txt", statement, NULL, NULL, 1);
    add(f, "b.txt", briefing, NULL, NULL, 1);
    assert_int_equal(search(f, "civilians", &c), 2);
    assert_int_equal(search(f, "kill", &c), 1); /* porter: killed */
    assert_string_equal(c.got, "a.txt");
    assert_int_equal(search(f, "\"deeply concerned\"", &c), 1);
    assert_string_equal(c.got, "b.txt");
    assert_int_equal(search(f, "\"concerned deeply\"", &c), 0);
    assert_int_equal(search(f, "Kirum*", &c), 1);
    assert_int_equal(search(f, "civilians -shelling", &c), 1);
    assert_string_equal(c.got, "b.txt");
    assert_int_equal(search(f, "Kirumba\"x", &c), 0); /* quote escaped */
}

static void test_snippet_marks_matches(void **state)
{
    fixture *f = *state;
    hits c;
    add(f, "a.txt", statement, NULL, NULL, 1);
    assert_int_equal(search(f, "shelling", &c), 1);
    assert_non_null(strstr(c.snippet, "**shelling**"));
}

static void test_bm25_ranks_the_denser_match_first(void **state)
{
    fixture *f = *state;
    hits c;
    add(f, "a.txt", statement, NULL, NULL, 1);
    add(f, "b.txt", briefing, NULL, NULL, 1);
    add(f, "c.txt", "Border crossings stay closed along the border, the "
                    "border police said.\n", NULL, NULL, 1);
    assert_int_equal(search(f, "border", &c), 2);
    assert_string_equal(c.got, "c.txt b.txt");
}

static void test_document_filters(void **state)
{
    fixture *f = *state;
    hits c;
    add(f, "in/a.txt", statement, "2021-03-04", NULL, 1);
    add(f, "in/b.txt", briefing, "2022-07-01", "Office of the Spokesperson", 1);
    assert_int_equal(search(f, "reported:2021", &c), 1);
    assert_string_equal(c.got, "in/a.txt");
    assert_int_equal(search(f, "reported:2021-03-01..2022-12-31", &c), 2);
    assert_int_equal(search(f, "reported>2021-03-04", &c), 1);
    assert_int_equal(search(f, "issuer:spokesperson", &c), 1);
    assert_string_equal(c.got, "in/b.txt");
    assert_int_equal(search(f, "source:in/", &c), 2);
    assert_int_equal(search(f, "-source:b.txt", &c), 1);
    char id[16];
    dl_record *r = parse("x", statement, NULL);
    snprintf(id, sizeof id, "id:%.10s", dl_record_document(r)->id);
    dl_record_free(r);
    assert_int_equal(search(f, id, &c), 1);
    assert_string_equal(c.got, "in/a.txt");
}

static void test_kind_filter_matches_extracted_kind(void **state)
{
    fixture *f = *state;
    hits c;
    add(f, "a.txt", statement, NULL, NULL, 1);
    dl_record *r = parse("a.txt", statement, NULL);
    const char *kind = dl_record_document(r)->kind;
    char q[64];
    snprintf(q, sizeof q, "kind:\"%s\"", kind ? kind : "other");
    dl_record_free(r);
    assert_int_equal(search(f, q, &c), kind ? 1 : 0);
    assert_int_equal(search(f, "kind:letter", &c), kind && !strcmp(kind, "letter"));
}

static void test_malformed_query_is_an_error_with_offset(void **state)
{
    fixture *f = *state;
    dl_error err;
    hits c = {0};
    assert_int_equal(dl_store_search(f->s, "civilians killed>=lots", NULL,
                                     collect, &c, &err), DL_EQUERY);
    assert_int_equal(err.offset, 18);
    assert_int_equal(c.n, 0);
}

static void test_get_rebuilds_the_record_with_its_options(void **state)
{
    fixture *f = *state;
    add(f, "a.txt", statement, "2021-03-04", "Ministry", 1);
    dl_record *r = parse("x", statement, NULL);
    char id[65];
    snprintf(id, sizeof id, "%s", dl_record_document(r)->id);
    dl_record_free(r);
    dl_stored_doc info;
    dl_error err;
    id[6] = 0;
    assert_int_equal(dl_store_get(f->s, id, &r, &info, &err), DL_OK);
    assert_string_equal(dl_record_document(r)->date, "2021-03-04");
    assert_string_equal(dl_record_document(r)->source, "a.txt");
    assert_string_equal(info.issuer, "Ministry");
    assert_string_equal(info.url, "https://example.org/x");
    assert_string_equal(info.extractor, dl_extractor_version());
    dl_record_free(r);
    assert_int_equal(dl_store_get(f->s, "ffffffffff", &r, &info, &err),
                     DL_ENOTFOUND);
    assert_null(r);
    assert_int_equal(dl_store_get(f->s, "xyz!", &r, &info, &err), DL_EUSAGE);
}

static void test_reindex_updates_only_stale_documents(void **state)
{
    fixture *f = *state;
    add(f, "a.txt", statement, NULL, NULL, 1);
    add(f, "b.txt", briefing, NULL, NULL, 1);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "UPDATE documents SET extractor = 'old'"
                                      " WHERE source = 'a.txt'",
                                  NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    size_t stale = 0, done = 0;
    dl_error err;
    assert_int_equal(dl_store_stats(f->s, NULL, NULL, &stale), DL_OK);
    assert_int_equal(stale, 1);
    assert_int_equal(dl_store_reindex(f->s, 0, NULL, NULL, &done, &err), DL_OK);
    assert_int_equal(done, 1);
    assert_int_equal(dl_store_stats(f->s, NULL, NULL, &stale), DL_OK);
    assert_int_equal(stale, 0);
    hits c;
    assert_int_equal(search(f, "Kirumba", &c), 1); /* full text still there */
}

static void test_readonly_open_needs_an_archive(void **state)
{
    fixture *f = *state;
    char path[128];
    dl_store *s;
    dl_error err;
    snprintf(path, sizeof path, "%s/missing.db", f->dir);
    assert_int_equal(dl_store_open(path, DL_STORE_READONLY, &s, &err),
                     DL_ENOTFOUND);
    assert_null(s);
    assert_int_equal(dl_store_open(f->path, DL_STORE_READONLY, &s, &err), DL_OK);
    dl_record *r = parse("a.txt", statement, NULL);
    assert_int_equal(dl_store_add(s, r, NULL, NULL, &err), DL_EUSAGE);
    dl_record_free(r);
    dl_store_close(s);
}

static void test_newer_schema_is_refused(void **state)
{
    fixture *f = *state;
    sqlite3 *db;
    dl_store *s;
    dl_error err;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
    sqlite3_close(db);
    assert_int_equal(dl_store_open(f->path, 0, &s, &err), DL_EDB);
    assert_non_null(strstr(err.message, "newer"));
}

static int count_hit(const dl_hit *h, void *ctx)
{
    (void)h;
    ++*(size_t *)ctx;
    return 0;
}

/* How many documents of s a search for q finds. */
static size_t found(dl_store *s, const char *q)
{
    size_t n = 0;
    dl_error err;
    assert_int_equal(dl_store_search(s, q, NULL, count_hit, &n, &err), DL_OK);
    return n;
}

static const char modded[] =
    "Statement\n\n"
    "Shelling near the border has killed 40 civilians since the beginning of "
    "the month and more than 200 since the end of 2020.\n";

/* Version 1 had no times.mod: a reader still opens such an archive; a
 * writer adds the column, keeping what was stored, and fills it for new
 * documents. */
static void test_version_1_archive_is_read_then_migrated(void **state)
{
    fixture *f = *state;
    add(f, "a.txt", statement, NULL, NULL, 1);
    dl_store_close(f->s);
    f->s = NULL;
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "ALTER TABLE times DROP COLUMN mod;"
                                      "DROP VIEW event_list;"
                                      "ALTER TABLE events DROP COLUMN attributed_to;"
                                      "ALTER TABLE figures DROP COLUMN attributed_to;"
                                      "PRAGMA user_version = 1", NULL, NULL,
                                  NULL), SQLITE_OK);
    sqlite3_close(db);

    dl_store *reader;
    dl_error err;
    assert_int_equal(dl_store_open(f->path, DL_STORE_READONLY, &reader, &err),
                     DL_OK);
    assert_int_equal(found(reader, "civilians"), 1);
    assert_int_equal(found(reader, "type:ASSAULT"), 1); /* events without attributed_to */
    /* a filter on what the old schema lacks says so */
    assert_int_equal(dl_store_search(reader, "cited:police", NULL, count_hit, &(size_t){0}, &err),
                     DL_EDB);
    assert_non_null(strstr(err.message, "reindex"));
    dl_store_close(reader);
    assert_int_equal(sql_int(f->path, "PRAGMA user_version"), 1);

    assert_int_equal(dl_store_open(f->path, 0, &f->s, &err), DL_OK);
    assert_int_equal(sql_int(f->path, "PRAGMA user_version"), 3);
    add(f, "b.txt", modded, "2021-03-20", NULL, 1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM documents"), 2);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM times WHERE "
                                      "mod = 'START' AND value = '2021-03'"), 1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM times WHERE "
                                      "mod = 'END' AND value = '2020'"), 1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM times WHERE "
                                      "mod IS NULL"), 1);
}

static void test_a_reader_sees_what_a_writer_commits(void **state)
{
    fixture *f = *state;
    dl_store *reader;
    dl_error err;
    assert_int_equal(dl_store_open(f->path, DL_STORE_READONLY, &reader, &err),
                     DL_OK);
    assert_int_equal(found(reader, "civilians"), 0);
    add(f, "a.txt", statement, NULL, NULL, 1);
    assert_int_equal(found(reader, "civilians"), 1);
    dl_store_close(reader);
}

#define T(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_open_creates_schema_in_wal_mode),
        T(test_add_is_idempotent_by_content),
        T(test_text_search_uses_stems_phrases_and_prefixes),
        T(test_snippet_marks_matches),
        T(test_bm25_ranks_the_denser_match_first),
        T(test_document_filters),
        T(test_kind_filter_matches_extracted_kind),
        T(test_malformed_query_is_an_error_with_offset),
        T(test_get_rebuilds_the_record_with_its_options),
        T(test_reindex_updates_only_stale_documents),
        T(test_readonly_open_needs_an_archive),
        T(test_newer_schema_is_refused),
        T(test_a_reader_sees_what_a_writer_commits),
        T(test_version_1_archive_is_read_then_migrated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
