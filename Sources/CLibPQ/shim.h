#ifndef HDS_CLIBPQ_SHIM_H
#define HDS_CLIBPQ_SHIM_H

// libpq is opened at run time (dlopen) instead of linked. A process on a SQLite store so
// never loads it or the libraries it needs (OpenSSL, GnuTLS, Kerberos, LDAP), which took
// about 5 MB of the dashboard's resident memory. Swift calls the hds_PQ… wrappers below,
// each of which looks its libpq function up once. libpq-fe.h gives the types only.

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <postgresql/libpq-fe.h>

/// The PG_DIAG_* field codes are character-literal macros, which Swift cannot import:
/// they select a field of an error result in PQresultErrorField.
static const int hds_pg_diag_sqlstate = PG_DIAG_SQLSTATE;
static const int hds_pg_diag_message_primary = PG_DIAG_MESSAGE_PRIMARY;

/// The file name of libpq's shared library, as Debian's libpq5 package installs it.
#define HDS_LIBPQ_FILE "libpq.so.5"

/// The name of every libpq function the wrappers call.
static const char *const hds_pq_functions[] = {
  "PQbackendPID", "PQclear", "PQcmdStatus", "PQcmdTuples", "PQconnectdbParams",
  "PQconninfoFree", "PQconninfoParse", "PQconsumeInput", "PQerrorMessage", "PQescapeIdentifier", "PQexec", "PQexecParams",
  "PQexecPrepared", "PQfinish", "PQfname", "PQfreemem", "PQftype", "PQgetisnull",
  "PQgetvalue", "PQnfields", "PQnotifies", "PQntuples", "PQprepare", "PQresStatus",
  "PQreset", "PQresultErrorField", "PQresultErrorMessage", "PQresultStatus",
  "PQserverVersion", "PQsetNoticeProcessor", "PQsocket", "PQstatus", "PQtransactionStatus",
};

/// Opens libpq and checks that it has every function in `hds_pq_functions`. Returns NULL
/// when it does, or else the reason, which stays valid until the next call on this thread.
/// Call it before any wrapper: a wrapper whose function is missing aborts the process.
static inline const char *hds_pq_load(void) {
  static _Thread_local char missing[160];
  void *library = dlopen(HDS_LIBPQ_FILE, RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) {
    return dlerror();
  }
  for (size_t index = 0; index < sizeof hds_pq_functions / sizeof *hds_pq_functions; index++) {
    if (dlsym(library, hds_pq_functions[index]) == NULL) {
      snprintf(missing, sizeof missing, "%s has no function %s", HDS_LIBPQ_FILE,
               hds_pq_functions[index]);
      return missing;
    }
  }
  return NULL;
}

/// Returns the address of libpq's function `name`, opening the library on first use.
static inline void *hds_pq_symbol(const char *name) {
  static void *library;
  void *handle = __atomic_load_n(&library, __ATOMIC_ACQUIRE);
  if (handle == NULL) {
    handle = dlopen(HDS_LIBPQ_FILE, RTLD_NOW | RTLD_LOCAL);
    __atomic_store_n(&library, handle, __ATOMIC_RELEASE);
  }
  void *function = handle == NULL ? NULL : dlsym(handle, name);
  if (function == NULL) {
    fprintf(stderr, "hds: %s was called before hds_pq_load() succeeded\n", name);
    abort();
  }
  return function;
}

