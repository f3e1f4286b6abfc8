/* time_scan.c - recognisers for calendar expressions: full and partial
 * dates, years, decades, centuries, months, weekdays, quarters, seasons.
 *
 * Each reads tokens from i and describes the expression as a tx; none
 * anchors anything (time_resolve.c does). Relative phrases, durations,
 * sets and clock times are in time_scan_rel.c. */
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "date_parse.h"
#include "lexicons.h"
#include "time.h"

void tx_init(tx *x, size_t i, size_t n, const char *rule, const char *type,
                int how, int gran)
{
    memset(x, 0, sizeof *x);
    x->t0 = i;
    x->t1 = i + n;
    x->rule = rule;
    x->type = type;
    x->how = how;
    x->gran = gran;
}

static int is_cap(const text *t, size_t i)
{
    return i < t->ntoks && (t->toks[i].flags & TF_CAP);
}

/* Token i is a word of data/en/time_date_preps.txt: a preposition or
 * determiner that makes a bare month, season or year a date. */
static int date_prep(const text *t, size_t i)
{
    return t->toks[i].kind == TOK_WORD && tw_in(t, i, &lex_en_time_date_preps);
}

/* Such a word right before token i, or joined to it by a hyphen
 * ("mid-March", "late-summer"). */
static int prep_before(const text *t, size_t i)
{
    if (i > 0 && date_prep(t, i - 1))
        return 1;
    return i > 1 && tok_punct(t, i - 1, '-') && !(t->toks[i].flags & TF_SPACE) &&
           !(t->toks[i - 1].flags & TF_SPACE) && date_prep(t, i - 2);
}

/* A token touching a '/' or a letter run ("SC/10010", "A/64/1990"): part of
 * a document number, not a date. */
static int in_code(const text *t, size_t i)
{
    if (i > 0 && !(t->toks[i].flags & TF_SPACE) &&
        (tok_punct(t, i - 1, '/') || tok_punct(t, i - 1, '#') ||
         t->toks[i - 1].kind == TOK_WORD || tok_punct(t, i - 1, '.') ||
         tok_punct(t, i - 1, '$')))
        return 1;
    if (i + 1 < t->ntoks && !(t->toks[i + 1].flags & TF_SPACE) &&
        (tok_punct(t, i + 1, '/') || tok_punct(t, i + 1, '%') ||
         t->toks[i + 1].kind == TOK_WORD))
        return 1;
    if (i > 0 && (tw_is(t, i - 1, "No") || tw_is(t, i - 1, "number") ||
                  tw_is(t, i - 1, "resolution") || tok_punct(t, i - 1, '$')))
        return 1;
    if (i > 1 && tok_punct(t, i - 1, '.') && tw_is(t, i - 2, "No"))
        return 1;
    /* "No. 041-2003": after a number with a leading zero and a hyphen,
     * all glued (not "1992-1995") */
    if (i > 1 && tok_punct(t, i - 1, '-') && !(t->toks[i].flags & TF_SPACE) &&
        !(t->toks[i - 1].flags & TF_SPACE) && t->toks[i - 2].kind == TOK_NUM &&
        tok_len(t, i - 2) > 1 && tok_str(t, i - 2)[0] == '0')
        return 1;
    return 0;
}

/* Token i's entry in data/en/time_month_days.txt names `where` among its
 * places (words split by spaces). */
static int month_day_word(const text *t, size_t i, const char *where)
{
    const lex_entry *e = t->toks[i].kind == TOK_WORD ? tw_lex(t, i, &lex_en_time_month_days) : NULL;
    size_t n = strlen(where);
    for (const char *s = e ? e->value : ""; *s;) {
        if (!strncmp(s, where, n) && (s[n] == ' ' || !s[n]))
            return 1;
        const char *space = strchr(s, ' ');
        if (!space)
            break;
        s = space + 1;
    }
    return 0;
}

/* Can the ordinal at token j be a day, by what comes right after it (at
 * `limit` the sentence ends)? Punctuation other than '-' and '\'' can, and
 * the words marked after, unless they join another ordinal to a noun
 * ("the 19th and 20th centuries"). */
