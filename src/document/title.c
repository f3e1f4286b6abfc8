/* title.c - the document's title: a labelled one ("Subject: ..."), a bold
 * heading, a line right under the issuer in its letterhead, or a
 * heading-like line of the header (not a date line, an address, a
 * reference code, a sentence of the body or a salutation). */
#include <string.h>

#include "document.h"
#include "lexicons.h"

/* The original bytes just before the unit are Markdown bold markers. */
static int bold(const dl_record *r, const unit *u)
{
    dl_span sp = text_tok_span(&r->txt, u->tok_start, u->tok_end);
    return sp.start >= 2 && sp.end + 2 <= r->len &&
           ((r->input[sp.start - 1] == '*' && r->input[sp.start - 2] == '*') ||
            (r->input[sp.start - 1] == '_' && r->input[sp.start - 2] == '_'));
}

/* A date that starts the line or fills most of it ("24 August 2023",
 * "June 3, 2019 12:00AM EDT") makes it a date line, not a title. */
static int date_line(const text *t, size_t a, size_t b)
{
    date_parts d;
    for (size_t i = a; i < b && i < a + 3; i++) {
        size_t n = date_parse(t, i, b, &d);
        /* "Published: February 28, 2021 at 4:05 p.m.": after a label */
        if (n && (i == a || n * 2 >= b - a || tok_punct(t, i - 1, ':')))
            return 1;
    }
    return 0;
}

/* `min_words`: a plain line needs three words to be a title ("NEW YORK" in
 * a letterhead is an address); a bold one needs only one. */
static int heading_like(const text *t, const unit *u, size_t min_words)
{
    size_t words = 0, n = u->tok_end - u->tok_start;
    date_parts d;
    for (size_t i = u->tok_start; i < u->tok_end; i++) {
        /* a date inside counts as one word ("Operational update as of
         * 08:00, 21 February 2024") */
        size_t k = date_parse(t, i, u->tok_end, &d);
        if (k > 1) {
            n -= k - 1;
            i += k - 1;
        }
        words += k > 1 || t->toks[i].kind == TOK_WORD;
    }
    /* reference numbers such as "SC/10010" are not titles; nor is a
     * sentence of the body, a long line ending in a full stop after a
     * comma ("Earlier today, a terrorist fired ... near Netiv HaAsara.") */
    size_t comma = 0;
    for (size_t i = u->tok_start; i < u->tok_end; i++)
        comma += tok_punct(t, i, ',');
    if (words > 10 && comma && tok_punct(t, u->tok_end - 1, '.'))
        return 0;
    /* "Madam President, Since 12 December ...": a salutation opens the
     * body, no title */
    for (size_t i = u->tok_start + 1; i < u->tok_end && i <= u->tok_start + 3; i++)
        if (tok_punct(t, i, ',') && doc_in(t, u->tok_start, &lex_en_salutations))
            return 0;
    /* "Contact: press@example.org": an address is no title */
    size_t s0 = t->toks[u->tok_start].start, s1 = tok_end(t, u->tok_end - 1);
    if (memchr(t->norm + s0, '@', s1 - s0))
        return 0;
    /* "Press Release: 20 March 2024" gives the kind and the date */
    size_t b = u->tok_end;
    while (b > u->tok_start + 1 && t->toks[b - 1].kind == TOK_PUNCT)
        b--;
    return words >= min_words && n <= 40 && words * 2 >= n &&
           !date_line(t, u->tok_start, u->tok_end) && !label_then_date(t, u->tok_start, b);
}

/* Unit u has a lower-case word of four letters or more ("losses"): a
 * topic, not a name ("Republic of Korea" under "Joint Chiefs of Staff"). */
static int common_word(const text *t, const unit *u)
{
    for (size_t i = u->tok_start; i < u->tok_end; i++)
        if (t->toks[i].kind == TOK_WORD && t->toks[i].len >= 4 && !(t->toks[i].flags & TF_CAP))
            return 1;
    return 0;
}

/* Unit u holds a number outside a date or a year: a street, postal code
 * or telephone number ("the 2020 war" is a topic). */
static int bare_number(const text *t, const unit *u)
{
    date_parts d;
    for (size_t i = u->tok_start; i < u->tok_end; i++) {
        size_t k = date_parse(t, i, u->tok_end, &d);
        if (k) {
            i += k - 1;
            continue;
        }
        const char *s = tok_str(t, i);
        int year = tok_len(t, i) == 4 && (s[0] == '1' || s[0] == '2') && s[1] >= '0' &&
                   s[1] <= '9' && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9';
        if (t->toks[i].kind == TOK_NUM && !year)
            return 1;
    }
    return 0;
}

/* Unit u is a short line naming a meeting ("Fifty-sixth session"): at
 * most five tokens, the last of data/en/title_meeting_words.txt. */
