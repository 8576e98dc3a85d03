import Foundation
import HDSCore
import HDSDashboard
import HDSSampleData
import HDSStoreSQL
import HDSStoreSQLite

/// `hds courier list|add|edit|deactivate|activate`: the office's couriers.
///
/// Messages are in English like the rest of the command line; the table's headings and
/// weekday names follow `--lang`.
extension Commands {
  static func courierList(_ arguments: Arguments, directory: String, language: Language)
    -> Never
  {
    let store = openCourierStore(directory: directory, readOnly: true)
    do {
      let couriers = try store.couriers(includeInactive: arguments.includeInactive)
      print(
        table(
          couriers, kecamatan: try store.kecamatan(), directory: directory, language: language,
          readOnly: arguments.readOnly))
    } catch {
      fail(error.description)
    }
    exit(0)
  }

  static func courierAdd(_ arguments: Arguments, directory: String, language: Language)
    -> Never
  {
    // Parsing made sure that add has its name, phone, home desa and capacity.
    let fields = arguments.courierFields
    let store = openCourierStore(directory: directory, readOnly: false)
    let courier = NewCourier(
      name: fields.name ?? "", phone: fields.phone, vehicle: fields.vehicle ?? "motor",
      homeDesaCode: homeDesaCode(fields.homeDesa, in: store) ?? "",
      dailyCapacity: fields.capacity ?? 1,
      workingDays: fields.workingDays ?? WorkingDays.mondayToFriday)
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    do {
      // Checked before the add, so that a taken login does not leave a courier without it.
      if let login = fields.login, let owner = try store.courierID(login: login) {
        fail("the login \(login) belongs to courier \(owner) already; choose another login")
      }
      let added = try store.addCourier(courier, by: actor, at: Date())
      FileLog(directory: directory).record("courier add \(added.id) by \(actor)")
      if let login = fields.login {
        try store.setCourierLogin(login, ofCourier: added.id, by: actor, at: Date())
        print("Added courier \(added.id), who logs in as \(login).")
      } else {
        print("Added courier \(added.id).")
      }
      print(
        table(
          [added], kecamatan: try store.kecamatan(), directory: directory, language: language,
          readOnly: arguments.readOnly))
    } catch {
      fail(error.description)
    }
    exit(0)
  }

  static func courierEdit(_ arguments: Arguments, directory: String, language: Language)
    -> Never
  {
    let fields = arguments.courierFields
    let homeDesaCode = homeDesaCode(
      fields.homeDesa, in: openCourierStore(directory: directory, readOnly: true))
    var update = CourierUpdate(
      name: fields.name, vehicle: fields.vehicle, homeDesaCode: homeDesaCode,
      dailyCapacity: fields.capacity, workingDays: fields.workingDays)
    if let phone = fields.phone { update.phone = .some(phone) }
    if fields.removesPhone { update.phone = .some(nil) }
    change(arguments, update, verb: "Updated", directory: directory, language: language)
  }

  static func courierSetActive(
    _ arguments: Arguments, active: Bool, directory: String, language: Language
  ) -> Never {
    change(
      arguments, CourierUpdate(isActive: active), verb: active ? "Activated" : "Deactivated",
      directory: directory, language: language)
  }

  /// Applies `update` to the courier the command names, then prints the courier.
  private static func change(
    _ arguments: Arguments, _ update: CourierUpdate, verb: String, directory: String,
    language: Language
  ) -> Never {
    let store = openCourierStore(directory: directory, readOnly: false)
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    do {
      let courier = try findCourier(arguments.courierReference ?? "", in: store)
      let fields = arguments.courierFields
      let updated =
        fields.changesRecord || update.isActive != nil
        ? try store.updateCourier(id: courier.id, update, by: actor, at: Date()) : courier
      if updated == courier && !fields.changesRecord && update.isActive == nil {
        // Only the login changes.
      } else if updated == courier {
        print("Courier \(courier.id) (\(courier.name)) already has these values; nothing changed.")
      } else {
        FileLog(directory: directory).record("courier update \(courier.id) by \(actor)")
        print("\(verb) courier \(courier.id).")
      }
      if fields.login != nil || fields.removesLogin {
        let before = try store.courierLogin(of: courier.id)
        try store.setCourierLogin(fields.login, ofCourier: courier.id, by: actor, at: Date())
        if before == fields.login {
          print("Courier \(courier.id) already logs in as \(before ?? "nobody"); nothing changed.")
        } else if let login = fields.login {
          print("Courier \(courier.id) logs in as \(login) and may print their own run sheets.")
        } else {
          print("Courier \(courier.id) has no login now.")
        }
      }
      if courier.isActive && !updated.isActive {
        print("Requests assigned to this courier stay assigned until you reassign them.")
      }
      print(
        table(
          [updated], kecamatan: try store.kecamatan(), directory: directory, language: language,
          readOnly: arguments.readOnly))
    } catch {
      fail(error.description)
    }
    exit(0)
  }

  /// Returns the courier `reference` names among all couriers, or exits 1 saying why not.
  static func findCourier(_ reference: String, in store: SQLStore) throws(StoreError)
    -> Courier
  {
    let couriers = try store.couriers(includeInactive: true)
    do {
      return try CourierLookup.find(reference, in: couriers)
    } catch {
      fail(error.description)
    }
  }

  /// Returns the code of the desa that `text` names among the store's desa, nil for nil.
  /// Fails with a usage error listing the desa, or saying how to import them.
  private static func homeDesaCode(_ text: String?, in store: SQLStore) -> String? {
    guard let text else { return nil }
    let kecamatan: Kecamatan
    do {
      kecamatan = try store.kecamatan()
    } catch {
      fail(error.description)
    }
    if let desa = Arguments.desa(named: text, in: kecamatan) { return desa.code }
    guard let first = kecamatan.desa.first, let last = kecamatan.desa.last else {
      fail(
        UsageError.invalidValue(
          "--home-desa", text,
          "a desa of Kecamatan \(kecamatan.name), whose store has no desa yet; import its"
            + " region file first with hds region import FILE"
        ).description, code: 2)
    }
    let names = kecamatan.desa.map(\.name).joined(separator: ", ")
    fail(
      UsageError.invalidValue(
        "--home-desa", text,
        "a desa of Kecamatan \(kecamatan.name) by name (\(names)) or Kemendagri code"
          + " (\(first.code) to \(last.code))"
      ).description, code: 2)
  }

  private static func table(
    _ couriers: [Courier], kecamatan: Kecamatan, directory: String, language: Language,
    readOnly: Bool
  ) -> String {
    let calendar: WorkingCalendar
    do {
      calendar = try HolidayFiles.load(dataDirectory: directory).calendar
    } catch {
      fail(error.description)
    }
    var table = CourierTable(
      couriers: couriers, kecamatan: kecamatan, day: CalendarDay(containing: Date()),
      calendar: calendar,
      words: CourierTable.Words(language))
    // The same role rule as the dashboard: viewers and couriers see phones shortened.
    table.masksPhones =
      AccessRole.resolve(directory: directory, readOnly: readOnly).masksPersonalData
    return table.render()
  }

  /// Opens the store in `directory`, failing when there is none, because a courier
  /// command on a new empty store is a mistyped directory.
  static func openCourierStore(directory: String, readOnly: Bool) -> SQLStore {
    openExistingStore(directory: directory, readOnly: readOnly)
  }
}
