/* issuer.c - the body that issued the statement, and its title line.
 *
 * The issuer is a header line in title case naming an organisation ("The
 * Permanent Mission of the Republic of Azerbaijan / to the United Nations"),
 * or one labelled "Issued by:" / "From:". The title is a bold header line,
 * else the first header line left over that reads like a heading. */
#include <string.h>

#include "document.h"
#include "lexicons.h"

static int has_head_word(const text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t->toks[i].kind == TOK_WORD && (t->toks[i].flags & TF_CAP) &&
            lex_has(&lex_en_issuer_heads, tok_str(t, i), tok_len(t, i)))
            return 1;
    return 0;
}

static int has_date(const text *t, size_t a, size_t b)
{
    date_parts d;
    for (size_t i = a; i < b; i++)
        if (date_parse(t, i, b, &d))
            return 1;
    return 0;
}

/* Skip a label such as "Issued by:" or "From:"; returns the new start. */
static size_t skip_label(const text *t, size_t a, size_t b)
{
    static const char *const labels[] = {"issued by", "from", "source", "issuer"};
    char key[32];
    for (size_t k = a + 1; k <= a + 2 && k < b; k++) {
        if (!tok_punct(t, k, ':'))
            continue;
        unit_key(t, a, k, key, sizeof key);
        for (size_t l = 0; l < sizeof labels / sizeof *labels; l++)
            if (!strcmp(key, labels[l]))
                return k + 1;
    }
    return a;
}

int header_issuer(dl_record *r, header *h)
{
    const text *t = &r->txt;
    for (size_t u = 0; u < h->ntop; u++) {
        if (h->top[u].used)
            continue;
        size_t a = h->top[u].tok_start, b = h->top[u].tok_end;
        size_t lab = skip_label(t, a, b);
        a = lab;
        while (b > a && t->toks[b - 1].kind == TOK_PUNCT)
            b--;
        if (a < b && tok_is(t, a, "the"))
            a++;
        if (b <= a || b - a > 24 || has_date(t, a, b))
            continue;
        if (lab == h->top[u].tok_start &&
            (!unit_titlecase(t, a, b) || !has_head_word(t, a, b)))
            continue;
        r->doc.issuer = unit_string(r, a, b);
        r->doc.issuer_span = rec_tok_span(r, a, b);
        h->top[u].used = 1;
        return 1;
    }
    return 0;
}

/* The original bytes just before the unit are Markdown bold markers. */
static int bold(const dl_record *r, const unit *u)
{
    dl_span sp = text_tok_span(&r->txt, u->tok_start, u->tok_end);
    return sp.start >= 2 && sp.end + 2 <= r->len &&
           ((r->input[sp.start - 1] == '*' && r->input[sp.start - 2] == '*') ||
            (r->input[sp.start - 1] == '_' && r->input[sp.start - 2] == '_'));
}

static int heading_like(const text *t, const unit *u)
{
    size_t words = 0, n = u->tok_end - u->tok_start;
    for (size_t i = u->tok_start; i < u->tok_end; i++)
        words += t->toks[i].kind == TOK_WORD;
    /* reference numbers such as "SC/10010" are not titles */
    return words >= 1 && n <= 30 && words * 2 >= n &&
           !has_date(t, u->tok_start, u->tok_end);
}

static void set_title(dl_record *r, unit *u)
{
    size_t a = u->tok_start, b = u->tok_end;
    while (b > a + 1 && tok_punct(&r->txt, b - 1, '.'))
        b--;
    r->doc.title = unit_string(r, a, b);
    r->doc.title_span = rec_tok_span(r, a, b);
    u->used = 1;
}

int header_title(dl_record *r, header *h)
{
    for (size_t u = 0; u < h->ntop; u++)
        if (!h->top[u].used && bold(r, &h->top[u]) &&
            heading_like(&r->txt, &h->top[u])) {
            set_title(r, &h->top[u]);
            return 1;
        }
    for (size_t u = 0; u < h->ntop; u++)
        if (!h->top[u].used && heading_like(&r->txt, &h->top[u])) {
            set_title(r, &h->top[u]);
            return 1;
        }
    return 0;
}
