/* dateline.c - the place and date a statement was issued from.
 *
 * Finds "New York, 19 January 2009", "WASHINGTON, Dec. 21 (AP) --",
 * "Rawalpindi - May 12, 2023",
 * "NAIROBI, Kenya (AP) _", "(Nairobi, May 9, 2024) –", "Kyiv/Geneva (ICRC) –",
 * "Adopted in Baku on 23 February 2024" at the top
 * of the text, as a header line, or as the last line; and "Date: ...",
 * "Published on ..." headers. */
#include <stdlib.h>
#include <string.h>

#include "../places/gazetteer.h"
#include "../text/phrase_match.h"
#include "document.h"
#include "lexicons.h"

/* A capitalised word that can be part of a place name: not a month or a
 * weekday ("Thursday, December 21, 1989" is a date line, not a dateline). */
static int capword(const text *t, size_t i)
{
    return i < t->ntoks && t->toks[i].kind == TOK_WORD &&
           (t->toks[i].flags & TF_CAP) && !date_month_name(t, i) &&
           !doc_in(t, i, &lex_en_weekdays);
}

/* A place name: capitalised words, inner dots, hyphens, apostrophes and
 * lower-case particles ("Port-au-Prince", "Rio de Janeiro", "ST.
 * PETERSBURG", "N'Djamena").
 * Returns its end, or i when there is none. */
static size_t place_name(const text *t, size_t i, size_t limit)
{
    if (!capword(t, i) || date_month_name(t, i))
        return i;
    size_t j = i + 1, end = j;
    while (j < limit && j - i < 8) {
        if (capword(t, j) && !date_month_name(t, j)) {
            end = ++j;
        } else if (tok_punct(t, j, '\'') && j + 1 < limit && !(t->toks[j].flags & TF_SPACE) &&
                   t->toks[j + 1].kind == TOK_WORD && !(t->toks[j + 1].flags & TF_SPACE) &&
                   end == j) {
            end = j += 2; /* "Sana'a" */
        } else if ((tok_punct(t, j, '.') || tok_punct(t, j, '-') ||
                    tok_punct(t, j, '/') || /* "Juba/Geneva" */
                    tok_punct(t, j, '\'')) && /* "N'Djamena" */
                   !(t->toks[j].flags & TF_SPACE)) {
            j++;
        } else if (t->toks[j].kind == TOK_WORD &&
                   doc_in(t, j, &lex_en_function_words) &&
                   (capword(t, j + 1) || /* "Port-au-Prince" */
                    (j + 2 < limit && tok_punct(t, j + 1, '-') &&
                     !(t->toks[j + 1].flags & TF_SPACE) && tok_punct(t, j - 1, '-') &&
                     capword(t, j + 2)))) {
            j++;
        } else {
            break;
        }
    }
    return end;
}

/* "(AP)" at i: returns the index after ')' and the agency entry. */
static size_t agency(const text *t, size_t i, size_t limit, const lex_entry **e)
{
    if (i + 2 >= limit + 1 || !tok_punct(t, i, '('))
        return 0;
    size_t j = i + 1, k = j;
    while (k < limit && k - j < 3 && !tok_punct(t, k, ')'))
        k++;
    if (k >= limit || !tok_punct(t, k, ')'))
        return 0;
    char key[48];
    unit_key(t, j, k, key, sizeof key);
    for (char *p = key; *p; p++)
        if (*p == ' ')
            *p = '-';
    *e = lex_get(&lex_en_agencies, key, strlen(key));
    return *e ? k + 1 : 0;
}

/* "(Newswire)" at i: one to three capitalised words in brackets, as an
 * agency of no list stands after a dateline's date. Returns the index
 * after ')' or 0; the words are [*w0, *w1). */
