import Foundation
import HDSCore

/// Valid roles.conf, holiday list and road distance texts for the parsers' phase.
struct ExtraBases {
  let roles: [[UInt8]]
  let holidays: [[UInt8]]
  let roadDistances: [[UInt8]]

  static func load(filePath: String = #filePath) -> ExtraBases {
    let roles = """
      # Who may do what in HDS.
      operator user:siti
      supervisor group:camat
      viewer group:dukcapil   # read-only over SSH
      courier user:budi
      courier group:kurir

      """
    var holidays = [
      Array(
        """
        2026-01-01 libur Tahun Baru 2026 Masehi
        2026-02-16\tcuti  Cuti Bersama Tahun Baru Imlek
        # a comment

        2026-12-25 LIBUR Hari Raya Natal

        """.utf8)
    ]
    // This file is Sources/hds-fuzz/ExtraBases.swift, three levels below the root.
    var root = URL(fileURLWithPath: filePath)
    for _ in 0..<3 { root.deleteLastPathComponent() }
    if let bundled = FileManager.default.contents(
      atPath: root.appendingPathComponent("sample-data/holidays-2026.txt").path)
    {
      holidays.append(Array(bundled))
    }

    var roads = "from;to;km\r\n"
    let kecamatan = Kromengan.kecamatan
    for (index, desa) in kecamatan.desa.enumerated() {
      roads += "Kantor;\(desa.name);\(index + 2),\(index)\r\n"
      for dusun in desa.dusun.prefix(2) {
        roads += "\(desa.name);\(desa.name)/\(dusun.name);1.\(index)\r\n"
      }
    }
    return ExtraBases(
      roles: [Array(roles.utf8)], holidays: holidays, roadDistances: [Array(roads.utf8)])
  }
}
