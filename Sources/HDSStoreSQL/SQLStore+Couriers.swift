// Commands on couriers. Each writes the courier row and one `courier_event` row.

import Foundation
import HDSCore

extension SQLStore {
  /// Stores a new active courier with an `add` event.
  ///
  /// Throws `.invalid` for an empty name, a daily capacity below 1, or a home desa outside
  /// the store's kecamatan.
  public func addCourier(_ courier: NewCourier, by actor: Actor, at time: Date)
    throws(StoreError) -> Courier
  {
    try actor.require(.courier)
    let name = courier.name.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !name.isEmpty else {
      throw .invalid("courier name is empty; enter the courier's full name")
    }
    guard !courier.workingDays.isEmpty, courier.workingDays.isSubset(of: 1...7) else {
      throw .invalid(
        "courier \(name) has no working day; give ISO weekdays such as 1-5 (Monday to Friday)")
    }
    guard courier.dailyCapacity >= 1 else {
      throw .invalid(
        "daily capacity \(courier.dailyCapacity) of courier \(name) is below 1; enter the"
          + " stops the courier can make in one day")
    }
    let kecamatan = try kecamatan()
    guard kecamatan.desa(code: courier.homeDesaCode) != nil else {
      throw .invalid(
        "home "
          + Self.unknownDesaMessage(courier.homeDesaCode, in: kecamatan, of: "courier \(name)"))
    }

    return try write { (connection) throws(StoreError) -> Courier in
      let id = try connection.integer(
        """
        INSERT INTO courier (name, phone, vehicle, home_desa_code, daily_capacity, is_active,
          working_days)
        VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6)
        RETURNING id
        """,
        [
          .text(name), .optionalText(courier.phone?.e164), .text(courier.vehicle),
          .text(courier.homeDesaCode), .integer(courier.dailyCapacity),
          .text(WorkingDays.format(courier.workingDays)),
        ],
        context: "storing courier \(name)")

      let detail = EventDetail.format([
        ("name", name), ("vehicle", courier.vehicle), ("desa", courier.homeDesaCode),
        ("capacity", String(courier.dailyCapacity)),
        ("days", WorkingDays.format(courier.workingDays)),
      ])
      try connection.run(
        """
        INSERT INTO courier_event (courier_id, time, "user", action, detail, role)
        VALUES (?1, ?2, ?3, 'add', ?4, ?5)
        """,
        [
          .integer(id), .real(time.timeIntervalSince1970), .text(actor.user), .text(detail),
          .text(actor.role.rawValue),
        ],
        context: "recording the add event of courier \(id)")

      return Courier(
        id: id, name: name, phone: courier.phone, vehicle: courier.vehicle,
        homeDesaCode: courier.homeDesaCode, dailyCapacity: courier.dailyCapacity, isActive: true,
        workingDays: courier.workingDays)
    }
  }

  /// Applies `update` with one `update` courier event listing each changed field's old
  /// and new value; an update that changes nothing writes nothing.
  public func updateCourier(id: Int64, _ update: CourierUpdate, by actor: Actor, at time: Date)
    throws(StoreError) -> Courier
  {
    try actor.require(.courier)
    return try write { (connection) throws(StoreError) -> Courier in
      guard
        let current = try connection.firstRow(
          "SELECT \(RowDecoder.courierColumns) FROM courier WHERE id = ?1", [.integer(id)],
          context: "reading courier \(id)", decoder.decodeCourier)
      else { throw .notFound(entity: "courier", id: id) }

      if let basis = update.basis {
        try requireUnchanged(current, since: basis, for: update)
      }
      var next = current
      if let name = update.name { next.name = name.trimmingCharacters(in: .whitespacesAndNewlines) }
      if let phone = update.phone { next.phone = phone }
      if let vehicle = update.vehicle { next.vehicle = vehicle }
      if let desa = update.homeDesaCode { next.homeDesaCode = desa }
      if let capacity = update.dailyCapacity { next.dailyCapacity = capacity }
      if let days = update.workingDays { next.workingDays = days }
      if let active = update.isActive { next.isActive = active }
      try validate(next, in: try readKecamatan(connection))

      let changes = changedFields(from: current, to: next)
      guard !changes.isEmpty else { return current }
      try connection.run(
        """
        UPDATE courier SET name = ?2, phone = ?3, vehicle = ?4, home_desa_code = ?5,
          daily_capacity = ?6, is_active = ?7, working_days = ?8
        WHERE id = ?1
        """,
        [
          .integer(id), .text(next.name), .optionalText(next.phone?.e164), .text(next.vehicle),
          .text(next.homeDesaCode), .integer(next.dailyCapacity), .integer(next.isActive ? 1 : 0),
          .text(WorkingDays.format(next.workingDays)),
        ],
        context: "updating courier \(id)")
      try connection.run(
        """
        INSERT INTO courier_event (courier_id, time, "user", action, detail, role)
        VALUES (?1, ?2, ?3, 'update', ?4, ?5)
        """,
        [
          .integer(id), .real(time.timeIntervalSince1970), .text(actor.user),
          .text(EventDetail.format(changes)), .text(actor.role.rawValue),
        ],
        context: "recording the update event of courier \(id)")
      return next
    }
  }

