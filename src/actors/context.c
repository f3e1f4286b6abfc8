/* context.c - countries an actor's own words do not give: coordinated heads
 * share their modifier ("the Ministry of Defense, Ministry of Interior and
 * State Security Committee of the Soviet Union" are three Soviet bodies);
 * a later bare mention takes an earlier one's country ("Soviet troops" ...
 * "the troops"); in a news report, local forces take the dateline's; an
 * official named in person takes the nearest country his sentence names
 * when no other actor is nearer; a government body
 * without one takes the issuer's. */
#include <string.h>
#include <strings.h>

#include "../text/phrase_match.h"
#include "actors.h"
#include "lexicons.h"

/* How far context rules look (actors, or 4x this in tokens): enough for a
 * sentence or a list, and it keeps the stage linear on hostile input. */
#define CTX_WINDOW 64

/* Domestic forces and bodies: a dateline or an issuer can place them. */
static int local_sector(const char *s)
{
    return !strcmp(s, "military") || !strcmp(s, "police") || !strcmp(s, "security") ||
           !strcmp(s, "government") || !strcmp(s, "rebels");
}

/* Only list glue lies between tokens a and b: ",", "and", "or", "the",
 * and an acronym in brackets ("Sudanese Armed Forces (SAF) and the ..."). */
static int list_glue(const text *t, size_t a, size_t b)
{
    if (b < a || b - a > 6)
        return 0;
    for (size_t i = a; i < b; i++) {
        if (tok_punct(t, i, '(') && i + 2 < b && (t->toks[i + 1].flags & TF_UPPER) &&
            tok_punct(t, i + 2, ')')) {
            i += 2;
            continue;
        }
        if (!tok_punct(t, i, ',') && !tok_is(t, i, "and") && !tok_is(t, i, "or") &&
            !tok_is(t, i, "the"))
            return 0;
    }
    return 1;
}

/* The one country the members [a, b) name, or NULL (none, or several). */
static const char *shared_country(const dl_record *r, size_t a, size_t b)
{
    const char *c = NULL;
    for (size_t k = a; k < b; k++) {
        const char *ck = r->actors[k].pub.country;
        if (!ck)
            continue;
        if (c && strcmp(c, ck))
            return NULL;
        c = ck;
    }
    return c;
}

void actors_coordinate(actx *x)
{
    dl_record *r = x->r;
    for (size_t a = 0; a < r->nactors;) {
        size_t b = a + 1;
        while (b < r->nactors && r->actors[b].sent == r->actors[a].sent &&
               r->actors[b].tok_start >= r->actors[b - 1].tok_end &&
               list_glue(x->t, r->actors[b - 1].tok_end, r->actors[b].tok_start))
            b++;
        const char *c = b - a > 1 ? shared_country(r, a, b) : NULL;
        for (size_t k = a; c && k < b; k++) {
            rec_actor *ac = &r->actors[k];
            /* (a body known by name with no country keeps none: "the ICRC
             * and the South Sudan Red Cross") */
            if (!ac->pub.country && strcmp(ac->pub.sector, "international") &&
                !(ac->pub.rule && (!strcmp(ac->pub.rule, "org.known") ||
                                   !strcmp(ac->pub.rule, "org.acronym_known")))) {
                ac->pub.country = c;
                ac->pub.rule = "org.coordinated";
            }
        }
        a = b;
    }
}

static rec_actor *issuer_actor(dl_record *r)
{
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.rule, "issuer"))
            return &r->actors[k];
    return NULL;
}

/* Forces named as foreign to the scene (data/en/actor_foreign_words.txt at
 * the actor's first token or just before it: "the occupation forces",
 * "foreign troops"; not a government body, "the Foreign Ministry"):
 * neither the issuer's nor the dateline's. */
static int foreign_marked(const dl_record *r, const rec_actor *ac)
{
    const text *t = &r->txt;
    size_t i = ac->tok_start;
    if (!strcmp(ac->pub.sector, "government")) /* "the Foreign Ministry" */
        return 0;
    return tok_in(t, i, &lex_en_actor_foreign_words) ||
           (i > 0 && tok_in(t, i - 1, &lex_en_actor_foreign_words));
}

