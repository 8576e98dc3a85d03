// Office settings kept in the `setting` table, each change traced in `setting_event`.

import Foundation
import HDSCore

extension SQLStore {
  /// Failed attempts allowed when the file has no `max_attempts` row: 2, the common
  /// practice.
  public static let defaultMaxAttempts = 2

  /// The values `setMaxAttempts` accepts.
  public static let maxAttemptsRange = 1...9

  /// Stores how many failed attempts a request gets before it is returned to the office,
  /// with a `setting_event` row naming the old and new value.
  ///
  /// Requests already out keep their attempt count; the new limit applies from their next
  /// failed attempt. Throws `.invalid` outside 1...9.
  public func setMaxAttempts(_ value: Int, by actor: Actor, at time: Date) throws(StoreError) {
    try actor.require(.settings)
    guard Self.maxAttemptsRange.contains(value) else {
      throw .invalid(
        "max attempts \(value) is out of range; choose \(Self.maxAttemptsRange.lowerBound)"
          + " to \(Self.maxAttemptsRange.upperBound)")
    }
    try storeSetting("max_attempts", String(value), by: actor, at: time)
  }

  /// Reads `max_attempts`; a missing row means the default. Throws `.incompatible` for a
  /// stored value outside 1...9.
  func readMaxAttempts(_ connection: any SQLConnection) throws(StoreError) -> Int {
    let text = try storedSetting("max_attempts", connection)
    guard let text else { return Self.defaultMaxAttempts }
    guard let value = Int(text), Self.maxAttemptsRange.contains(value) else {
      throw .incompatible(
        path: path, reason: "setting max_attempts is '\(text)'; it must be a whole number 1 to 9")
    }
    return value
  }

  /// Stores the road factor that estimates a road distance from the straight line, with
  /// a `setting_event` row naming the old and new value.
  ///
  /// Throws `.invalid` outside `RoadDistances.roadFactorRange`, 1.0 to 3.0.
  public func setRoadFactor(_ value: Double, by actor: Actor, at time: Date) throws(StoreError) {
    try actor.require(.settings)
    let range = RoadDistances.roadFactorRange
    guard range.contains(value) else {
      throw .invalid(
        "road factor \(value) is out of range; choose \(range.lowerBound) to \(range.upperBound)")
    }
    try storeSetting("road_factor", String(value), by: actor, at: time)
  }

  /// Reads `road_factor`; a missing row means `RoadDistances.defaultRoadFactor`. Throws
  /// `.incompatible` for a stored value that is not a number from 1.0 to 3.0.
  func readRoadFactor(_ connection: any SQLConnection) throws(StoreError) -> Double {
    let text = try storedSetting("road_factor", connection)
    guard let text else { return RoadDistances.defaultRoadFactor }
    guard let value = Double(text), RoadDistances.roadFactorRange.contains(value) else {
      throw .incompatible(
        path: path, reason: "setting road_factor is '\(text)'; it must be a number 1.0 to 3.0")
    }
    return value
  }

  /// Stores the service-time target of `kind` in working days, with a `setting_event`
  /// row naming the old and new value.
  ///
  /// Throws `.invalid` outside `ServiceTargets.allowedRange`, 1 to 30.
  public func setServiceTarget(
    _ days: Int, for kind: DocumentKind, by actor: Actor, at time: Date
  ) throws(StoreError) {
    try actor.require(.settings)
    let range = ServiceTargets.allowedRange
    guard range.contains(days) else {
      throw .invalid(
        "service-time target \(days) for \(kind.shortName) is out of range; choose"
          + " \(range.lowerBound) to \(range.upperBound) working days")
    }
    try storeSetting(Self.targetKey(kind), String(days), by: actor, at: time)
  }

  /// Reads the `target.KIND` settings over the defaults. Throws `.incompatible` for a
  /// stored value that is not a whole number from 1 to 30.
  public func serviceTargets() throws(StoreError) -> ServiceTargets {
    try read { (connection) throws(StoreError) -> ServiceTargets in
      var targets = ServiceTargets()
      for kind in DocumentKind.allCases {
        let key = Self.targetKey(kind)
        guard let text = try storedSetting(key, connection) else { continue }
        targets.workingDays[kind] = try Self.targetDays(text, key: key, path: path)
      }
      targets.changes = try connection.rows(
        """
        SELECT key, time, old_value, new_value FROM setting_event
        WHERE key LIKE 'target.%' ORDER BY time, id
        """, context: "reading the history of the service-time targets"
      ) { (row) throws(StoreError) -> ServiceTargets.Change? in
        guard let kind = DocumentKind(rawValue: String(row.text(0).dropFirst("target.".count))),
          let days = Int(row.text(3))
        else { return nil }
        return ServiceTargets.Change(
          time: Date(timeIntervalSince1970: row.real(1)), kind: kind,
          previousDays: row.optionalText(2).flatMap { Int($0) }, days: days)
      }.compactMap { $0 }
      return targets
    }
  }

