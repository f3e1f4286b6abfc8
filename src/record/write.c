/* write.c - pick a writer by format: the public dl_record_write. */
#include <string.h>

#include "record.h"

dl_status dl_format_parse(const char *name, dl_format *out)
{
    static const struct {
        const char *name;
        dl_format fmt;
    } names[] = {
        {"json", DL_FORMAT_JSON},     {"jsonl", DL_FORMAT_JSONL},
        {"text", DL_FORMAT_TEXT},     {"timeml", DL_FORMAT_TIMEML},
        {"csv", DL_FORMAT_CSV},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (name && !strcmp(name, names[i].name)) {
            *out = names[i].fmt;
            return DL_OK;
        }
    return DL_EUSAGE;
}

dl_status dl_record_write(const dl_record *r, dl_format fmt, char **out)
{
    *out = NULL;
    switch (fmt) {
    case DL_FORMAT_JSON: return write_json(r, 1, out);
    case DL_FORMAT_JSONL: return write_json(r, 0, out);
    case DL_FORMAT_TEXT: return write_text(r, out);
    case DL_FORMAT_TIMEML: return write_timeml(r, out);
    case DL_FORMAT_CSV: return write_csv(r, out);
    }
    return DL_EUSAGE;
}