/* Mentions that may borrow the issuer's country: local bodies, forces and
 * groups named without one (a government issuer's "the Government", a
 * Nigerian network's "police Special Anti-Robbery Squad", a Colombian
 * ministry's "National Liberation Army"), never an official ("Thank you,
 * Madam President" addresses the chair of another body). */
static int borrows_issuer(const dl_record *r, const rec_actor *ac)
{
    return local_sector(ac->pub.sector) && !foreign_marked(r, ac) &&
           (!strcmp(ac->pub.rule, "org.name") || !strcmp(ac->pub.rule, "group.noun") ||
            !strcmp(ac->pub.rule, "org.acronym"));
}

/* Slot of a two-letter country code ("AZ": 0 .. 675), or -1. */
static int cc_slot(const char *cc)
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' || cc[2])
        return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* How the places named other than in an actor's words (a place whose
 * first token an actor took: "U.S." in "U.S. Africa Command", "The United
 * States condemns") stand to the issuer's country cc: *own of cc, *most of
 * the country named most often among the others. Linear in the places. */
static void count_home_places(const actx *x, const char *cc, size_t *own,
                              size_t *most)
{
    const dl_record *r = x->r;
    uint32_t n[26 * 26] = {0};
    int home = cc_slot(cc);
    *own = *most = 0;
    for (size_t k = 0; k < r->nplaces; k++) {
        const rec_place *p = &r->places[k];
        int sl = cc_slot(p->pub.country);
        if (sl < 0 || p->tok_end <= p->tok_start || x->taken[p->tok_start])
            continue;
        n[sl]++;
        if (sl == home)
            *own = n[sl];
        else if (n[sl] > *most)
            *most = n[sl];
    }
}

/* The country of the document's dateline place, or NULL. */
static const char *dateline_place_country(actx *x)
{
    const dl_record *r = x->r;
    size_t a, b;
    if (!r->doc.dateline || !act_span_tokens(r, r->doc.dateline->span, &a, &b))
        return NULL;
    for (size_t k = 0; k < r->nplaces; k++)
        if (r->places[k].tok_start >= a && r->places[k].tok_end <= b &&
            r->places[k].pub.country)
            return r->places[k].pub.country;
    return country_in(x, a, b);
}

/* The country of a news report's dateline ("COTABATO, Philippines (AP)"):
 * where the reporter is, the scene of what is reported. Other kinds of
 * document are issued from a capital or New York: their dateline is the
 * scene only when most places of the text lie in its country too ("Nairobi,
 * 27 June 2024" over police shooting in Nairobi and other Kenyan
 * counties), and the issuer sits at home. */
static const char *dateline_country(actx *x)
{
    const dl_record *r = x->r;
    const char *cc = dateline_place_country(x);
    if (r->doc.kind && !strcmp(r->doc.kind, "news"))
        return cc;
    if (!cc || !x->dominant || strcmp(cc, x->dominant) || r->issuer_abroad)
        return NULL;
    /* the dateline alone makes no majority ("New York, 3 May 2015 - The
     * Secretary-General said the army must withdraw") */
    size_t a = 0, b = 0;
    act_span_tokens(r, r->doc.dateline->span, &a, &b);
    for (size_t k = 0; k < r->nplaces; k++)
        if ((r->places[k].tok_start < a || r->places[k].tok_start >= b) &&
            r->places[k].pub.country && !strcmp(r->places[k].pub.country, cc))
            return cc;
    return NULL;
}

/* A government issuer named only by its function ("Ministry of Foreign
 * Affairs", "Department of Foreign Affairs": the name opens with its head
 * word) is the government of the place its statement is dated from
 * ("Islamabad, 14 November 2020"). */
static void issuer_from_dateline(actx *x, rec_actor *is)
{
    const text *t = x->t;
    if (is->pub.country || x->r->issuer_abroad || strcmp(is->pub.sector, "government") ||
        !act_word(t, is->tok_start) ||
        !tok_in(t, is->tok_start, &lex_en_actor_heads))
        return;
    is->pub.country = dateline_place_country(x); /* rule stays "issuer" */
}

