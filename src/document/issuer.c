/* issuer.c - the body that issued the statement.
 *
 * The issuer is a header line in title case naming an organisation ("The
 * Permanent Mission of the Republic of Azerbaijan / to the United Nations"),
 * or one labelled "Issued by:" / "From:", else the author a title or the
 * lead paragraph names; its spelling from the body (issuer_case). The
 * title itself is title.c's. */
#include <string.h>
#include <strings.h>

#include "../places/gazetteer.h"
#include "../text/phrase_match.h"
#include "document.h"
#include "lexicons.h"

static int has_head_word(const text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t->toks[i].kind == TOK_WORD && (t->toks[i].flags & TF_CAP) &&
            doc_in(t, i, &lex_en_issuer_heads))
            return 1;
    return 0;
}

/* Tokens [a, b) are wholly the name of a body known by name
 * (data/en/actor_known.txt: "Médecins Sans Frontières", "Amnesty
 * International"), a line of its own in the header. */
static int known_body(const text *t, size_t a, size_t b)
{
    pm_opts o = {b, 12, PM_SAME_SENT, NULL};
    return b > a + 1 && phrase_match(t, a, &lex_en_actor_known, &o, NULL) == b - a;
}

/* A body that sits abroad by definition names the state it represents:
 * "Permanent Mission of X to the United Nations", "Embassy of X in Y". Its
 * dateline is its host city, not its home. */
static int names_represented_state(const text *t, size_t a, size_t b)
{
    for (size_t i = a; i + 1 < b; i++)
        if (t->toks[i].kind == TOK_WORD &&
            lex_has(&lex_en_issuer_abroad, tok_str(t, i), tok_len(t, i)) &&
            tok_is(t, i + 1, "of"))
            return 1;
    return 0;
}

/* Set the issuer to tokens [a, b). */
static void set_issuer(dl_record *r, size_t a, size_t b)
{
    r->doc.issuer = unit_string(r, a, b);
    r->doc.issuer_span = rec_tok_span(r, a, b);
    r->issuer_abroad = names_represented_state(&r->txt, a, b);
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
    const lex_entry *e = NULL;
    pm_opts o = {b, 3, PM_SAME_SENT, NULL};
    size_t n = phrase_match(t, a, &lex_en_issuer_labels, &o, &e);
    if (!n || a + n >= b)
        return a;
    if (tok_punct(t, a + n, ':'))
        return a + n + 1;
    return strcmp(e->value, "colon") ? a + n : a;
}

/* Tokens [a, b) open with a kind label and a lead to its author of
 * data/en/title_author_leads.txt ("Statement by", "Joint statement of
 * the", "Statement attributable to the"): the line is a title that names
 * its author; returns the token after the lead, else 0. */
size_t doc_author_after_kind(const text *t, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b && k <= a + 3; k++) {
        pm_opts o = {b, 3, PM_SAME_SENT, NULL};
        size_t n = phrase_match(t, k, &lex_en_title_author_leads, &o, NULL);
        if (!n)
            continue;
        if (kind_at(t, a, k) || kind_at(t, a, k + 1))
            return k + n + (k + n < b && tok_is(t, k + n, "the"));
        return 0;
    }
    return 0;
}

/* Tokens [a, b) say something, as a headline does ("KENYA: POLICE MUST
 * BE HELD ACCOUNTABLE ...", "UN Chief Condemns Attack"): a word of
 * data/en/issuer_not_words.txt. */
static int headline_verb(const text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t->toks[i].kind == TOK_WORD && doc_in(t, i, &lex_en_issuer_not_words))
            return 1;
    return 0;
}

static size_t country_at(const text *t, size_t i, size_t b);

/* Token k is a quotation mark that closes one opened in [a, k) (Human
 * Rights Centre "Memorial"): the name keeps it. Curly quotes are straight
 * ones in the normalised text. */
static int closes_quote(const text *t, size_t a, size_t k)
{
    if (!tok_punct(t, k, '"'))
        return 0;
    int open = 0;
    for (size_t i = a; i < k; i++)
        open ^= tok_punct(t, i, '"');
    return open;
}

