#ifndef HDS_CSQLITE_SHIM_H
#define HDS_CSQLITE_SHIM_H

#include <sqlite3.h>

/// SQLITE_TRANSIENT is a cast macro that Swift cannot import: it tells SQLite to copy
/// a bound string or blob before the bind call returns.
static inline sqlite3_destructor_type hds_sqlite_transient(void) {
  return SQLITE_TRANSIENT;
}

#endif