static size_t named_agency(const text *t, size_t i, size_t limit, size_t *w0, size_t *w1)
{
    if (i + 2 >= limit || !tok_punct(t, i, '('))
        return 0;
    size_t k = i + 1;
    while (k < limit && k - i <= 3 && t->toks[k].kind == TOK_WORD &&
           (t->toks[k].flags & (TF_CAP | TF_UPPER)))
        k++;
    if (k == i + 1 || k >= limit || !tok_punct(t, k, ')'))
        return 0;
    /* "PARIS, May 4 (France) -": a country is no agency */
    gaz_hit h[8];
    size_t off = t->toks[i + 1].start, n = gaz_lookup(t->norm + off, tok_end(t, k - 1) - off, h, 8);
    for (size_t j = 0; j < n && j < 8; j++)
        if (h[j].e->kind == GAZ_COUNTRY)
            return 0;
    *w0 = i + 1;
    *w1 = k;
    return k + 1;
}

/* "(ICRC)" at i: a body known by name (data/en/actor_known.txt) in
 * brackets, as its own releases write their dateline ("Kyiv/Geneva (ICRC)
 * –"). Returns the index after ')' or 0; the name is [*w0, *w1). */
static size_t known_paren(const text *t, size_t i, size_t limit, size_t *w0, size_t *w1)
{
    if (i + 2 >= limit || !tok_punct(t, i, '('))
        return 0;
    size_t k = i + 1;
    while (k < limit && k - i <= 6 && !tok_punct(t, k, ')'))
        k++;
    if (k >= limit || !tok_punct(t, k, ')'))
        return 0;
    pm_opts o = {k, 6, PM_SAME_SENT, NULL};
    if (phrase_match(t, i + 1, &lex_en_actor_known, &o, NULL) != k - i - 1)
        return 0;
    *w0 = i + 1;
    *w1 = k;
    return k + 1;
}

/* "(7 March 2023)" at i: returns the index after ')' or 0. */
static size_t paren_date(const text *t, size_t i, size_t limit, date_parts *d)
{
    if (i + 2 >= limit || !tok_punct(t, i, '('))
        return 0;
    size_t n = date_parse(t, i + 1, limit, d);
    if (!n || !tok_punct(t, i + 1 + n, ')'))
        return 0;
    return i + 2 + n;
}

static size_t terminator(const text *t, size_t i, size_t limit)
{
    size_t j = i;
    while (j < limit && j - i < 3 &&
           (tok_punct(t, j, '-') || tok_punct(t, j, '_') || tok_punct(t, j, ':')))
        j++;
    return j;
}

/* "ABUJA –", "STUTTGART, Germany -" opening the body: a place in capitals
 * (and its country after a comma), then a spaced dash. */
static int caps_place(const text *t, size_t a, size_t b, size_t limit)
{
    size_t comma = b;
    for (size_t i = a; i < b && comma == b; i++)
        if (tok_punct(t, i, ','))
            comma = i;
    for (size_t i = a; i < comma; i++)
        if (t->toks[i].kind == TOK_WORD && !(t->toks[i].flags & TF_UPPER) &&
            tok_len(t, i) > 1)
            return 0;
    /* the dash on the same line: "HIGHLIGHTS" over a bulleted "- Since
     * 10 May" is a heading */
    return b < limit && comma - a <= 4 && b - a <= 8 && tok_punct(t, b, '-') &&
           (t->toks[b].flags & TF_SPACE) && !(t->toks[b].flags & TF_NEWLINE);
}

/* "Washington, DC – Detectives ...": a town of the gazetteer in mixed
 * case (its region or country after a comma), then a spaced dash, opens
 * the body; [a, j) is the town's name. */
static int known_place(const text *t, size_t a, size_t j, size_t b, size_t limit)
{
    if (b >= limit || !tok_punct(t, b, '-') || !(t->toks[b].flags & TF_SPACE) ||
        (t->toks[b].flags & TF_NEWLINE) || b - a > 6)
        return 0;
    gaz_hit h[8];
    size_t off = t->toks[a].start, n = gaz_lookup(t->norm + off, tok_end(t, j - 1) - off, h, 8);
    for (size_t k = 0; k < n && k < 8; k++)
        if (h[k].e->kind == GAZ_CITY)
            return 1;
    return 0;
}

static int time_tail(const text *t, size_t i, size_t b);

