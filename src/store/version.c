/* version.c - the extractor version stamped on archived documents: the
 * library version plus a build-time hash of the extraction code and data
 * (mk/archive.mk), so that `dateline reindex` knows what is stale. */
#include "extractor_version.h"
#include "store.h"

const char *dl_extractor_version(void)
{
    return DL_VERSION "+" DL_EXTRACTOR_HASH;
}