/* Unit u's tokens without the trailing punctuation and a leading "The"; 0
 * when it cannot name an issuer. `labelled` tells whether "Issued by:"
 * introduced it. */
static int issuer_range(const text *t, const unit *u, size_t *pa, size_t *pb,
                        int *labelled)
{
    size_t a = u->tok_start, b = u->tok_end;
    /* "Mr. President,": whom a speech addresses */
    if (b > a + 1 && tok_punct(t, b - 1, ',') && doc_in(t, a, &lex_en_salutations))
        return 0;
    size_t lab = skip_label(t, a, b);
    *labelled = lab != a;
    a = lab;
    /* "Security Alert - U.S. Embassy Ouagadougou": a kind label and a dash
     * before the name */
    for (size_t k = a + 1; !*labelled && k <= a + 3 && k + 1 < b; k++)
        if (tok_punct(t, k, '-') && kind_at(t, a, k)) {
            a = k + 1;
            break;
        }
    date_parts d;
    if (*labelled)
        b = unit_end_date(t, a, b, &d); /* the line's date is the document's */
    while (b > a && t->toks[b - 1].kind == TOK_PUNCT && !tok_punct(t, b - 1, ')') &&
           !closes_quote(t, a, b - 1))
        b--;
    if (a < b && tok_is(t, a, "the"))
        a++;
    /* "KURDISTAN PARLIAMENT - IRAQ": the country after a spaced dash
     * locates the body, no part of its name */
    for (size_t k = a + 1; k + 1 < b; k++)
        if (tok_punct(t, k, '-') && (t->toks[k].flags & TF_SPACE) &&
            country_at(t, k + 1, b) == b) {
            b = k;
            break;
        }
    /* "Israel Defense Forces spokesperson statement": the kind is no part
     * of the name */
    size_t k = *labelled ? b : kind_tail(t, a, b);
    if (k < b) {
        /* ... and a speaker's title before it speaks for the body */
        while (k > a + 1 && !(t->toks[k - 1].flags & TF_CAP) &&
               doc_in(t, k - 1, &lex_en_actor_titles))
            k--;
        /* "IDF Spokesperson's Announcement": the possessive goes too */
        if (k > a + 2 && tok_is(t, k - 1, "s") && tok_punct(t, k - 2, '\''))
            k -= 2;
        /* "ICRC News Release": an acronym alone before the kind too */
        if (has_head_word(t, a, k) || (k == a + 1 && (t->toks[a].flags & TF_UPPER)))
            b = k;
    }
    /* "Spokesperson for the UN High Commissioner for Human Rights: Ravina
     * Shamdasani": the office, before the name of who holds it */
    for (size_t k = a + 1; k + 1 < b && !*labelled; k++)
        if (tok_punct(t, k, ':') && has_head_word(t, a, k)) {
            b = k;
            break;
        }
    if (b <= a || b - a > 24 || has_date(t, a, b) ||
        (!*labelled && (doc_author_after_kind(t, a, b) || headline_verb(t, a, b))))
        return 0; /* "Statement of the Ministry ...": a title (see below) */
    *pa = a;
    *pb = b;
    return 1;
}

/* Tokens [a, b) start with a kind label ("Flash Update No. 3", "Press
 * Release"). */
static int kind_first(const text *t, size_t a, size_t b)
{
    for (size_t k = a + 1; k <= b && k <= a + 3; k++)
        if (kind_at(t, a, k))
            return 1;
    return 0;
}

/* The next header line continues the issuer: it starts with a function word
 * ("TO THE UNITED NATIONS", "in Geneva") or names a body itself ("United
 * Nations" / "Security Council"). */