typedef struct {
    int labelled;            /* "Adopted in Baku on ...": the line opens two
                              * tokens before the place */
    size_t start, end;       /* tokens of the whole dateline */
    int paren;               /* "(Beirut) -" */
    size_t place_end;
    date_parts date;
    int has_date;
    const lex_entry *agency;
    size_t named0, named1;   /* an agency of no list: "(Newswire)" */
    int body;                /* named0..1 is a known body, no news agency */
    int paren_date;          /* the date in brackets: "GENEVA (7 March 2023) -" */
} dl_match;

/* A dateline starting at token i. `whole` requires it to fill [i, limit). */
static int match_at(const text *t, size_t i, size_t limit, int whole,
                    dl_match *m)
{
    memset(m, 0, sizeof *m);
    size_t j = place_name(t, i, limit);
    if (j == i || kind_at(t, i, j))
        return 0; /* "Briefing, 9 March 2024": a kind label and a date */
    m->start = i;
    m->place_end = j;
    size_t k = j;
    if (tok_punct(t, k, ',')) {
        size_t d = date_parse(t, k + 1, limit, &m->date);
        if (d) {
            m->has_date = 1;
            k = k + 1 + d;
        } else {
            /* "NAIROBI, Kenya", "Erbil, Kurdistan Region, Iraq" */
            for (size_t parts = 0; parts < 2 && !m->has_date; parts++) {
                size_t r = place_name(t, k + 1, limit);
                if (r == k + 1) {
                    if (!parts)
                        return 0;
                    break;
                }
                k = r;
                /* "TAMPA, Fla.": a state's abbreviation keeps its dot */
                if (tok_punct(t, k, '.') && !(t->toks[k].flags & TF_SPACE))
                    k++;
                m->place_end = k;
                if (!tok_punct(t, k, ','))
                    break;
                if ((d = date_parse(t, k + 1, limit, &m->date))) {
                    m->has_date = 1;
                    k = k + 1 + d;
                }
            }
        }
    }
    size_t d;
    if (!m->has_date && tok_punct(t, k, '-') && (t->toks[k].flags & TF_SPACE) &&
        (d = date_parse(t, k + 1, limit, &m->date))) {
        m->has_date = 1; /* "Rawalpindi - May 12, 2023", "Geneva – 12 May 2023",
                          * "TAMPA, Fla. – January 17, 2024" */
        k = k + 1 + d;
    }
    size_t a = agency(t, k, limit, &m->agency);
    if (a)
        k = a;
    else if (!m->has_date && (a = paren_date(t, k, limit, &m->date))) {
        m->has_date = 1; /* "GENEVA (7 March 2023) -" */
        m->paren_date = 1;
        k = a;
    } else if (m->has_date && !whole && (a = named_agency(t, k, limit, &m->named0, &m->named1)) &&
               terminator(t, a, limit) != a) {
        k = a; /* "ABUJA, March 3 (Newswire) -": a date, then a name, then a dash */
    } else if (!whole && (a = known_paren(t, k, limit, &m->named0, &m->named1)) &&
               terminator(t, a, limit) != a) {
        k = a; /* "Kyiv/Geneva (ICRC) –" */
        m->body = 1;
    } else {
        m->named0 = m->named1 = 0;
    }
    if (!m->has_date && !m->agency && !m->body &&
        !(whole == 0 && (caps_place(t, i, k, limit) || known_place(t, i, j, k, limit))))
        return 0;
    size_t e = terminator(t, k, limit);
    /* "Bogotá, 14 March 2022. The Ombudsman's Office warned ...": a full
     * stop after the date ends a dateline opening the body */
    int stop = !whole && e == k && m->has_date && m->date.year && tok_punct(t, k, '.') &&
               k + 1 < limit && (t->toks[k + 1].flags & TF_CAP);
    /* "Geneva, 12 May 2023." alone on its line */
    int last_stop = whole && m->has_date && k + 1 == limit && tok_punct(t, k, '.');
    /* "Kathmandu, 5 November 2023, 18:00 NPT": the hour of the report
     * after the date, no part of the dateline */
    last_stop |= whole && m->has_date && m->date.day && k + 1 < limit &&
                 (tok_punct(t, k, ',') || tok_punct(t, k, '-')) &&
                 t->toks[k + 1].kind == TOK_NUM && time_tail(t, k + 1, limit);
    if (whole ? (e != limit && k != limit && !last_stop) : (e == k && !m->agency && !stop))
        return 0;
    if (m->has_date && (!m->date.month || (!m->date.day && !m->date.year)))
        return 0;
    m->end = whole ? k : e;
    return 1;
}

