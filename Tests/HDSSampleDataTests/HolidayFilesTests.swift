import Foundation
import HDSCore
import Testing

@testable import HDSSampleData

/// The sample-data folder in the source tree.
private let sampleDataFolder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("sample-data")

/// Creates an empty directory under the system temporary directory.
private func makeTemporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("hds-holidays-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

private func write(_ text: String, to directory: URL, name: String) throws {
  try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
}

@Suite("HolidayFiles")
struct HolidayFilesTests {
  // MARK: - Bundled lists

  @Test("embedded text matches each file")
  func embeddedMatchesFiles() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: sampleDataFolder.path)
      .filter { $0.hasPrefix("holidays-") && $0.hasSuffix(".txt") }.sorted()

    #expect(names == HolidayFiles.bundledYears.map(HolidayFiles.fileName(for:)))
    for year in HolidayFiles.bundledYears {
      let name = HolidayFiles.fileName(for: year)
      let file = try String(
        contentsOf: sampleDataFolder.appendingPathComponent(name), encoding: .utf8)
      #expect(
        HolidayFiles.bundledTexts[year] == file,
        "sample-data/BundledHolidayText.swift differs from \(name); paste the file there")
    }
  }

  @Test("bundled lists have 25 and 26 days")
  func bundledCounts() throws {
    let lists = try HolidayFiles.bundled()

    #expect(lists.map(\.year) == [2026, 2027])
    #expect(lists.map(\.holidays.count) == [25, 26])
    #expect(lists.map { $0.count(of: .nationalHoliday) } == [17, 18])
    #expect(lists.map { $0.count(of: .cutiBersama) } == [8, 8])
  }

  @Test("no data directory loads bundled lists")
  func noDataDirectory() throws {
    let loaded = try HolidayFiles.load(dataDirectory: nil)

    #expect(loaded.lists == (try HolidayFiles.bundled()))
    #expect(loaded.sources == [2026: .bundled(year: 2026), 2027: .bundled(year: 2027)])
    #expect(loaded.calendar.listedYears == [2026, 2027])
    #expect(!loaded.calendar.isWorkingDay(CalendarDay(year: 2026, month: 3, day: 23)))
  }

  @Test("missing data directory loads bundled lists")
  func missingDataDirectory() throws {
    let loaded = try HolidayFiles.load(dataDirectory: "/nonexistent/hds-holidays-test")

    #expect(loaded.sources == [2026: .bundled(year: 2026), 2027: .bundled(year: 2027)])
  }

  // MARK: - Office overrides

  @Test("data directory file replaces bundled year")
  func overrideReplaces() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // An amendment that moves Idulfitri 2027 one day earlier, cut down to two days.
    try write(
      "# amended\n2027-03-09 libur Idulfitri 1448 Hijriah\n2027-03-10 libur Idulfitri\n",
      to: directory, name: "holidays-2027.txt")

    let loaded = try HolidayFiles.load(dataDirectory: directory.path)
    let path = directory.appendingPathComponent("holidays-2027.txt").path

    #expect(loaded.sources[2027] == .file(path: path))
    #expect(loaded.sources[2026] == .bundled(year: 2026))
    #expect(loaded.lists.map(\.holidays.count) == [25, 2])
    #expect(loaded.calendar.isWorkingDay(CalendarDay(year: 2027, month: 3, day: 11)))
    #expect(!loaded.calendar.isWorkingDay(CalendarDay(year: 2027, month: 3, day: 9)))
  }

  @Test("data directory file adds a year")
  func overrideAdds() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try write("2028-01-01 libur Tahun Baru 2028 Masehi\n", to: directory, name: "holidays-2028.txt")
    try write("not a holiday list", to: directory, name: "holidays-draft.txt")
    try write("not a holiday list", to: directory, name: "notes.txt")

    let loaded = try HolidayFiles.load(dataDirectory: directory.path)
    let calendar = loaded.calendar

    #expect(loaded.lists.map(\.year) == [2026, 2027, 2028])
    #expect(calendar.hasHolidayList(for: 2028))
    #expect(
      calendar.missingHolidayLists(
        from: CalendarDay(year: 2028, month: 12, day: 1),
        to: CalendarDay(year: 2029, month: 1, day: 5)) == [MissingHolidayList(year: 2029)])
  }

  @Test("bad override names file and line")
  func overrideInvalid() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try write(
      "2026-01-01 libur Tahun Baru\n2026-13-01 libur Salah\n", to: directory,
      name: "holidays-2026.txt")
    let path = directory.appendingPathComponent("holidays-2026.txt").path

    let error = try #require(throws: HolidayFileError.self) {
      try HolidayFiles.load(dataDirectory: directory.path)
    }

    #expect(error.source == .file(path: path))
    #expect(error.problem == .invalidLine(.invalidDate(line: 2, value: "2026-13-01")))
    #expect(error.description.hasPrefix("\(path): line 2: \"2026-13-01\" is not a valid date"))
  }

  @Test("override outside its year rejected")
  func overrideWrongYear() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try write("2027-01-01 libur Tahun Baru 2027\n", to: directory, name: "holidays-2026.txt")

    let error = try #require(throws: HolidayFileError.self) {
      try HolidayFiles.load(dataDirectory: directory.path)
    }

    #expect(
      error.problem
        == .invalidLine(
          .dateOutsideYear(line: 1, day: CalendarDay(year: 2027, month: 1, day: 1), year: 2026)))
  }

  @Test("non-UTF-8 override rejected")
  func overrideNotUTF8() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("holidays-2026.txt")
    try Data([0x32, 0x30, 0xFF, 0xFE, 0x0A]).write(to: url)

    let error = try #require(throws: HolidayFileError.self) {
      try HolidayFiles.load(dataDirectory: directory.path)
    }

    #expect(error.problem == .notUTF8)
    #expect(error.description == "\(url.path): is not UTF-8 text; save it as UTF-8")
  }
}