static int issuer_more(const text *t, const unit *prev, const unit *u)
{
    size_t a, b;
    int labelled;
    if (u->used || u->para != prev->para || !issuer_range(t, u, &a, &b, &labelled) ||
        labelled || !unit_titlecase(t, a, b) || kind_first(t, u->tok_start, u->tok_end))
        return 0; /* "Press Release: 17 March 2023" under the name */
    if (doc_in(t, a, &lex_en_function_words) &&
        !tok_is(t, a, "the"))
        return 1;
    return has_head_word(t, a, b);
}

/* Tokens [a, b) are one run with no space holding a digit, after an
 * acronym: a document's reference ("ICC-CPI-20230317-PR1757"). */
static int reference_code(const text *t, size_t a, size_t b)
{
    int digits = 0;
    for (size_t i = a + 1; i < b; i++) {
        if (t->toks[i].flags & TF_SPACE)
            return 0;
        const char *s = tok_str(t, i);
        for (size_t k = 0; k < tok_len(t, i); k++)
            digits |= s[k] >= '0' && s[k] <= '9';
    }
    return b - a >= 3 && tok_punct(t, a + 1, '-') && digits;
}

/* Failing a named body, a letterhead that is one acronym ("UNICEF",
 * "UNESCO"), an acronym before the kind of the document ("OCHA Flash
 * Update No. 3") or opening its reference code ("ICC-CPI-20230317-PR1757"),
 * in the first header lines. */
static int issuer_acronym(dl_record *r, header *h)
{
    const text *t = &r->txt;
    for (size_t u = 0; u < h->ntop && u < 3; u++) {
        size_t a = h->top[u].tok_start, b = h->top[u].tok_end;
        if (h->top[u].used || t->toks[a].kind != TOK_WORD ||
            !(t->toks[a].flags & TF_UPPER) || tok_len(t, a) < 3 ||
            tok_len(t, a) > 10 ||
            (b - a != 1 && !kind_first(t, a + 1, b) && !reference_code(t, a, b)))
            continue;
        set_issuer(r, a, a + 1);
        h->top[u].used = 1;
        if (b - a == 1) /* a letterhead's lines under it are its address */
            h->issuer_para = h->top[u].para;
        return 1;
    }
    return 0;
}

/* Tokens [a, b) hold a kind label followed by what it is about ("Security
 * Council Press Statement on Terrorist Attack in Mogadishu"): a title; the
 * kind's first token, else 0. */
static size_t kind_before_topic(const text *t, size_t a, size_t b)
{
    for (size_t k = a + 1; k + 1 < b; k++)
        for (size_t n = 1; n <= 3 && k + n < b; n++)
            if (doc_in(t, k + n, &lex_en_title_topic_words) && kind_at(t, k, k + n))
                return k;
    return 0;
}

/* A long heading that names a body and then what it met about
 * ("Extraordinary Summit of the ECOWAS Authority of Heads of State and
 * Government on the Political Situation in Niger"): where the topic
 * begins ("on the", a word of title_topic_words.txt then "the"), when the
 * name before it holds a head word and the line runs past eight words;
 * else 0. "Committee on the Rights of the Child" is a name. */
static size_t name_before_topic(const text *t, size_t a, size_t b)
{
    size_t words = 0;
    for (size_t i = a; i < b; i++)
        words += t->toks[i].kind == TOK_WORD;
    if (words <= 8)
        return 0;
    for (size_t k = a + 2; k + 1 < b; k++)
        if (!(t->toks[k].flags & TF_CAP) && doc_in(t, k, &lex_en_title_topic_words) &&
            tok_is(t, k + 1, "the") && has_head_word(t, a, k))
            return k;
    return 0;
}

