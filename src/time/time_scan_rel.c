/* time_scan_rel.c - recognisers for fixed relative phrases ("yesterday",
 * "the following day", "now"), durations ("nineteen years", "more than a
 * decade", "two-year"), shifted dates ("two days ago", "a year earlier")
 * and sets ("every year", "each January").
 *
 * Calendar expressions are in time_scan.c, clock times and parts of the
 * day in time_scan_clock.c; combining is in time_scan_any.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "date_parse.h"
#include "lexicons.h"
#include "time.h"

/* Token k ends an amount: a number, "%", "percent", a multiplier
 * ("million"), or a noun after a count ("10,000 units", "four flights"). */
static int amount_at(const text *t, size_t k)
{
    int v;
    if (t->toks[k].kind == TOK_NUM || tok_punct(t, k, '%') || tw_is(t, k, "percent") ||
        tw_in(t, k, &lex_en_number_multipliers))
        return 1;
    return k > 0 && t->toks[k].kind == TOK_WORD && !(t->toks[k].flags & TF_CAP) &&
           (t->toks[k - 1].kind == TOK_NUM || tw_count(t, k - 1, k, &v) == 1) &&
           !tw_is(t, k - 1, "a") && !tw_is(t, k - 1, "an");
}

size_t scan_phrase(const text *t, size_t i, size_t limit, tx *x)
{
    const lex_entry *e = NULL;
    size_t n = tw_phrase(t, i, limit, &lex_en_time_phrases, &e);
    if (!n)
        return 0;
    /* type|how|a|b|c, read at build time */
    const time_phrase_field *f = &time_phrase_fields[e - lex_en_time_phrases.entries];
    /* "current", "future" as adjectives before a capitalised name are still
     * times in TimeML, and so is "Now" opening a sentence ("Now officials
     * are investigating"); set off by a comma ("Now, he says ...",
     * "Currently, organs are rationed ...") TimeBank leaves it untagged */
    if (n == 1 && f->present_ref && (t->toks[i].flags & TF_SENT_START) &&
        i + 1 < t->ntoks && tok_punct(t, i + 1, ','))
        return 0;
    /* "the current account", "current assets": a term, not the present */
    if (!strcmp(f->suffix, "adj") && i + n < limit &&
        tw_in(t, i + n, &lex_en_time_adjective_blockers))
        return 0;
    /* "the present letter": an adjective, not the present */
    if (!strcmp(f->suffix, "noun") && i + n < limit && t->toks[i + n].kind == TOK_WORD &&
        !(t->toks[i + n].flags & (TF_CAP | TF_UPPER)) &&
        !tw_in(t, i + n, &lex_en_time_noun_followers))
        return 0;
    /* "USA Today", "VOA Today": a capitalised word after a name is part of
     * the name */
    if (n == 1 && (t->toks[i].flags & TF_CAP) && !(t->toks[i].flags & TF_SENT_START) &&
        i > 0 && t->toks[i - 1].kind == TOK_WORD && (t->toks[i - 1].flags & TF_CAP))
        return 0;
    /* "This Week", "Good Morning America": a title, not a time */
    if (n >= 2 && !(t->toks[i].flags & TF_SENT_START)) {
        size_t caps = 0;
        for (size_t k = i; k < i + n; k++)
            caps += t->toks[k].kind == TOK_WORD && (t->toks[k].flags & TF_CAP);
        if (caps == n)
            return 0;
    }
    /* "the month of Ramadan", "the week after the attack", "the week-long
     * strike": "the" and a unit belong to another phrase */
    if (n == 2 && f->how == TPF_REF && !f->shift && tw_is(t, i, "the") && i + 2 < limit &&
        ((tok_punct(t, i + 2, '-') && !(t->toks[i + 2].flags & TF_SPACE)) ||
         (f->gran != G_YEAR && tw_in(t, i + 2, &lex_en_time_the_unit_blockers))))
        return 0;
    const char *t_type = f->type;
    if (f->how == TPF_LIT) {
        tx_init(x, i, n, t_type[0] == 'S' ? "set.word"
                         : t_type[1] == 'U' ? "duration.word" : "ref.word",
                t_type, A_LIT, G_NONE);
        memcpy(x->lit, f->lit, strlen(f->lit) + 1);
        return n;
    }
    /* "the (fiscal) year ended Sept. 30": the span of a year up to a date */
    if (tw_is(t, i + n - 1, "year") && i + n < limit &&
        (tw_is(t, i + n, "ended") || tw_is(t, i + n, "ending"))) {
        tx_init(x, i, n, "duration.year_ended", "DURATION", A_LIT, G_NONE);
        memcpy(x->lit, "P1Y", 4);
        return n;
    }
    if (f->how == TPF_STORY) {
        tx_init(x, i, n, "rel.story_quarter", t_type, A_STORY, G_QUARTER);
        x->shift = f->shift;
        x->fallback = f->fallback;
        return n;
    }
    if (f->how == TPF_ELAPSED) { /* "this day last year": the document's
                                  * day, so many years back */
        tx_init(x, i, n, "rel.ago_today", t_type, A_ELAPSED, G_DAY);
        x->shift = f->shift;
        return n;
    }
    int dct = f->how == TPF_DCT;
    /* "that day" is the story's time; "the day before", "a year later" a
     * time apart from it */
    tx_init(x, i, n, dct ? "rel.deictic" : f->shift ? "rel.anaphoric_shift" : "rel.anaphoric",
            t_type, dct ? A_DCT : A_REF, f->gran);
    x->shift = f->shift;
    memcpy(x->suffix, f->suffix, strlen(f->suffix) + 1);
    return n;
}

