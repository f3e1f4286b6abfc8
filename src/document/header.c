/* header.c - find the header of a statement and name its lines.
 *
 * The header is the run of short paragraphs before the body (issuer,
 * series title, "Press release", reference numbers, a date) plus the last
 * short lines, where many statements put their dateline. */
#include <string.h>

#include "../text/phrase_match.h"
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

static int is_function_word(const text *t, size_t i)
{
    return t->toks[i].kind == TOK_WORD &&
           doc_in(t, i, &lex_en_function_words);
}

/* The line starting at token i carries on the line before it: it starts in
 * lower case ("to the United Nations"), or the line before ends with a
 * comma, hyphen, opening bracket or a function word ("Statement of the"). */
static int continues(const text *t, size_t i)
{
    const token *k = &t->toks[i];
    if (k->kind == TOK_WORD && !(k->flags & TF_CAP))
        return 1;
    size_t p = i - 1;
    if (tok_punct(t, p, ',') || tok_punct(t, p, '-') || tok_punct(t, p, '(') ||
        tok_punct(t, p, '&') || tok_punct(t, p, '/'))
        return 1;
    return is_function_word(t, p) && !(t->toks[p].flags & TF_CAP);
}

/* Three or more blanks before token i on its line: a column gap in a
 * two-column PDF header ("United Nations          S/2023/87"). */
static int column_gap(const text *t, size_t i)
{
    size_t e = t->toks[i].start, k = e;
    while (k > 0 && (t->norm[k - 1] == ' ' || t->norm[k - 1] == '\t'))
        k--;
    return e - k >= 3 && k > 0 && t->norm[k - 1] != '\n';
}

/* One unit per header line of paragraph p (continued lines joined), and
 * one per column when a line holds two. */
static void add_units(const text *t, size_t p, unit *u, size_t *n, size_t max)
{
    const paragraph *pp = &t->paras[p];
    size_t a = t->sents[pp->sent_start].tok_start;
    size_t b = t->sents[pp->sent_end - 1].tok_end;
    size_t s = a;
    for (size_t i = a + 1; i <= b && *n < max; i++) {
        if (i < b && !column_gap(t, i) &&
            (!(t->toks[i].flags & TF_NEWLINE) || continues(t, i)))
            continue;
        u[*n] = (unit){s, i, 0, p};
        (*n)++;
        s = i;
    }
}

