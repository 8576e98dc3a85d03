#ifndef HDS_CLIBPQ_SHIM_H
#define HDS_CLIBPQ_SHIM_H

#include <libpq-fe.h>

/// The PG_DIAG_* field codes are character-literal macros, which Swift cannot import:
/// they select a field of an error result in PQresultErrorField.
static const int hds_pg_diag_sqlstate = PG_DIAG_SQLSTATE;
static const int hds_pg_diag_message_primary = PG_DIAG_MESSAGE_PRIMARY;

#endif
