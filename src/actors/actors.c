/* actors.c - the actors stage: entry point called by the pipeline (record.c).
 *
 * Empty until its issue lands: the record's list stays present and empty. */
#include "../record/record.h"

dl_status actors_extract(dl_record *r)
{
    (void)r;
    return DL_OK;
}
