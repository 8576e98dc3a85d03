// Checking and migrating the HDS schema of a PostgreSQL database, as Schema.check and
// Schema.migrate do for an SQLite file.

import HDSCore

extension PostgresSchema {
  /// The key of the transaction-level advisory lock that every migration holds: "HDS1" in
  /// ASCII, the application id of the SQLite files.
  ///
  /// The lock covers the whole database, not one schema, because pg_trgm is installed
  /// once per database, and of two concurrent CREATE EXTENSION IF NOT EXISTS statements
  /// the second fails on a unique violation (seen with PostgreSQL 15). So migrations of
  /// different HDS schemas in one database wait for each other too.
  static let advisoryLockKey: Int64 = 0x4844_5331

  /// Checks that the current schema (the first existing one on the search_path) is an HDS
  /// schema this program understands, or an empty one, and returns its version: 0 for an
  /// empty schema. Writes nothing.
  ///
  /// Throws `.incompatible` for a schema of a newer version, for one with tables of another
  /// program, and for one whose `hds_schema` claims a version but lacks HDS tables.
  static func check(_ connection: PostgresConnection) throws(StoreError) -> Int {
    let schema = try currentSchema(connection)
    let location = "schema \(schema) of \(connection.url.masked)"
    let tables = try connection.rows(
      "SELECT class.relname FROM pg_class class"
        + " JOIN pg_namespace namespace ON namespace.oid = class.relnamespace"
        + " WHERE namespace.nspname = $1 AND class.relkind IN ('r', 'p') ORDER BY 1",
      [.text(schema)], context: "listing the tables of schema \(schema)"
    ) { (row) throws(StoreError) -> String in try row.text(0) }

    let version = try recordedVersion(connection, hasTable: tables.contains("hds_schema"))
    guard let version else {
      throw .incompatible(
        path: location,
        reason: "its table hds_schema must have exactly one row, the schema version; restore"
          + " the schema from a backup")
    }
    if version > latestVersion {
      throw .incompatible(
        path: location,
        reason: "its schema version is \(version) but this program knows versions up to"
          + " \(latestVersion); use a newer hds")
    }

    let otherTables = tables.filter { $0 != "hds_schema" }
    if version == 0 && !otherTables.isEmpty {
      let names = otherTables.prefix(3).joined(separator: ", ")
      throw .incompatible(
        path: location,
        reason: "it has tables of another program (\(names)) and no HDS schema; give HDS a"
          + " schema of its own (the first schema on the URL's search_path)")
    }
    let missing = self.tables.filter { !tables.contains($0) }
    if version > 0 && !missing.isEmpty {
      throw .incompatible(
        path: location,
        reason: "it has schema version \(version) but is not an HDS store (missing tables: "
          + "\(missing.joined(separator: ", ")))")
    }
    return version
  }

  /// Runs the migrations the schema lacks, up to `target`, each in its own transaction,
  /// and returns how many ran.
  ///
  /// Each transaction first takes the advisory lock `advisoryLockKey` and then reads the
  /// version, so when two processes open a new database at once, the second waits and
  /// then finds the migration done. The transactions are READ COMMITTED on purpose: the
  /// version read after the lock then includes the other process's commit, where REPEATABLE
  /// READ would keep the snapshot taken before the wait. Throws `check`'s errors, and
  /// `.invalid` for a target outside 0 to `latestVersion`.
  @discardableResult
  static func migrate(_ connection: PostgresConnection, to target: Int = latestVersion)
    throws(StoreError) -> Int
  {
    guard (0...latestVersion).contains(target) else {
      throw .invalid(
        "the target schema version \(target) does not exist; pass 0 to \(latestVersion)")
    }
    var applied = 0
    while try migrateOneStep(connection, to: target) {
      applied += 1
    }
    return applied
  }

  /// Runs the next migration below `target` in one transaction. Returns false when the
  /// schema has reached `target` already.
  private static func migrateOneStep(_ connection: PostgresConnection, to target: Int)
    throws(StoreError) -> Bool
  {
    try connection.transaction(.readCommitted) { () throws(StoreError) -> Bool in
      try lockMigrations(connection)
      return try applyNextMigration(connection, below: target)
    }
  }

  /// Runs every migration the schema lacks inside the transaction that is open on
  /// `connection`, and returns how many ran. `hds migrate-store` creates the schema and
  /// fills it in one transaction this way, so that a failed or killed move leaves the
  /// schema as it was. Takes the migration lock (`advisoryLockKey`) until the transaction
  /// ends when the schema needs a migration.
  @discardableResult
  static func migrateInOpenTransaction(_ connection: PostgresConnection) throws(StoreError)
    -> Int
  {
    // The lock covers the whole database, so a schema that is current already does not
    // take it: the move would otherwise hold up every new schema of the database.
    guard try check(connection) < latestVersion else { return 0 }
    try lockMigrations(connection)
    var applied = 0
    while try applyNextMigration(connection, below: latestVersion) {
      applied += 1
    }
    return applied
  }

  private static func lockMigrations(_ connection: PostgresConnection) throws(StoreError) {
    try connection.run(
      "SELECT pg_advisory_xact_lock($1)", [.integer(advisoryLockKey)],
      context: "waiting for another process that migrates the schema")
  }

  /// Runs the next migration below `target` in the open transaction, which holds the
  /// migration lock. Returns false when the schema has reached `target` already.
  private static func applyNextMigration(_ connection: PostgresConnection, below target: Int)
    throws(StoreError) -> Bool
  {
    let version = try check(connection)
    guard version < target else { return false }

    let context = "migrating the schema from version \(version) to \(version + 1)"
    if version == 0 {
      try connection.execute(
        """
        CREATE TABLE IF NOT EXISTS hds_schema (version integer NOT NULL CHECK (version >= 0));
        CREATE UNIQUE INDEX IF NOT EXISTS hds_schema_one_row ON hds_schema ((true));
        INSERT INTO hds_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT FROM hds_schema);
        """, context: context)
    }
    try connection.execute(migrations[version], context: context)
    try connection.run(
      "UPDATE hds_schema SET version = $1", [.integer(version + 1)], context: context)
    return true
  }

  /// Returns the schema that unqualified names create tables in, or throws when the
  /// search_path names no existing schema.
  private static func currentSchema(_ connection: PostgresConnection) throws(StoreError)
    -> String
  {
    let schema = try connection.firstRow(
      "SELECT current_schema()", context: "reading the current schema"
    ) { (row) throws(StoreError) -> String? in try row.optionalText(0) }
    guard let schema = schema ?? nil else {
      throw .incompatible(
        path: connection.url.masked,
        reason: "its search_path names no existing schema, so HDS has nowhere to keep its"
          + " tables; create the schema, or set search_path in the URL"
          + " (options=-csearch_path%3DNAME)")
    }
    return schema
  }

  /// Returns the version in `hds_schema`, 0 when the table does not exist, and nil when
  /// the table has no row or several.
  private static func recordedVersion(_ connection: PostgresConnection, hasTable: Bool)
    throws(StoreError) -> Int?
  {
    guard hasTable else { return 0 }
    let versions = try connection.rows(
      "SELECT version FROM hds_schema", context: "reading the schema version"
    ) { (row) throws(StoreError) -> Int in try row.int(0) }
    return versions.count == 1 ? versions[0] : nil
  }
}