/* A local body issuing with no country of its own ("Metropolitan Police")
 * belongs where the places of its statement lie ("Whitehall", "London"). */
static void issuer_from_places(actx *x, rec_actor *is)
{
    if (!is->pub.country && !x->r->issuer_abroad && local_sector(is->pub.sector) &&
        strcmp(is->pub.sector, "rebels"))
        is->pub.country = x->dominant;
}


/* Tokens between [a, b) and [c, d). */
static size_t gap(size_t a, size_t b, size_t c, size_t d)
{
    return c >= b ? c - b : a >= d ? a - d : 0;
}

/* The country named nearest to an official in his sentence, when that
 * mention is a place or country name of its own rather than another
 * actor's ("the plane carrying President Habyarimana was shot down over
 * Kigali"; "the invasion of Panama, while Gen. Noriega remained at large");
 * NULL when another actor with a country is as near ("Lt. Gen. Kelly told
 * reporters that U.S. troops were in Panama"). */
static const char *sentence_country(actx *x, size_t self)
{
    const dl_record *r = x->r;
    const rec_actor *ac = &r->actors[self];
    const sentence *s = &x->t->sents[ac->sent];
    const char *best = NULL;
    size_t near = (size_t)-1, first = self, last = self;
    while (first > 0 && self - first < CTX_WINDOW && r->actors[first - 1].sent == ac->sent)
        first--;
    while (last + 1 < r->nactors && last - self < CTX_WINDOW &&
           r->actors[last + 1].sent == ac->sent)
        last++;
    for (size_t k = first; k <= last; k++) {
        const rec_actor *o = &r->actors[k];
        if (o == ac || o->sent != ac->sent || !o->pub.country ||
            !strcmp(o->pub.rule, "issuer"))
            continue;
        size_t d = gap(ac->tok_start, ac->tok_end, o->tok_start, o->tok_end);
        if (d < near)
            near = d;
    }
    size_t actor_near = near;
    size_t from = ac->tok_start > s->tok_start + 4 * CTX_WINDOW
        ? ac->tok_start - 4 * CTX_WINDOW : s->tok_start;
    size_t to = s->tok_end - ac->tok_end > 4 * CTX_WINDOW
        ? ac->tok_end + 4 * CTX_WINDOW : s->tok_end;
    for (size_t i = from; i < to; i++) {
        size_t n, d;
        const char *ci = x->taken[i] ? NULL : country_at(x, i, to, &n);
        if (!ci)
            continue;
        d = gap(ac->tok_start, ac->tok_end, i, i + n);
        /* "the region, which borders Venezuela": a neighbour, no one's */
        if (i > 0 && tok_in(x->t, i - 1, &lex_en_place_neighbour_words)) {
            i += n - 1;
            continue;
        }
        if (d < near || (d == near && best && strcmp(best, ci))) {
            best = d < near ? ci : NULL;
            near = d;
        }
        i += n - 1;
    }
    return near < actor_near ? best : NULL;
}

/* The word (of n bytes) is a whole word of name, case folded. */
static int has_word(const char *name, const char *w, size_t n)
{
    for (const char *p = name; (p = strcasestr(p, w)) != NULL; p++) {
        int start = p == name || p[-1] == ' ';
        int end = p[n] == 0 || p[n] == ' ';
        if (start && end)
            return 1;
    }
    return 0;
}

/* "the Mission", "the Department": a body named by its head word alone is
 * the latest body before it whose name has that word (often the issuer). */
/* o is a body of two words or more whose name has the word w (n bytes). */
static int names_with(const rec_actor *o, const char *w, size_t n)
{
    /* a body's country found from context renames its rule ("the Ministry
     * of Internal Affairs": context.places): still a named body */
    return o &&
           (!strncmp(o->pub.rule, "org", 3) || !strcmp(o->pub.rule, "issuer") ||
            (!strncmp(o->pub.rule, "context.", 8) && strcmp(o->pub.rule, "context.reference") &&
             strcmp(o->pub.rule, "context.member"))) &&
           o->tok_end - o->tok_start >= 2 && has_word(o->pub.name, w, n);
}

