/* events.c - the events stage: entry point called by the pipeline (record.c).
 *
 * Finds trigger mentions, marks their modality, resolves each to an event
 * (new or already named), fills slots as it goes, then attaches figures and
 * stamps claims. The steps live in the files named in events.h. */
#include <stdlib.h>

#include "events.h"

dl_status events_extract(dl_record *r)
{
    ev_ctx c = {.r = r, .after_event = -1, .after_sent = (size_t)-1, .last_dated = -1,
                .period_sent = (size_t)-1,
                .disaster_sent = {(size_t)-1, (size_t)-1},
                .doc_disaster = (size_t)-1, .first_violence = (size_t)-1};
    r->nevents = 0;
    dl_status st = ev_cues_init(&c);
    if (!st)
        st = ev_index_lists(&c);
    if (!st)
        st = ev_find_triggers(&c);
    if (!st)
        st = ev_index_mentions(&c);
    /* modality first: a mention's time may lie beyond a later trigger
     * that only names what was sought ("seeking aid on 29 February") */
    for (size_t i = 0; !st && i < c.nm; i++)
        ev_mark_modality(&c, &c.m[i]);
    for (size_t i = 0; !st && i < c.nm; i++) {
        ev_mention *m = &c.m[i];
        m->own_time = ev_sentence_time(&c, m);
        m->own_place = ev_sentence_place(&c, m->sent, m->tok, m);
        m->report_time = m->own_time < 0 ? ev_report_time(&c, m) : -1;
        m->period = ev_is_period(&c, m);
        st = ev_resolve(&c, m);
        if (!st && m->event >= 0)
            ev_fill_from_mention(&c, m->event, m);
    }
    if (!st) {
        ev_date_during(&c);
        ev_fill_invaders(&c);
    }
    if (!st)
        st = ev_attach_figures(&c);
    if (!st) {
        ev_attribute(&c);
        st = ev_finish(&c);
    }
    ev_index_free(&c);
    ev_cues_free(&c);
    free(c.st);
    return st;
}