static int month_day_after(const text *t, size_t j, size_t limit)
{
    if (j + 1 >= limit)
        return 1;
    if (t->toks[j + 1].kind == TOK_PUNCT)
        return !tok_punct(t, j + 1, '-') && !tok_punct(t, j + 1, '\'');
    if (!month_day_word(t, j + 1, "after"))
        return 0;
    int v;
    return !(j + 3 < limit && tw_ordinal(t, j + 2, limit, &v) == 1 &&
             t->toks[j + 3].kind == TOK_WORD && !month_day_word(t, j + 3, "after"));
}

/* "of this month", "of last month", "of the same month" at token j:
 * the tokens read (0: none), and in *shift the months from the document
 * date's, or MDAY_STORY for the month the story is in. */
enum { MDAY_STORY = 100 };
static size_t of_month(const text *t, size_t j, size_t limit, int *shift)
{
    if (!tw_is(t, j, "of"))
        return 0;
    const lex_entry *e = NULL;
    size_t k = j + 1;
    for (; k < limit && k <= j + 2 && t->toks[k].kind == TOK_WORD; k++) {
        const lex_entry *w = tw_lex(t, k, &lex_en_time_month_days);
        const char *m = w ? strstr(w->value, "month=") : NULL;
        if (!m)
            break;
        e = w;
        *shift = m[6] == 's' ? MDAY_STORY : tw_int(m + 6);
    }
    return e && k < limit && tw_is(t, k, "month") ? k + 1 - j : 0;
}

/* "on the 19th", "by the 3rd", "the night of the 21st", "the 15th of this
 * month" (i is "the"): a day of the month the story is in, or of the one
 * named (A_MDAY). The words around it come from
 * data/en/time_month_days.txt. */
static size_t month_day(const text *t, size_t i, size_t limit, tx *x)
{
    int v, shift = MDAY_STORY;
    size_t j = i + 1, named = 0;
    if (i == 0 || j >= limit || t->toks[j].kind != TOK_NUM || tw_ordinal(t, j, limit, &v) != 1 ||
        v < 1 || v > 31 ||
        !((named = of_month(t, j + 1, limit, &shift)) || month_day_after(t, j, limit)))
        return 0;
    /* with no month named, only after a word that makes it a day */
    int of = month_day_word(t, i - 1, "of");
    if (!named && !(of ? i >= 2 && (tw_in(t, i - 2, &lex_en_time_parts_of_day) ||
                                    month_day_word(t, i - 2, "owner"))
                       : month_day_word(t, i - 1, "before")))
        return 0;
    tx_init(x, i, 2 + named, "date.month_day", "DATE", A_MDAY, G_DAY);
    x->d = v;
    x->dct_month = shift != MDAY_STORY;
    x->shift = x->dct_month ? shift : 0;
    return 2 + named;
}

size_t scan_date(const text *t, size_t i, size_t limit, tx *x)
{
    date_parts d;
    if (t->toks[i].kind == TOK_NUM && in_code(t, i) &&
        !(i + 1 < t->ntoks && (tok_punct(t, i + 1, '/') || tok_punct(t, i + 1, '-'))))
        return 0;
    if (i > 0 && tok_punct(t, i - 1, '/') && !(t->toks[i].flags & TF_SPACE))
        return 0;
    size_t n = date_parse(t, i, limit, &d);
    if (!n && tw_is(t, i, "the"))
        return month_day(t, i, limit, x);
    if (!n || (!d.day && !d.year))
        return 0;
    /* a numeric date glued to more digits or slashes is a code */
    if (i + n < t->ntoks && !(t->toks[i + n].flags & TF_SPACE) &&
        (tok_punct(t, i + n, '/') || t->toks[i + n].kind == TOK_NUM))
        return 0;
    int gran = d.day ? G_DAY : G_MONTH;
    tx_init(x, i, n, d.weekday ? "date.weekday_full" : "date.absolute", "DATE",
         A_ABS, gran);
    x->y = d.year;
    x->m = d.month;
    x->d = d.day;
    if (!d.year)
        x->rule = "date.yearless";
    /* "the 19th of January" starts at "the"; keep "the" out of the span
     * unless it was needed for "of" */
    if (tw_is(t, i, "the") && !tw_is(t, i + 2, "of"))
        x->t0 = i + 1;
    return n;
}

