// The region file: one kecamatan's desa, dusun, RW and RT as `;`-separated text, which an
// office writes by hand or from Kemendagri or BPS tables and imports with
// `hds region import`. docs/region-format.md is its reference.
//
// Each record starts with its type:
//
//   kecamatan;CODE;NAME;POSTAL CODE
//   desa;CODE;NAME;LATITUDE;LONGITUDE;MEN;WOMEN;RESIDENTS;FAMILIES
//   dusun;DESA CODE;NAME;LATITUDE;LONGITUDE;PLACEHOLDER
//   rt;DESA CODE;DUSUN;RW;RT
//
// Lines whose first field starts with `#` are comments, and blank lines are skipped.

import Foundation

/// Reads and writes the region file of one kecamatan.
public enum RegionFile {
  /// The field separator, as in the print list.
  public static let separator: Character = ";"

  /// The bounding box of Indonesia in decimal degrees, with a margin of about half a
  /// degree: Sabang to Merauke, Miangas to Rote.
  public static let latitudeRange = -11.5...6.5
  public static let longitudeRange = 94.5...141.5

  /// The largest RW or RT number a file may use: Indonesian documents print them with
  /// three digits.
  public static let maxNumber = 999

  /// Parses a region file for the store of kecamatan `code`. The desa keep the file's
  /// order, and so do each desa's dusun, each dusun's RW and each RW's RT.
  ///
  /// The returned kecamatan's office is the mean of the desa centroids, which callers
  /// replace with the office's real position where they know it. Throws
  /// `RegionFileError` with every problem found, each with its line.
  public static func parse(_ bytes: [UInt8], for code: KecamatanCode) throws(RegionFileError)
    -> Kecamatan
  {
    let table: CSVTable
    do {
      table = try CSVReader.read(bytes, separator: UInt8(ascii: ";"))
    } catch {
      throw RegionFileError(problems: [RegionFileProblem(line: error.line, message: error.message)])
    }
    var reader = RegionReader(storeCode: code)
    for record in table.records where !record.isBlank {
      let first = record.fields[0].trimmingCharacters(in: .whitespaces)
      if first.hasPrefix("#") { continue }
      reader.read(record, type: first)
    }
    return try reader.finish()
  }

