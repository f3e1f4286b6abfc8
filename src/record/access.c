/* access.c - the public read accessors of a record, and status words. */
#include "record.h"

const char *dl_strerror(dl_status st)
{
    switch (st) {
    case DL_OK: return "ok";
    case DL_EINPUT: return "bad input";
    case DL_EUSAGE: return "bad usage";
    case DL_ENOMEM: return "out of memory";
    case DL_EIO: return "input/output error";
    case DL_ELIMIT: return "input exceeds a limit";
    case DL_ENOTFOUND: return "not found";
    case DL_EDB: return "archive error";
    case DL_EQUERY: return "malformed query";
    }
    return "unknown error";
}

const dl_document *dl_record_document(const dl_record *r)
{
    return &r->doc;
}

const char *dl_record_input(const dl_record *r, size_t *len)
{
    if (len)
        *len = r->len;
    return r->input;
}

#define ACCESSORS(plural, single, type, arr)                                 \
    size_t dl_record_n##plural(const dl_record *r) { return r->n##arr; }     \
    const type *dl_record_##single(const dl_record *r, size_t i)             \
    {                                                                        \
        return i < r->n##arr ? &r->arr[i].pub : NULL;                        \
    }

ACCESSORS(times, time, dl_time, times)
ACCESSORS(figures, figure, dl_figure, figures)
ACCESSORS(places, place, dl_place, places)
ACCESSORS(actors, actor, dl_actor, actors)
ACCESSORS(events, event, dl_event, events)