static int year_of(const text *t, size_t i)
{
    int nd = 0, v = tw_digits(t, i, &nd);
    return (nd == 4 && v >= 1000 && v <= 2199) ? v : 0;
}

/* "nineteen ninety-six" at j: the year, with the tokens read in *n. */
static int spoken_year(const text *t, size_t j, size_t limit, size_t *n)
{
    int hi = 0, lo = 0;
    if (j >= limit || t->toks[j].kind != TOK_WORD)
        return 0;
    size_t a = tw_count(t, j, limit, &hi), b = a ? tw_count(t, j + a, limit, &lo) : 0;
    if (a == 1 && (hi == 19 || hi == 20) && b && lo >= 10 && lo <= 99 &&
        t->toks[j + a].kind == TOK_WORD && !tw_is(t, j + a, "a")) {
        *n = a + b;
        return hi * 100 + lo;
    }
    return 0;
}

/* A written year at j, in digits or words; tokens read in *n. */
static int any_year(const text *t, size_t j, size_t limit, size_t *n)
{
    int y = j < limit ? year_of(t, j) : 0;
    if (y) {
        *n = 1;
        return y;
    }
    return spoken_year(t, j, limit, n);
}

/* "1990s", "1990's", "'90s", "the nineties" are handled by decade(). */
static size_t decade(const text *t, size_t i, size_t limit, tx *x)
{
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i);
    int v;
    if (t->toks[i].kind == TOK_NUM && n == 5 && s[4] == 's' &&
        (v = tw_int(s)) >= 1000 && v % 10 == 0) {
        tx_init(x, i, 1, "date.decade", "DATE", A_LIT, G_DECADE);
        tf_snprintf(x->lit, sizeof x->lit, "%03d", v / 10);
        return 1;
    }
    /* "1990's" and "the '90s" */
    if ((v = year_of(t, i)) && v % 10 == 0 && i + 2 < limit &&
        tok_punct(t, i + 1, '\'') && tw_is(t, i + 2, "s")) {
        tx_init(x, i, 3, "date.decade", "DATE", A_LIT, G_DECADE);
        tf_snprintf(x->lit, sizeof x->lit, "%03d", v / 10);
        return 3;
    }
    if (tok_punct(t, i, '\'') && i + 1 < limit && n == 1 &&
        t->toks[i + 1].kind == TOK_NUM && tok_len(t, i + 1) == 3 &&
        tok_str(t, i + 1)[2] == 's' && !(t->toks[i + 1].flags & TF_SPACE)) {
        v = tw_int(tok_str(t, i + 1));
        tx_init(x, i, 2, "date.decade_short", "DATE", A_LIT, G_DECADE);
        tf_snprintf(x->lit, sizeof x->lit, "19%d", v / 10);
        return 2;
    }
    return 0;
}

/* "the twentieth century", "the 20th century", "the 1800s" elsewhere. */
static size_t century(const text *t, size_t i, size_t limit, tx *x)
{
    size_t j = tw_is(t, i, "the") ? i + 1 : i;
    /* an ordinal is one token ("20th") or three ("twenty-first"): look for
     * "century" after either before reading it */
    if (!(j + 1 < limit && tw_is(t, j + 1, "century")) &&
        !(j + 3 < limit && tw_is(t, j + 3, "century")))
        return 0;
    int ord = 0;
    size_t n = tw_ordinal(t, j, limit, &ord);
    if (!n || ord < 1 || ord > 30 || j + n >= limit || !tw_is(t, j + n, "century"))
        return 0;
    tx_init(x, i, j + n + 1 - i, "date.century", "DATE", A_LIT, G_CENTURY);
    tf_snprintf(x->lit, sizeof x->lit, "%02d", ord - 1);
    return j + n + 1 - i;
}