  /// Returns the setting key of `kind`'s service-time target, `target.KIND`.
  package static func targetKey(_ kind: DocumentKind) -> String {
    "target." + kind.rawValue
  }

  /// Returns the working days of a stored target `text` of setting `key`. Throws
  /// `.incompatible`, naming `path`, for a value that is not a whole number from 1 to 30.
  package static func targetDays(_ text: String, key: String, path: String) throws(StoreError)
    -> Int
  {
    guard let days = Int(text), ServiceTargets.allowedRange.contains(days) else {
      throw .incompatible(
        path: path, reason: "setting \(key) is '\(text)'; it must be a whole number 1 to 30")
    }
    return days
  }

  /// Stores the kecamatan whose office keeps this store, with a `setting_event` row
  /// naming the old and new code. The code decides the name on every screen and which
  /// desa geography the dashboard draws.
  ///
  /// Throws `.invalid` when another store of the same database claims `code` already, so
  /// that Dukcapil's view of the kabupaten never has two stores for one kecamatan.
  public func setKecamatanCode(_ code: KecamatanCode, by actor: Actor, at time: Date)
    throws(StoreError)
  {
    try actor.require(.settings)
    try storeSetting("kecamatan_code", code.description, by: actor, at: time) {
      (connection) throws(StoreError) in
      let others = try otherStores(claiming: code, connection)
      guard others.isEmpty else {
        throw .invalid(
          "kecamatan \(code) (\(code.name)) is the code of schema"
            + " \(others.joined(separator: ", ")) of this database already; each kecamatan has one"
            + " store, so check the code, or move this office's work into that schema")
      }
    }
  }

  /// Reads `kecamatan_code`; a missing row means Kromengan, 35.07.31, the kecamatan whose
  /// geography the program holds. Throws `.incompatible` for a stored value that is not a
  /// code of Kabupaten Malang.
  public func kecamatanCode() throws(StoreError) -> KecamatanCode {
    try read { (connection) throws(StoreError) -> KecamatanCode in
      try readKecamatanCode(connection)
    }
  }

  func readKecamatanCode(_ connection: any SQLConnection) throws(StoreError) -> KecamatanCode {
    guard let text = try storedSetting("kecamatan_code", connection) else { return .kromengan }
    do {
      return try KecamatanCode(parsing: text)
    } catch {
      throw .incompatible(
        path: path,
        reason: "setting kecamatan_code is '\(text)': \(error); set it again with hds settings"
          + " --kecamatan 35.07.NN")
    }
  }

  /// Returns the stored text of setting `key`, or nil when the file has no row for it.
  func storedSetting(_ key: String, _ connection: any SQLConnection) throws(StoreError)
    -> String?
  {
    try connection.firstRow(
      "SELECT value FROM setting WHERE key = ?1", [.text(key)], context: "reading setting \(key)"
    ) { $0.text(0) }
  }

  /// Writes setting `key` and its `setting_event` row (old and new value) as one
  /// transaction, after `check` passes on the same connection.
  func storeSetting(
    _ key: String, _ value: String, by actor: Actor, at time: Date,
    check: (any SQLConnection) throws(StoreError) -> Void = { _ in }
  ) throws(StoreError) {
    try write { (connection) throws(StoreError) in
      let old = try storedSetting(key, connection)
      // The value it has already is no change, and the audit trail records none.
      guard old != value else { return }
      try check(connection)
      try connection.run(
        """
        INSERT INTO setting (key, value) VALUES (?1, ?2)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """,
        [.text(key), .text(value)], context: "storing setting \(key)")
      try recordSettingEvent(connection, key: key, old: old, new: value, by: actor, at: time)
    }
  }

  /// Writes the `setting_event` row of a change of `key` from `old` to `new`.
  func recordSettingEvent(
    _ connection: any SQLConnection, key: String, old: String?, new: String, by actor: Actor,
    at time: Date
  ) throws(StoreError) {
    try connection.run(
      """
      INSERT INTO setting_event (key, time, "user", old_value, new_value, role)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6)
      """,
      [
        .text(key), .real(time.timeIntervalSince1970), .text(actor.user), .optionalText(old),
        .text(new), .text(actor.role.rawValue),
      ],
      context: "recording the change of setting \(key)")
  }
}
