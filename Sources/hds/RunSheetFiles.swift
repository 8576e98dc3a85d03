import Foundation
import HDSCore
import HDSDashboard
import HDSStoreSQL
import HDSStoreSQLite

/// Writes a courier's run sheet for the dashboard's route view: a text file for the
/// printer and an HTML page beside it, in runsheets/ of the data directory, mode 0600
/// because they hold names, addresses and phone numbers.
struct RunSheetFiles: Sendable {
  let store: SQLStore
  let directory: String
  let language: Language
  /// The dashboard's user, recorded with the export.
  let actor: Actor

  /// Writes both files and returns the text file's path, or the reason it failed.
  func write(courierID: Int64, day: CalendarDay) -> Result<String, WriteFailure> {
    do {
      guard
        let courier = try store.couriers(includeInactive: true).first(where: { $0.id == courierID })
      else {
        return .failure(
          WriteFailure(StoreError.notFound(entity: "courier", id: courierID).description))
      }
      var table = RoadDistanceTable.empty
      let kecamatan = try store.kecamatan()
      if let text = try store.roadDistanceText() {
        table = try RoadDistanceTable(parsing: text, in: kecamatan)
      }
      let roads = try RoadDistances(
        office: .office(of: kecamatan), roadFactor: try store.roadFactor(), table: table)
      var sheet = RunSheet(
        courier: courier, kecamatan: kecamatan, day: day,
        stops: try store.route(of: courierID, on: day),
        text: RunSheetText(language), roads: roads)
      sheet.masksPhones = actor.role.masksPersonalData

      let folder = directory + "/runsheets"
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      let base = folder + "/" + Self.fileName(day: day, courierID: courierID, name: courier.name)
      try write(sheet.plainText(), to: base + ".txt")
      try write(sheet.html(), to: base + ".html")
      // Recorded once both files exist; if the record fails, the files go again, so that
      // no run sheet with personal data is left that the audit trail does not name.
      do {
        try Commands.recordExport(
          .runsheet,
          [("courier", courier.name), ("day", day.description), ("file", base + ".txt")],
          rows: sheet.stops.count, in: store, by: actor)
      } catch {
        unlink(base + ".txt")
        unlink(base + ".html")
        throw error
      }
      return .success(base + ".txt")
    } catch let error as ExportError {
      return .failure(WriteFailure(error.description))
    } catch {
      return .failure(WriteFailure("\(error)"))
    }
  }

  /// Returns the files' name without extension, such as
  /// "2026-12-04-surat-jalan-1-ahmad-fauzi". The day comes first, so that the folder lists
  /// in date order. The courier's id keeps two couriers of one name apart, and the name is
  /// written in lowercase ASCII letters and digits.
  static func fileName(day: CalendarDay, courierID: Int64, name: String) -> String {
    var slug = ""
    for scalar in name.lowercased().unicodeScalars {
      if scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    let base = "\(day)-surat-jalan-\(courierID)"
    return slug.isEmpty ? base : base + "-" + slug
  }

  /// Writes `text` to a new file of mode 0600, or replaces the file that is there.
  private func write(_ text: String, to path: String) throws(ExportError) {
    try OutputFile(path: path).write(text)
  }
}
