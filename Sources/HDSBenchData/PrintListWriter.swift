// A Dukcapil print list for the import benchmark, in the format `hds import print-list`
// reads (PrintListParser): one row per printed document, every row valid. Rows first name
// the requests the store has in process, the ones a print list makes ready; the rest are
// documents with no request in the store, which the import stores as new requests that
// need completion.

import Foundation
import HDSCore
import HDSSampleData

/// The options of a print list to write.
public struct PrintListOptions: Sendable {
  public var dataDirectory: String
  public var outputPath: String
  public var rows: Int
  public var seed: UInt64
  /// The print day of every row. The import rejects a print day after its own today.
  public var printedOn: CalendarDay

  public init(
    dataDirectory: String, outputPath: String, rows: Int = 100_000, seed: UInt64 = 1,
    printedOn: CalendarDay = CalendarDay(containing: Date())
  ) {
    self.dataDirectory = dataDirectory
    self.outputPath = outputPath
    self.rows = rows
    self.seed = seed
    self.printedOn = printedOn
  }
}

/// The split of a written print list's rows into matched and new ones.
public struct PrintListMix: Sendable, Equatable {
  /// Rows that name a request in process, which the import marks ready.
  public let matched: Int
  /// Rows for NIKs the store does not know: new residents and new requests.
  public let newResidents: Int
  /// Rows for stored residents and a document they never applied for: new requests.
  public let newDocuments: Int

  public var total: Int { matched + newResidents + newDocuments }
}

public enum PrintListWriter {
  static let header = ["NIK", "Nama", "Dokumen", "Tanggal Cetak", "Nomor Permohonan", "Desa"]

  /// Writes the list and returns its mix. Reads the store read-only; throws when the
  /// store is missing or the file cannot be written.
  public static func write(_ options: PrintListOptions) throws(BenchDataError) -> PrintListMix {
    guard options.rows >= 1 else {
      throw BenchDataError("--rows \(options.rows) is invalid; give a whole number from 1")
    }
    let path = (options.dataDirectory as NSString).appendingPathComponent("hds.sqlite")
    guard FileManager.default.fileExists(atPath: path) else {
      throw BenchDataError(
        "no store at \(path); make one with hds-bench generate --data \(options.dataDirectory)")
    }
    let connection = try BulkConnection(path: path, readOnly: true)
    var random = RandomSource(seed: options.seed)
    var used = Set<String>()
    let printed = printDate(options.printedOn)

    var records = try matchedRows(connection, limit: options.rows, printed, &used, &random)
    let matched = records.count
    let documents = try newDocumentRows(
      connection, count: (options.rows - matched) * 3 / 10, printed, &used, &random)
    records += documents
    let residents = try newResidentRows(
      connection, count: options.rows - records.count, printed, &used, &random)
    records += residents

    // Fisher-Yates with the seeded stream, so the file interleaves the kinds of row.
    var index = records.count - 1
    while index > 0 {
      records.swapAt(index, random.int(0...index))
      index -= 1
    }
    let writer = CSVWriter(separator: ";")
    var text = CSVWriter.byteOrderMark + writer.record(header)
    for record in records { text += writer.record(record) }
    do {
      try text.write(toFile: options.outputPath, atomically: true, encoding: .utf8)
    } catch {
      throw BenchDataError(
        "cannot write \(options.outputPath): \(error.localizedDescription); choose a file in a"
          + " directory this user may write")
    }
    return PrintListMix(
      matched: matched, newResidents: residents.count, newDocuments: documents.count)
  }

  /// DD/MM/YYYY, as Excel in an Indonesian locale writes dates.
  private static func printDate(_ day: CalendarDay) -> String {
    twoDigits(day.day) + "/" + twoDigits(day.month) + "/" + String(day.year)
  }

