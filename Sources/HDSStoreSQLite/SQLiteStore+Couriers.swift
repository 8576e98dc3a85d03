// Commands on couriers. Each writes the courier row and one `courier_event` row.

import Foundation
import HDSCore

extension SQLiteStore {
  /// Stores a new active courier with an `add` event.
  ///
  /// Throws `.invalid` for an empty name, a daily capacity below 1, or a home desa outside
  /// Kecamatan Kromengan.
  public func addCourier(_ courier: NewCourier, by user: String, at time: Date)
    throws(StoreError) -> Courier
  {
    let name = courier.name.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !name.isEmpty else {
      throw .invalid("courier name is empty; enter the courier's full name")
    }
    guard courier.dailyCapacity >= 1 else {
      throw .invalid(
        "daily capacity \(courier.dailyCapacity) of courier \(name) is below 1; enter the"
          + " stops the courier can make in one day")
    }
    guard Kromengan.kecamatan.desa(code: courier.homeDesaCode) != nil else {
      throw .invalid(
        "home desa code \(courier.homeDesaCode) of courier \(name) is not a desa of Kecamatan"
          + " \(Kromengan.kecamatan.name); choose one of its 7 desa")
    }

    return try write { (connection) throws(StoreError) -> Courier in
      try connection.run(
        """
        INSERT INTO courier (name, phone, vehicle, home_desa_code, daily_capacity, is_active)
        VALUES (?1, ?2, ?3, ?4, ?5, 1)
        """,
        [
          .text(name), .optionalText(courier.phone?.e164), .text(courier.vehicle),
          .text(courier.homeDesaCode), .integer(courier.dailyCapacity),
        ],
        context: "storing courier \(name)")
      let id = connection.lastInsertRowID

      let detail = EventDetail.format([
        ("name", name), ("vehicle", courier.vehicle), ("desa", courier.homeDesaCode),
        ("capacity", String(courier.dailyCapacity)),
      ])
      try connection.run(
        """
        INSERT INTO courier_event (courier_id, time, user, action, detail)
        VALUES (?1, ?2, ?3, 'add', ?4)
        """,
        [.integer(id), .real(time.timeIntervalSince1970), .text(user), .text(detail)],
        context: "recording the add event of courier \(id)")

      return Courier(
        id: id, name: name, phone: courier.phone, vehicle: courier.vehicle,
        homeDesaCode: courier.homeDesaCode, dailyCapacity: courier.dailyCapacity, isActive: true)
    }
  }
}
