/* time_scan_clock.c - clock times ("11 p.m.", "10:30 a.m. EDT", "1400
 * GMT", "10am", "2200hrs", "11.30pm") and parts of the day ("late at
 * night", "at dawn", "in the evening"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "date_parse.h"
#include "lexicons.h"
#include "time.h"

/* "a.m.", "p.m", "pm": 0 none, 1 morning, 2 afternoon; *n tokens. */
static int meridian(const text *t, size_t i, size_t limit, size_t *n)
{
    if (i >= limit)
        return 0;
    const char *s = tok_str(t, i);
    size_t len = tok_len(t, i);
    *n = 1;
    int am = (len >= 2 && (s[0] == 'a' || s[0] == 'A'));
    int pm = (len >= 2 && (s[0] == 'p' || s[0] == 'P'));
    if (!am && !pm)
        return 0;
    if (tw_is(t, i, "a.m.") || tw_is(t, i, "p.m.") || tw_is(t, i, "am") ||
        tw_is(t, i, "pm")) {
        if (tw_is(t, i, "am") && (t->toks[i].flags & TF_UPPER) == 0 &&
            (t->toks[i].flags & TF_SPACE) && !(i > 0 && t->toks[i - 1].kind == TOK_NUM))
            return 0; /* "I am"; but "3 am" */
    } else if ((tw_is(t, i, "a.") || tw_is(t, i, "p.")) && i + 1 < limit &&
               tw_is(t, i + 1, "m")) {
        *n = 2;
    } else {
        return 0;
    }
    if (*n == 1 && i + 1 < limit && tok_punct(t, i + 1, '.') &&
        !(t->toks[i + 1].flags & TF_SPACE) && tok_len(t, i) == 3)
        *n = 2; /* "p.m" + "." */
    return am ? 1 : 2;
}

/* "in the morning" (1, as "a.m."), "in the afternoon", "in the evening",
 * "at night" (2, as "p.m.") right after an hour ("at 5 in the morning",
 * "at 11 at night"); *n the tokens, or 0. */
static int day_part_meridian(const text *t, size_t i, size_t limit, size_t *n)
{
    if (i + 1 < limit && tw_is(t, i, "at") && tw_is(t, i + 1, "night")) {
        *n = 2;
        return 2;
    }
    if (i + 2 >= limit || !tw_is(t, i, "in") || !tw_is(t, i + 1, "the"))
        return 0;
    *n = 3;
    return tw_is(t, i + 2, "morning") ? 1
         : tw_is(t, i + 2, "afternoon") || tw_is(t, i + 2, "evening") ? 2 : 0;
}

/* A time zone at token j: "GMT", "UTC" or "local time". */
static int zone_follows(const text *t, size_t j, size_t limit)
{
    return j < limit && (tw_is(t, j, "GMT") || tw_is(t, j, "UTC") ||
                         (tw_is(t, j, "local") && j + 1 < limit && tw_is(t, j + 1, "time")));
}

/* "1400 GMT", "0930 hours": a four-digit clock with a zone or "hours". */
static size_t military(const text *t, size_t i, size_t limit, tx *x)
{
    int nd = 0, v = tw_digits(t, i, &nd);
    if (nd != 4 || v < 0 || v % 100 > 59 || v / 100 > 24 || i + 1 >= limit)
        return 0;
    size_t j = i + 1;
    if (tw_is(t, j, "GMT") || tw_is(t, j, "UTC") || tw_is(t, j, "hours") ||
        tw_is(t, j, "hrs") || tw_is(t, j, "Zulu"))
        j++;
    else if (j + 1 < limit && tw_is(t, j, "local") && tw_is(t, j + 1, "time"))
        j += 2;
    else
        return 0;
    tx_init(x, i, j - i, "time.clock_24h", "TIME", A_REF, G_DAY);
    tf_snprintf(x->suffix, sizeof x->suffix, "T%02d:%02d", (v / 100) % 25, (v % 100) % 60);
    return j - i;
}

/* "10am", "3pm", "2200hrs": a clock time in one token. */
static size_t joined_clock(const text *t, size_t i, tx *x)
{
    int v = 0, nd = 0, code = tw_clock_token(t, i, &v, &nd);
    int h = v, mi = 0;
    if (code == TW_HRS) {
        if (nd != 4 || v % 100 > 59 || v / 100 > 24)
            return 0;
        h = v / 100, mi = v % 100;
    } else if (!code || nd > 2 || h < 1 || h > 12) {
        return 0;
    } else {
        h = code == TW_PM ? (h % 12) + 12 : h % 12;
    }
    tx_init(x, i, 1, code == TW_HRS ? "time.clock_24h" : "time.clock", "TIME", A_REF, G_DAY);
    tf_snprintf(x->suffix, sizeof x->suffix, "T%02d:%02d", h, mi);
    return 1;
}