static void head_references(dl_record *r, const rec_actor *is)
{
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        if ((strcmp(ac->pub.rule, "org.name") && strcmp(ac->pub.rule, "context.reference")) ||
            ac->tok_end != ac->tok_start + 1)
            continue;
        /* the word written: a second pass finds the body again by it */
        const char *w = ac->pub.text;
        size_t n = strlen(w);
        const rec_actor *o = NULL;
        for (size_t j = k; j > 0 && k - j < CTX_WINDOW && !o; j--)
            if (names_with(&r->actors[j - 1], w, n))
                o = &r->actors[j - 1];
        if (!o && names_with(is, w, n))
            o = is; /* the issuer, however far back */
        if (!o)
            continue;
        ac->pub.name = o->pub.name;
        ac->pub.country = o->pub.country;
        ac->pub.sector = o->pub.sector;
        ac->pub.rule = "context.reference";
    }
}

/* "(Signed) ... Permanent Representative" under a letter of the
 * "Permanent Representative of Azerbaijan to the United Nations": a title
 * alone that opens the issuer's name is the issuer (its country and
 * sector; rule context.reference). */
static void title_references(dl_record *r, const rec_actor *is)
{
    if (!is || !is->pub.country || !is->pub.name)
        return;
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        size_t n = ac->pub.text ? strlen(ac->pub.text) : 0;
        if (ac == is || ac->pub.country || strcmp(ac->pub.rule, "official.title") || n < 4 ||
            strncasecmp(is->pub.name, ac->pub.text, n) || is->pub.name[n] != ' ')
            continue;
        ac->pub.country = is->pub.country;
        ac->pub.sector = is->pub.sector;
        ac->pub.rule = "context.reference";
    }
}

/* "the coalition" after "a coalition of rights groups": a group named by
 * its head noun after "the" is the group named before with that noun and
 * more ("coalition of ..."), its sector and country with it; "the
 * fighters" after "RSF fighters" are those members (context.member, so
 * after member_groups). */
static void group_references(dl_record *r)
{
    const text *t = &r->txt;
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        if (strcmp(ac->pub.rule, "group.noun") || ac->tok_end != ac->tok_start + 1 ||
            ac->tok_start == 0 || !tok_is(t, ac->tok_start - 1, "the"))
            continue;
        size_t n = strlen(ac->pub.name);
        for (size_t j = k; j > 0 && k - j < CTX_WINDOW; j--) {
            const rec_actor *o = &r->actors[j - 1];
            if ((!strcmp(o->pub.rule, "group.noun") && o->tok_end > o->tok_start + 1 &&
                 !strncasecmp(o->pub.name, ac->pub.name, n) && o->pub.name[n] == ' ') ||
                (!strcmp(o->pub.rule, "context.member") && o->tok_end == o->tok_start + 1 &&
                 !strcasecmp(o->pub.text, ac->pub.text))) {
                ac->pub.name = o->pub.name;
                ac->pub.country = o->pub.country;
                ac->pub.sector = o->pub.sector;
                ac->pub.rule = "context.reference";
                break;
            }
        }
    }
}

/* Token i closes "(RSF)" right after tokens ending at `end`: an acronym
 * defined in brackets. */
static int acronym_between(const text *t, size_t end, size_t i)
{
    return i == end + 3 && tok_punct(t, end, '(') && tok_punct(t, end + 2, ')') &&
           (t->toks[end + 1].flags & TF_UPPER);
}

/* "Taliban fighters", "Hamas militants", "NATO warplanes", "the Rapid
 * Support Forces (RSF) fighters": a group noun right after a known or
 * named organisation (and the acronym it defines) is its members: that
 * body's name and country, the group's own sector (rule context.member;
 * an international body's members take no country from context:
 * intl_member). */
static void member_groups(dl_record *r)
{
    for (size_t k = 1; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        const rec_actor *o = &r->actors[k - 1];
        if (strcmp(ac->pub.rule, "group.noun") ||
            (o->tok_end != ac->tok_start &&
             !acronym_between(&r->txt, o->tok_end, ac->tok_start)) ||
            strncmp(o->pub.rule, "org.", 4))
            continue;
        ac->pub.name = o->pub.name;
        ac->pub.country = o->pub.country;
        ac->pub.rule = "context.member";
    }
}