int header_issuer(dl_record *r, header *h)
{
    const text *t = &r->txt;
    for (size_t u = 0; u < h->ntop; u++) {
        size_t a, b;
        int labelled;
        if (h->top[u].used || !issuer_range(t, &h->top[u], &a, &b, &labelled))
            continue;
        /* "Security Council Press Statement on Attack against United
         * Nations Peacekeepers in Mali": the author before the kind in
         * title case, whatever the topic after it */
        size_t k0 = labelled ? 0 : kind_before_topic(t, a, b);
        if (k0 && unit_titlecase(t, a, k0) && has_head_word(t, a, k0)) {
            set_issuer(r, a, k0);
            return 1;
        }
        if (!labelled && (!unit_titlecase(t, a, b) || !has_head_word(t, a, b)) &&
            !known_body(t, a, b))
            continue;
        size_t k = k0;
        if (!k && !labelled)
            k = name_before_topic(t, a, b);
        if (k) {
            /* the title names its author before its kind: the issuer, and
             * the line stays free to be the title */
            if (!has_head_word(t, a, k))
                continue;
            set_issuer(r, a, k);
            return 1;
        }
        h->top[u].used = 1;
        h->issuer_para = h->top[u].para;
        while (u + 1 < h->ntop && issuer_more(t, &h->top[u], &h->top[u + 1])) {
            u++;
            h->top[u].used = 1;
            size_t a2, b2;
            issuer_range(t, &h->top[u], &a2, &b2, &labelled);
            b = b2;
        }
        set_issuer(r, a, b);
        return 1;
    }
    return issuer_acronym(r, h);
}

/* A UN letter's title names its author: "Letter dated 3 February 2023 from
 * the Permanent Representative of X to the United Nations addressed to the
 * President of the Security Council". The author is the issuer, whatever
 * the letterhead of the document says. */
int header_letter_author(dl_record *r)
{
    const text *t = &r->txt;
    if (!r->doc.title || !r->doc.kind || strcmp(r->doc.kind, "letter"))
        return 0;
    size_t s = text_norm_offset(t, r->doc.title_span.start);
    size_t e = text_norm_offset(t, r->doc.title_span.end);
    size_t i = 0, from = 0, to = 0;
    while (i < t->ntoks && t->toks[i].start < s)
        i++;
    for (; i < t->ntoks && t->toks[i].start < e; i++) {
        if (!from && tok_is(t, i, "from"))
            from = i + 1 + tok_is(t, i + 1, "the");
        else if (from && !to && tok_is(t, i, "addressed"))
            to = i;
    }
    if (!from || !to || to <= from || !has_head_word(t, from, to))
        return 0;
    set_issuer(r, from, to);
    return 1;
}

/* Token i is a hyphen glued between two words ("Secretary-General"). */
static int glued_hyphen(const text *t, size_t i, size_t b)
{
    return i > 0 && i + 1 < b && tok_punct(t, i, '-') && !(t->toks[i].flags & TF_SPACE) &&
           !(t->toks[i + 1].flags & TF_SPACE) && t->toks[i + 1].kind == TOK_WORD;
}

/* After a comma at token k-1, the names go on to an "and" ("France,
 * Germany and the United Kingdom"), not to a place ("Ukraine, Kyiv"). */
static int list_goes_on(const text *t, size_t k, size_t b)
{
    /* "France, Germany, Italy, the United Kingdom and ..." */
    if (k + 1 < b && tok_is(t, k, "the") && !(t->toks[k].flags & TF_CAP))
        k++;
    if (k >= b || t->toks[k].kind != TOK_WORD || !(t->toks[k].flags & TF_CAP))
        return 0;
    for (size_t i = k; i < b && i < k + 8; i++) {
        if (tok_is(t, i, "and"))
            return 1;
        if (t->toks[i].kind != TOK_WORD && !tok_punct(t, i, ','))
            return 0;
    }
    return 0;
}

/* A title that names its author after its kind ("Statement by the
 * Ministry of Foreign Affairs of Ukraine on the 91st anniversary ..."):
 * the author, up to the words that say what it is about
 * (data/en/title_topic_words.txt), is the issuer when the header named
 * none. */
/* "Remarks by the Secretary-General to the Security Council": a body
 * known by name after "to" is whom the author addresses, so the author
 * ends before it; but not in the name of a body abroad ("Permanent
 * Mission of Azerbaijan to the United Nations"). */
