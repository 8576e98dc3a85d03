import Foundation
import HDSCore
import HDSDashboard
import HDSStoreSQL
import HDSStoreSQLite

/// `hds runsheet`: the surat jalan of one courier for one day.
extension Commands {
  static func runsheet(_ arguments: Arguments, directory: String, language: Language) -> Never {
    // Parsing made sure that --courier and a valid --date are given.
    let day = arguments.date.flatMap(CalendarDay.init(iso:)) ?? CalendarDay(containing: Date())
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    let store = openExportStore(directory: directory, actor: actor)
    do {
      let courier = try runSheetCourier(arguments.runsheetCourier, for: actor, in: store)
      var sheet = RunSheet(
        courier: courier, kecamatan: try store.kecamatan(), day: day,
        stops: try store.route(of: courier.id, on: day),
        text: RunSheetText(language), roads: try roadDistances(store))
      sheet.masksPhones = actor.role.masksPersonalData
      let output = try OutputFile(path: arguments.outputFile)
      try output.write(arguments.format == "html" ? sheet.html() : sheet.plainText())
      // Recorded once written, because a run sheet that failed gave the list to no one.
      try recordExport(
        .runsheet,
        [("courier", courier.name), ("day", day.description)] + auditedPath(arguments.outputFile),
        rows: sheet.stops.count, in: store, by: actor)
      let catalog = Catalog(language)
      confirmWritten(
        catalog.format(
          .writtenRunSheet, courier.name, catalog.date(day), sheet.stops.count,
          arguments.outputFile ?? "-"),
        path: arguments.outputFile)
    } catch let error as StoreError {
      fail(error.description)
    } catch {
      fail("\(error)")
    }
    exit(0)
  }

  /// The courier whose run sheet to print: the one `reference` names, or for the courier
  /// role their own, linked by `hds courier edit --login`. Exits with the reason when a courier
  /// requests another courier's sheet or has no courier record.
  private static func runSheetCourier(
    _ reference: String?, for actor: Actor, in store: SQLStore
  ) throws(StoreError) -> Courier {
    guard actor.role == .courier else {
      guard let reference else {
        fail(UsageError.missingOption("--courier", "runsheet").description, code: 2)
      }
      return try findCourier(reference, in: store)
    }
    guard let own = try store.courierID(login: actor.user),
      let courier = try store.couriers(includeInactive: true).first(where: { $0.id == own })
    else {
      fail(
        "you have the courier role, but no courier logs in as \(actor.user); ask the operator"
          + " to run: hds courier edit NAME --login \(actor.user)")
    }
    if let reference, try findCourier(reference, in: store).id != own {
      fail(
        "a courier may print only their own run sheet; you log in as courier \(courier.name)"
          + " (leave out --courier)")
    }
    return courier
  }

  /// Reads the road factor and the data directory's road-distances.csv, failing with every
  /// invalid line of the file.
  private static func roadDistances(_ store: SQLStore) throws -> RoadDistances {
    var table = RoadDistanceTable.empty
    let kecamatan = try store.kecamatan()
    if let text = try store.roadDistanceText() {
      do {
        table = try RoadDistanceTable(parsing: text, in: kecamatan)
      } catch {
        fail("\(store.roadDistancePath) is invalid; correct it or move it away:\n\(error)")
      }
    }
    return try RoadDistances(
      office: .office(of: kecamatan), roadFactor: try store.roadFactor(), table: table)
  }
}

/// `hds report`: the monthly or yearly figures.
extension Commands {
  static func report(_ arguments: Arguments, directory: String, language: Language) -> Never {
    // Parsing made sure that a period is given.
    guard let period = arguments.period else { fail("give --month or --year", code: 2) }
    // A period that has not begun has no figures, and a report of zeros would read as a
    // month without work.
    let today = CalendarDay(containing: Date())
    guard period.first <= today else {
      let option = period.kind == .year ? "--year" : "--month"
      fail(
        "\(option) \(period) has not begun (today is \(today)); choose a period up to this"
          + " one", code: 2)
    }
    let path = directory + "/" + SQLiteStore.fileName
    requireStoreFile(path, fix: "create one with hds demo, or pass --data DIR")
    let store = openStore(directory: directory, readOnly: true)
    do {
      let report = try Report.load(
        from: store, period: period, calendar: holidayCalendar(directory: directory),
        catalog: Catalog(language), now: Date())
      let output = try OutputFile(path: arguments.outputFile)
      switch arguments.format {
      case "csv": try output.write(report.csv())
      case "html": try output.write(report.html())
      default: try output.write(report.plainText())
      }
      confirmWritten(
        Catalog(language).format(.writtenReport, report.periodName, arguments.outputFile ?? "-"),
        path: arguments.outputFile)
    } catch let error as StoreError {
      fail(error.description)
    } catch {
      fail("\(error)")
    }
    exit(0)
  }
}