/// Declares `resolved`, libpq's function `name`, looked up on the first call only.
#define HDS_PQ_RESOLVE(name)                                                           \
  static __typeof__(&name) function;                                                   \
  __typeof__(&name) resolved = __atomic_load_n(&function, __ATOMIC_ACQUIRE);           \
  if (resolved == NULL) {                                                              \
    resolved = (__typeof__(&name))hds_pq_symbol(#name);                                \
    __atomic_store_n(&function, resolved, __ATOMIC_RELEASE);                           \
  }

static inline int hds_PQbackendPID(const PGconn *conn) {
  HDS_PQ_RESOLVE(PQbackendPID);
  return resolved(conn);
}

static inline void hds_PQclear(PGresult *res) {
  HDS_PQ_RESOLVE(PQclear);
  resolved(res);
}

static inline char *hds_PQcmdStatus(PGresult *res) {
  HDS_PQ_RESOLVE(PQcmdStatus);
  return resolved(res);
}

static inline char *hds_PQcmdTuples(PGresult *res) {
  HDS_PQ_RESOLVE(PQcmdTuples);
  return resolved(res);
}

static inline PGconn *hds_PQconnectdbParams(const char *const *keywords,
                                            const char *const *values, int expand_dbname) {
  HDS_PQ_RESOLVE(PQconnectdbParams);
  return resolved(keywords, values, expand_dbname);
}

static inline void hds_PQconninfoFree(PQconninfoOption *connOptions) {
  HDS_PQ_RESOLVE(PQconninfoFree);
  resolved(connOptions);
}

static inline PQconninfoOption *hds_PQconninfoParse(const char *conninfo, char **errmsg) {
  HDS_PQ_RESOLVE(PQconninfoParse);
  return resolved(conninfo, errmsg);
}

static inline int hds_PQconsumeInput(PGconn *conn) {
  HDS_PQ_RESOLVE(PQconsumeInput);
  return resolved(conn);
}

static inline char *hds_PQerrorMessage(const PGconn *conn) {
  HDS_PQ_RESOLVE(PQerrorMessage);
  return resolved(conn);
}

static inline char *hds_PQescapeIdentifier(PGconn *conn, const char *str, size_t len) {
  HDS_PQ_RESOLVE(PQescapeIdentifier);
  return resolved(conn, str, len);
}

static inline PGresult *hds_PQexec(PGconn *conn, const char *query) {
  HDS_PQ_RESOLVE(PQexec);
  return resolved(conn, query);
}

static inline PGresult *hds_PQexecParams(PGconn *conn, const char *command, int nParams,
                                         const Oid *paramTypes,
                                         const char *const *paramValues,
                                         const int *paramLengths, const int *paramFormats,
                                         int resultFormat) {
  HDS_PQ_RESOLVE(PQexecParams);
  return resolved(conn, command, nParams, paramTypes, paramValues, paramLengths,
                  paramFormats, resultFormat);
}

static inline PGresult *hds_PQexecPrepared(PGconn *conn, const char *stmtName, int nParams,
                                           const char *const *paramValues,
                                           const int *paramLengths, const int *paramFormats,
                                           int resultFormat) {
  HDS_PQ_RESOLVE(PQexecPrepared);
  return resolved(conn, stmtName, nParams, paramValues, paramLengths, paramFormats,
                  resultFormat);
}

static inline void hds_PQfinish(PGconn *conn) {
  HDS_PQ_RESOLVE(PQfinish);
  resolved(conn);
}

static inline char *hds_PQfname(const PGresult *res, int field_num) {
  HDS_PQ_RESOLVE(PQfname);
  return resolved(res, field_num);
}

static inline void hds_PQfreemem(void *ptr) {
  HDS_PQ_RESOLVE(PQfreemem);
  resolved(ptr);
}

static inline Oid hds_PQftype(const PGresult *res, int field_num) {
  HDS_PQ_RESOLVE(PQftype);
  return resolved(res, field_num);
}

static inline int hds_PQgetisnull(const PGresult *res, int tup_num, int field_num) {
  HDS_PQ_RESOLVE(PQgetisnull);
  return resolved(res, tup_num, field_num);
}

static inline char *hds_PQgetvalue(const PGresult *res, int tup_num, int field_num) {
  HDS_PQ_RESOLVE(PQgetvalue);
  return resolved(res, tup_num, field_num);
}

static inline int hds_PQnfields(const PGresult *res) {
  HDS_PQ_RESOLVE(PQnfields);
  return resolved(res);
}

static inline PGnotify *hds_PQnotifies(PGconn *conn) {
  HDS_PQ_RESOLVE(PQnotifies);
  return resolved(conn);
}

static inline int hds_PQntuples(const PGresult *res) {
  HDS_PQ_RESOLVE(PQntuples);
  return resolved(res);
}

static inline PGresult *hds_PQprepare(PGconn *conn, const char *stmtName, const char *query,
                                      int nParams, const Oid *paramTypes) {
  HDS_PQ_RESOLVE(PQprepare);
  return resolved(conn, stmtName, query, nParams, paramTypes);
}

static inline char *hds_PQresStatus(ExecStatusType status) {
  HDS_PQ_RESOLVE(PQresStatus);
  return resolved(status);
}

static inline void hds_PQreset(PGconn *conn) {
  HDS_PQ_RESOLVE(PQreset);
  resolved(conn);
}

static inline char *hds_PQresultErrorField(const PGresult *res, int fieldcode) {
  HDS_PQ_RESOLVE(PQresultErrorField);
  return resolved(res, fieldcode);
}

static inline char *hds_PQresultErrorMessage(const PGresult *res) {
  HDS_PQ_RESOLVE(PQresultErrorMessage);
  return resolved(res);
}

static inline ExecStatusType hds_PQresultStatus(const PGresult *res) {
  HDS_PQ_RESOLVE(PQresultStatus);
  return resolved(res);
}

static inline int hds_PQserverVersion(const PGconn *conn) {
  HDS_PQ_RESOLVE(PQserverVersion);
  return resolved(conn);
}

static inline PQnoticeProcessor hds_PQsetNoticeProcessor(PGconn *conn, PQnoticeProcessor proc,
                                                         void *arg) {
  HDS_PQ_RESOLVE(PQsetNoticeProcessor);
  return resolved(conn, proc, arg);
}

static inline int hds_PQsocket(const PGconn *conn) {
  HDS_PQ_RESOLVE(PQsocket);
  return resolved(conn);
}

static inline ConnStatusType hds_PQstatus(const PGconn *conn) {
  HDS_PQ_RESOLVE(PQstatus);
  return resolved(conn);
}

static inline PGTransactionStatusType hds_PQtransactionStatus(const PGconn *conn) {
  HDS_PQ_RESOLVE(PQtransactionStatus);
  return resolved(conn);
}

#endif