  /// Returns the text of the region file that describes `kecamatan`: a comment header,
  /// the kecamatan record, then each desa with its dusun and RT records. Parsing the text
  /// returns the same desa, dusun, RW and RT.
  public static func render(_ kecamatan: Kecamatan) -> String {
    let writer = CSVWriter(separator: separator)
    func record(_ fields: [String]) -> String {
      fields.map(writer.field).joined(separator: String(separator))
    }
    var lines = [
      "# HDS region file of Kecamatan \(kecamatan.name) (\(kecamatan.code)),"
        + " Kabupaten \(kecamatan.kabupaten).",
      "# Reference: docs/region-format.md. Import it with hds region import FILE.",
      "# kecamatan;CODE;NAME;POSTAL CODE",
      "# desa;CODE;NAME;LATITUDE;LONGITUDE;MEN;WOMEN;RESIDENTS;FAMILIES",
      "# dusun;DESA CODE;NAME;LATITUDE;LONGITUDE;PLACEHOLDER",
      "# rt;DESA CODE;DUSUN;RW;RT",
      record(["kecamatan", kecamatan.code, kecamatan.name, kecamatan.postalCode]),
    ]
    for desa in kecamatan.desa {
      lines.append(
        record([
          "desa", desa.code, desa.name, String(desa.centroid.latitude),
          String(desa.centroid.longitude), String(desa.men), String(desa.women),
          String(desa.residents), String(desa.families),
        ]))
      for dusun in desa.dusun {
        lines.append(
          record([
            "dusun", desa.code, dusun.name, String(dusun.location.latitude),
            String(dusun.location.longitude), dusun.isEstimate ? "yes" : "no",
          ]))
      }
      for dusun in desa.dusun {
        for rw in dusun.rukunWarga {
          for rt in rw.rukunTetangga {
            lines.append(
              record(["rt", desa.code, dusun.name, String(rw.number), String(rt)]))
          }
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Whether `text` has the form of a desa or kelurahan code: 35.07.NN.20NN for a desa,
  /// 35.07.NN.10NN for a kelurahan, digits only.
  static func isDesaCode(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4,
      zip(parts, [2, 2, 2, 4]).allSatisfy({ part, length in
        part.count == length && part.allSatisfy { $0.isASCII && $0.isNumber }
      })
    else { return false }
    return parts[3].hasPrefix("20") || parts[3].hasPrefix("10")
  }
}

/// One problem of a region file: the line it is on (1-based; the desa's line for a
/// problem of a whole desa) and what to change.
public struct RegionFileProblem: Sendable, Equatable, CustomStringConvertible {
  public let line: Int
  public let message: String

  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  /// "line 7: …".
  public var description: String { "line \(line): \(message)" }
}

/// Why a region file cannot be used: every problem found, in line order.
public struct RegionFileError: Error, Sendable, Equatable, CustomStringConvertible {
  public let problems: [RegionFileProblem]

  public init(problems: [RegionFileProblem]) {
    self.problems = problems.sorted { $0.line < $1.line }
  }

  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}

extension CSVError {
  fileprivate var line: Int {
    switch self {
    case .invalidUTF8(let line), .unterminatedQuote(let line), .textAfterQuote(let line):
      return line
    }
  }

  /// The description without its "line N: " prefix, which `RegionFileProblem` adds.
  fileprivate var message: String {
    let text = description
    guard let colon = text.firstIndex(of: ":") else { return text }
    return String(text[text.index(colon, offsetBy: 2)...])
  }
}

/// The state of one pass over a region file's records.
private struct RegionReader {
  /// A desa as read so far, with its dusun in file order.
  struct DesaDraft {
    let line: Int
    let code: String
    let name: String
    let centroid: Coordinate
    let men: Int
    let women: Int
    let residents: Int
    let families: Int
    var dusun: [DusunDraft] = []
    /// The dusun that holds each RW number.
    var dusunOfRW: [Int: String] = [:]
    /// The line of each RT number's record.
    var lineOfRT: [Int: Int] = [:]
  }

  struct DusunDraft {
    let line: Int
    let name: String
    let location: Coordinate
    let isPlaceholder: Bool
    /// RW numbers in order of first appearance, each with its RT numbers.
    var rukunWarga: [(number: Int, rukunTetangga: [Int])] = []
  }

  let storeCode: KecamatanCode
  var problems: [RegionFileProblem] = []
  var kecamatanLine: Int?
  var kecamatanName = ""
  var postalCode = ""
  var desa: [DesaDraft] = []
  var desaIndex: [String: Int] = [:]
  var desaByName: [String: Int] = [:]

  init(storeCode: KecamatanCode) {
    self.storeCode = storeCode
  }

  mutating func read(_ record: CSVRecord, type: String) {
    let fields = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    switch type.lowercased() {
    case "kecamatan": readKecamatan(fields, line: record.line)
    case "desa": readDesa(fields, line: record.line)
    case "dusun": readDusun(fields, line: record.line)
    case "rt": readRT(fields, line: record.line)
    default:
      report(
        record.line,
        "unknown record type \"\(type)\"; a record starts with kecamatan, desa, dusun or rt,"
          + " and a comment line with #")
    }
  }

  // MARK: Records

  private mutating func readKecamatan(_ fields: [String], line: Int) {
    guard fieldCount(fields, 4, "kecamatan;CODE;NAME;POSTAL CODE", line: line) else { return }
    if let earlier = kecamatanLine {
      report(line, "a second kecamatan record; the file has one, on line \(earlier)")
      return
    }
    kecamatanLine = line
    let code: KecamatanCode
    do {
      code = try KecamatanCode(parsing: fields[1])
    } catch {
      report(line, error.description)
      return
    }
    if code != storeCode {
      report(
        line,
        "the file is for kecamatan \(code) \(code.name) but this store is \(storeCode)"
          + " \(storeCode.name); import it into the store of \(code), or fix the code")
    }
    if fields[2].isEmpty {
      report(line, "the kecamatan name is empty; write it, for example \(storeCode.name)")
    }
    kecamatanName = fields[2]
    let postal = fields[3]
    if !postal.isEmpty && !(postal.count == 5 && postal.allSatisfy { $0.isASCII && $0.isNumber }) {
      report(line, "invalid postal code \"\(postal)\"; write five digits, or leave it empty")
    }
    postalCode = postal
  }

  private mutating func readDesa(_ fields: [String], line: Int) {
    let layout = "desa;CODE;NAME;LATITUDE;LONGITUDE;MEN;WOMEN;RESIDENTS;FAMILIES"
    guard fieldCount(fields, 9, layout, line: line) else { return }
    let code = fields[1]
    var valid = checkDesaCode(code, line: line)
    if let earlier = desaIndex[code] {
      report(
        line, "desa \(code) is listed twice; its first record is on line \(desa[earlier].line)")
      valid = false
    }
    let name = fields[2]
    if name.isEmpty {
      report(line, "the name of desa \(code) is empty; write the desa's name")
      valid = false
    } else if let earlier = desaByName[name.lowercased()] {
      report(
        line,
        "two desa are named \(name): \(desa[earlier].code) and \(code); the print list and"
          + " the forms find a desa by name, so give each its own")
      valid = false
    }
    let centroid = coordinate(fields[3], fields[4], of: "desa \(code)", line: line)
    let counts = [
      ("men", fields[5]), ("women", fields[6]), ("residents", fields[7]), ("families", fields[8]),
    ]
    .map { count($0.1, of: "\($0.0) of desa \(code)", line: line) }
    guard valid, let centroid, let men = counts[0], let women = counts[1],
      let residents = counts[2], let families = counts[3]
    else { return }
    desaIndex[code] = desa.count
    desaByName[name.lowercased()] = desa.count
    desa.append(
      DesaDraft(
        line: line, code: code, name: name, centroid: centroid, men: men, women: women,
        residents: residents, families: families))
  }

  private mutating func readDusun(_ fields: [String], line: Int) {
    let layout = "dusun;DESA CODE;NAME;LATITUDE;LONGITUDE;PLACEHOLDER"
    guard fieldCount(fields, 6, layout, line: line), let index = knownDesa(fields[1], line: line)
    else { return }
    let name = fields[2]
    guard !name.isEmpty else {
      report(line, "the dusun name is empty; write its name, or a placeholder such as Dusun I")
      return
    }
    if let earlier = desa[index].dusun.first(where: { $0.name.lowercased() == name.lowercased() }) {
      report(
        line,
        "dusun \(name) of desa \(desa[index].code) is listed twice; its first record is on line"
          + " \(earlier.line)")
      return
    }
    var location: Coordinate? = desa[index].centroid
    if !fields[3].isEmpty || !fields[4].isEmpty {
      location = coordinate(fields[3], fields[4], of: "dusun \(name)", line: line)
    }
    let flag = fields[5].lowercased()
    guard ["", "yes", "no"].contains(flag) else {
      report(
        line,
        "invalid placeholder flag \"\(fields[5])\" for dusun \(name); write yes when the name"
          + " stands in for an unknown one, else no or nothing")
      return
    }
    guard let location else { return }
    desa[index].dusun.append(
      DusunDraft(line: line, name: name, location: location, isPlaceholder: flag == "yes"))
  }

  private mutating func readRT(_ fields: [String], line: Int) {
    guard fieldCount(fields, 5, "rt;DESA CODE;DUSUN;RW;RT", line: line),
      let index = knownDesa(fields[1], line: line)
    else { return }
    let code = desa[index].code
    guard
      let dusunIndex = desa[index].dusun.firstIndex(where: {
        $0.name.lowercased() == fields[2].lowercased()
      })
    else {
      report(
        line,
        "dusun \"\(fields[2])\" of desa \(code) has no dusun record; add a dusun record for it"
          + " before its RT records")
      return
    }
    let dusunName = desa[index].dusun[dusunIndex].name
    guard let rw = number(fields[3], of: "RW", line: line),
      let rt = number(fields[4], of: "RT", line: line)
    else { return }
    if let other = desa[index].dusunOfRW[rw], other != dusunName {
      report(
        line,
        "RW \(rw) of desa \(code) is in dusun \(other) already; an RW lies in one dusun, so"
          + " fix the RW number or the dusun")
      return
    }
    if let earlier = desa[index].lineOfRT[rt] {
      report(
        line,
        "RT \(rt) of desa \(code) is listed twice (first on line \(earlier)); RT numbers count"
          + " across the whole desa, so each appears once")
      return
    }
    desa[index].dusunOfRW[rw] = dusunName
    desa[index].lineOfRT[rt] = line
    var dusun = desa[index].dusun[dusunIndex]
    if let rwIndex = dusun.rukunWarga.firstIndex(where: { $0.number == rw }) {
      dusun.rukunWarga[rwIndex].rukunTetangga.append(rt)
    } else {
      dusun.rukunWarga.append((rw, [rt]))
    }
    desa[index].dusun[dusunIndex] = dusun
  }

  // MARK: Whole file

  /// Checks what only the whole file shows, and builds the kecamatan.
  mutating func finish() throws(RegionFileError) -> Kecamatan {
    if kecamatanLine == nil {
      report(
        1,
        "the file has no kecamatan record; start it with kecamatan;\(storeCode);"
          + "\(storeCode.name);POSTAL CODE")
    }
    if desa.isEmpty {
      report(1, "the file has no desa record; add one desa record for each desa")
    }
    for draft in desa {
      if draft.dusun.isEmpty {
        report(draft.line, "desa \(draft.code) has no dusun record; add its dusun and their RT")
      }
      for dusun in draft.dusun where dusun.rukunWarga.isEmpty {
        report(
          dusun.line,
          "dusun \(dusun.name) of desa \(draft.code) has no RT record; add an rt record for each"
            + " of its RT")
      }
    }
    guard problems.isEmpty else { throw RegionFileError(problems: problems) }

    let built = desa.map { draft in
      Desa(
        code: draft.code, name: draft.name, centroid: draft.centroid, men: draft.men,
        women: draft.women, residents: draft.residents, families: draft.families,
        dusun: draft.dusun.map { dusun in
          Dusun(
            name: dusun.name, location: dusun.location, isEstimate: dusun.isPlaceholder,
            rukunWarga: dusun.rukunWarga.map {
              RukunWarga(number: $0.number, rukunTetangga: $0.rukunTetangga)
            })
        })
    }
    // NOTE: the file has no office position, so this is the mean of the desa centroids,
    // which may lie kilometres from the kantor kecamatan. The store replaces it with the
    // `office` setting when one is set.
    let count = Double(built.count)
    let office = Coordinate(
      latitude: built.reduce(0) { $0 + $1.centroid.latitude } / count,
      longitude: built.reduce(0) { $0 + $1.centroid.longitude } / count)
    return Kecamatan(
      code: storeCode.description, name: kecamatanName, kabupaten: KabupatenMalang.name,
      postalCode: postalCode, office: office, desa: built)
  }

  // MARK: Values

  private mutating func report(_ line: Int, _ message: String) {
    problems.append(RegionFileProblem(line: line, message: message))
  }

  private mutating func fieldCount(_ fields: [String], _ expected: Int, _ layout: String, line: Int)
    -> Bool
  {
    // Spreadsheets pad rows with empty fields up to the widest row.
    var used = fields
    while used.count > expected, used.last?.isEmpty == true { used.removeLast() }
    guard used.count == expected else {
      report(
        line,
        "a \(fields[0]) record has \(expected) fields, \(layout); this line has \(used.count)")
      return false
    }
    return true
  }

  private mutating func checkDesaCode(_ code: String, line: Int) -> Bool {
    guard RegionFile.isDesaCode(code) else {
      report(
        line,
        "invalid desa code \"\(code)\"; write the Kemendagri code \(storeCode).20NN for a desa"
          + " or \(storeCode).10NN for a kelurahan")
      return false
    }
    let prefix = String(code.prefix(8))
    guard prefix == storeCode.description else {
      report(
        line,
        "desa code \(code) is of kecamatan \(prefix), not of this store's \(storeCode)"
          + " \(storeCode.name); write its codes as \(storeCode).20NN, or import the file into"
          + " the store of \(prefix)")
      return false
    }
    return true
  }

  /// Returns the index of the desa with `code`, reporting an unknown one.
  private mutating func knownDesa(_ code: String, line: Int) -> Int? {
    if let index = desaIndex[code] { return index }
    if RegionFile.isDesaCode(code) {
      report(
        line,
        "desa \(code) has no valid desa record above this line; add it, or fix the code")
    } else {
      report(
        line,
        "invalid desa code \"\(code)\"; write the Kemendagri code \(storeCode).20NN of a desa"
          + " listed above")
    }
    return nil
  }

  private mutating func coordinate(
    _ latitudeText: String, _ longitudeText: String, of place: String, line: Int
  )
    -> Coordinate?
  {
    guard let latitude = Double(latitudeText), latitude.isFinite,
      let longitude = Double(longitudeText), longitude.isFinite
    else {
      report(
        line,
        "invalid coordinates \"\(latitudeText)\", \"\(longitudeText)\" of \(place); write decimal"
          + " degrees with a point, south latitudes negative, for example -8.13567 and 112.48694")
      return nil
    }
    guard RegionFile.latitudeRange.contains(latitude),
      RegionFile.longitudeRange.contains(longitude)
    else {
      report(
        line,
        "coordinates \(latitudeText), \(longitudeText) of \(place) lie outside Indonesia"
          + " (latitude -11.5 to 6.5, longitude 94.5 to 141.5); check the order (latitude"
          + " first) and the sign (south is negative)")
      return nil
    }
    return Coordinate(latitude: latitude, longitude: longitude)
  }

  private mutating func count(_ text: String, of what: String, line: Int) -> Int? {
    guard let value = Int(text), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") })
    else {
      report(
        line,
        "invalid \(what) \"\(text)\"; write a whole number without separators, for example 2735")
      return nil
    }
    guard value >= 0 else {
      report(line, "\(what) is \(value); a count cannot be negative")
      return nil
    }
    return value
  }

  private mutating func number(_ text: String, of what: String, line: Int) -> Int? {
    guard let value = Int(text), (1...RegionFile.maxNumber).contains(value) else {
      report(
        line,
        "invalid \(what) number \"\(text)\"; write a whole number from 1 to"
          + " \(RegionFile.maxNumber), without leading letters")
      return nil
    }
    return value
  }
}
