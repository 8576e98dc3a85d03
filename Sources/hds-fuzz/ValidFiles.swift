import Foundation
import HDSCore

/// Valid import files made from the demo store, which the mutations start from.
///
/// The print list marks the store's in-process requests ready and adds printed documents
/// of new residents. The survey file answers the questionnaire of each delivered request
/// that has no response. So an unmutated file is accepted, and a mutated one lands near
/// the rules.
enum ValidFiles {
  /// New residents on the generated print list; their NIKs are valid and in no store.
  static let newResidents = 5

  static func printList(store path: String, today: CalendarDay) throws(FuzzError) -> [UInt8] {
    let reader = try StoreReader(path: path)
    let rows = try reader.rows(
      """
      SELECT p.nik, p.name, r.document, r.year, r.serial, r.desa_code
      FROM request r JOIN resident p ON p.id = r.resident_id
      WHERE r.state = 'in-process' ORDER BY r.id
      """)
    let printed = today.adding(days: -1)
    var text = "NIK;Nama;Dokumen;Tanggal Cetak;Nomor Permohonan;Desa\r\n"
    for (index, row) in rows.enumerated() {
      let document = DocumentKind(rawValue: row[2] ?? "").map(\.shortName) ?? "KTP-el"
      let number = RequestNumber(year: Int(row[3] ?? "") ?? 0, serial: Int(row[4] ?? "") ?? 0)
      let desa = Kromengan.kecamatan.desa.first { $0.code == row[5] }?.name ?? ""
      let fields = [
        row[0] ?? "", row[1] ?? "", document, format(printed, style: index), number.description,
        desa,
      ]
      text += fields.joined(separator: ";") + "\r\n"
    }
    for index in 0..<newResidents {
      // Region 35.07.31, born 15 June 1990, serials from 9001 up.
      let nik = "350731150690" + String(9001 + index)
      text += "\(nik);Warga Cetak \(index + 1);KK;\(format(printed, style: index));;Peniwen\r\n"
    }
    return Array(text.utf8)
  }

  static func survey(store path: String, today: CalendarDay) throws(FuzzError) -> [UInt8] {
    let reader = try StoreReader(path: path)
    let rows = try reader.rows(
      """
      SELECT r.year, r.serial FROM request r
      WHERE r.state = 'delivered'
        AND NOT EXISTS (SELECT 1 FROM survey_response s WHERE s.request_id = r.id)
      ORDER BY r.id
      """)
    var text = "Nomor permohonan;Tanggal survei;U1;U2;U3;U4;U5;U6;U7;U8;U9;Catatan\r\n"
    for (index, row) in rows.enumerated() {
      let number = RequestNumber(year: Int(row[0] ?? "") ?? 0, serial: Int(row[1] ?? "") ?? 0)
      let answers = (1...9).map { element in
        element == 9 && index % 3 == 0 ? "" : String(1 + (index + element) % 4)
      }
      let fields = [number.description, format(today, style: index)] + answers + ["fuzz"]
      text += fields.joined(separator: ";") + "\r\n"
    }
    return Array(text.utf8)
  }

  /// Returns `sample-data/survey-example.csv` of the source tree this executable was
  /// built from, or nil when that tree is not there.
  static func surveyExample(filePath: String = #filePath) -> [UInt8]? {
    // This file is Sources/hds-fuzz/ValidFiles.swift, three levels below the root.
    var root = URL(fileURLWithPath: filePath)
    for _ in 0..<3 { root.deleteLastPathComponent() }
    let path = root.appendingPathComponent("sample-data/survey-example.csv").path
    return FileManager.default.contents(atPath: path).map { Array($0) }
  }

  /// Writes `day` in one of the three accepted formats, chosen by `style`.
  private static func format(_ day: CalendarDay, style: Int) -> String {
    let dd = String(format: "%02d", day.day)
    let mm = String(format: "%02d", day.month)
    switch style % 3 {
    case 0: return day.description
    case 1: return "\(dd)/\(mm)/\(day.year)"
    default: return "\(dd)-\(mm)-\(day.year)"
    }
  }
}