/* A line "Adopted in Baku on 23 February 2024", "Done at Geneva, 12
 * August 1949" (a label of data/en/dateline_labels.txt, "at" or "in", a
 * place, a full date, nothing after). */
static int match_labelled(const text *t, size_t i, size_t limit, dl_match *m)
{
    memset(m, 0, sizeof *m);
    if (i + 3 >= limit || !doc_in(t, i, &lex_en_dateline_labels) ||
        !(tok_is(t, i + 1, "at") || tok_is(t, i + 1, "in")))
        return 0;
    size_t p = place_name(t, i + 2, limit), k = p;
    if (p == i + 2)
        return 0;
    k += tok_punct(t, k, ',');
    k += tok_is(t, k, "on");
    size_t d = date_parse(t, k, limit, &m->date);
    if (!d || !m->date.year || !m->date.month || !m->date.day)
        return 0;
    k += d;
    while (k < limit && tok_punct(t, k, '.'))
        k++;
    if (k != limit)
        return 0;
    m->labelled = 1;
    m->start = i + 2;
    m->place_end = p;
    m->has_date = 1;
    m->end = k;
    return 1;
}

/* "(Beirut) -", "(Nairobi, May 9, 2024) –" opening a body paragraph, as
 * NGOs write it. */
static int match_paren(const text *t, size_t i, size_t limit, dl_match *m)
{
    memset(m, 0, sizeof *m);
    if (!tok_punct(t, i, '('))
        return 0;
    size_t j = place_name(t, i + 1, limit), k = j, d;
    if (j == i + 1)
        return 0;
    if (tok_punct(t, k, ',') && (d = date_parse(t, k + 1, limit, &m->date)) &&
        m->date.month && (m->date.day || m->date.year)) {
        m->has_date = 1;
        k += 1 + d;
    }
    if (!tok_punct(t, k, ')'))
        return 0;
    size_t e = terminator(t, k + 1, limit);
    if (e == k + 1)
        return 0;
    m->paren = 1;
    m->start = i + 1;
    m->place_end = j;
    m->end = k + 1;
    return 1;
}

static void set_dateline(dl_record *r, header *h, const dl_match *m)
{
    const text *t = &r->txt;
    r->dateline.place = m->place_end > m->start ? unit_string(r, m->start, m->place_end) : NULL;
    char buf[16];
    if (m->has_date && m->date.year && m->date.month && m->date.day) {
        date_format(&m->date, buf, sizeof buf);
        r->dateline.date = arena_strdup(r->a, buf);
    } else if (m->has_date && m->date.month && m->date.day) {
        h->partial = m->date;
        h->has_partial = 1;
    }
    size_t first = m->paren ? m->start - 1 : m->labelled ? m->start - 2 : m->start;
    size_t last = m->end;
    while (last > m->start && t->toks[last - 1].kind == TOK_PUNCT &&
           !tok_punct(t, last - 1, ')') && !tok_punct(t, last - 1, '.'))
        last--;
    r->dateline.span = rec_tok_span(r, first, last);
    r->dateline.text = rec_span_text(r, r->dateline.span);
    r->doc.dateline = &r->dateline;
    if (m->agency || m->named1 > m->named0) {
        if (!r->doc.issuer)
            r->doc.issuer = m->agency ? m->agency->value
                                      : unit_string(r, m->named0, m->named1);
        if (!r->doc.kind && !m->body)
            r->doc.kind = "news";
    } else if ((m->paren || m->paren_date) && !r->doc.kind) {
        /* "(Bangkok, April 13, 2023) – ... Human Rights Watch said today",
         * "GENEVA (1 August 2024) –": a release's own dateline in brackets,
         * no agency's */
        r->doc.kind = "press release";
    }
}

/* A header line that is a dateline, or (in the first lines) one that opens
 * with a dateline and runs on into the text of a short statement. */