static size_t addressee_cut(const text *t, size_t from, size_t to)
{
    for (size_t k = from + 1; k + 1 < to; k++) {
        if (!tok_is(t, k, "to"))
            continue;
        size_t j = k + 1 + (tok_is(t, k + 1, "the") ? 1 : 0);
        if (j < to && known_body(t, j, to) && !names_represented_state(t, from, k + 1))
            return k;
    }
    return to;
}

/* The end of the longest country name of at most five tokens at i within
 * [i, b), or 0. */
static size_t country_at(const text *t, size_t i, size_t b)
{
    size_t best = 0;
    for (size_t k = i + 1; k <= b && k <= i + 5; k++) {
        if (!(t->toks[k - 1].flags & TF_CAP) && !doc_in(t, k - 1, &lex_en_function_words))
            break;
        gaz_hit h[8];
        size_t off = t->toks[i].start, n = gaz_lookup(t->norm + off, tok_end(t, k - 1) - off, h, 8);
        for (size_t j = 0; j < n && j < 8; j++)
            if (h[j].e->kind == GAZ_COUNTRY && (t->toks[k - 1].flags & TF_CAP))
                best = k;
    }
    return best;
}

/* Tokens from i are countries, joined by commas and "and", as a
 * statement's authors ("France", "Canada, Australia and New Zealand"):
 * where the list ends, or 0. */
static size_t country_list_end(const text *t, size_t i, size_t b)
{
    size_t end = 0, k = i;
    while (k < b) {
        if (tok_is(t, k, "the"))
            k++;
        size_t e = k < b && (t->toks[k].flags & TF_CAP) ? country_at(t, k, b) : 0;
        if (!e)
            break;
        end = k = e;
        if (k < b && tok_punct(t, k, ','))
            k++;
        if (k < b && tok_is(t, k, "and"))
            k++;
        if (k == end)
            break;
    }
    return end;
}

/* "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on
 * June 18, 2024": the title names its author before "'s" and a kind label;
 * the body is the issuer, without its speaker's title and name (as for
 * "IDF Spokesperson's Announcement"). 1 when set. */
static int possessive_author(dl_record *r, size_t a, size_t b)
{
    const text *t = &r->txt;
    for (size_t k = a + 1; k + 2 < b && k <= a + 12; k++) {
        if (!tok_punct(t, k, '\'') || !tok_is(t, k + 1, "s"))
            continue;
        const lex_entry *kind = NULL;
        for (size_t n = 4; n >= 1 && !kind; n--)
            if (k + 2 + n <= b)
                kind = kind_at(t, k + 2, k + 2 + n);
        if (!kind)
            return 0;
        /* the speaker's title and the name after it are no part of the body */
        size_t to = k;
        for (size_t j = a + 1; j + 1 < k; j++)
            if (doc_in(t, j, &lex_en_actor_titles) && !tok_punct(t, j - 1, '-') &&
                (t->toks[j + 1].flags & TF_CAP)) {
                to = j;
                break;
            }
        if (to <= a || !has_head_word(t, a, to))
            return 0;
        set_issuer(r, a, to);
        if (!r->doc.kind) /* "Secretary-General's remarks": a speech */
            r->doc.kind = kind->value;
        return 1;
    }
    return 0;
}