size_t scan_year(const text *t, size_t i, size_t limit, tx *x)
{
    size_t n;
    if (tw_is(t, i, "the") && i + 1 < limit && (n = decade(t, i + 1, limit, x))) {
        x->t0 = i; /* "the 1990s": the article belongs to the decade */
        return n + 1;
    }
    if ((n = decade(t, i, limit, x)) || (n = century(t, i, limit, x)))
        return n;
    /* "the year 1990", "fiscal 1989" */
    size_t j = i;
    const char *rule = "date.year";
    int spoken = 0;
    if (tw_is(t, j, "the") && tw_is(t, j + 1, "year") && year_of(t, j + 2)) {
        j += 2;
        rule = "date.the_year";
    } else if (tw_is(t, j, "the") && tw_is(t, j + 1, "year") &&
               tw_count(t, j + 2, limit, &spoken) && spoken >= 1000 && spoken <= 2199) {
        /* "the year two thousand" */
        size_t c = tw_count(t, j + 2, limit, &spoken);
        tx_init(x, i, 2 + c, "date.spoken_year", "DATE", A_ABS, G_YEAR);
        x->y = spoken;
        return 2 + c;
    } else if (tw_is(t, j, "fiscal") && year_of(t, j + 1)) {
        j += 1;
        rule = "date.fiscal_year";
    }
    int y = j < limit ? year_of(t, j) : 0;
    size_t sn = 0;
    int sy = y ? 0 : spoken_year(t, j, limit, &sn);
    if (sy) {
        tx_init(x, i, j + sn - i, "date.spoken_year", "DATE", A_ABS, G_YEAR);
        x->y = sy;
        return j + sn - i;
    }
    if (!y || in_code(t, j))
        return 0;
    if (j == i) {
        /* a bare number is a year only in a date-like position */
        int prep = i > 0 && date_prep(t, i - 1) && !tw_is(t, i - 1, "the");
        int month = i > 0 && date_month_name(t, i - 1);
        if (!prep && !month && i > 0 && tw_is(t, i - 1, "the") && (y < 1900 || y > 2100))
            return 0;
        if (!prep && !month && (y < 1900 || y > 2100))
            return 0;
        /* "1990 people": a count followed by what it counts; but "the
         * 2022 protests", "the 1990 elections" name what a year saw */
        int named = i > 0 && tw_is(t, i - 1, "the") && y >= 1900 && y <= 2100;
        if (!prep && !named && j + 1 < limit && t->toks[j + 1].kind == TOK_WORD &&
            !(t->toks[j + 1].flags & TF_CAP) && tok_len(t, j + 1) > 3 &&
            tok_str(t, j + 1)[tok_len(t, j + 1) - 1] == 's')
            return 0;
        /* "1990 troops" counts them; "In 1990 troops entered the city"
         * opens its sentence with a year */
        int opens = prep && (t->toks[i - 1].flags & TF_SENT_START) && y >= 1900 && y <= 2100;
        if (!opens && j + 1 < limit && tw_in(t, j + 1, &lex_en_time_counted))
            return 0;
        /* "Orion 1980", "Vision 2020": a number after a capitalised word
         * inside the sentence (not a month, holiday or other time word) is
         * part of a name */
        if (i > 0 && t->toks[i - 1].kind == TOK_WORD && (t->toks[i - 1].flags & TF_CAP) &&
            !(t->toks[i - 1].flags & TF_SENT_START) && !tw_in(t, i - 1, &lex_en_time_starts))
            return 0;
        if (i > 0 && tw_any(t, i - 1, (const char *const[]){"about", "some",
                    "nearly", "almost", "than", "approximately", "roughly",
                    "total", "least", NULL}))
            return 0;
    }
    tx_init(x, i, j + 1 - i, rule, "DATE", A_ABS, G_YEAR);
    x->y = y;
    return j + 1 - i;
}

