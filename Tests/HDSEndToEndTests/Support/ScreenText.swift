import Foundation

/// A captured screen, read the way an operator reads it: panes by title, queue rows and
/// the counts in titles and the header.
struct ScreenText {
  let text: String
  let lines: [String]

  init(_ text: String) {
    self.text = text
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// Returns the lines inside the box whose top border contains `title`, without the side
  /// borders, or nil when no such box is on screen. Boxes are found by their UTF-8 corners
  /// (┌ ┐ └), so this needs a UTF-8 locale.
  func pane(titled title: String) -> [String]? {
    guard let top = lines.firstIndex(where: { $0.contains(title) }) else { return nil }
    let border = Array(lines[top])
    guard let titleStart = Self.index(of: title, in: border),
      let left = border[..<titleStart].lastIndex(of: "┌"),
      let right = border[titleStart...].firstIndex(of: "┐")
    else { return nil }

    var inside: [String] = []
    for line in lines[(top + 1)...] {
      let cells = Array(line)
      guard cells.count > left, cells[left] != "└" else { break }
      inside.append(String(cells[(left + 1)..<min(right, cells.count)]))
    }
    return inside
  }

  /// Returns the request rows of the pending queue from top to bottom. The status column
  /// is found by its heading, "Status" in both languages, so column widths may change.
  func queueRows(title: String = "Antrean (") -> [QueueRowText] {
    guard let inside = pane(titled: title), let heading = inside.first,
      let statusColumn = Self.index(of: "Status", in: Array(heading))
    else { return [] }
    return inside.dropFirst().compactMap { QueueRowText($0, statusColumn: statusColumn) }
  }

  /// Returns the number in a title or header such as "Antrean (85)" or "Siap 46", found by
  /// the text that comes before it.
  func count(after prefix: String, inLine line: Int? = nil) -> Int? {
    let haystack = line.map { lines.indices.contains($0) ? lines[$0] : "" } ?? text
    guard let range = haystack.range(of: prefix) else { return nil }
    // Indonesian numbers group thousands with a dot: 1.234.
    let digits = haystack[range.upperBound...].prefix { $0.isNumber || $0 == "." }
    return Int(digits.filter(\.isNumber))
  }

  private static func index(of text: String, in cells: [Character]) -> Int? {
    let needle = Array(text)
    guard needle.count <= cells.count else { return nil }
    return (0...(cells.count - needle.count)).first {
      Array(cells[$0..<($0 + needle.count)]) == needle
    }
  }
}

/// One row of the pending queue: a mark column (blank, ✓ for marked, ! for a request to
/// complete), the request number in the next 15 columns, the status from the column
/// under the "Status" heading to the end.
struct QueueRowText {
  let number: String
  let status: String
  let line: String

  init?(_ line: String, statusColumn: Int) {
    let cells = Array(line)
    guard line.dropFirst().hasPrefix("HDS-"), cells.count > statusColumn else { return nil }
    number = String(cells.dropFirst().prefix(15))
    status = String(cells[statusColumn...]).trimmingCharacters(in: .whitespaces)
    self.line = line
  }
}

/// Returns the year of today in WIB (Asia/Jakarta), in which hds numbers the requests
/// created today.
func officeYear(_ now: Date = Date()) -> Int {
  var calendar = Calendar(identifier: .gregorian)
  // WIB is UTC+7 all year, so the fixed offset is the same zone when tzdata is missing.
  calendar.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
  return calendar.component(.year, from: now)
}

/// Returns the day `offset` days from today in WIB as YYYY-MM-DD, as hds reads --date and
/// --from.
func officeDay(offset: Int = 0, from now: Date = Date()) -> String {
  let formatter = DateFormatter()
  formatter.dateFormat = "yyyy-MM-dd"
  formatter.locale = Locale(identifier: "en_US_POSIX")
  formatter.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
  return formatter.string(from: now.addingTimeInterval(Double(offset) * 86_400))
}