int header_title_issuer(dl_record *r)
{
    const text *t = &r->txt;
    if (!r->doc.title)
        return 0;
    size_t s = text_norm_offset(t, r->doc.title_span.start);
    size_t e = text_norm_offset(t, r->doc.title_span.end);
    size_t a = 0, b;
    while (a < t->ntoks && t->toks[a].start < s)
        a++;
    for (b = a; b < t->ntoks && t->toks[b].start < e; b++)
        ;
    /* "ICRC: Civilians bear the brunt ...": a body known by name (an
     * acronym too) before the title's colon */
    for (size_t k = a + 1; k < b && k <= a + 8; k++)
        if (tok_punct(t, k, ':')) {
            pm_opts o = {k, 12, PM_SAME_SENT, NULL};
            if (phrase_match(t, a, &lex_en_actor_known, &o, NULL) == k - a) {
                set_issuer(r, a, k);
                return 1;
            }
            break;
        }
    /* "Yemen: Airstrike on detention centre in Saada kills dozens - MSF": a
     * body known by name after the title's last spaced dash */
    for (size_t k = b; k > a + 2 && k + 6 > b; k--)
        if (tok_punct(t, k - 1, '-') && (t->toks[k - 1].flags & TF_SPACE)) {
            pm_opts o = {b, 12, PM_SAME_SENT, NULL};
            if (phrase_match(t, k, &lex_en_actor_known, &o, NULL) == b - k) {
                set_issuer(r, k, b);
                return 1;
            }
            break;
        }
    if (possessive_author(r, a, b))
        return 1;
    size_t from = doc_author_after_kind(t, a, b), to = from;
    if (!from)
        return 0;
    /* a list of names stays whole: "the Foreign Ministers of France,
     * Germany and the United Kingdom" */
    while (to < b && ((t->toks[to].kind == TOK_WORD && !doc_in(t, to, &lex_en_title_topic_words) &&
                       ((t->toks[to].flags & TF_CAP) || doc_in(t, to, &lex_en_function_words))) ||
                      glued_hyphen(t, to, b) ||
                      (tok_punct(t, to, ',') && to > from && list_goes_on(t, to + 1, b))))
        to++;
    to = addressee_cut(t, from, to);
    while (to > from && doc_in(t, to - 1, &lex_en_function_words) &&
           !(t->toks[to - 1].flags & TF_CAP))
        to--;
    size_t cl = to > from ? country_list_end(t, from, to) : 0;
    if (cl && !has_head_word(t, from, cl))
        to = cl; /* "Statement by France at the Security Council" */
    else if (to <= from || to - from > 16 || !has_head_word(t, from, to))
        return 0;
    set_issuer(r, from, to);
    return 1;
}

/* Token i is a capitalised word of k's sentence. */
static int cap_word_of(const text *t, size_t i, size_t k)
{
    return t->toks[i].sent == t->toks[k].sent && t->toks[i].kind == TOK_WORD &&
           (t->toks[i].flags & TF_CAP);
}

/* Where the name that ends before token k begins, not before token lo:
 * capitalised words and the function words between them ("International
 * Committee of the Red Cross"). */
static size_t org_start(const text *t, size_t lo, size_t k)
{
    size_t a = k;
    for (;;) {
        if (a > lo && cap_word_of(t, a - 1, k)) {
            a--;
            continue;
        }
        size_t f = 0; /* function words ("of", "of the") before a name's word */
        while (f < 2 && a - f > lo + 1 && doc_in(t, a - f - 1, &lex_en_function_words) &&
               !(t->toks[a - f - 1].flags & TF_CAP))
            f++;
        if (f && a < k && cap_word_of(t, a - f - 1, k)) {
            a -= f;
            continue;
        }
        return a;
    }
}

/* The lead paragraph of a release with no letterhead names its issuer as
 * the speaker: "(Bangkok, April 14, 2023) - The airstrike ... killed at
 * least 160 people, Human Rights Watch said today." The organisation (a
 * run of capitalised words with a head word of issuer_heads.txt) right
 * before a phrase of data/en/issuer_lead_phrases.txt in the dateline's
 * paragraph, or in the first sentence of the body when there is no
 * dateline or it stands on a line of its own ("Amnesty International said
 * today that ..."), is the issuer; under a release's or statement's label
 * a plain "said" ending the clause counts too. */