size_t scan_month(const text *t, size_t i, size_t limit, tx *x)
{
    static const char *const rel[] = {"last", "next", "this", "past", "coming",
                                      NULL};
    size_t j = i;
    int dir = 0, has_rel = 0;
    if (tw_any(t, i, rel) || (tw_is(t, i, "this") && 0)) {
        has_rel = 1;
        dir = tw_is(t, i, "last") || tw_is(t, i, "past") ? -1
            : tw_is(t, i, "this") ? 0 : 1;
        j++;
    }
    int m = j < limit ? date_month_name(t, j) : 0;
    if (!m)
        return 0;
    /* "May" the verb, "March" the noun, "June" the name */
    if (!has_rel) {
        int prep = prep_before(t, i);
        const char *s = tok_str(t, j);
        int ambiguous = !strncasecmp(s, "may", 3) || !strncasecmp(s, "march", 5) ||
                        !strncasecmp(s, "june", 4) || !strncasecmp(s, "april", 5) ||
                        !strncasecmp(s, "august", 6);
        if (tok_len(t, j) < 5 && !(tok_len(t, j) == 3 && tw_is(t, j, "may")) &&
            !tw_is(t, j, "june") && !tw_is(t, j, "july"))
            return 0; /* "Jan" alone is too short to trust */
        if (ambiguous && !prep)
            return 0;
        if (!prep && i > 0 && is_cap(t, i - 1) &&
            !(t->toks[i].flags & TF_SENT_START) && t->toks[i - 1].kind == TOK_WORD)
            return 0;
        if (j + 1 < t->ntoks && is_cap(t, j + 1) && t->toks[j + 1].kind == TOK_WORD &&
            !(t->toks[j + 1].flags & TF_NEWLINE))
            return 0;
    }
    tx_init(x, i, j + 1 - i, has_rel ? "date.month_relative" : "date.month",
         "DATE", has_rel ? A_MONTHREL : A_ABS, G_MONTH);
    x->m = m;
    x->dir = dir;
    /* "January of 1990", "January nineteen ninety"; "January 1990" is
     * date_parse's */
    size_t of = j + 1 < limit && tw_is(t, j + 1, "of") ? 1 : 0, yn = 0;
    int y = of || !has_rel ? any_year(t, j + 1 + of, limit, &yn) : 0;
    if (y) {
        x->how = A_ABS;
        x->y = y;
        x->t1 = j + 1 + of + yn;
        x->rule = "date.month_of_year";
    }
    return x->t1 - i;
}

/* "Christmas", "New Year's Day": a year-less date by name. */
size_t scan_holiday(const text *t, size_t i, size_t limit, tx *x)
{
    const lex_entry *e = NULL;
    if (!is_cap(t, i))
        return 0;
    size_t n = tw_phrase(t, i, limit, &lex_en_time_holidays, &e);
    if (!n || !strcmp(e->value, "none"))
        return 0; /* "Bloody Sunday": an event's name, no day */
    /* "the Good Friday Agreement", "Christmas Island": part of a name */
    size_t k = i + n;
    if (k < limit && t->toks[k].kind == TOK_WORD && (t->toks[k].flags & TF_CAP) &&
        !(t->toks[k].flags & TF_SENT_START) && !date_month_name(t, k) &&
        !tw_in(t, k, &lex_en_weekdays))
        return 0;
    tx_init(x, i, n, "date.holiday", "DATE", A_ABS, G_DAY);
    /* its year: "Easter 2008", "Christmas of 2021", "Eid al-Fitr, 2021"
     * in the expression; "Eid al-Adha in 2022" outside it */
    int y = k < limit ? year_of(t, k) : 0;
    int sep = !y && k + 1 < limit &&
              (tw_is(t, k, "of") || tok_punct(t, k, ',') || tw_is(t, k, "in"));
    if (sep && (y = year_of(t, k + 1)) && !tw_is(t, k, "in"))
        x->t1 = k + 2;
    else if (y && !sep)
        x->t1 = k + 1;
    x->y = y;
    const char *bar = strchr(e->value, '|');
    size_t dn = bar ? (size_t)(bar - e->value) : strlen(e->value);
    if (bar) /* dates by country: time_national_holiday chooses */
        x->national = bar + 1;
    if (dn == 1 && e->value[0] == '-')
        return x->t1 - i; /* no date but a country's */
    x->m = tw_int(e->value);
    x->d = tw_int(e->value + 3);
    if (!x->m || memchr(e->value, '/', dn)) {
        /* a movable feast: its day is found once the year is known; until
         * then Easter counts as April */
        size_t ln = dn < sizeof x->lit - 1 ? dn : sizeof x->lit - 1;
        memcpy(x->lit, e->value, ln);
        x->lit[ln] = 0;
        x->m = x->m ? x->m : 4;
        x->d = 0;
    }
    return x->t1 - i;
}