  /// Requests in process, oldest first. Four in five rows carry the request number; the
  /// rest are matched by NIK and document, as lists without the number are.
  private static func matchedRows(
    _ connection: BulkConnection, limit: Int, _ printed: String, _ used: inout Set<String>,
    _ random: inout RandomSource
  ) throws(BenchDataError) -> [[String]] {
    let statement = try connection.prepare(
      """
      SELECT r.year, r.serial, p.nik, p.name, r.document, r.desa_code
      FROM request r JOIN resident p ON p.id = r.resident_id
      WHERE r.state = 'in-process' ORDER BY coalesce(r.ready_at, r.received_at), r.id
      LIMIT ?1
      """)
    statement.bind(1, limit)
    var rows: [[String]] = []
    while try statement.step() {
      let number = RequestNumber(
        year: Int(statement.integer(0)), serial: Int(statement.integer(1)))
      let nik = statement.text(2)
      guard let document = DocumentKind(rawValue: statement.text(4)) else { continue }
      used.insert(nik + "/" + document.rawValue)
      rows.append([
        nik, statement.text(3), document.shortName, printed,
        random.chance(0.8) ? number.description : "", desaName(statement.text(5)),
      ])
    }
    return rows
  }

  /// Stored residents and a document kind they have no request for.
  private static func newDocumentRows(
    _ connection: BulkConnection, count: Int, _ printed: String, _ used: inout Set<String>,
    _ random: inout RandomSource
  ) throws(BenchDataError) -> [[String]] {
    let maxID = Int(try connection.integer("SELECT coalesce(max(id), 0) FROM resident"))
    guard maxID > 0, count > 0 else { return [] }
    let resident = try connection.prepare(
      "SELECT nik, name, desa_code FROM resident WHERE id = ?1 AND kk != '0000000000000000'")
    let documents = try connection.prepare("SELECT document FROM request WHERE resident_id = ?1")
    var rows: [[String]] = []
    var tries = 0
    while rows.count < count && tries < count * 4 {
      tries += 1
      let id = random.int(1...maxID)
      resident.bind(1, id)
      guard try resident.step() else {
        resident.reset()
        continue
      }
      let (nik, name, desaCode) = (resident.text(0), resident.text(1), resident.text(2))
      resident.reset()
      documents.bind(1, id)
      var applied = Set<String>()
      while try documents.step() { applied.insert(documents.text(0)) }
      documents.reset()
      let free = DocumentKind.allCases.filter {
        !applied.contains($0.rawValue) && !used.contains(nik + "/" + $0.rawValue)
      }
      guard !free.isEmpty else { continue }
      let document = random.element(free)
      used.insert(nik + "/" + document.rawValue)
      rows.append([nik, name, document.shortName, printed, "", desaName(desaCode)])
    }
    return rows
  }

  /// Returns rows for NIKs the store does not contain, with serials 9000 to 9999, which the
  /// generator leaves free. Half name a desa of Kromengan, the only desa the print-list
  /// parser accepts by name, and the rest leave the desa empty.
  private static func newResidentRows(
    _ connection: BulkConnection, count: Int, _ printed: String, _ used: inout Set<String>,
    _ random: inout RandomSource
  ) throws(BenchDataError) -> [[String]] {
    let lookup = try connection.prepare("SELECT 1 FROM resident WHERE nik = ?1")
    let kromengan = Kromengan.kecamatan.desa
    var rows: [[String]] = []
    var fresh = Set<String>()
    while rows.count < count {
      let inKromengan = random.chance(0.5)
      let kecamatan = inKromengan ? BenchGeography.kromenganNumber : random.int(1...33)
      let female = random.chance(0.5)
      let nik =
        "3507" + twoDigits(kecamatan) + twoDigits(random.int(1...28) + (female ? 40 : 0))
        + twoDigits(random.int(1...12)) + twoDigits(random.int(0...99))
        + fourDigits(random.int(9_000...9_999))
      lookup.bind(1, nik)
      let known = try lookup.step()
      lookup.reset()
      guard !known, fresh.insert(nik).inserted else { continue }
      let given = random.element(female ? SyntheticNames.female : SyntheticNames.male)
      let name = given + " " + random.element(SyntheticNames.family)
      let document = random.element(DocumentKind.allCases)
      used.insert(nik + "/" + document.rawValue)
      let desa = inKromengan ? random.element(kromengan).name : ""
      rows.append([nik, name, document.shortName, printed, "", desa])
    }
    return rows
  }

  /// Returns the desa's name when the print-list parser accepts it (Kromengan's), else
  /// an empty text.
  private static func desaName(_ code: String) -> String {
    Kromengan.kecamatan.desa(code: code)?.name ?? ""
  }
}