void header_find(const text *t, header *h)
{
    memset(h, 0, sizeof *h);
    h->issuer_para = (size_t)-1;
    size_t p = 0;
    for (; p < t->nparas && p < 12; p++) {
        if (!short_para(t, &t->paras[p]))
            break;
        add_units(t, p, h->top, &h->ntop, MAX_UNITS);
    }
    h->body_para = p;
    /* the last paragraph, when short and not the header itself */
    if (t->nparas > p) {
        size_t last = t->nparas - 1;
        if (short_para(t, &t->paras[last]))
            add_units(t, last, h->bottom, &h->nbottom, MAX_BOTTOM);
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

size_t unit_end_date(const text *t, size_t a, size_t b, date_parts *d)
{
    size_t e = b > a && t->toks[b - 1].kind == TOK_PUNCT ? b - 1 : b;
    for (size_t i = a + 1; i < e; i++) {
        size_t n;
        if (tok_punct(t, i - 1, ',') && (n = date_parse(t, i, e, d)) && i + n == e &&
            d->year && d->month && d->day)
            return i - 1;
    }
    return b;
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
        /* the possessive "s" of "People's Republic" */
        if (tok_is(t, i, "s") && i > a && tok_punct(t, i - 1, '\''))
            continue;
        if (!doc_in(t, i, &lex_en_function_words))
            return 0;
    }
    return words > 0;
}

const char *unit_string(dl_record *r, size_t a, size_t b)
{
    const text *t = &r->txt;
    if (a >= b)
        return NULL;
    size_t s = t->toks[a].start, e = tok_end(t, b - 1);
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

/* Tokens [a, b) hold no word of three letters or more ("No. 041"). */
static int reference_only(const text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t->toks[i].kind == TOK_WORD && tok_len(t, i) >= 3)
            return 0;
    return 1;
}

/* Kind label at tokens [a, k) of a header line. */
const lex_entry *kind_at(const text *t, size_t a, size_t k)
{
    /* the key's first word is the first word token, spelled as written:
     * the table's first-token bitset rules most starts out unbuilt */
    size_t w = a;
    while (w < k && t->toks[w].kind != TOK_WORD)
        w++;
    if (w == k || !lex_may_first(&lex_en_kinds, t->toks[w].hash))
        return NULL;
    char key[128];
    unit_key(t, a, k, key, sizeof key);
    return lex_get(&lex_en_kinds, key, strlen(key));
}

/* A kind label ending the line at [a, b) ("Israel Defense Forces
 * spokesperson statement"): its first token, else b. */
size_t kind_tail(const text *t, size_t a, size_t b)
{
    for (size_t k = b > a + 2 ? b - 2 : a + 1; k < b; k++)
        if (kind_at(t, k, b))
            return k;
    return b;
}

/* A header line that is a kind label ("Press-release"), or starts with a
 * two-word one ("Statement by the Minister ..."), which leaves the line free
 * to be the title too. Failing those, a two-word label inside a heading
 * ("SUDAN: Flash Update No. 12"), then one that ends a first line. */
size_t label_then_date(const text *t, size_t a, size_t b)
{
    date_parts d;
    for (size_t k = a + 1; k <= a + 3 && k + 1 < b; k++)
        if ((tok_punct(t, k, ',') || tok_punct(t, k, ':')) && kind_at(t, a, k) &&
            date_parse(t, k + 1, b, &d) == b - k - 1 && d.year && d.month && d.day)
            return k;
    return 0;
}

int header_kind(dl_record *r, header *h)
{
    const text *t = &r->txt;
    /* "Briefing, 9 March 2024", "Press Release: 17 March 2023": a label, a
     * comma or colon and a full date */
    for (size_t u = 0; u < h->ntop; u++) {
        size_t a = h->top[u].tok_start, b = h->top[u].tok_end;
        while (b > a + 1 && t->toks[b - 1].kind == TOK_PUNCT)
            b--;
        size_t k = label_then_date(t, a, b);
        if (k) {
            r->doc.kind = kind_at(t, a, k)->value;
            return 1;
        }
    }
    for (int pass = 0; pass < 3; pass++) {
        for (size_t u = 0; u < h->ntop; u++) {
            size_t a = h->top[u].tok_start, b = h->top[u].tok_end;
            while (b > a + 1 && t->toks[b - 1].kind == TOK_PUNCT)
                b--;
            const lex_entry *e = NULL;
            if (pass == 0) {
                if ((e = kind_at(t, a, b)))
                    h->top[u].used = 1;
            } else {
                size_t from = pass == 1 ? a : a + 1;
                size_t to = pass == 1 ? a + 1 : (b > 2 ? b - 1 : a);
                size_t k = 0;
                for (size_t s = from; s < to && !e; s++)
                    for (k = (b - s > 4 ? s + 4 : b); k > s + 1 && !e; k--)
                        if ((e = kind_at(t, s, k)) && !strchr(e->key, ' '))
                            e = NULL;
                /* "PRESS RELEASE No. 041": the rest is a reference */
                if (e && pass == 1 && reference_only(t, k + 1, b))
                    h->top[u].used = 1;
            }
            if (e) {
                r->doc.kind = e->value;
                return 1;
            }
        }
    }
    /* failing those, a label that ends the first header lines, the line
     * left free to name the issuer */
    for (size_t u = 0; u < h->ntop && u < 3; u++) {
        size_t a = h->top[u].tok_start, b = h->top[u].tok_end;
        while (b > a + 1 && t->toks[b - 1].kind == TOK_PUNCT)
            b--;
        size_t k = kind_tail(t, a, b);
        if (k < b) {
            r->doc.kind = kind_at(t, k, b)->value;
            return 1;
        }
    }
    /* a byline ("By staff reporter", "By Jane Smith") is a news story's */
    for (size_t u = 0; u < h->ntop; u++) {
        size_t a = h->top[u].tok_start, b = h->top[u].tok_end;
        if (b - a < 2 || b - a > 5 || !tok_is(t, a, "by") || !(t->toks[a].flags & TF_CAP))
            continue;
        size_t k = a + 1;
        while (k < b && t->toks[k].kind == TOK_WORD)
            k++;
        if (k == b) {
            r->doc.kind = "news";
            return 1;
        }
    }
    return 0;
}
