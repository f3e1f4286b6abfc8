/* elsewhere.c - counts told of another place than their event's: "More
 * than 13,000 people have been killed in Gaza and at least 1,200 in Israel",
 * "killed five people in Kharkiv and three in Odesa" (the figures stage's
 * rule fig_gapped). Such a count goes to a copy of its event at its own
 * place, so that no event sums what was counted at two. */
#include <string.h>

#include "events.h"

/* The place named right after figure f ("three [in] Odesa", "[in the]
 * Gaza Strip"), or -1. */
static int place_after(const dl_record *r, const rec_figure *f)
{
    for (size_t p = 0; p < r->nplaces; p++) {
        const rec_place *pl = &r->places[p];
        if (pl->tok_start > f->tok_end && pl->tok_start <= f->tok_end + 2)
            return (int)p;
    }
    return -1;
}

static int same_place(const dl_place *a, const dl_place *b)
{
    if (a->gazetteer_id && b->gazetteer_id)
        return !strcmp(a->gazetteer_id, b->gazetteer_id);
    return a->name && b->name && !strcmp(a->name, b->name);
}

int ev_elsewhere(ev_ctx *c, int ev, const rec_figure *f)
{
    dl_record *r = c->r;
    if (strcmp(f->pub.rule, "fig_gapped") || r->events[ev].pub.place < 0)
        return ev;
    int p = place_after(r, f);
    if (p < 0 || same_place(&r->places[p].pub, &r->places[r->events[ev].pub.place].pub))
        return ev;
    /* a copy made for an earlier count at that place takes this one too */
    for (size_t i = (size_t)ev + 1; i < r->nevents; i++)
        if (r->events[i].trig_tok == r->events[ev].trig_tok && r->events[i].pub.place >= 0 &&
            same_place(&r->places[r->events[i].pub.place].pub, &r->places[p].pub))
            return (int)i;
    int cp = ev_copy_event(c, ev);
    if (cp < 0)
        return -1;
    r->events[cp].pub.place = p;
    ev_note(c, cp, "place", r->places[p].pub.span, "place.of_count");
    return cp;
}