/* "Russia's defence ministry said its forces ...", "Iraq has continued to
 * increase its armed forces": a group after "its" or "their" belongs with
 * the nearest actor or country before it in its sentence; NULL when there
 * is none, or it has no country. */
static const char *possessor_country(const actx *x, size_t k)
{
    const dl_record *r = x->r;
    const rec_actor *ac = &r->actors[k];
    if (ac->tok_start == 0 || (!tok_is(&r->txt, ac->tok_start - 1, "its") &&
                               !tok_is(&r->txt, ac->tok_start - 1, "their")))
        return NULL;
    size_t end = r->txt.sents[ac->sent].tok_start;
    const char *c = NULL;
    if (k > 0 && r->actors[k - 1].sent == ac->sent &&
        r->actors[k - 1].tok_end < ac->tok_start) {
        c = r->actors[k - 1].pub.country;
        end = r->actors[k - 1].tok_end;
    }
    /* a country named after that actor, nearest first, within reach */
    size_t lo = ac->tok_start > end + 4 * CTX_WINDOW ? ac->tok_start - 4 * CTX_WINDOW : end;
    for (size_t i = ac->tok_start - 1; i-- > lo;) {
        if (!x->place_at[i])
            continue;
        const rec_place *p = &r->places[x->place_at[i] - 1];
        if (p->tok_end < ac->tok_start && p->pub.kind && !strcmp(p->pub.kind, "country"))
            return p->pub.country;
    }
    return c;
}

/* An organisation of actor_known.txt: its entry gives its country, and an
 * empty one means it has none (Islamic State, al-Qaeda, Interpol): no
 * context lends it the dateline's. */
static int known_entry(const rec_actor *ac)
{
    return !strcmp(ac->pub.rule, "org.known") || !strcmp(ac->pub.rule, "org.acronym_known");
}

/* "Israeli forces killed 12 people ... An Israeli soldier was also killed,
 * the military said": bare forces (a group noun of sector military) take
 * the country of the nearest forces with one named before them in their
 * sentence or the one before, rather than a news dateline's: a story's
 * "the military" goes on with the side it told of. NULL when none. */
static const char *forces_before(const dl_record *r, size_t k)
{
    const rec_actor *ac = &r->actors[k];
    if (strcmp(ac->pub.sector, "military") || strcmp(ac->pub.rule, "group.noun"))
        return NULL;
    for (size_t j = k; j > 0; j--) {
        const rec_actor *o = &r->actors[j - 1];
        if (o->sent + 1 < ac->sent || o->sent > ac->sent)
            break;
        if (o->pub.country && !strcmp(o->pub.sector, "military"))
            return o->pub.country;
    }
    return NULL;
}

/* Actor k is the members of an international body ("U.N. forces", "NATO
 * warplanes": member_groups puts the body right before them), of no
 * country whatever the dateline. */
static int intl_member(const dl_record *r, size_t k)
{
    return k > 0 && !strcmp(r->actors[k].pub.rule, "context.member") &&
           !strcmp(r->actors[k - 1].pub.sector, "international");
}

/* Each mention in text order: its possessor's country ("its forces"),
 * then an earlier mention's, then a news
 * dateline's, then (named officials) the nearest in the sentence. */