/* "the fourth Saturday of November (2024)", "the last Monday in May": that
 * day of the month, found once the year is known (holiday_day's rule
 * "M/N/W"). i is at "the". */
static size_t nth_weekday_of(const text *t, size_t i, size_t limit, tx *x)
{
    size_t j = i + 1;
    int n = 0;
    if (j < limit && tw_is(t, j, "last"))
        j++;
    else if (tw_ordinal(t, j, limit, &n) == 1 && n >= 1 && n <= 5 &&
             t->toks[j].kind == TOK_WORD)
        j++;
    else
        return 0;
    const lex_entry *e = j < limit && is_cap(t, j) ? tw_lex(t, j, &lex_en_weekdays) : NULL;
    if (!e || j + 2 >= limit || !(tw_is(t, j + 1, "of") || tw_is(t, j + 1, "in")))
        return 0;
    int m = date_month_name(t, j + 2);
    if (!m)
        return 0;
    size_t k = j + 3, yn = 0;
    int y = any_year(t, k, limit, &yn);
    tx_init(x, i, k + yn - i, "date.nth_weekday", "DATE", A_ABS, G_DAY);
    x->m = m;
    x->y = y;
    tf_snprintf(x->lit, sizeof x->lit, "%d/%d/%d", m, n, tw_int(e->value));
    return x->t1 - i;
}

size_t scan_weekday(const text *t, size_t i, size_t limit, tx *x)
{
    size_t j = i;
    int dir = 0, from_ref = 0;
    size_t nth = tw_is(t, i, "the") ? nth_weekday_of(t, i, limit, x) : 0;
    if (nth)
        return nth;
    /* "last Friday", "next Tuesday"; "the previous Friday" (the story's) */
    const lex_entry *rel = tw_lex(t, i, &lex_en_time_weekday_rel);
    int the = rel && !strcmp(rel->value, "the");
    if (the)
        rel = i + 1 < limit ? tw_lex(t, i + 1, &lex_en_time_weekday_rel) : NULL;
    if (the && !rel)
        return 0;
    if (rel) {
        /* direction|anchor */
        const char *bar = strchr(rel->value, '|');
        from_ref = bar && !strcmp(bar + 1, "ref");
        if (from_ref != the)
            return 0;
        dir = tw_int(rel->value);
        j = i + (size_t)the + 1;
    }
    if (j >= limit || !is_cap(t, j) || t->toks[j].kind != TOK_WORD)
        return 0;
    /* the day of a feast's name ("Good Friday"), which scan_holiday reads
     * or, inside a longer name ("the Good Friday Agreement"), leaves */
    const lex_entry *h;
    if (j == i && j > 0 && tw_phrase(t, j - 1, j + 1, &lex_en_time_holidays, &h) == 2)
        return 0;
    const lex_entry *e = tw_lex(t, j, &lex_en_weekdays);
    size_t len = tok_len(t, j), pn;
    int plural = !e && len > 6 && tok_str(t, j)[len - 1] == 's' &&
                 (e = lex_get(&lex_en_weekdays, tok_str(t, j), len - 1));
    const lex_entry *p = e && j + 1 < limit && t->toks[j + 1].kind == TOK_WORD &&
                         (pn = tok_len(t, j + 1)) > 1 && tok_str(t, j + 1)[pn - 1] == 's'
        ? lex_get(&lex_en_time_parts_of_day, tok_str(t, j + 1), pn - 1) : NULL;
    if (j == i && (plural || p)) {
        /* "Mondays", "on Tuesday nights": every such day */
        tx_init(x, i, p ? 2 : 1, "set.weekdays", "SET", A_LIT, G_NONE);
        tf_snprintf(x->lit, sizeof x->lit, "XXXX-WXX-%s%s", e->value, p ? p->value : "");
        return x->t1 - i;
    }
    if (!e || len < 6)
        return 0;
    tx_init(x, i, j + 1 - i, from_ref ? "date.weekday_anaphoric"
                             : j > i ? "date.weekday_relative" : "date.weekday",
         "DATE", A_WEEKDAY, G_DAY);
    x->wd = tw_int(e->value);
    x->dir = dir;
    x->shift = from_ref; /* counted from the reference day */
    return j + 1 - i;
}

