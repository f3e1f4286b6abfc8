/* write_timeml.c - the input as TimeML: the text with TIMEX3 tags around
 * each time expression, as TempEval-3 tools read it. The document date is
 * given as DCT (tid t0); the others are numbered t1, t2, ... in text order
 * with no gaps. Overlapping times are skipped after the first. Relative
 * values resolved against the document date name it as anchorTimeID. */
#include <string.h>

#include "../util/buf.h"
#include "record.h"

static void escaped(buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '&': buf_puts(b, "&amp;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        default: buf_add(b, s + i, 1);
        }
    }
}

dl_status write_timeml(const dl_record *r, char **out)
{
    buf b = {0};
    buf_puts(&b, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>");
    escaped(&b, r->doc.source, strlen(r->doc.source));
    buf_puts(&b, "</DOCID>\n");
    if (r->doc.date)
        buf_printf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" "
                   "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">"
                   "%s</TIMEX3></DCT>\n", r->doc.date, r->doc.date);
    buf_puts(&b, "<TEXT>");
    size_t pos = 0, tid = 0;
    for (size_t i = 0; i < r->ntimes; i++) {
        const dl_time *t = &r->times[i].pub;
        if (t->span.start < pos || t->span.end > r->len)
            continue;
        escaped(&b, r->input + pos, t->span.start - pos);
        buf_printf(&b, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"", ++tid, t->type);
        escaped(&b, t->value, strlen(t->value));
        buf_puts(&b, "\"");
        if (t->mod)
            buf_printf(&b, " mod=\"%s\"", t->mod);
        if (t->anchor && r->doc.date && !strcmp(t->anchor, r->doc.date))
            buf_puts(&b, " temporalFunction=\"true\" anchorTimeID=\"t0\"");
        buf_puts(&b, ">");
        escaped(&b, r->input + t->span.start, t->span.end - t->span.start);
        buf_puts(&b, "</TIMEX3>");
        pos = t->span.end;
    }
    escaped(&b, r->input + pos, r->len - pos);
    buf_puts(&b, "</TEXT>\n</TimeML>\n");
    *out = buf_take(&b);
    return *out ? DL_OK : DL_ENOMEM;
}