  /// Throws `.courierConflict` when a field that `update` sets differs between `basis`,
  /// the copy the editor showed, and `current`, the row read in this transaction.
  private func requireUnchanged(_ current: Courier, since basis: Courier, for update: CourierUpdate)
    throws(StoreError)
  {
    var sets: Set<String> = []
    if update.name != nil { sets.insert("name") }
    if update.phone != nil { sets.insert("phone") }
    if update.vehicle != nil { sets.insert("vehicle") }
    if update.homeDesaCode != nil { sets.insert("desa") }
    if update.dailyCapacity != nil { sets.insert("capacity") }
    if update.workingDays != nil { sets.insert("days") }
    if update.isActive != nil { sets.insert("active") }
    let stale = changedFields(from: basis, to: current).map(\.key).filter(sets.contains)
    guard stale.isEmpty else { throw .courierConflict(name: current.name, fields: stale) }
  }

  private func validate(_ courier: Courier, in kecamatan: Kecamatan) throws(StoreError) {
    guard !courier.name.isEmpty else {
      throw .invalid("courier name is empty; enter the courier's full name")
    }
    guard courier.dailyCapacity >= 1 else {
      throw .invalid(
        "daily capacity \(courier.dailyCapacity) of courier \(courier.name) is below 1; enter"
          + " the stops the courier can make in one day")
    }
    guard kecamatan.desa(code: courier.homeDesaCode) != nil else {
      throw .invalid(
        "home "
          + Self.unknownDesaMessage(
            courier.homeDesaCode, in: kecamatan, of: "courier \(courier.name)"))
    }
    guard !courier.workingDays.isEmpty, courier.workingDays.isSubset(of: 1...7) else {
      throw .invalid(
        "courier \(courier.name) has no working day; give ISO weekdays such as 1-5 (Monday to"
          + " Friday)")
    }
  }

  /// Pairs "field=old→new" for each field that differs; phones are shortened as in logs.
  private func changedFields(from old: Courier, to new: Courier) -> [(key: String, value: String?)]
  {
    var pairs: [(key: String, value: String?)] = []
    func note(_ key: String, _ before: String, _ after: String) {
      if before != after { pairs.append((key, before + "→" + after)) }
    }
    note("name", old.name, new.name)
    note("phone", old.phone?.shortened ?? "-", new.phone?.shortened ?? "-")
    note("vehicle", old.vehicle, new.vehicle)
    note("desa", old.homeDesaCode, new.homeDesaCode)
    note("capacity", String(old.dailyCapacity), String(new.dailyCapacity))
    note("days", WorkingDays.format(old.workingDays), WorkingDays.format(new.workingDays))
    note("active", EventDetail.yesNo(old.isActive), EventDetail.yesNo(new.isActive))
    return pairs
  }
}

// MARK: - Courier logins

extension SQLStore {
  /// Links the courier to a Unix user, or unlinks them with nil, with a `login` courier
  /// event naming the old and new login. Throws `.invalid` for a login that is not a Unix
  /// user name or that belongs to another courier.
  public func setCourierLogin(_ login: String?, ofCourier id: Int64, by actor: Actor, at time: Date)
    throws(StoreError)
  {
    try actor.require(.courier)
    if let login, !CourierLogin.isValid(login) {
      throw .invalid(
        "\"\(login)\" is not a Unix user name; use lower-case letters, digits, '.', '_' or"
          + " '-', starting with a letter or '_', at most 32 characters")
    }
    try write { (connection) throws(StoreError) in
      let old = try connection.rows(
        "SELECT login, name FROM courier WHERE id = ?1", [.integer(id)],
        context: "reading courier \(id)"
      ) { (login: $0.optionalText(0), name: $0.text(1)) }
      guard let current = old.first else { throw .notFound(entity: "courier", id: id) }
      guard current.login != login else { return }
      if let login {
        let owners = try connection.rows(
          "SELECT name FROM courier WHERE login = ?1 AND id <> ?2", [.text(login), .integer(id)],
          context: "checking the login \(login)"
        ) { $0.text(0) }
        if let owner = owners.first {
          throw .invalid(
            "the login \(login) belongs to courier \(owner) already; remove it there first"
              + " (hds courier edit \"\(owner)\" --no-login)")
        }
      }
      try connection.run(
        "UPDATE courier SET login = ?2 WHERE id = ?1", [.integer(id), .optionalText(login)],
        context: "linking courier \(current.name) to a login")
      try connection.run(
        """
        INSERT INTO courier_event (courier_id, time, "user", action, detail, role)
        VALUES (?1, ?2, ?3, 'login', ?4, ?5)
        """,
        [
          .integer(id), .real(time.timeIntervalSince1970), .text(actor.user),
          .text(EventDetail.format([("old", current.login ?? "-"), ("new", login ?? "-")])),
          .text(actor.role.rawValue),
        ],
        context: "recording the login event of courier \(id)")
    }
  }

  /// Returns the id of the courier linked to `login`, or nil.
  public func courierID(login: String) throws(StoreError) -> Int64? {
    try read { (connection) throws(StoreError) -> Int64? in
      try connection.rows(
        "SELECT id FROM courier WHERE login = ?1", [.text(login)],
        context: "finding the courier of login \(login)"
      ) { $0.integer(0) }.first
    }
  }

  /// Returns the login linked to the courier, or nil.
  public func courierLogin(of id: Int64) throws(StoreError) -> String? {
    try read { (connection) throws(StoreError) -> String? in
      try connection.rows(
        "SELECT login FROM courier WHERE id = ?1", [.integer(id)],
        context: "reading the login of courier \(id)"
      ) { $0.optionalText(0) }.first ?? nil
    }
  }
}