/* "Q3 2023", "H1 2024", "in Q3" (data/en/time_period_codes.txt): a
 * quarter or half by its code, and the year after it; without one only
 * after a word of time_date_preps.txt other than "the". */
static size_t period_code(const text *t, size_t i, size_t limit, tx *x)
{
    const lex_entry *e = t->toks[i].kind == TOK_WORD && (t->toks[i].flags & TF_CAP)
        ? tw_lex(t, i, &lex_en_time_period_codes) : NULL;
    if (!e)
        return 0;
    int half = e->value[0] == 'h';
    tx_init(x, i, 1, half ? "date.half" : "date.quarter", "DATE", A_ABS,
            half ? G_HALF : G_QUARTER);
    x->q = e->value[1] - '0';
    if (i + 1 < limit && year_of(t, i + 1)) {
        x->y = year_of(t, i + 1);
        x->t1 = i + 2;
    } else if (!(i > 0 && date_prep(t, i - 1) && !tw_is(t, i - 1, "the"))) {
        return 0; /* a code alone after "in", "during" ...: "the Q1 team" is none */
    }
    return x->t1 - i;
}

/* "the third quarter (of 1990)", "third-quarter", "the first half". */
size_t scan_quarter(const text *t, size_t i, size_t limit, tx *x)
{
    size_t c = period_code(t, i, limit, x);
    if (c)
        return c;
    size_t j = tw_is(t, i, "the") ? i + 1 : i;
    if (tw_is(t, j, "fiscal") || tw_is(t, j, "fiscal-"))
        j++;
    int q = 0;
    size_t n = tw_ordinal(t, j, limit, &q);
    if (!n || q < 1 || q > 4)
        return 0;
    j += n;
    int hyphen = j < limit && tok_punct(t, j, '-');
    if (hyphen)
        j++;
    if (j < limit && tw_is(t, j, "fiscal"))
        j++;
    int half = j < limit && tw_is(t, j, "half");
    if (j >= limit || !(tw_is(t, j, "quarter") || half) || (half && q > 2))
        return 0;
    tx_init(x, i, j + 1 - i, half ? "date.half" : "date.quarter", "DATE", A_ABS,
         half ? G_HALF : G_QUARTER);
    x->q = q;
    if (hyphen && tw_is(t, i, "the"))
        x->t0 = i + 1; /* "the third-quarter results": "the" is the noun's */
    size_t k = j + 1;
    if (k + 1 < limit && (tw_is(t, k, "of") || tok_punct(t, k, ',')) && year_of(t, k + 1)) {
        x->y = year_of(t, k + 1);
        x->t1 = k + 2;
    } else if (k < limit && year_of(t, k)) {
        x->y = year_of(t, k);
        x->t1 = k + 1;
    }
    return x->t1 - i;
}

/* "the winter and spring of 1933": the year written after the season
 * coordinated with the one ending before k, else 0. */
