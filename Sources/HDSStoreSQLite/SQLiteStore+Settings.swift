// Office settings kept in the `setting` table, each change traced in `setting_event`.

import Foundation
import HDSCore

extension SQLiteStore {
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
  public func setMaxAttempts(_ value: Int, by user: String, at time: Date) throws(StoreError) {
    guard Self.maxAttemptsRange.contains(value) else {
      throw .invalid(
        "max attempts \(value) is out of range; choose \(Self.maxAttemptsRange.lowerBound)"
          + " to \(Self.maxAttemptsRange.upperBound)")
    }
    try write { (connection) throws(StoreError) in
      let old = try connection.firstRow(
        "SELECT value FROM setting WHERE key = 'max_attempts'", context: "reading max attempts"
      ) { $0.text(0) }
      try connection.run(
        """
        INSERT INTO setting (key, value) VALUES ('max_attempts', ?1)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """,
        [.text(String(value))], context: "storing max attempts")
      try connection.run(
        """
        INSERT INTO setting_event (key, time, user, old_value, new_value)
        VALUES ('max_attempts', ?1, ?2, ?3, ?4)
        """,
        [.real(time.timeIntervalSince1970), .text(user), .optionalText(old), .text(String(value))],
        context: "recording the max attempts change")
    }
  }

  /// Reads `max_attempts`; a missing row means the default. Throws `.incompatible` for a
  /// stored value outside 1...9.
  func readMaxAttempts(_ connection: Connection) throws(StoreError) -> Int {
    let text = try connection.firstRow(
      "SELECT value FROM setting WHERE key = 'max_attempts'", context: "reading max attempts"
    ) { $0.text(0) }
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
  public func setRoadFactor(_ value: Double, by user: String, at time: Date) throws(StoreError) {
    let range = RoadDistances.roadFactorRange
    guard range.contains(value) else {
      throw .invalid(
        "road factor \(value) is out of range; choose \(range.lowerBound) to \(range.upperBound)")
    }
    try write { (connection) throws(StoreError) in
      let old = try connection.firstRow(
        "SELECT value FROM setting WHERE key = 'road_factor'", context: "reading the road factor"
      ) { $0.text(0) }
      try connection.run(
        """
        INSERT INTO setting (key, value) VALUES ('road_factor', ?1)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """,
        [.text(String(value))], context: "storing the road factor")
      try connection.run(
        """
        INSERT INTO setting_event (key, time, user, old_value, new_value)
        VALUES ('road_factor', ?1, ?2, ?3, ?4)
        """,
        [.real(time.timeIntervalSince1970), .text(user), .optionalText(old), .text(String(value))],
        context: "recording the road factor change")
    }
  }

  /// Reads `road_factor`; a missing row means `RoadDistances.defaultRoadFactor`. Throws
  /// `.incompatible` for a stored value that is not a number from 1.0 to 3.0.
  func readRoadFactor(_ connection: Connection) throws(StoreError) -> Double {
    let text = try connection.firstRow(
      "SELECT value FROM setting WHERE key = 'road_factor'", context: "reading the road factor"
    ) { $0.text(0) }
    guard let text else { return RoadDistances.defaultRoadFactor }
    guard let value = Double(text), RoadDistances.roadFactorRange.contains(value) else {
      throw .incompatible(
        path: path, reason: "setting road_factor is '\(text)'; it must be a number 1.0 to 3.0")
    }
    return value
  }
}
