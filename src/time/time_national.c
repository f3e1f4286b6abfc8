/* time_national.c - the day of a holiday whose date differs by country
 * ("Human Rights Day" is 10 December by the UN and 21 March in South
 * Africa; "Independence Day" has no date but a country's). Such names
 * carry their countries' rules in data/en/time_holidays.txt after the
 * default ("human rights day|12-10|ZA=03-21"); the document's country is
 * that of its dateline's place, looked up in the gazetteer. */
#include <string.h>

#include "../places/gazetteer.h"
#include "time.h"

/* The ISO country of one comma-separated part [s, s+n) of a dateline's
 * place: a country named there, else the likeliest place of the name. */
static const char *part_country(const char *s, size_t n, int countries_only)
{
    gaz_hit h[8];
    size_t k = gaz_lookup(s, n, h, 8);
    const gaz_entry *best = NULL;
    for (size_t i = 0; i < k && i < 8; i++) {
        const gaz_entry *e = h[i].e;
        if (e->kind == GAZ_COUNTRY)
            return e->country;
        if (!countries_only && (!best || e->prior > best->prior))
            best = e;
    }
    return best ? best->country : NULL;
}

/* The country the document is dated from ("Pretoria, 20 March 2010",
 * "Erbil, Kurdistan Region, Iraq"), or NULL. */
const char *time_doc_country(const dl_record *r)
{
    const char *p = r->doc.dateline ? r->doc.dateline->place : NULL;
    if (!p)
        return NULL;
    const char *comma = strrchr(p, ',');
    if (comma) { /* "..., Iraq": the last part may name the country */
        const char *s = comma + 1;
        while (*s == ' ')
            s++;
        const char *c = part_country(s, strlen(s), 1);
        if (c)
            return c;
    }
    const char *first = strchr(p, ',');
    return part_country(p, first ? (size_t)(first - p) : strlen(p), 0);
}

/* The rule of country cc in a holiday's national dates ("ZA=03-21
 * US=07-04"): copied into out; 0 when cc has none. */
static int national_rule(const char *nat, const char *cc, char *out, size_t cap)
{
    for (const char *s = nat; s && *s;) {
        while (*s == ' ')
            s++;
        size_t n = strcspn(s, " ");
        if (n > 3 && s[2] == '=' && !strncmp(s, cc, 2)) {
            if (n - 3 >= cap)
                return 0;
            memcpy(out, s + 3, n - 3);
            out[n - 3] = 0;
            return 1;
        }
        s += n;
    }
    return 0;
}

void time_national_holiday(tx *x, const char *cc)
{
    char rule[sizeof x->lit];
    if (!x->national)
        return;
    if (cc && national_rule(x->national, cc, rule, sizeof rule)) {
        int fixed = strlen(rule) == 5 && rule[2] == '-';
        x->m = fixed ? tw_int(rule) : 0;
        x->d = fixed ? tw_int(rule + 3) : 0;
        if (fixed) {
            x->lit[0] = 0;
        } else { /* a movable feast: found once the year is known */
            memcpy(x->lit, rule, strlen(rule) + 1);
            x->m = tw_int(rule) ? tw_int(rule) : 4;
        }
    } else if (!x->m && !x->lit[0]) {
        /* no date known for this country: a day, but which one is not said */
        x->how = A_LIT;
        memcpy(x->lit, "XXXX-XX-XX", sizeof "XXXX-XX-XX");
    }
    x->national = NULL;
}