static int try_units(dl_record *r, header *h, unit *u, size_t n, int lead)
{
    dl_match m;
    const text *t = &r->txt;
    /* a line that is a dateline first: "KURDISTAN PARLIAMENT - IRAQ" over
     * "Erbil, 16 March 2023" is a letterhead, not the dateline */
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < n; k++) {
            if (u[k].used)
                continue;
            size_t a = u[k].tok_start, b = u[k].tok_end;
            if (pass == 0 ? match_labelled(t, a, b, &m) || match_at(t, a, b, 1, &m)
                          : lead && k < 4 &&
                                (match_at(t, a, b, 0, &m) || match_paren(t, a, b, &m))) {
                u[k].used = 1;
                set_dateline(r, h, &m);
                return 1;
            }
        }
    return 0;
}

/* "Location: Geneva" (a label of data/en/place_labels.txt, a colon, a
 * place and nothing after): a dateline of a place alone. */
static int labelled_place(dl_record *r, header *h)
{
    const text *t = &r->txt;
    for (size_t k = 0; k < h->ntop; k++) {
        size_t a = h->top[k].tok_start, b = h->top[k].tok_end;
        while (b > a && tok_punct(t, b - 1, '.'))
            b--;
        if (h->top[k].used || a + 2 >= b || !tok_punct(t, a + 1, ':') ||
            !doc_in(t, a, &lex_en_place_labels))
            continue;
        /* "Location: Geneva", "Location: Nairobi, Kenya" */
        size_t e = place_name(t, a + 2, b);
        if (e < b && e > a + 2 && tok_punct(t, e, ','))
            e = place_name(t, e + 1, b) > e + 1 ? place_name(t, e + 1, b) : e;
        if (e != b)
            continue;
        dl_match m = {0};
        m.start = a + 2;
        m.place_end = m.end = b;
        h->top[k].used = 1;
        set_dateline(r, h, &m);
        return 1;
    }
    return 0;
}

/* The tokens of a full date opening [i, lim) before a spaced dash and
 * text, or 0. */
static size_t date_dash_at(const text *t, size_t i, size_t lim, date_parts *d)
{
    size_t n = date_parse(t, i, lim, d);
    return n && d->year && d->month && d->day && i + n + 1 < lim &&
                   tok_punct(t, i + n, '-') && (t->toks[i + n].flags & TF_SPACE)
               ? n : 0;
}

/* "12 April 2023 - The UN human rights chief said ...": a header line or
 * the first body paragraph opens with a full date and a spaced dash, a
 * dateline with no place. */
static int lead_date(dl_record *r, header *h)
{
    const text *t = &r->txt;
    dl_match m = {0};
    size_t n = 0, k = 0;
    for (; k < h->ntop && !n; k++)
        if (!h->top[k].used && (n = date_dash_at(t, h->top[k].tok_start, h->top[k].tok_end, &m.date)))
            m.start = h->top[k].tok_start, h->top[k].used = 1;
    if (!n && h->body_para < t->nparas) {
        const paragraph *p = &t->paras[h->body_para];
        m.start = t->sents[p->sent_start].tok_start;
        n = date_dash_at(t, m.start, t->sents[p->sent_end - 1].tok_end, &m.date);
    }
    if (!n)
        return 0;
    m.place_end = m.start;
    m.end = m.start + n;
    m.has_date = 1;
    set_dateline(r, h, &m);
    return 1;
}

int header_dateline(dl_record *r, header *h)
{
    const text *t = &r->txt;
    if (try_units(r, h, h->top, h->ntop, 1) || labelled_place(r, h))
        return 1;
    /* at the start of the first body paragraph, or of the second after a
     * note of what the text is ("This is a summary of what was said by
     * ...") */
    for (size_t q = h->body_para; q < t->nparas && q < h->body_para + 2; q++) {
        const paragraph *p = &t->paras[q];
        size_t i = t->sents[p->sent_start].tok_start;
        size_t lim = t->sents[p->sent_end - 1].tok_end;
        dl_match m;
        if ((match_at(t, i, lim, 0, &m) || match_paren(t, i, lim, &m)) &&
            (q == h->body_para || m.has_date)) { /* (the second's with its date) */
            set_dateline(r, h, &m);
            return 1;
        }
    }
    return lead_date(r, h) || try_units(r, h, h->bottom, h->nbottom, 0);
}

