/* header.c - find the header of a statement and name its lines.
 *
 * The header is the run of short paragraphs before the body (issuer,
 * series title, "Press release", reference numbers, a date) plus the last
 * short lines, where many statements put their dateline. */
#include <string.h>

#include "document.h"
#include "lexicons.h"

static int short_para(const text *t, const paragraph *p)
{
    size_t n = p->end - p->start;
    if (n > 240)
        return 0;
    /* a single sentence ending in a full stop that is long is body text */
    char last = t->norm[p->end - 1];
    return !(last == '.' && n > 90);
}

static void add_units(const text *t, const paragraph *p, unit *u, size_t *n,
                      size_t max)
{
    for (size_t s = p->sent_start; s < p->sent_end && *n < max; s++) {
        u[*n].tok_start = t->sents[s].tok_start;
        u[*n].tok_end = t->sents[s].tok_end;
        u[*n].used = 0;
        (*n)++;
    }
}

void header_find(const text *t, header *h)
{
    memset(h, 0, sizeof *h);
    size_t p = 0;
    for (; p < t->nparas && p < 10; p++) {
        if (!short_para(t, &t->paras[p]))
            break;
        add_units(t, &t->paras[p], h->top, &h->ntop, MAX_UNITS);
    }
    h->body_para = p;
    /* the last paragraph, when short and not the header itself */
    if (t->nparas > p) {
        const paragraph *last = &t->paras[t->nparas - 1];
        if (short_para(t, last) && t->nparas - 1 >= p)
            add_units(t, last, h->bottom, &h->nbottom, 4);
    }
}

void unit_key(const text *t, size_t a, size_t b, char *buf, size_t cap)
{
    size_t n = 0;
    for (size_t i = a; i < b && n + 2 < cap; i++) {
        if (t->toks[i].kind == TOK_PUNCT) {
            char c = tok_str(t, i)[0];
            if (c == '-' && n && buf[n - 1] != ' ')
                buf[n++] = ' ';
            continue;
        }
        if (n && buf[n - 1] != ' ')
            buf[n++] = ' ';
        const char *s = tok_str(t, i);
        for (size_t k = 0; k < tok_len(t, i) && n + 1 < cap; k++) {
            char c = s[k];
            buf[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
    }
    while (n && buf[n - 1] == ' ')
        n--;
    buf[n] = 0;
}

int unit_titlecase(const text *t, size_t a, size_t b)
{
    size_t words = 0;
    for (size_t i = a; i < b; i++) {
        if (t->toks[i].kind != TOK_WORD)
            continue;
        words++;
        if (t->toks[i].flags & TF_CAP)
            continue;
        if (!lex_has(&lex_en_function_words, tok_str(t, i), tok_len(t, i)))
            return 0;
    }
    return words > 0;
}

const char *unit_string(dl_record *r, size_t a, size_t b)
{
    const text *t = &r->txt;
    if (a >= b)
        return NULL;
    size_t s = t->toks[a].start, e = t->toks[b - 1].end;
    char *out = arena_alloc(r->a, e - s + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    int space = 0;
    for (size_t i = s; i < e; i++) {
        char c = t->norm[i];
        if (c == ' ' || c == '\t' || c == '\n') {
            space = 1;
            continue;
        }
        if (space && n)
            out[n++] = ' ';
        space = 0;
        out[n++] = c;
    }
    out[n] = 0;
    return out;
}

/* A header line that is a kind label ("Press-release"), or starts with a
 * two-word one ("Statement by the Minister ..."), which leaves the line free
 * to be the title too. */
int header_kind(dl_record *r, header *h)
{
    const text *t = &r->txt;
    char key[128];
    for (size_t u = 0; u < h->ntop; u++) {
        size_t a = h->top[u].tok_start, b = h->top[u].tok_end;
        unit_key(t, a, b, key, sizeof key);
        const lex_entry *e = lex_get(&lex_en_kinds, key, strlen(key));
        if (e) {
            r->doc.kind = e->value;
            h->top[u].used = 1;
            return 1;
        }
        for (size_t k = (b - a > 4 ? a + 4 : b); k > a + 1; k--) {
            unit_key(t, a, k, key, sizeof key);
            e = lex_get(&lex_en_kinds, key, strlen(key));
            if (e && strchr(e->key, ' ')) {
                r->doc.kind = e->value;
                return 1;
            }
        }
    }
    return 0;
}
