/// `hds backup --help` and `hds restore --help`.
enum BackupHelp {
  static let backup = """
    Usage: hds backup FILE [--data DIR] [--force]

    Writes a consistent copy of the store in DIR to FILE, with SQLite's online backup,
    while dashboards and imports keep working. The copy is written to a temporary file
    next to FILE and gets its name only after it passed an integrity check, so FILE is
    never half written. FILE gets mode 0600, because the store contains personal data,
    and is a single file with no -wal or -shm beside it. Prints the file, its size,
    its schema version and its number of requests, and notes the backup in hds.log.

      --force         replace FILE when it exists (otherwise the command fails)

    Do not copy hds.sqlite with cp while hds runs: the latest changes may still be in
    hds.sqlite-wal. The README shows a crontab line for a daily backup.
    """

  static let restore = """
    Usage: hds restore FILE [--data DIR]

    Replaces the store in DIR with the backup FILE. First checks FILE and stops with
    the reason when it is not an SQLite database, not an HDS store, of a newer schema
    version than this hds knows, or fails the integrity check; the store is then left
    as it was.

    Then it keeps a copy of the current store as hds.sqlite.before-restore-
    YYYYMMDD-HHMMSS (WIB) in DIR, copies FILE over the store in one transaction, so
    that a running dashboard sees either the old store or the restored one, and runs
    the migrations when FILE has an older schema version. Restart the dashboards after
    a restore of an older version. Prints what it did and notes it in hds.log.

    When the current store is damaged so badly that it cannot be copied, the restore
    stops; stop every hds process, move hds.sqlite, hds.sqlite-wal and hds.sqlite-shm
    aside and run hds restore again.
    """
}
