// The road distances the office measured, as `road-distances.csv` in the data directory
// gives them:
//
//     from;to;km
//     Kantor;Jatikerto/Cupak;6.8
//     Jatikerto/Cupak;Jatikerto/Bedali;1,9
//
// The header is `from;to;km` or `from,to,km`, in any case. A point is `Kantor` for the
// kantor kecamatan, `Desa/Dusun` as the gazetteer spells them, or a desa name alone for
// its centroid, which addresses with a dusun the gazetteer lacks ride to. Names match in
// any case. A distance is kilometres, 0 or more, with a decimal point or comma. A pair
// listed in one direction counts for both, unless the other direction has its own line.
// Blank lines are skipped. One invalid line rejects the whole file.

import Foundation

/// Road kilometres between named points, read from the text of `road-distances.csv`.
public struct RoadDistanceTable: Sendable, Equatable {
  /// The file's name in the data directory.
  public static let fileName = "road-distances.csv"

  /// A table with no distances, so that every distance is an estimate.
  public static let empty = RoadDistanceTable(kilometres: [:], lineCount: 0)

  private struct Pair: Hashable {
    let from: String
    let to: String
  }

  /// Kilometres by pair of point names, both directions filled.
  private let kilometres: [Pair: Double]

  /// Number of distance lines in the file.
  public let lineCount: Int

  private init(kilometres: [Pair: Double], lineCount: Int) {
    self.kilometres = kilometres
    self.lineCount = lineCount
  }

  public var isEmpty: Bool { kilometres.isEmpty }

  /// Returns the kilometres from the point named `from` to the point named `to`, or nil
  /// when the file lists neither direction. Names are `RoadPoint.name`s.
  public func kilometres(from: String, to: String) -> Double? {
    kilometres[Pair(from: from, to: to)]
  }

  /// Parses the text of `road-distances.csv`, checking every point against `kecamatan`.
  ///
  /// Throws every invalid line at once, so that the office can correct them in one go.
  /// Complexity: O(lines).
  public init(parsing text: String, in kecamatan: Kecamatan) throws(RoadDistanceTableError) {
    let table: CSVTable
    do {
      table = try CSVReader.read(Array(text.utf8))
    } catch {
      throw RoadDistanceTableError(problems: [.invalidCSV(error)])
    }
    let records = table.records.filter { !$0.isBlank }
    guard let header = records.first else {
      throw RoadDistanceTableError(problems: [.empty])
    }
    var problems: [RoadDistanceProblem] = []
    let names = Self.trimmed(header.fields).map { $0.lowercased() }
    if names != ["from", "to", "km"] {
      let value = header.fields.joined(separator: String(table.separator))
      problems.append(.invalidHeader(line: header.line, value: value))
    }

    var listed: [Pair: (kilometres: Double, line: Int)] = [:]
    for record in records.dropFirst() {
      switch Self.parse(record, in: kecamatan) {
      case .failure(let problem):
        problems.append(problem)
      case .success(let (pair, value)):
        if let first = listed[pair] {
          problems.append(
            .duplicatePair(
              line: record.line, from: pair.from, to: pair.to, firstLine: first.line))
        } else {
          listed[pair] = (value, record.line)
        }
      }
    }
    guard problems.isEmpty else { throw RoadDistanceTableError(problems: problems) }

    var kilometres = listed.mapValues(\.kilometres)
    for (pair, entry) in listed {
      let reverse = Pair(from: pair.to, to: pair.from)
      if listed[reverse] == nil { kilometres[reverse] = entry.kilometres }
    }
    self.init(kilometres: kilometres, lineCount: listed.count)
  }

  private static func parse(
    _ record: CSVRecord, in kecamatan: Kecamatan
  ) -> Result<(Pair, Double), RoadDistanceProblem> {
    let fields = trimmed(record.fields)
    guard fields.count == 3 else {
      return .failure(.wrongFieldCount(line: record.line, count: fields.count))
    }
    let from: RoadPoint
    let to: RoadPoint
    switch (
      point(fields[0], line: record.line, in: kecamatan),
      point(fields[1], line: record.line, in: kecamatan)
    )
    {
    case (.failure(let problem), _), (_, .failure(let problem)):
      return .failure(problem)
    case (.success(let first), .success(let second)):
      from = first
      to = second
    }
    guard from != to else { return .failure(.samePoint(line: record.line, name: from.name)) }
    return parseKilometres(fields[2], line: record.line).map {
      (Pair(from: from.name, to: to.name), $0)
    }
  }

  /// Drops the empty fields that spreadsheets leave after the last column, and trims the
  /// others.
  private static func trimmed(_ fields: [String]) -> [String] {
    var fields = fields.map { $0.trimmingCharacters(in: .whitespaces) }
    while fields.count > 3, fields.last?.isEmpty == true { fields.removeLast() }
    return fields
  }

  private static func point(
    _ text: String, line: Int, in kecamatan: Kecamatan
  ) -> Result<RoadPoint, RoadDistanceProblem> {
    if let point = RoadPoint(named: text, in: kecamatan) { return .success(point) }
    let desaPart = text.split(separator: "/").first.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard let desaPart,
      let desa = kecamatan.desa.first(where: { RoadPoint.sameName($0.name, desaPart) })
    else {
      return .failure(.unknownDesa(line: line, name: text, desa: kecamatan.desa.map(\.name)))
    }
    let known = desa.dusun.map { desa.name + "/" + $0.name } + [desa.name]
    return .failure(.unknownDusun(line: line, name: text, known: known))
  }

  /// Reads kilometres written with digits and one decimal point or comma.
  private static func parseKilometres(
    _ text: String, line: Int
  ) -> Result<Double, RoadDistanceProblem> {
    let negative = text.hasPrefix("-")
    let digits = negative ? String(text.dropFirst()) : text
    let separators = digits.filter { $0 == "." || $0 == "," }.count
    guard !digits.isEmpty, separators <= 1,
      digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
      digits.contains(where: \.isNumber),
      let value = Double(digits.replacingOccurrences(of: ",", with: "."))
    else { return .failure(.notANumber(line: line, value: text)) }
    guard !negative || value == 0 else { return .failure(.negative(line: line, value: text)) }
    return .success(value)
  }
}
