/* split.c - lines, paragraphs and sentences over the tokens.
 *
 * Paragraphs end at blank lines. Sentences end at . ! ? (not after an
 * abbreviation or initial) and after "a.m." or "p.m." before a new
 * sentence's first word, taking closing quotes and brackets along, and at
 * a line break after a short header-like line ("PRESS RELEASE", "New York")
 * or a heading in title case of any length ("Ethiopia: Military Executes
 * Dozens in Amhara Region"), and when they grow too long (too_long).
 * A single line break inside running text is just a space: PDF text is
 * wrapped at arbitrary places. */
#include <string.h>

#include "lexicons.h"
#include "phrase_match.h"
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

/* Token i is a dotted word of data/en/dotted_ends.txt that ends its
 * sentence ("... at 10.30 a.m. \"We have ..."): its last dot is also the
 * full stop when the next token opens a sentence, an opening quote or a
 * capitalised word marked opener ("10 a.m. Monday" goes on). */
static int dotted_end(const text *t, size_t i)
{
    const token *k = &t->toks[i];
    if (k->kind != TOK_WORD || k->len < 3 || t->norm[k->start + k->len - 1] != '.' ||
        i + 1 >= t->ntoks || !(t->toks[i + 1].flags & TF_SPACE))
        return 0;
    const lex_entry *e = tok_lex(t, i, &lex_en_dotted_ends);
    if (!e || strcmp(e->value, "end"))
        return 0;
    size_t j = i + 1;
    const char *s = tok_str(t, j);
    if (t->toks[j].kind == TOK_PUNCT)
        return (s[0] == '"' || !strncmp(s, "\xE2\x80\x9C", 3)) && j + 1 < t->ntoks &&
               (t->toks[j + 1].flags & TF_CAP);
    e = (t->toks[j].flags & TF_CAP) ? tok_lex(t, j, &lex_en_dotted_ends) : NULL;
    return e && !strcmp(e->value, "opener");
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

/* The line before token i is a heading in title case: three words or
 * more, at least three in four capitalised ("Ethiopia: Military Executes
 * Dozens in Amhara Region"), however long. Lines of running text that wrap
 * are not. */
static int prev_line_titled(const text *t, size_t i)
{
    size_t words = 0, caps = 0;
    for (size_t k = i; k-- > 0;) {
        if (t->toks[k].kind == TOK_WORD) {
            words++;
            caps += (t->toks[k].flags & TF_CAP) != 0;
        }
        if (t->toks[k].flags & TF_NEWLINE || words > 24)
            break;
    }
    return words >= 3 && words <= 24 && caps * 4 >= words * 3;
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
    return prev_line_len(t, i) < 48 || last == ':' || prev_line_titled(t, i);
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

/* Close the sentence of tokens [ts, te) (their `sent` is already set). */
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
    t->toks[ts].flags |= TF_SENT_START;
    return DL_OK;
}

static dl_status open_para(arena *a, text *t, size_t ts)
{
    paragraph *p = VEC_PUSH(a, t->paras, t->nparas, t->cap_paras);
    if (!p)
        return DL_ENOMEM;
    p->start = t->toks[ts].start;
    p->sent_start = t->nsents;
    return DL_OK;
}

/* Token i is the last of its paragraph. */
static int para_last(const text *t, size_t i)
{
    return i + 1 == t->ntoks || (t->toks[i + 1].flags & TF_PARA_START);
}

/* Where the sentence holding token i ends: the index of its last token
 * (closing quotes and brackets after a full stop join it), or (size_t)-1
 * when it goes on. s is its first token. */
static size_t sentence_end(const text *t, size_t s, size_t i)
{
    if (para_last(t, i))
        return i;
    if (ends_sentence(t, i) || dotted_end(t, i)) {
        while (!para_last(t, i) && closer(t, i + 1))
            i++;
        return i;
    }
    if (header_break(t, i + 1) || too_long(t, s, i))
        return i;
    return (size_t)-1;
}

/* Paragraphs (the tokenizer marked their first tokens) and sentences in
 * one pass over the tokens. Most tokens are words in running text: no
 * full stop, no line break after, the sentence still short. */
static dl_status split_sentences(arena *a, text *t)
{
    size_t s = 0, n = t->ntoks;
    for (size_t i = 0; i < n; i++) {
        token *k = &t->toks[i];
        dl_status st;
        if ((k->flags & TF_PARA_START) && (st = open_para(a, t, i)))
            return st;
        k->sent = (uint32_t)t->nsents;
        if (k->kind != TOK_PUNCT && i + 1 < n &&
            !(t->toks[i + 1].flags & TF_NEWLINE) && i + 1 - s < SENT_SOFT &&
            t->norm[k->start + k->len - 1] != '.')
            continue;
        size_t e = sentence_end(t, s, i);
        if (e == (size_t)-1)
            continue;
        for (size_t j = i + 1; j <= e; j++)
            t->toks[j].sent = (uint32_t)t->nsents;
        i = e;
        paragraph *p = &t->paras[t->nparas - 1];
        if ((st = push_sentence(a, t, s, e + 1, t->nparas - 1)))
            return st;
        s = e + 1;
        if (para_last(t, e)) {
            p->end = tok_end(t, e);
            p->sent_end = t->nsents;
        }
    }
    return DL_OK;
}

dl_status text_split(arena *a, text *t)
{
    dl_status st = split_lines(a, t);
    if (st || (st = text_tokenize(a, t)))
        return st;
    return split_sentences(a, t);
}

dl_status text_build(arena *a, text *t, const char *s, size_t n)
{
    t->orig = s;
    t->orig_len = n;
    dl_status st = text_normalize(a, t);
    return st ? st : text_split(a, t);
}