static int season_partner_year(const text *t, size_t k, size_t limit)
{
    if (k + 1 >= limit || !(tw_is(t, k, "and") || tw_is(t, k, "or")))
        return 0;
    k += 1 + tw_is(t, k + 1, "the");
    if (k >= limit || !tw_lex(t, k, &lex_en_time_seasons))
        return 0;
    k += 1 + (k + 1 < limit && tw_is(t, k + 1, "of"));
    size_t yn = 0;
    return any_year(t, k, limit, &yn);
}

size_t scan_season(const text *t, size_t i, size_t limit, tx *x)
{
    static const char *const rel[] = {"last", "next", "this", "past", "coming",
                                      NULL};
    size_t j = i;
    int dir = 0, has_rel = 0, the = 0, that = 0;
    if (tw_is(t, i, "that") && i + 1 < limit && tw_lex(t, i + 1, &lex_en_time_seasons)) {
        that = has_rel = 1; /* "that spring": the story's */
        j++;
    } else if (tw_is(t, i, "the") && i + 2 < limit &&
               tw_lex(t, i + 2, &lex_en_time_seasons) &&
               (tw_is(t, i + 1, "following") || tw_is(t, i + 1, "next") ||
                tw_is(t, i + 1, "previous") || tw_is(t, i + 1, "preceding"))) {
        /* "By the following spring": the first after the story's day */
        that = has_rel = 1;
        dir = tw_is(t, i + 1, "following") || tw_is(t, i + 1, "next") ? 1 : -1;
        j += 2;
    } else if (tw_any(t, i, rel)) {
        has_rel = 1;
        dir = tw_is(t, i, "last") || tw_is(t, i, "past") ? -1
            : tw_is(t, i, "this") ? 0 : 1;
        j++;
    } else if (tw_is(t, i, "the")) {
        the = 1;
        j++;
    }
    const lex_entry *e = j < limit ? tw_lex(t, j, &lex_en_time_seasons) : NULL;
    if (!e || t->toks[j].kind != TOK_WORD)
        return 0;
    static const char *const codes[] = {"SP", "SU", "FA", "WI"};
    int s = 0;
    for (int k = 0; k < 4; k++)
        if (!strcmp(e->value, codes[k]))
            s = k + 1;
    size_t k = j + 1, yn = 0;
    size_t of = k < limit && tw_is(t, k, "of") ? 1 : 0;
    int y = any_year(t, k + of, limit, &yn);
    if (y)
        k += of + yn;
    else
        y = season_partner_year(t, k, limit);
    /* "the eve of the fall of the regime", "the fall of Srebrenica": a
     * season "of" anything but a year ("of 1998", "of that year") is a
     * noun */
    if (of && !y && !(tw_is(t, k + 1, "that") || tw_is(t, k + 1, "this") ||
                      tw_is(t, k + 1, "last") || tw_is(t, k + 1, "next") ||
                      (tw_is(t, k + 1, "the") && tw_lex(t, k + 2, &lex_en_time_units))))
        return 0;
    /* "said that spring rains flooded fields": "that" and a season
     * before a noun is no date; before punctuation or a function word it
     * is ("in the valley that spring.", "That summer, ...") */
    if (that && tw_is(t, i, "that") && !y && k < limit && t->toks[k].kind == TOK_WORD &&
        !tw_in(t, k, &lex_en_function_words) && !tw_is(t, k, "when") && !tw_is(t, k, "as"))
        return 0;
    /* "fall", "spring" are also verbs and nouns: want a date-like frame */
    int prep = prep_before(t, i);
    if (!has_rel && !y && !(prep && (the || tw_is(t, i - 1, "in"))))
        return 0;
    tx_init(x, i, k - i, that ? "date.season_anaphoric" : has_rel ? "date.season_relative"
                                                            : "date.season",
            "DATE", that ? A_REF : has_rel ? A_DCT : A_ABS, G_SEASON);
    x->q = s;
    x->y = y;
    x->dir = dir;
    x->shift = dir;
    return k - i;
}
