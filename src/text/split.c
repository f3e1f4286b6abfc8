/* split.c - lines, paragraphs and sentences over the tokens.
 *
 * Paragraphs end at blank lines. Sentences end at . ! ? (not after an
 * abbreviation or initial), taking closing quotes and brackets along, and at
 * a line break after a short header-like line ("PRESS RELEASE", "New York"),
 * and when they grow too long (too_long).
 * A single line break inside running text is just a space: PDF text is
 * wrapped at arbitrary places. */
#include <string.h>

#include "text.h"

static dl_status split_lines(arena *a, text *t)
{
    for (size_t s = 0;;) {
        const char *nl = s < t->len ? memchr(t->norm + s, '\n', t->len - s) : NULL;
        size_t i = nl ? (size_t)(nl - t->norm) : t->len;
        line *l = VEC_PUSH(a, t->lines, t->nlines, t->cap_lines);
        if (!l)
            return DL_ENOMEM;
        l->start = s;
        l->end = i;
        if (!nl)
            return DL_OK;
        s = i + 1;
    }
}

static int ends_sentence(const text *t, size_t i)
{
    const token *k = &t->toks[i];
    if (k->kind != TOK_PUNCT || (k->flags & TF_ABBR))
        return 0;
    char c = t->norm[k->start];
    return tok_len(t, i) == 1 && (c == '.' || c == '!' || c == '?');
}

static int closer(const text *t, size_t i)
{
    if (t->toks[i].kind != TOK_PUNCT || (t->toks[i].flags & TF_SPACE))
        return 0;
    char c = t->norm[t->toks[i].start];
    return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* Length of the line that ends just before token i, in bytes. */
static size_t prev_line_len(const text *t, size_t i)
{
    size_t e = tok_end(t, i - 1), s = e;
    while (s > 0 && t->norm[s - 1] != '\n')
        s--;
    return e - s;
}

/* Token i is a list bullet: "•", "▪", "·", or "-" / "*" then a blank. */
static int bullet(const text *t, size_t i)
{
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i);
    if (t->toks[i].kind != TOK_PUNCT)
        return 0;
    if ((n == 3 && (!memcmp(s, "\xE2\x80\xA2", 3) || !memcmp(s, "\xE2\x96\xAA", 3) ||
                    !memcmp(s, "\xE2\x80\xA3", 3))) ||
        (n == 2 && !memcmp(s, "\xC2\xB7", 2)))
        return 1;
    return n == 1 && (s[0] == '-' || s[0] == '*') && i + 1 < t->ntoks &&
           (t->toks[i + 1].flags & TF_SPACE);
}

/* A line break before token i that also ends a sentence. */
static int header_break(const text *t, size_t i)
{
    if (!(t->toks[i].flags & TF_NEWLINE) || i == 0)
        return 0;
    if (bullet(t, i))
        return 1;
    const token *p = &t->toks[i - 1];
    char last = t->norm[p->start + p->len - 1];
    if (last == ',' || last == ';' || last == '-' || last == '(')
        return 0;
    if (!(t->toks[i].flags & TF_CAP) && t->toks[i].kind != TOK_NUM &&
        t->toks[i].kind != TOK_PUNCT)
        return 0;
    return prev_line_len(t, i) < 48 || last == ':';
}

/* A sentence that runs on without a full stop (a list, a PDF table, hostile
 * input) ends after SENT_SOFT tokens at a comma, semicolon, colon or line
 * break, and after SENT_HARD tokens anywhere: stages that look across a
 * sentence then cost at most a constant per token. Real sentences are far
 * shorter (the longest in the golden and TimeBank texts has 343 tokens,
 * markup included). */
#define SENT_SOFT 256
#define SENT_HARD 512

static int too_long(const text *t, size_t s, size_t i)
{
    size_t n = i + 1 - s;
    if (n >= SENT_HARD)
        return 1;
    if (n < SENT_SOFT)
        return 0;
    if (i + 1 < t->ntoks && (t->toks[i + 1].flags & TF_NEWLINE))
        return 1;
    return tok_punct(t, i, ',') || tok_punct(t, i, ';') || tok_punct(t, i, ':');
}

static dl_status push_sentence(arena *a, text *t, size_t ts, size_t te,
                               size_t para)
{
    sentence *s = VEC_PUSH(a, t->sents, t->nsents, t->cap_sents);
    if (!s)
        return DL_ENOMEM;
    s->start = t->toks[ts].start;
    s->end = tok_end(t, te - 1);
    s->tok_start = ts;
    s->tok_end = te;
    s->para = para;
    for (size_t i = ts; i < te; i++)
        t->toks[i].sent = (uint32_t)(t->nsents - 1);
    t->toks[ts].flags |= TF_SENT_START;
    return DL_OK;
}

static dl_status push_para(arena *a, text *t, size_t ts, size_t te)
{
    paragraph *p = VEC_PUSH(a, t->paras, t->nparas, t->cap_paras);
    if (!p)
        return DL_ENOMEM;
    p->start = t->toks[ts].start;
    p->end = tok_end(t, te - 1);
    p->sent_start = t->nsents;
    t->toks[ts].flags |= TF_PARA_START;
    size_t para = t->nparas - 1, s = ts;
    for (size_t i = ts; i < te; i++) {
        int cut = 0;
        if (ends_sentence(t, i)) {
            while (i + 1 < te && closer(t, i + 1))
                i++;
            cut = 1;
        } else if (i + 1 < te && header_break(t, i + 1)) {
            cut = 1;
        } else if (too_long(t, s, i)) {
            cut = 1;
        }
        if (cut || i + 1 == te) {
            dl_status st = push_sentence(a, t, s, i + 1, para);
            if (st)
                return st;
            s = i + 1;
        }
    }
    t->paras[para].sent_end = t->nsents;
    return DL_OK;
}

dl_status text_split(arena *a, text *t)
{
    dl_status st = split_lines(a, t);
    if (st || (st = text_tokenize(a, t)))
        return st;
    size_t ps = 0;
    for (size_t i = 1; i <= t->ntoks; i++) {
        if (i < t->ntoks && !(t->toks[i].flags & TF_PARA_START))
            continue; /* the tokenizer marks a token after a blank line */
        if ((st = push_para(a, t, ps, i)))
            return st;
        ps = i;
    }
    return DL_OK;
}

dl_status text_build(arena *a, text *t, const char *s, size_t n)
{
    t->orig = s;
    t->orig_len = n;
    dl_status st = text_normalize(a, t);
    return st ? st : text_split(a, t);
}