/* Tokens [i, b) are a clock time and zone at most ("12:00AM EDT",
 * "4:05 PM GMT", "| Updated 2 hours ago"). */
static int time_tail(const text *t, size_t i, size_t b)
{
    for (; i < b; i++) {
        const token *k = &t->toks[i];
        if (k->kind == TOK_NUM || k->kind == TOK_PUNCT)
            continue;
        if (tok_len(t, i) <= 4 || (k->flags & TF_UPPER) || tok_is(t, i, "updated") ||
            tok_is(t, i, "hours") || tok_is(t, i, "minutes"))
            continue;
        return 0;
    }
    return 1;
}

/* "Date: 19 January 2009", "Published on 26 Jun 2018", a line that is
 * only a full date (and perhaps a clock time), or a kind label and one
 * ("Briefing, 9 March 2024"). */
static int unit_date(const text *t, const unit *u, date_parts *d)
{
    char key[64];
    size_t a = u->tok_start, b = u->tok_end;
    for (size_t k = a + 1; k <= a + 4 && k <= b; k++) {
        unit_key(t, a, k, key, sizeof key);
        if (!lex_has(&lex_en_date_headers, key, strlen(key)))
            continue;
        size_t j = tok_punct(t, k, ':') ? k + 1 : k;
        if (date_parse(t, j, b, d) && d->year && d->month && d->day)
            return 1;
    }
    /* "UA 41/23 Index: MDE 13/6510/2023 Date: 14 March 2023": a label
     * with its colon inside the line, a full date after it */
    for (size_t k = a + 1; k + 2 < b; k++) {
        if (!tok_punct(t, k + 1, ':') || !(t->toks[k].flags & TF_CAP))
            continue;
        unit_key(t, k, k + 1, key, sizeof key);
        if (lex_has(&lex_en_date_headers, key, strlen(key)) &&
            date_parse(t, k + 2, b, d) && d->year && d->month && d->day)
            return 1;
    }
    size_t c = label_then_date(t, a, b); /* "Briefing, 9 March 2024" */
    if (c)
        a = c + 1;
    size_t n = date_parse(t, a, b, d);
    return n && time_tail(t, a + n, b) && d->year && d->month && d->day;
}

/* A full date inside the title ("Regular Press Conference on August 3,
 * 2022", "Letter dated 15 June 2022 from ..."). */
static int title_date(dl_record *r, date_parts *d)
{
    const text *t = &r->txt;
    if (!r->doc.title)
        return 0;
    size_t a = text_norm_offset(t, r->doc.title_span.start);
    size_t e = text_norm_offset(t, r->doc.title_span.end);
    for (size_t i = 0; i < t->ntoks && t->toks[i].start < e; i++)
        if (t->toks[i].start >= a && date_parse(t, i, t->ntoks, d) &&
            d->year && d->month && d->day)
            return 1;
    return 0;
}

int header_date(dl_record *r, header *h, date_parts *d)
{
    /* a letter's title dates it, before the date the UN circulated it */
    if (title_is_dated(r) && title_date(r, d))
        return 1;
    for (size_t k = 0; k < h->ntop; k++)
        if (!h->top[k].used && unit_date(&r->txt, &h->top[k], d)) {
            h->top[k].used = 1;
            return 1;
        }
    /* the issuer's line may end in the date */
    for (size_t k = 0; k < h->ntop; k++)
        if (h->top[k].used && h->top[k].para == h->issuer_para &&
            unit_end_date(&r->txt, h->top[k].tok_start, h->top[k].tok_end, d) <
                h->top[k].tok_end)
            return 1;
    for (size_t k = 0; k < h->nbottom; k++)
        if (!h->bottom[k].used && unit_date(&r->txt, &h->bottom[k], d))
            return 1;
    /* any line of the header may end in it after a comma ("Oral update of
     * the High Commissioner, Geneva, 18 June 2024") */
    for (size_t k = 0; k < h->ntop; k++)
        if (unit_end_date(&r->txt, h->top[k].tok_start, h->top[k].tok_end, d) <
            h->top[k].tok_end)
            return 1;
    return title_date(r, d);
}
