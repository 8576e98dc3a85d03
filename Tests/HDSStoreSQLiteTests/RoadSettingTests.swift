import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Road factor and road-distances.csv")
struct RoadSettingTests {
  let directory: TemporaryDirectory
  let store: SQLiteStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try SQLiteStore(path: directory.storePath)
  }

  // MARK: Road factor

  @Test("road factor defaults to 1.3")
  func roadFactorDefault() throws {
    #expect(try store.roadFactor() == 1.3)
  }

  @Test("road factor round trip with event")
  func roadFactorRoundTrip() throws {
    try store.setRoadFactor(1.45, by: .operator("camat"), at: Fixture.time(7))
    #expect(try store.roadFactor() == 1.45)
    try store.setRoadFactor(2, by: .operator("camat"), at: Fixture.time(8))
    #expect(try store.roadFactor() == 2)

    let reopened = try SQLiteStore(path: directory.storePath, readOnly: true)
    #expect(try reopened.roadFactor() == 2)
    #expect(
      try store.texts("SELECT coalesce(old_value, '-') FROM setting_event ORDER BY id")
        == ["-", "1.45"])
    #expect(
      try store.texts("SELECT new_value FROM setting_event ORDER BY id") == ["1.45", "2.0"])
    #expect(try store.texts("SELECT user FROM setting_event WHERE key = 'road_factor'").count == 2)
  }

  @Test("road factor range ends accepted", arguments: [1.0, 3.0])
  func roadFactorEnds(value: Double) throws {
    try store.setRoadFactor(value, by: .operator("camat"), at: Fixture.time(7))
    #expect(try store.roadFactor() == value)
  }

  @Test("road factor out of range rejected", arguments: [0.5, 4, 0.99, 3.01, .nan, .infinity])
  func roadFactorRejected(value: Double) throws {
    try store.setRoadFactor(1.5, by: .operator("camat"), at: Fixture.time(7))
    #expect {
      try store.setRoadFactor(value, by: .operator("camat"), at: Fixture.time(8))
    } throws: { error in
      guard case StoreError.invalid(let message) = error else { return false }
      return message.contains("road factor \(value)") && message.contains("1.0 to 3.0")
    }
    #expect(try store.roadFactor() == 1.5)
    #expect(try store.integers("SELECT count(*) FROM setting_event") == [[1]])
  }

  @Test("stored road factor out of range is incompatible")
  func storedRoadFactorInvalid() throws {
    try store.setRoadFactor(1.5, by: .operator("camat"), at: Fixture.time(7))
    try store.withConnection { (connection) throws(StoreError) in
      try connection.execute(
        "UPDATE setting SET value = 'abc' WHERE key = 'road_factor'", context: "test")
    }
    #expect {
      try store.roadFactor()
    } throws: { error in
      guard case StoreError.incompatible(_, let reason) = error else { return false }
      return reason.contains("'abc'")
    }
  }

  // MARK: road-distances.csv

  @Test("no road-distances.csv is nil")
  func noRoadDistanceFile() throws {
    #expect(try store.roadDistanceText() == nil)
    #expect(store.roadDistancePath == directory.file("road-distances.csv"))
  }

  @Test("road-distances.csv read on every call")
  func roadDistanceFileRead() throws {
    let text = "from;to;km\nKantor;Slorok;4\n"
    try text.write(toFile: directory.file("road-distances.csv"), atomically: true, encoding: .utf8)
    #expect(try store.roadDistanceText() == text)
    try "from;to;km\n".write(
      toFile: directory.file("road-distances.csv"), atomically: true, encoding: .utf8)
    #expect(try store.roadDistanceText() == "from;to;km\n")
  }

  @Test("road-distances.csv not UTF-8 rejected")
  func roadDistanceFileNotUTF8() throws {
    let bytes: [UInt8] = Array("from;to;km\nKantor;Slorok;4\n".utf8) + [0xFF, 0xFE]
    FileManager.default.createFile(
      atPath: directory.file("road-distances.csv"), contents: Data(bytes))
    #expect {
      try store.roadDistanceText()
    } throws: { error in
      guard case StoreError.invalid(let message) = error else { return false }
      return message.contains("road-distances.csv is not UTF-8")
    }
  }
}