/* A word of data/en/time_clock_leads.txt before token i ("at 14:30"; "of"
 * only in "as of 08:00"). */
static int clock_lead(const text *t, size_t i)
{
    /* the second end of a range of clock times: "between 10:00 and 14:00",
     * "from 10:00 to 14:00" (a time "h:mm" right before the word) */
    if (i >= 4 && (tw_is(t, i - 1, "and") || tw_is(t, i - 1, "to")) &&
        tok_punct(t, i - 3, ':') && t->toks[i - 2].kind == TOK_NUM &&
        t->toks[i - 4].kind == TOK_NUM && !(t->toks[i - 3].flags & TF_SPACE))
        return 1;
    if (i == 0 || !tw_in(t, i - 1, &lex_en_time_clock_leads))
        return 0;
    return !tw_is(t, i - 1, "of") || (i >= 2 && tw_is(t, i - 2, "as"));
}

/* A date with its month right after token j, or after a comma or "on" there
 * ("08:00, 21 February 2024", "14:30 on 3 March"). */
static int date_follows(const text *t, size_t j, size_t limit)
{
    if (j < limit && (tok_punct(t, j, ',') || tw_is(t, j, "on")))
        j++;
    date_parts d;
    return j < limit && date_parse(t, j, limit, &d) && d.month;
}

/* "11.30pm", "9.15 a.m.", "10.45 GMT", "at 21.30, 4 May": the British
 * dot between hours and minutes. A decimal ("2.30 points", "closed at
 * 12.50") has neither a meridian nor a zone, nor a clock lead before it
 * with a date after. */
static size_t dot_clock(const text *t, size_t i, size_t limit, tx *x)
{
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i), k = 0;
    int h = 0, mi = 0;
    for (; k < n && k < 2 && s[k] >= '0' && s[k] <= '9'; k++)
        h = h * 10 + (s[k] - '0');
    if (k == 0 || k + 3 > n || s[k] != '.' || s[k + 1] < '0' || s[k + 1] > '5' ||
        s[k + 2] < '0' || s[k + 2] > '9')
        return 0;
    mi = (s[k + 1] - '0') * 10 + (s[k + 2] - '0');
    size_t rest = n - (k + 3), j = i + 1, mn = 0;
    int mer = 0;
    if (rest == 2 && (s[k + 4] | 0x20) == 'm')
        mer = (s[k + 3] | 0x20) == 'a' ? 1 : (s[k + 3] | 0x20) == 'p' ? 2 : 0;
    if (rest && !mer)
        return 0;
    if (!mer && (mer = meridian(t, j, limit, &mn)))
        j += mn;
    int zone = j < limit && (tw_is(t, j, "GMT") || tw_is(t, j, "UTC") || tw_is(t, j, "hours") ||
                             tw_is(t, j, "hrs") || tw_is(t, j, "local"));
    if (!mer && !zone && !(clock_lead(t, i) && date_follows(t, j, limit)))
        return 0; /* "closed at 12.50": a price */
    if (mer && (h < 1 || h > 12))
        return 0;
    if (h > 24)
        return 0;
    h = mer == 2 && h < 12 ? h + 12 : mer == 1 && h == 12 ? 0 : h;
    if (zone)
        j += tw_is(t, j, "local") && j + 1 < limit && tw_is(t, j + 1, "time") ? 2 : 1;
    tx_init(x, i, j - i, mer ? "time.clock" : "time.clock_24h", "TIME", A_REF, G_DAY);
    tf_snprintf(x->suffix, sizeof x->suffix, "T%02d:%02d", h % 24, mi);
    return j - i;
}

