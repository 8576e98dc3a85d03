import Foundation
import HDSCore
import HDSStoreSQLite

/// `hds-stress seed`: a new store with requests and couriers to act on.
enum Seeding {
  static let courierCount = 3

  static func run(_ options: StressOptions) throws {
    let directory = try options.requireDataDirectory()
    let path =
      options.storeURL ?? (directory as NSString).appendingPathComponent(SQLiteStore.fileName)
    guard options.storeURL != nil || !FileManager.default.fileExists(atPath: path) else {
      throw StressError.failed(
        "\(path) exists already; seed needs a new data directory, because act picks"
          + " requests by the ids 1 to N that seed gave them")
    }
    let store = try options.openStore()
    guard try store.totals(on: CalendarDay(containing: Date())).requests == 0 else {
      throw StressError.failed("\(store.path) holds requests already; seed needs a new store")
    }
    let actor = Actor.operator(options.user ?? "stress-seed")

    for index in 0..<courierCount {
      let desa = Kromengan.kecamatan.desa[index % Kromengan.kecamatan.desa.count]
      _ = try store.addCourier(
        NewCourier(
          name: "Kurir Uji \(index + 1)", phone: nil, vehicle: "motor", homeDesaCode: desa.code,
          dailyCapacity: 30),
        by: actor, at: Date())
    }
    for index in 0..<options.requests {
      let request = try store.createRequest(
        NewRequest(resident: try StressResidents.resident(index), document: .ktpEl),
        by: actor, at: Date())
      if options.sendsToDukcapil {
        _ = try store.apply(
          .sendToDukcapil, to: request.id, expectedVersion: request.version, by: actor,
          at: Date())
      }
    }
    print("seeded requests=\(options.requests) couriers=\(courierCount) path=\(store.path)")
  }
}

/// Residents of Kecamatan Kromengan with distinct, valid NIKs.
enum StressResidents {
  /// Returns the resident number `index` (from 0). The NIK is region 35.07.31, a birth
  /// date in 1990 that changes every 9,999 residents, and serial `index % 9999 + 1`, so
  /// the first 3.3 million indexes give distinct NIKs.
  static func resident(_ index: Int) throws -> Resident {
    let block = index / 9999
    let day = 1 + block % 28
    let month = 1 + (block / 28) % 12
    let nik = try NIK(
      "350731" + twoDigits(day) + twoDigits(month) + "90"
        + String(format: "%04d", index % 9999 + 1))
    let desa = Kromengan.kecamatan.desa[index % Kromengan.kecamatan.desa.count]
    let dusun = desa.dusun[0]
    let rukunWarga = dusun.rukunWarga[0]
    return Resident(
      nik: nik, name: "Warga Uji \(index + 1)", kk: try KKNumber("3507310101200001"),
      phone: nil,
      address: Address(
        desaCode: desa.code, dusun: dusun.name, rw: rukunWarga.number,
        rt: rukunWarga.rukunTetangga[0], street: "Jl. Uji \(index + 1)"))
  }

  private static func twoDigits(_ number: Int) -> String { String(format: "%02d", number) }
}