/* The duration value for n units (n < 0: unknown). */
static void duration_value(char *buf, size_t cap, int n, char letter, int clock,
                           int mult)
{
    if (letter == 'Q') {
        letter = 'M';
        mult *= 3;
    }
    if (cap < 16) { /* too small to write directly (never: a tx lit) */
        if (n < 0)
            tf_snprintf(buf, cap, "P%sX%c", clock ? "T" : "", letter);
        else
            tf_snprintf(buf, cap, "P%s%d%c", clock ? "T" : "", n * mult, letter);
        return;
    }
    /* what "P%s%d%c" writes, directly: at most 15 bytes */
    char *p = buf;
    *p++ = 'P';
    if (clock)
        *p++ = 'T';
    if (n < 0) {
        *p++ = 'X';
    } else {
        int v = n * mult;
        unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
        char d[10];
        int k = 0;
        do {
            d[k++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            *p++ = '-';
        while (k)
            *p++ = d[--k];
    }
    *p++ = letter;
    *p = 0;
}

/* "ago", "earlier", "later", "before", "after": a shifted date. */
static int shift_word(const text *t, size_t i, int *dct)
{
    if (tw_is(t, i, "ago")) {
        *dct = 1;
        return -1;
    }
    *dct = 0;
    if (tw_is(t, i, "earlier") || tw_is(t, i, "before"))
        return -1;
    if (tw_is(t, i, "later") || tw_is(t, i, "after"))
        return 1;
    return 0;
}

/* Token i follows a modal or a future auxiliary ("will", "could"), listed
 * in data/en/time_tense.txt. */
static int modal_before(const text *t, size_t i)
{
    const lex_entry *e = i > 0 ? tw_lex(t, i - 1, &lex_en_time_tense) : NULL;
    return e && (!strcmp(e->value, "modal") || !strcmp(e->value, "future"));
}

/* After the count and unit at [i, j): a shifted date, or the duration. */
/* "today", ", on this day", "on this very day", "on this date" right after
 * "... years ago": its tokens, or 0. */
static size_t today_tail(const text *t, size_t j, size_t limit)
{
    if (j < limit && tw_is(t, j, "today"))
        return 1;
    size_t k = j < limit && tok_punct(t, j, ',') ? j + 1 : j;
    if (k + 2 >= limit || !tw_is(t, k, "on") || !tw_is(t, k + 1, "this"))
        return 0;
    size_t d = k + 2 + (size_t)tw_is(t, k + 2, "very");
    return d < limit && (tw_is(t, d, "day") || tw_is(t, d, "date")) ? d + 1 - j : 0;
}

/* A unit word's fields (tw_unit). */
typedef struct {
    char letter;
    int clock, mult, gran;
} unit;

static size_t duration_tail(const text *t, size_t i, size_t j, size_t limit,
                            int n, const unit *u, tx *x)
{
    char letter = u->letter;
    int clock = u->clock, mult = u->mult, gran = u->gran;
    size_t k = j + 1;
    /* "a week or so ago" */
    int or_so = k + 2 < limit && tw_is(t, k, "or") && tw_is(t, k + 1, "so") &&
        (tw_is(t, k + 2, "ago") || tw_is(t, k + 2, "earlier") || tw_is(t, k + 2, "later"));
    if (or_so)
        k += 2;
    /* "A year to the day after the massacre": so many units from the
     * story's day, to the day */
    int to_day = !or_so && k + 3 < limit && tw_is(t, k, "to") && tw_is(t, k + 1, "the") &&
                 tw_is(t, k + 2, "day") && (tw_is(t, k + 3, "after") || tw_is(t, k + 3, "before"));
    if (to_day)
        k += 3;
    int dct = 0, dir = k < limit ? shift_word(t, k, &dct) : 0;
    /* "Two days after that, NATO launched air strikes": "that" a pronoun
     * (punctuation next) counts from the story's day, as "later" does */
    int pron = !to_day && dir && !dct && k + 2 < limit && tw_is(t, k + 1, "that") &&
               t->toks[k + 2].kind == TOK_PUNCT && (tw_is(t, k, "after") || tw_is(t, k, "before"));
    if (pron)
        k++;
    int shifts = dir && n >= 0 &&
                 (to_day || pron || (!tw_is(t, k, "after") && !tw_is(t, k, "before")));
    /* "Forty-eight hours later": whole days, a shifted day */
    if (shifts && n > 0 && gran == G_TIME && letter == 'H' && (n * mult) % 24 == 0) {
        mult = n * mult / 24;
        n = 1;
        gran = G_DAY;
    }
    /* "Twenty-five years ago today", "Three decades ago today", "Thirty
     * years ago, on this very day": the same day, so many years back */
    size_t td = shifts && dct && letter == 'Y' && n > 0 &&
                (gran == G_YEAR || gran == G_DECADE || gran == G_CENTURY)
        ? today_tail(t, k + 1, limit) : 0;
    if (td) {
        tx_init(x, i, k + 1 + td - i, "rel.ago_today", "DATE", A_ELAPSED, G_DAY);
        x->shift = n * mult;
        return k + 1 + td - i;
    }
    /* "Five years ago this month": the document's month, so many years
     * back */
    if (shifts && dct && letter == 'Y' && n > 0 && gran == G_YEAR && k + 2 < limit &&
        tw_is(t, k + 1, "this") && tw_is(t, k + 2, "month")) {
        tx_init(x, i, k + 3 - i, "rel.ago_this_month", "DATE", A_ELAPSED, G_MONTH);
        x->shift = n * mult;
        return k + 3 - i;
    }
    if (shifts && gran != G_TIME) {
        tx_init(x, i, k + 1 - i, dct ? "rel.ago" : to_day ? "rel.shift_to_day" : "rel.shift",
                "DATE", dct ? A_DCT : A_REF, gran);
        x->shift = dir * n * mult;
        x->mod = or_so ? "APPROX" : NULL;
        if (gran == G_DECADE || gran == G_CENTURY) {
            x->gran = G_YEAR;
        }
        return k + 1 - i;
    }
    if (n < 0 && k < limit && tw_is(t, k, "ago")) {
        tx_init(x, i, k + 1 - i, "rel.vague_ago", "DATE", A_LIT, G_NONE);
        tf_snprintf(x->lit, sizeof x->lit, "PAST_REF");
        return k + 1 - i;
    }
    /* "Islam will one day be ...": some day ahead, not a span */
    if (n == 1 && gran == G_DAY && j == i + 1 && t->toks[i].kind == TOK_WORD &&
        modal_before(t, i)) {
        tx_init(x, i, k - i, "ref.some_day", "DATE", A_LIT, G_NONE);
        tf_snprintf(x->lit, sizeof x->lit, "FUTURE_REF");
        return k - i;
    }
    tx_init(x, i, k - i, "duration.count_unit", "DURATION", A_LIT, G_NONE);
    duration_value(x->lit, sizeof x->lit, n, letter, clock, mult);
    return k - i;
}

/* A count at [j, j+c) and the unit u after it, read from i. */
static size_t count_unit(const text *t, size_t i, size_t j, size_t c,
                         size_t limit, int n, const unit *u, tx *x)
{
    char letter = u->letter;
    /* "a year-earlier quarter": the unit belongs to the adjective */
    if (j + c + 2 < limit && tok_punct(t, j + c + 1, '-') &&
        (tw_is(t, j + c + 2, "earlier") || tw_is(t, j + c + 2, "ago")))
        return 0;
    /* "a day" after "once", "twice", "times": a set, scan_set's */
    if (i > 0 && (tw_is(t, i - 1, "once") || tw_is(t, i - 1, "twice") ||
                  tw_is(t, i - 1, "times")) && tw_is(t, j, "a"))
        return 0;
    /* "a quarter of the vote", "a second round": not times */
    if ((letter == 'Q' && j + c + 1 < limit && tw_is(t, j + c + 1, "of")) ||
        (letter == 'S' && (tw_is(t, j, "a") || tw_is(t, j, "an"))))
        return 0;
    /* "$5 a year", "3% a month", "four flights a week": a rate, which
     * TimeBank mostly leaves untagged (not a span of a year either) */
    if (tw_is(t, j, "a") && i == j && i > 0 && amount_at(t, i - 1))
        return 0;
    /* "52 years old": a person's age, which TimeML leaves untagged */
    if (j + c + 1 < limit && tw_is(t, j + c + 1, "old"))
        return 0;
    /* "1990 years" is a year misread, not a length */
    if (t->toks[j].kind == TOK_NUM && tok_len(t, j) == 4 && n > 1900 && n < 2100)
        return 0;
    return duration_tail(t, i, j + c, limit, n, u, x);
}

/* A span lead's fields (data/en/time_span_leads.txt "1|0"): makes a span
 * without "the", only before a count or plural unit. */
static int span_lead_bare(const lex_entry *e)
{
    return e && e->value[0] == '1';
}

static int span_lead_plural(const lex_entry *e)
{
    return e && e->value[1] == '|' && e->value[2] == '1';
}

/* The span it leads ends at the document's date ("the past 24 hours"),
 * unless "of" makes it part of something else ("the last week of May"). */
static int span_lead_back(const text *t, const lex_entry *e, size_t end)
{
    return e && e->value[1] == '|' && e->value[3] == '|' && e->value[4] == '1' &&
           !tw_is(t, end, "of");
}

/* The span it leads starts at the story's day ("over the next two
 * years"), unless "of" makes it part of something else. */
static int span_lead_ahead(const text *t, const lex_entry *e, size_t end)
{
    return e && e->value[1] == '|' && e->value[3] == '|' && e->value[4] == '2' &&
           !tw_is(t, end, "of");
}

/* Token u, a unit, is glued to "-long": "week-long", "10-day-long". */
static int long_adjective(const text *t, size_t u, size_t limit)
{
    return u + 2 < limit && tok_punct(t, u + 1, '-') && !(t->toks[u + 1].flags & TF_SPACE) &&
           !(t->toks[u + 2].flags & TF_SPACE) && tw_is(t, u + 2, "long");
}

size_t scan_duration(const text *t, size_t i, size_t limit, tx *x)
{
    char letter;
    int clock, mult, gran, n = 0;
    size_t j = i;
    int the = tw_is(t, j, "the");
    if (the)
        j++;
    const lex_entry *lead = j < limit ? tw_lex(t, j, &lex_en_time_span_leads) : NULL;
    if (lead)
        j++;
    if (!the && lead && !span_lead_bare(lead))
        return 0; /* "last two years" wants "the" */
    size_t c = tw_count(t, j, limit, &n);
    /* "0530 hours" is a clock (time_scan_clock.c): a count is not written
     * with a leading zero */
    if (c == 1 && t->toks[j].kind == TOK_NUM && tok_len(t, j) > 1 && tok_str(t, j)[0] == '0')
        return 0;
    /* "a month-long siege", "the week-long strike": a unit's adjective
     * (the article stays outside, as with "a two-year truce") */
    size_t u0 = c == 1 && n == 1 && tw_is(t, j, "a") ? j + 1 : the && !lead && !c ? j : 0;
    if (u0 && long_adjective(t, u0, limit) &&
        tw_unit(t, u0, &letter, &clock, &mult, &gran)) {
        tx_init(x, u0, 3, "duration.adjective", "DURATION", A_LIT, G_NONE);
        duration_value(x->lit, sizeof x->lit, 1, letter, clock, mult);
        return u0 + 3 - i;
    }
    if (c && j + c < limit && tw_is(t, j + c, "more"))
        c++;
    /* "eight trading days", "three working days": a kind of day counted */
    if (c && j + c + 1 < limit && tw_in(t, j + c, &lex_en_time_day_kinds) &&
        tw_unit(t, j + c + 1, &letter, &clock, &mult, &gran))
        c++;
    if (c && j + c < limit && tw_unit(t, j + c, &letter, &clock, &mult, &gran)) {
        unit u = {letter, clock, mult, gran};
        size_t k = count_unit(t, i, j, c, limit, n, &u, x);
        if (k && n > 0 && !strcmp(x->type, "DURATION")) {
            x->back = span_lead_back(t, lead, i + k);
            x->ahead = span_lead_ahead(t, lead, i + k);
        }
        return k;
    }
    /* "two-year", "14-day": count, hyphen, singular unit */
    if (c && j + c + 1 < limit && tok_punct(t, j + c, '-') &&
        tw_unit(t, j + c + 1, &letter, &clock, &mult, &gran) &&
        tok_str(t, j + c + 1)[tok_len(t, j + c + 1) - 1] != 's') {
        size_t end = j + c + 2;
        if (end + 1 < limit && tok_punct(t, end, '-') && tw_is(t, end + 1, "old")) {
            /* "an 8-month-old truce" is a span of time; "a 34-year-old
             * man", "the 136-year-old firm" are ages, not tagged */
            if (end + 2 >= limit || !lex_has(&lex_en_time_age_nouns,
                                             tok_str(t, end + 2), tok_len(t, end + 2)))
                return 0;
            end += 2;
        } else if (long_adjective(t, end - 1, limit)) {
            end += 2; /* "a 10-day-long curfew" */
        }
        tx_init(x, i, end - i, "duration.adjective", "DURATION", A_LIT, G_NONE);
        duration_value(x->lit, sizeof x->lit, n, letter, clock, mult);
        if (the && !lead)
            x->t0 = i + 1;
        return end - i;
    }
    /* "the months that followed", "the days that ensued": a span from
     * the story's day (data/en/time_unit_sequels.txt) */
    size_t sq;
    if (the && !lead && !c && j + 2 < limit && tw_unit(t, j, &letter, &clock, &mult, &gran) &&
        tok_str(t, j)[tok_len(t, j) - 1] == 's' &&
        (sq = tw_phrase(t, j + 1, limit, &lex_en_time_unit_sequels, NULL)) != 0) {
        tx_init(x, i, j + 1 + sq - i, "duration.sequel", "DURATION", A_LIT, G_NONE);
        duration_value(x->lit, sizeof x->lit, -1, letter, clock, mult);
        x->ahead = 1;
        return j + 1 + sq - i;
    }
    /* "the past year", "recent years", "the following months", "for
     * decades" */
    if (!c && (lead || (i > 0 && (tw_is(t, i - 1, "for") ||
                                  tw_is(t, i - 1, "within")))) &&
        j < limit && tw_unit(t, j, &letter, &clock, &mult, &gran)) {
        int plural = tok_str(t, j)[tok_len(t, j) - 1] == 's';
        if (lead ? span_lead_plural(lead) && !plural : !plural)
            return 0;
        tx_init(x, i, j + 1 - i, "duration.unit", "DURATION", A_LIT, G_NONE);
        duration_value(x->lit, sizeof x->lit, plural ? -1 : 1, letter, clock, mult);
        x->back = !plural && span_lead_back(t, lead, j + 1);
        return j + 1 - i;
    }
    return 0;
}

size_t scan_set(const text *t, size_t i, size_t limit, tx *x)
{
    char letter;
    int clock, mult, gran, n = 1;
    size_t j = i + 1, k = 0;
    /* "3 times a day", "three times a week" */
    if (!tw_is(t, i, "once") && !tw_is(t, i, "twice") && (k = tw_count(t, i, limit, &n)) &&
        n > 0 && i + k < limit && tw_is(t, i + k, "times"))
        j = i + k + 1;
    if (j > i + 1 || tw_is(t, i, "once") || tw_is(t, i, "twice")) {
        if (j < limit && (tw_is(t, j, "a") || tw_is(t, j, "per") ||
                          tw_is(t, j, "every") || tw_is(t, j, "each")) &&
            tw_unit(t, j + 1, &letter, &clock, &mult, &gran)) {
            tx_init(x, j, 2, "set.frequency", "SET", A_LIT, G_NONE);
            duration_value(x->lit, sizeof x->lit, 1, letter, clock, mult);
            return j + 2 - i;
        }
        return 0;
    }
    if (!tw_is(t, i, "every") && !tw_is(t, i, "each"))
        return 0;
    size_t c = tw_count(t, j, limit, &n);
    if (c && n < 0)
        return 0;
    j += c;
    if (!c)
        n = 1;
    tx d;
    size_t dn;
    /* "every year on 11 July": that day of each year */
    if (j + 2 < limit && !c && tw_unit(t, j, &letter, &clock, &mult, &gran) && letter == 'Y' &&
        mult == 1 && tw_is(t, j + 1, "on") && (dn = scan_date(t, j + 2, limit, &d)) &&
        d.gran == G_DAY && !d.y && d.m && d.d) {
        tx_init(x, i, j + 2 + dn - i, "set.every_year_on", "SET", A_LIT, G_NONE);
        tf_snprintf(x->lit, sizeof x->lit, "XXXX-%02d-%02d", d.m, d.d);
        return j + 2 + dn - i;
    }
    /* "every year on this day": the document's day of each year (the
     * value is written when anchored, time_resolve) */
    if (j + 3 < limit && !c && tw_unit(t, j, &letter, &clock, &mult, &gran) && letter == 'Y' &&
        mult == 1 && tw_is(t, j + 1, "on") && tw_is(t, j + 2, "this") &&
        (tw_is(t, j + 3, "day") || tw_is(t, j + 3, "date"))) {
        tx_init(x, i, j + 4 - i, "set.every_year_today", "SET", A_LIT, G_NONE);
        memcpy(x->lit, "XXXX-XX-XX", 11);
        return j + 4 - i;
    }
    if (j < limit && tw_unit(t, j, &letter, &clock, &mult, &gran)) {
        tx_init(x, i, j + 1 - i, "set.every_unit", "SET", A_LIT, G_NONE);
        duration_value(x->lit, sizeof x->lit, n, letter, clock, mult);
        return j + 1 - i;
    }
    int m = j < limit ? date_month_name(t, j) : 0;
    if (m && !c) {
        tx_init(x, i, 2, "set.every_month", "SET", A_LIT, G_NONE);
        tf_snprintf(x->lit, sizeof x->lit, "XXXX-%02d", m);
        return 2;
    }
    const lex_entry *e = j < limit && !c && (t->toks[j].flags & TF_CAP)
        ? tw_lex(t, j, &lex_en_weekdays) : NULL;
    if (e) {
        tx_init(x, i, 2, "set.every_weekday", "SET", A_LIT, G_NONE);
        tf_snprintf(x->lit, sizeof x->lit, "XXXX-WXX-%s", e->value);
        return 2;
    }
    return 0;
}
