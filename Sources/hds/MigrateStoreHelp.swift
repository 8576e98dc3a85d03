/// `hds migrate-store --help`.
enum MigrateStoreHelp {
  static let text = """
    Usage: hds migrate-store --from FILE|DIR [--to URL]

    Moves one kecamatan's SQLite store into its schema on a PostgreSQL server: the
    first schema of the URL's search_path, which must exist. Every row of every table
    is copied with its id, the counter tables are filled by the server's own
    triggers, and the identity sequences are set past the copied ids. Then every
    table is read back and compared with the source: its rows and a digest of every
    value. A table that does not match rolls the whole move back.

      --from FILE|DIR  the store: hds.sqlite, or the office's data directory that
                       holds it. It is opened read-only and read as one snapshot.
                       Its directory's roles.conf must give you the operator role,
                       and its hds.log records the move
      --to URL         the server: postgresql://USER@HOST:PORT/DATABASE?options=
                       -csearch_path%3DSCHEMA; default $HDS_STORE

    The server's side is one transaction under the store's write lock: it creates
    the schema's tables when the schema is empty, so that a failure, Ctrl-C or a
    crash leaves the schema as it was. Running the command again on the same store
    changes nothing and says that the store is there. A schema that holds another
    store, or this store as it was at an earlier move, is rejected, naming the
    first table and id that differ; the command does not top up an earlier move.

    The source must have this hds's schema version; open an older store once
    read-write with this hds first (the dashboard, hds --data DIR). Stop the
    office's hds processes before the move, because changes made to the SQLite file
    afterwards stay there. Progress goes to standard error. Exit status: 0 moved or
    already there, 1 failure (nothing written), 2 usage error.
    """
}
