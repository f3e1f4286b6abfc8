/* document.h - internals of the document stage: the header lines of a
 * statement and what each of them is (issuer, kind label, title, dateline,
 * date header). */
#ifndef DL_DOCUMENT_H
#define DL_DOCUMENT_H

#include "../record/record.h"
#include "../text/phrase_match.h"
#include "../time/date_parse.h"
#include "lexicon.h"

/* tok_in, asking the table's first-token bitset first: a token that is a
 * whole key always passes it, and most tokens are in no table. */
static inline int doc_in(const text *t, size_t i, const lex_table *tab)
{
    return lex_may_first(tab, t->toks[i].hash) && tok_in(t, i, tab);
}

/* A header unit: one sentence of a short leading or trailing paragraph. */
typedef struct {
    size_t tok_start, tok_end;
    int used;    /* already taken as issuer, kind, title, ... */
    size_t para; /* its paragraph */
} unit;

#define MAX_UNITS 32
#define MAX_BOTTOM 8

typedef struct {
    unit top[MAX_UNITS];
    size_t ntop;
    unit bottom[MAX_BOTTOM];
    size_t nbottom;
    size_t body_para; /* first body paragraph, or nparas */
    size_t issuer_para; /* paragraph of the issuer's letterhead, or -1 */
    date_parts partial; /* a dateline date without its year */
    int has_partial;
} header;

void header_find(const text *t, header *h);

/* Each returns 1 when it set its part of r->doc. */
int header_kind(dl_record *r, header *h);
/* Kind label ("press release", "statement by") at tokens [a, k), or NULL. */
const lex_entry *kind_at(const text *t, size_t a, size_t k);
/* A header line [a, b) that is a kind label, a comma and a full date
 * ("Briefing, 9 March 2024"): the comma's token, else 0. */
size_t label_then_date(const text *t, size_t a, size_t b);
/* The first token of a kind label ending tokens [a, b) ("... spokesperson
 * statement"), else b. */
size_t kind_tail(const text *t, size_t a, size_t b);
int header_issuer(dl_record *r, header *h);
int header_title(dl_record *r, header *h);
/* The title is a UN document's dated one ("Letter dated 24 February 2012
 * from ..."), whose date dates the document. */
int title_is_dated(const dl_record *r);
/* Tokens [a, b) open with a kind label and a lead to its author
 * ("Statement by"): the token after the lead, else 0 (issuer.c). */
size_t doc_author_after_kind(const text *t, size_t a, size_t b);
int header_letter_author(dl_record *r);
int header_title_issuer(dl_record *r);
/* "..., Human Rights Watch said today." in the dateline's paragraph (the
 * body's first sentence without one): the speaker is the issuer when the
 * header names none. */
int lead_issuer(dl_record *r, const header *h);
/* An issuer written in capitals ("UNITED NATIONS ASSISTANCE MISSION IN
 * AFGHANISTAN") takes the body's spelling of the same words ("United
 * Nations Assistance Mission in Afghanistan") when the body has one; its
 * span stays where it was found. */
void issuer_case(dl_record *r);
int header_dateline(dl_record *r, header *h);
int header_date(dl_record *r, header *h, date_parts *d);

/* Folded lower-case text of tokens [a, b) with hyphens as spaces. */
void unit_key(const text *t, size_t a, size_t b, char *buf, size_t cap);
/* Words in [a, b) are capitalised but for function words. */
int unit_titlecase(const text *t, size_t a, size_t b);
/* Where a full date ending tokens [a, b) after a comma begins (trailing
 * punctuation aside): "Prepared by the Sudan Doctors Network, 20 June
 * 2023"; its parts in *d. b when there is none. */
size_t unit_end_date(const text *t, size_t a, size_t b, date_parts *d);
/* Set a document string field from tokens, whitespace folded. */
const char *unit_string(dl_record *r, size_t a, size_t b);

#endif