int lead_issuer(dl_record *r, const header *h)
{
    const text *t = &r->txt;
    const dl_dateline *d = r->doc.dateline;
    if (r->doc.issuer)
        return 0;
    size_t i = 0;
    int first_sentence = !d;
    if (d) {
        size_t at = text_norm_offset(t, d->span.start), end = text_norm_offset(t, d->span.end);
        while (i < t->ntoks && t->toks[i].start < at)
            i++;
        /* a dateline on a line of its own ("Gaza, 6 May 2024"): the lead
         * is the next paragraph's first sentence */
        size_t j = i;
        while (j < t->ntoks && t->toks[j].start < end)
            j++;
        if (i < t->ntoks && j < t->ntoks &&
            t->sents[t->toks[j].sent].para != t->sents[t->toks[i].sent].para)
            i = j, first_sentence = 1;
    } else {
        while (i < t->ntoks && t->sents[t->toks[i].sent].para < h->body_para)
            i++;
    }
    if (i >= t->ntoks)
        return 0;
    /* under a release's or statement's own label, a plain "said" at the end
     * of the clause names its speaker too ("..., the Ministry of Health
     * said.") */
    int labelled = r->doc.kind &&
                   (!strcmp(r->doc.kind, "press release") || !strcmp(r->doc.kind, "statement"));
    size_t para = t->sents[t->toks[i].sent].para, sent = t->toks[i].sent;
    for (size_t k = i + 1; k < t->ntoks && t->sents[t->toks[k].sent].para == para &&
                           (!first_sentence || t->toks[k].sent == sent); k++) {
        pm_opts o = {t->ntoks, 8, PM_SAME_SENT, NULL};
        if (!(t->toks[k - 1].flags & TF_CAP) ||
            !(phrase_match(t, k, &lex_en_issuer_lead_phrases, &o, NULL) ||
              (labelled && tok_is(t, k, "said") && k + 1 < t->ntoks &&
               (tok_punct(t, k + 1, '.') || tok_punct(t, k + 1, ',')))))
            continue;
        size_t a = org_start(t, i, k);
        if (a < k && k - a <= 10 && (has_head_word(t, a, k) || known_body(t, a, k))) {
            set_issuer(r, a, k);
            if (!r->doc.kind) /* a dateline and "X said today": a release */
                r->doc.kind = "press release";
            return 1;
        }
    }
    return 0;
}

/* Tokens [a, a + n) and [i, i + n) spell the same, case folded. */
static int same_words(const text *t, size_t a, size_t i, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (t->toks[a + k].kind != t->toks[i + k].kind ||
            tok_len(t, a + k) != tok_len(t, i + k) ||
            strncasecmp(tok_str(t, a + k), tok_str(t, i + k), tok_len(t, a + k)))
            return 0;
    return 1;
}

/* Some token of [a, b) has a lower-case ASCII letter. */
static int has_lower(const text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        for (size_t c = 0, n = tok_len(t, i); c < n; c++)
            if (tok_str(t, i)[c] >= 'a' && tok_str(t, i)[c] <= 'z')
                return 1;
    return 0;
}

void issuer_case(dl_record *r)
{
    const text *t = &r->txt;
    if (!r->doc.issuer || r->doc.issuer_span.end <= r->doc.issuer_span.start)
        return;
    size_t at = text_norm_offset(t, r->doc.issuer_span.start);
    size_t end = text_norm_offset(t, r->doc.issuer_span.end);
    size_t a = 0, b;
    while (a < t->ntoks && t->toks[a].start < at)
        a++;
    for (b = a; b < t->ntoks && t->toks[b].start < end;)
        b++;
    size_t n = b - a;
    if (n < 2 || has_lower(t, a, b)) /* an acronym ("UNAMA") stays */
        return;
    for (size_t i = b; i + n <= t->ntoks; i++)
        if (same_words(t, a, i, n) && has_lower(t, i, i + n)) {
            r->doc.issuer = unit_string(r, i, i + n);
            return;
        }
    /* else a body known by that name: its name as the list spells it
     * ("AMNESTY INTERNATIONAL" is Amnesty International) */
    const lex_entry *e = NULL;
    pm_opts o = {b, 12, PM_SAME_SENT, NULL};
    char name[128];
    if (phrase_match(t, a, &lex_en_actor_known, &o, &e) == n &&
        lex_field(e->value, 0, name, sizeof name) > 0)
        r->doc.issuer = arena_strdup(r->a, name);
}
