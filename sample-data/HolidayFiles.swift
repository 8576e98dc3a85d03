import Foundation
import HDSCore

/// Loads the holiday lists: those bundled with HDS, overridden year by year by
/// `holidays-YYYY.txt` files in the data directory.
///
/// The office edits a copy in the data directory when a decree is amended or a new
/// year's decree is signed. A file there replaces the bundled list of its year, and a
/// file for a year with no bundled list adds that year.
public enum HolidayFiles {
  /// Years with a bundled list.
  public static var bundledYears: [Int] { bundledTexts.keys.sorted() }

  /// Returns the name of the file for `year`: "holidays-2026.txt".
  public static func fileName(for year: Int) -> String {
    "holidays-\(year).txt"
  }

  /// Parses the bundled lists, in year order.
  public static func bundled() throws(HolidayFileError) -> [HolidayList] {
    try bundledYears.map { (year) throws(HolidayFileError) in
      try parse(bundledTexts[year] ?? "", year: year, source: .bundled(year: year))
    }
  }

  /// Loads the bundled lists, each replaced by the data directory's file for its year
  /// when there is one, plus the data directory's files for other years.
  ///
  /// A missing data directory, or `nil`, means no overrides. Other files in the
  /// directory are ignored. Throws when a file there cannot be read or parsed, because
  /// silently falling back would count working days with a list the office meant to
  /// correct.
  public static func load(dataDirectory: String?) throws(HolidayFileError) -> LoadedHolidayLists {
    var lists: [Int: HolidayList] = [:]
    var sources: [Int: HolidayListSource] = [:]
    for list in try bundled() {
      lists[list.year] = list
      sources[list.year] = .bundled(year: list.year)
    }

    if let dataDirectory {
      for (year, path) in overrideFiles(in: dataDirectory) {
        let source = HolidayListSource.file(path: path)
        lists[year] = try parse(try read(path), year: year, source: source)
        sources[year] = source
      }
    }

    return LoadedHolidayLists(
      lists: lists.keys.sorted().compactMap { lists[$0] }, sources: sources)
  }

  /// Returns the files named holidays-YYYY.txt in `directory`, with their years.
  static func overrideFiles(in directory: String) -> [(year: Int, path: String)] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return []
    }
    let prefix = "holidays-"
    let suffix = ".txt"
    return names.sorted().compactMap { name in
      guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
      let digits = name.dropFirst(prefix.count).dropLast(suffix.count)
      guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let year = Int(digits)
      else { return nil }
      return (year, (directory as NSString).appendingPathComponent(name))
    }
  }

  private static func read(_ path: String) throws(HolidayFileError) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw HolidayFileError(source: .file(path: path), problem: .unreadable)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw HolidayFileError(source: .file(path: path), problem: .notUTF8)
    }
    return text
  }

  private static func parse(
    _ text: String, year: Int, source: HolidayListSource
  ) throws(HolidayFileError) -> HolidayList {
    do {
      return try HolidayList(year: year, parsing: text)
    } catch {
      throw HolidayFileError(source: source, problem: .invalidLine(error))
    }
  }
}

/// The origin of a year's holiday list.
public enum HolidayListSource: Sendable, Equatable, CustomStringConvertible {
  /// The list compiled into HDS from sample-data/holidays-YYYY.txt.
  case bundled(year: Int)
  /// An office-edited file in the data directory.
  case file(path: String)

  /// "bundled holidays-2026.txt" or the file's path.
  public var description: String {
    switch self {
    case .bundled(let year): return "bundled \(HolidayFiles.fileName(for: year))"
    case .file(let path): return path
    }
  }
}

/// The holiday lists in force and where each came from.
public struct LoadedHolidayLists: Sendable, Equatable {
  /// One list a year, in year order.
  public let lists: [HolidayList]
  public let sources: [Int: HolidayListSource]

  /// A calendar with every listed day off, whose listed years are those of `lists`.
  public var calendar: WorkingCalendar { WorkingCalendar(lists: lists) }
}

/// A holiday file that could not be used.
public struct HolidayFileError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Problem: Sendable, Equatable {
    case unreadable
    case notUTF8
    case invalidLine(HolidayListError)
  }

  public let source: HolidayListSource
  public let problem: Problem

  public var description: String {
    switch problem {
    case .unreadable:
      return "\(source): cannot be read; check that it is a file the hds user may read"
    case .notUTF8:
      return "\(source): is not UTF-8 text; save it as UTF-8"
    case .invalidLine(let error):
      return "\(source): \(error)"
    }
  }
}