static int meeting_line(const text *t, const unit *u)
{
    size_t e = u->tok_end;
    while (e > u->tok_start && t->toks[e - 1].kind == TOK_PUNCT)
        e--;
    return e > u->tok_start && e - u->tok_start <= 5 &&
           doc_in(t, e - 1, &lex_en_title_meeting_words);
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

/* "Subject: Myanmar": the title after a label of data/en/title_labels.txt. */
static int labelled_title(dl_record *r, header *h)
{
    const text *t = &r->txt;
    for (size_t u = 0; u < h->ntop; u++) {
        size_t a = h->top[u].tok_start, b = h->top[u].tok_end;
        if (h->top[u].used || a + 2 >= b || !tok_punct(t, a + 1, ':') ||
            !doc_in(t, a, &lex_en_title_labels))
            continue;
        unit rest = h->top[u];
        rest.tok_start = a + 2;
        set_title(r, &rest);
        h->top[u].used = 1;
        return 1;
    }
    return 0;
}

/* Unit u reads "Place: topic": a capitalised word, a colon, a word. */
static int topic_after_colon(const text *t, const unit *u)
{
    for (size_t i = u->tok_start + 1; i + 1 < u->tok_end; i++)
        if (tok_punct(t, i, ':'))
            return (t->toks[i - 1].flags & TF_CAP) && t->toks[i + 1].kind == TOK_WORD;
    return 0;
}

/* Unit u opens with a kind and "dated" ("Letter dated 24 February 2012
 * from ...", "Note verbale dated ..."): a UN document's title, under the
 * lines of its symbol, distribution and language ("Original: English"). */
static int dated_kind(const text *t, const unit *u)
{
    size_t a = u->tok_start, b = u->tok_end;
    for (size_t k = a + 1; k < b && k <= a + 3; k++)
        if (tok_is(t, k, "dated"))
            return kind_at(t, a, k + 1) != NULL || kind_at(t, a, k) != NULL;
    return 0;
}

/* The title is a UN document's dated one ("Letter dated 24 February
 * 2012 from ..."), whose date is the day the author wrote: the text's own
 * "will" and "today" count from it, not from the day the UN circulated
 * the letter ("Distr.: General / 27 February 2012"). */
int title_is_dated(const dl_record *r)
{
    const text *t = &r->txt;
    if (!r->doc.title)
        return 0;
    size_t s = text_norm_offset(t, r->doc.title_span.start);
    size_t i = 0;
    while (i < t->ntoks && t->toks[i].start < s)
        i++;
    unit u = {.tok_start = i, .tok_end = i + 5 < t->ntoks ? i + 5 : t->ntoks};
    return dated_kind(t, &u);
}

int header_title(dl_record *r, header *h)
{
    if (labelled_title(r, h))
        return 1;
    for (size_t u = 0; u < h->ntop; u++)
        if (!h->top[u].used && dated_kind(&r->txt, &h->top[u])) {
            set_title(r, &h->top[u]);
            return 1;
        }
    for (size_t u = 0; u < h->ntop; u++)
        if (!h->top[u].used && bold(r, &h->top[u]) &&
            heading_like(&r->txt, &h->top[u], 1)) {
            set_title(r, &h->top[u]);
            return 1;
        }
    /* a line right under the issuer in its letterhead ("Ministry of
     * Defence of Ukraine / Combat losses of the enemy as of 02.03.2024"),
     * but not an address or a telephone line (no number outside a date)
     * nor a name (a lower-case word of its own) */
    for (size_t u = 1; u < h->ntop; u++)
        if (!h->top[u].used && h->top[u].para == h->issuer_para && h->top[u - 1].used &&
            h->top[u - 1].para == h->issuer_para && !bare_number(&r->txt, &h->top[u]) &&
            !meeting_line(&r->txt, &h->top[u]) &&
            (r->txt.toks[h->top[u].tok_start].flags & TF_CAP) &&
            (common_word(&r->txt, &h->top[u]) ||
             doc_author_after_kind(&r->txt, h->top[u].tok_start, h->top[u].tok_end)) &&
            heading_like(&r->txt, &h->top[u], 3)) {
            set_title(r, &h->top[u]);
            return 1;
        }
    /* three words, or two around a colon ("Morocco: Earthquake") */
    for (size_t u = 0; u < h->ntop; u++)
        if (!h->top[u].used && h->top[u].para != h->issuer_para &&
            !meeting_line(&r->txt, &h->top[u]) &&
            heading_like(&r->txt, &h->top[u], topic_after_colon(&r->txt, &h->top[u]) ? 2 : 3)) {
            set_title(r, &h->top[u]);
            return 1;
        }
    return 0;
}
