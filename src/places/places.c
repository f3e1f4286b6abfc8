/* places.c - the places stage: entry point called by the pipeline (record.c).
 *
 * Finds gazetteer names in the tokens (scan.c), chooses what each refers to
 * (resolve.c), adds unlisted places named beside known ones (unlisted.c) and
 * appends them to the record in text order. DATELINE_NO_GAZETTEER=1 in the
 * environment skips the stage (for `make bench`: the pipeline without it). */
#include <stdlib.h>
#include <string.h>

#include "places.h"

static const char *const kinds[] = {"country", "region", "city", "other"};

rec_place *pl_emit(dl_record *r, size_t first, size_t last,
                   const gaz_entry *e, const char *rule)
{
    rec_place *p = VEC_PUSH(r->a, r->places, r->nplaces, r->cap_places);
    if (!p)
        return NULL;
    p->tok_start = first;
    p->tok_end = last;
    p->sent = r->txt.toks[first].sent;
    p->pub.span = rec_tok_span(r, first, last);
    p->pub.text = rec_span_text(r, p->pub.span);
    p->pub.rule = rule;
    if (!e) {
        p->pub.kind = "other";
        p->pub.name = p->pub.text;
        return p;
    }
    p->pub.name = gaz_name(e);
    p->pub.country = e->country[0] ? e->country : NULL;
    p->pub.admin1 = e->kind == GAZ_COUNTRY ? NULL : gaz_admin1(e);
    p->pub.kind = kinds[e->kind < 4 ? e->kind : 3];
    p->pub.gazetteer_id = gaz_id(e);
    p->population = e->population;
    if (e->lat_e5 != GAZ_NO_COORD) {
        p->pub.has_coords = 1;
        p->pub.lat = e->lat_e5 / 1e5;
        p->pub.lon = e->lon_e5 / 1e5;
    }
    return p;
}

/* Append the resolved mentions as places. */
static dl_status emit_mentions(dl_record *r, const pl_mention *m, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (m[k].best < 0)
            continue;
        if (m[k].inside) {
            rec_place *p = pl_emit(r, m[k].first, m[k].last, NULL, "place_unlisted_in");
            if (!p)
                return DL_ENOMEM;
            p->pub.country = m[k].inside->country;
            p->pub.admin1 = m[k].inside->kind == GAZ_REGION ? gaz_admin1(m[k].inside) : NULL;
            continue;
        }
        const char *rule = m[k].in_dateline ? "place_dateline"
                           : m[k].strong ? "place_pair"
                                         : "place_name";
        if (!pl_emit(r, m[k].first, m[k].last, m[k].hits[m[k].best].e, rule))
            return DL_ENOMEM;
    }
    return DL_OK;
}

static int by_start(const void *a, const void *b)
{
    const rec_place *x = a, *y = b;
    return (x->tok_start > y->tok_start) - (x->tok_start < y->tok_start);
}

dl_status places_extract(dl_record *r)
{
    const char *off = getenv("DATELINE_NO_GAZETTEER");
    if (off && *off && strcmp(off, "0"))
        return DL_OK;
    pl_mention *m = NULL;
    size_t n = 0;
    pl_list caps = {0};
    dl_status st = pl_scan(r, &m, &n, &caps);
    if (!st) {
        pl_resolve(r, m, n);
        st = emit_mentions(r, m, n);
    }
    if (!st)
        st = pl_unlisted(r, m, n, &caps);
    free(m);
    free(caps.at);
    if (st)
        return st;
    /* mostly in order already (the unlisted places come last): a sorted
     * list needs no sort, and a stable sort would leave it as it is */
    size_t k = 1;
    while (k < r->nplaces && r->places[k - 1].tok_start <= r->places[k].tok_start)
        k++;
    if (k < r->nplaces)
        qsort(r->places, r->nplaces, sizeof *r->places, by_start);
    return DL_OK;
}