size_t scan_clock(const text *t, size_t i, size_t limit, tx *x)
{
    size_t mil = military(t, i, limit, x);
    if (mil)
        return mil;
    if (joined_clock(t, i, x))
        return 1;
    size_t dot = dot_clock(t, i, limit, x);
    if (dot)
        return dot;
    int nd = 0, h = tw_digits(t, i, &nd), mi = 0;
    if (h < 0 || nd > 2 || h > 24)
        return 0;
    size_t j = i + 1;
    int colon = 0, joined = 0;
    if (j + 1 < limit && tok_punct(t, j, ':') && !(t->toks[j + 1].flags & TF_SPACE)) {
        int nd2 = 0;
        mi = tw_digits(t, j + 1, &nd2);
        /* "17:30hrs", "5:30pm": the minutes carry the suffix */
        if (mi < 0 && (joined = tw_clock_token(t, j + 1, &mi, &nd2)) == 0)
            return 0;
        if (mi < 0 || mi > 59 || nd2 != 2)
            return 0;
        j += 2;
        colon = 1;
    }
    if (joined == TW_HRS) {
        tx_init(x, i, j - i, "time.clock_24h", "TIME", A_REF, G_DAY);
        tf_snprintf(x->suffix, sizeof x->suffix, "T%02d:%02d", h, mi);
        return j - i;
    }
    size_t mn = 0;
    int mer = joined ? joined : meridian(t, j, limit, &mn);
    mn = joined ? 0 : mn;
    /* "at 5 in the morning", "at 11 at night": an hour after a clock lead
     * and a part of the day that says which half (night after 4 a.m.
     * ends, "at 2 at night", is the small hours) */
    if (!mer && !joined && clock_lead(t, i) && (mer = day_part_meridian(t, j, limit, &mn)) &&
        mer == 2 && tw_is(t, j, "at") && h >= 1 && h <= 4)
        mer = 1;
    if (mer) {
        if (h < 1 || h > 12)
            return 0;
        if (mer == 2 && h < 12)
            h += 12;
        if (mer == 1 && h == 12)
            h = 0;
        j += mn;
    } else if (j + 2 < limit && tw_is(t, j, "o") && tok_punct(t, j + 1, '\'') &&
               tw_is(t, j + 2, "clock")) {
        j += 3; /* "o'clock": three tokens */
        if (h < 1 || h > 12)
            return 0;
    } else if (!colon || (!clock_lead(t, i) && !date_follows(t, j, limit) &&
                          !zone_follows(t, j, limit))) {
        return 0; /* "3:2" scores, ratios; "09:45 GMT - ..." is a clock */
    }
    /* time zones stay inside: "10 a.m. EDT", "5 a.m. local (time)",
     * "11 a.m. Moscow time" */
    if (j < limit && (t->toks[j].flags & TF_UPPER) && tok_len(t, j) <= 4 &&
        (tok_str(t, j)[tok_len(t, j) - 1] == 'T'))
        j++;
    else if (j < limit && tw_is(t, j, "local"))
        j += j + 1 < limit && tw_is(t, j + 1, "time") ? 2 : 1;
    else if (j + 1 < limit && t->toks[j].kind == TOK_WORD && (t->toks[j].flags & TF_CAP) &&
             tw_is(t, j + 1, "time"))
        j += 2;
    tx_init(x, i, j - i, "time.clock", "TIME", A_REF, G_DAY);
    tf_snprintf(x->suffix, sizeof x->suffix, "T%02d:%02d", h, mi);
    return j - i;
}

/* "late at night", "at dawn", "after midnight", "in the evening", "early
 * in the morning", "a truce from noon". */
size_t scan_part_of_day(const text *t, size_t i, size_t limit, tx *x)
{
    size_t j = i, s0 = i;
    int late = tw_is(t, j, "late") || tw_is(t, j, "early") || tw_is(t, j, "mid");
    if (late)
        j++;
    if (late && j + 1 < limit && tok_punct(t, j, '-') && !(t->toks[j].flags & TF_SPACE))
        j++; /* "mid-afternoon", "late-night" */
    /* the midnight after "after" or "since" opens the day */
    int after = !late && (tw_is(t, j, "after") || tw_is(t, j, "since"));
    if (tw_is(t, j, "at") || tw_is(t, j, "by") || tw_is(t, j, "before") || after ||
        tw_is(t, j, "until") || tw_is(t, j, "till") || tw_is(t, j, "from")) {
        j++;
        if (!late)
            s0 = j;
    } else if ((tw_is(t, j, "in") || tw_is(t, j, "during")) && tw_is(t, j + 1, "the")) {
        j += 1;
        if (!late)
            s0 = j;
        j++;
    } else if (!late) {
        return 0;
    }
    const lex_entry *e = j < limit ? tw_lex(t, j, &lex_en_time_parts_of_day) : NULL;
    size_t n = 1;
    if (!e && s0 < j && !late) /* "in the early hours" */
        n = tw_phrase(t, j, limit, &lex_en_time_small_hours, &e);
    if (!e || !n || t->toks[j].kind != TOK_WORD)
        return 0;
    tx_init(x, s0, j + n - s0, "time.part_of_day", "TIME", A_REF, G_DAY);
    tw_part_suffix(e, x);
    /* "after midnight on 3 May" is in the small hours of the 3rd: the
     * midnight that opens the day, not the one that ends it (T24:00) */
    if (after && !strcmp(x->suffix, "T24:00"))
        memcpy(x->suffix, "T00:00", sizeof "T00:00");
    return j + n - i;
}