static dl_status mention_context(actx *x)
{
    dl_record *r = x->r;
    const char *dc = dateline_country(x);
    act_map seen;
    if (!act_map_init(r->a, &seen, r->nactors))
        return DL_ENOMEM;
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        size_t slot = x->keys[k] ? act_map_slot(&seen, x->keys[k]) : 0;
        if (!ac->pub.country && strcmp(ac->pub.sector, "international") &&
            !known_entry(ac) && !intl_member(r, k)) {
            if (local_sector(ac->pub.sector) &&
                (ac->pub.country = possessor_country(x, k)))
                ac->pub.rule = "context.possessor";
            if (!ac->pub.country && x->keys[k] && seen.keys[slot]) {
                ac->pub.country = seen.vals[slot];
                ac->pub.rule = "context.earlier_mention";
            }
            if (!ac->pub.country && dc && (ac->pub.country = forces_before(r, k)))
                ac->pub.rule = "context.forces_before";
            if (!ac->pub.country && dc && local_sector(ac->pub.sector) &&
                strncmp(ac->pub.rule, "official", 8) && !foreign_marked(r, ac)) {
                ac->pub.country = dc;
                ac->pub.rule = "context.dateline";
            }
            if (!ac->pub.country && !strcmp(ac->pub.rule, "official.named") &&
                local_sector(ac->pub.sector)) {
                ac->pub.country = sentence_country(x, k);
                if (ac->pub.country)
                    ac->pub.rule = "context.sentence";
            }
        }
        if (x->keys[k] && ac->pub.country) {
            seen.keys[slot] = x->keys[k];
            seen.vals[slot] = ac->pub.country;
        }
    }
    return DL_OK;
}

/* A report of an international body or NGO with no country of its own
 * (OCHA, Amnesty International) whose places lie nearly all in one
 * country ("Sudan: Humanitarian Update ... El Fasher ... North Darfur"):
 * its local bodies and forces of no named country are that country's
 * ("the Ministry of Health", "security forces"; rule context.places). At
 * least two places there, more than twice as many as in any other. */
static void from_one_country(actx *x, const rec_actor *is)
{
    dl_record *r = x->r;
    size_t own, most;
    if (!x->dominant || !is || is->pub.country ||
        (strcmp(is->pub.sector, "international") && strcmp(is->pub.sector, "ngo")))
        return; /* news of no country names forces and regimes of any */
    count_home_places(x, x->dominant, &own, &most);
    if (own < 2 || own <= 2 * most)
        return;
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        if (!ac->pub.country && ac != is && borrows_issuer(r, ac)) {
            ac->pub.country = x->dominant;
            ac->pub.rule = "context.places";
        }
    }
}

dl_status actors_context(actx *x)
{
    dl_record *r = x->r;
    rec_actor *is = issuer_actor(r);
    if (is) {
        issuer_from_dateline(x, is);
        issuer_from_places(x, is);
    }
    /* references first: "the Mission", "the coalition" are the body named
     * before, with its country, and no context lends them another */
    head_references(r, is);
    member_groups(r);
    group_references(r);
    if (mention_context(x) != DL_OK)
        return DL_ENOMEM;
    from_one_country(x, is);
    head_references(r, is); /* again: the bodies before now have their country */
    title_references(r, is);
    if (!is || !is->pub.country)
        return DL_OK;
    /* armed groups are the issuer's own only when it speaks of its own
     * country at least as much as of any other ("Bogotá ... the ELN"), not
     * of events abroad ("U.S. Africa Command ... near Jilib, Somalia ...
     * militants"; "We call on all armed groups" in a Washington statement
     * on an attack near Goma, in North Kivu); where it speaks of another
     * country more than of its own, only its government bodies are its own
     * ("the Foreign Ministry"), not forces ("security forces ended the
     * siege" in a US embassy's alert on Nairobi) nor "local authorities" */
    size_t own, most;
    count_home_places(x, is->pub.country, &own, &most);
    int home = own > 0 && own >= most;
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        /* an army's or police force's own: "troops" in an IDF statement on
         * Gaza, "officers" in a police release */
        int own_force = (!strcmp(is->pub.sector, "military") ||
                         !strcmp(is->pub.sector, "police")) &&
                        !strcmp(ac->pub.sector, is->pub.sector);
        if (!ac->pub.country && borrows_issuer(r, ac) &&
            (home || own_force || (most <= own && strcmp(ac->pub.sector, "rebels")) ||
             (!strcmp(ac->pub.sector, "government") &&
              !(ac->tok_start > 0 && tok_is(&r->txt, ac->tok_start - 1, "local"))))) {
            ac->pub.country = is->pub.country;
            ac->pub.rule = "context.issuer";
        }
    }
    return DL_OK;
}
