/* test_api.c - the public library API: parse a buffer, read the record
 * through accessors, write every format, and fail cleanly on bad input
 * with the right status and byte offset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dateline.h"

static const char doc[] =
    "Ministry of Foreign Affairs of Freedonia\n\n"
    "Press release\n\n"
    "The Ministry condemns the shelling of the port on 3 May 2022.\n\n"
    "Sylvania City, 4 May 2022\n";

static dl_record *parse(const char *s, size_t n, const dl_options *o)
{
    dl_record *r = NULL;
    dl_error err;
    assert_int_equal(dl_record_parse(s, n, o, &r, &err), DL_OK);
    assert_non_null(r);
    return r;
}

static void document_fields_are_read_back(void **state)
{
    (void)state;
    dl_options o = {.source = "mem.txt"};
    dl_record *r = parse(doc, strlen(doc), &o);
    const dl_document *d = dl_record_document(r);
    assert_string_equal(d->source, "mem.txt");
    assert_int_equal(d->bytes, strlen(doc));
    assert_int_equal(strlen(d->id), 64);
    assert_string_equal(d->kind, "press release");
    assert_string_equal(d->issuer, "Ministry of Foreign Affairs of Freedonia");
    assert_non_null(d->dateline);
    assert_string_equal(d->dateline->place, "Sylvania City");
    assert_string_equal(d->date, "2022-05-04");
    assert_string_equal(d->date_source, "dateline");
    size_t len;
    assert_memory_equal(dl_record_input(r, &len), doc, strlen(doc));
    assert_int_equal(len, strlen(doc));
    assert_null(dl_record_time(r, dl_record_ntimes(r)));
    dl_record_free(r);
}

static void date_option_overrides_the_dateline(void **state)
{
    (void)state;
    dl_options o = {.date = "2022-05-10"};
    dl_record *r = parse(doc, strlen(doc), &o);
    assert_string_equal(dl_record_document(r)->date, "2022-05-10");
    assert_string_equal(dl_record_document(r)->date_source, "option");
    assert_string_equal(dl_record_document(r)->source, "-");
    dl_record_free(r);
}

static void every_format_writes(void **state)
{
    (void)state;
    dl_record *r = parse(doc, strlen(doc), NULL);
    const char *names[] = {"json", "jsonl", "text", "timeml", "csv"};
    for (size_t i = 0; i < 5; i++) {
        dl_format f;
        assert_int_equal(dl_format_parse(names[i], &f), DL_OK);
        char *out = NULL;
        assert_int_equal(dl_record_write(r, f, &out), DL_OK);
        assert_non_null(out);
        if (i == 1)
            assert_null(strchr(out, '\n'));
        if (i == 0)
            assert_non_null(strstr(out, "\"schema\": \"dateline/1\""));
        free(out);
    }
    dl_format f;
    assert_int_equal(dl_format_parse("xml", &f), DL_EUSAGE);
    assert_non_null(strstr(dl_csv_header(), "event_date"));
    dl_record_free(r);
}

static void expect_error(const char *s, size_t n, const dl_options *o,
                         dl_status st, size_t offset)
{
    dl_record *r = (dl_record *)1;
    dl_error err;
    assert_int_equal(dl_record_parse(s, n, o, &r, &err), st);
    assert_null(r);
    assert_int_equal(err.code, st);
    assert_int_equal(err.offset, offset);
    assert_true(strlen(err.message) > 0);
}

static void bad_input_fails_with_offset(void **state)
{
    (void)state;
    expect_error("", 0, NULL, DL_EINPUT, 0);
    expect_error(" \n\t\r\n", 5, NULL, DL_EINPUT, 0);
    expect_error("Good text\xC3(", 11, NULL, DL_EINPUT, 9);
    expect_error("ab\0\0\0\0\0\0\0\0", 10, NULL, DL_EINPUT, 2);
    dl_options bad = {.date = "2009-02-30"};
    expect_error(doc, strlen(doc), &bad, DL_EUSAGE, (size_t)-1);
    bad.date = "19 Jan 2009";
    expect_error(doc, strlen(doc), &bad, DL_EUSAGE, (size_t)-1);
}

static void lossy_replaces_invalid_bytes(void **state)
{
    (void)state;
    const char s[] = "Statement\n\nThe \xFF army moved on 2 May 2020.\n";
    dl_options o = {.lossy = 1};
    dl_record *r = parse(s, sizeof s - 1, &o);
    char *out = NULL;
    assert_int_equal(dl_record_write(r, DL_FORMAT_JSON, &out), DL_OK);
    free(out);
    assert_int_equal(dl_record_document(r)->bytes, sizeof s - 1);
    dl_record_free(r);
}

static void strerror_names_every_status(void **state)
{
    (void)state;
    for (int s = DL_OK; s <= DL_EQUERY; s++)
        assert_string_not_equal(dl_strerror((dl_status)s), "unknown error");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(document_fields_are_read_back),
        cmocka_unit_test(date_option_overrides_the_dateline),
        cmocka_unit_test(every_format_writes),
        cmocka_unit_test(bad_input_fails_with_offset),
        cmocka_unit_test(lossy_replaces_invalid_bytes),
        cmocka_unit_test(strerror_names_every_status),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
