// The tables of an HDS store that `hds migrate-store` copies, in copy order, and the ones
// it leaves to the target's triggers.

/// One table of the store as the move reads it.
public struct MoveTable: Sendable, Equatable {
  public let name: String
  /// The primary key's columns, which order the rows in both engines: integers by value
  /// and text byte by byte (SQLite's BINARY, PostgreSQL's collation C).
  public let key: [String]
  /// The count column of a counter table. Rows whose count is 0 are left out of the
  /// comparison, because SQLite's triggers keep such rows and a fresh copy has none.
  public let countColumn: String?

  init(_ name: String, key: [String] = ["id"], countColumn: String? = nil) {
    self.name = name
    self.key = key
    self.countColumn = countColumn
  }
}

public enum MoveTables {
  /// The tables whose rows the move copies, each after the tables its foreign keys point
  /// to.
  public static let copied: [MoveTable] = [
    MoveTable("resident"),
    MoveTable("courier"),
    MoveTable("courier_event"),
    MoveTable("request_number_counter", key: ["year"]),
    MoveTable("request"),
    MoveTable("request_event"),
    MoveTable("complaint"),
    MoveTable("complaint_event"),
    MoveTable("setting", key: ["key"]),
    MoveTable("setting_event"),
    MoveTable("survey_response"),
    MoveTable("survey_event"),
    MoveTable("export_event"),
    MoveTable("region", key: ["kecamatan_code"]),
  ]

  /// The tables that only triggers write. The target's triggers fill them while the
  /// copied rows go in, and the move then checks them against the source's.
  public static let derived: [MoveTable] = [
    MoveTable("request_count", key: ["desa_code", "state"], countColumn: "count"),
    MoveTable("complaint_count", key: ["state"], countColumn: "count"),
    MoveTable("delivery_count", key: ["day", "desa_code"], countColumn: "count"),
    MoveTable("delivery_month_count", key: ["month", "desa_code"], countColumn: "count"),
    MoveTable("request_week_count", key: ["week", "state", "document"], countColumn: "count"),
    MoveTable("resident_served_year", key: ["resident_id", "year"]),
    MoveTable("served_first_day_count", key: ["day"], countColumn: "count"),
  ]

  /// Tables of one engine only, which the move neither copies nor compares: SQLite's FTS5
  /// name index (its twin is a GIN index on PostgreSQL) and PostgreSQL's version table.
  public static let engineOwn: Set<String> = ["resident_name_search", "hds_schema"]
}
