import Foundation
import HDSCore
import HDSDashboard
import HDSSampleData
import HDSStorePostgres
import HDSStoreSQL
import HDSStoreSQLite
import HDSTerminal

/// The subcommands: each a thin call into the modules.
@MainActor
enum Commands {
  static func dashboard(
    _ arguments: Arguments, directory: String, language: Language, summaryOnly: Bool = false
  ) -> Never {
    let role = AccessRole.resolve(directory: directory, readOnly: arguments.readOnly)
    // A role that makes no change opens the store read-only, so the store itself refuses
    // writes; a supervisor's writes are limited by the role check in each store command.
    // The wall screen only reads, so it opens it read-only whatever the role.
    let readOnly = !role.writes || summaryOnly
    let store = openStore(directory: directory, readOnly: readOnly)
    // Dukcapil's viewer reads every kecamatan of the database; an office's operators and
    // supervisors, and couriers, stay on their own kecamatan.
    var kabupaten: PostgresStore?
    if let server = store as? PostgresStore, readOnly, role == .viewer, !summaryOnly {
      kabupaten = server
    } else if let code = arguments.kecamatan {
      fail(
        "--kecamatan \(code) picks the kecamatan of Dukcapil's viewer, which reads a"
          + " PostgreSQL database with --read-only; an office's dashboard shows its own store"
          + " (set its kecamatan with hds settings --kecamatan)",
        code: 2)
    }
    let log = FileLog(directory: directory)
    // Before the terminal switches to the dashboard's screen, so that an invalid holiday
    // file's message stays on the normal screen for the user to read.
    let calendar = holidayCalendar(directory: directory)
    let environment = ProcessInfo.processInfo.environment
    let theme = ThemeChoice.theme(option: arguments.theme, environment: environment)
    // Said on the normal screen, where it stays readable after the dashboard exits, and
    // in the log; the dashboard's bottom bar names the lines too.
    for problem in theme.problems {
      FileHandle.standardError.write(
        Data("hds: warning: \(problem); the line is ignored\n".utf8))
      log.record("theme \(problem)")
    }
    let terminal: Terminal
    do {
      terminal = try Terminal(
        options: TerminalOptions(
          useColor: ThemeChoice.usesColor(
            noColorOption: arguments.noColor, environment: environment),
          palette: theme.palette, mouse: !arguments.noMouse))
    } catch {
      fail("cannot start the dashboard: \(error)")
    }
    var options = DashboardApp.Options(
      language: language, refreshInterval: arguments.refreshSeconds,
      user: Environment.userName(), readOnly: readOnly || store.isReadOnly,
      calendar: calendar,
      writeRunSheet: RunSheetFiles(
        store: store, directory: directory, language: language,
        actor: Actor(user: Environment.userName(), role: role)
      ).write)
    options.summaryOnly = summaryOnly
    options.themeProblems = theme.problems
    options.frameTrace = FrameTrace(environment: environment)
    options.role = role
    options.kabupaten = kabupaten
    options.firstKecamatan = arguments.kecamatan
    if role == .courier {
      do {
        options.ownCourierID = try store.courierID(login: Environment.userName())
      } catch {
        fail(error.description)
      }
    }
    DashboardApp(store: store, terminal: terminal, options: options, log: log).run()
  }

  static func demo(_ arguments: Arguments, directory: String, language: Language) -> Never {
    if serverURL != nil {
      fail(
        "hds demo fills an SQLite store with synthetic data and never a server's; leave out"
          + " --store and unset HDS_STORE, and pass --data DIR for the demo store")
    }
    let path = directory + "/" + SQLiteStore.fileName
    if arguments.replace && FileManager.default.fileExists(atPath: path) {
      replaceDemo(arguments, directory: directory, language: language)
    }
    let store = openStore(directory: directory, readOnly: false)
    do {
      let existing = try store.totals(on: CalendarDay(containing: Date())).requests
      if existing > 0 {
        fail(
          "\(path) already holds \(existing) requests; add --replace to start again from the sample"
        )
      }
      let report = try SampleData.populate(
        store, now: Date(), seed: arguments.seed ?? SampleData.defaultSeed,
        requests: arguments.requestCount,
        actor: AccessRole.actor(directory: directory, readOnly: arguments.readOnly))
      print(
        "Created \(path) with synthetic sample data: \(report.requests) requests,"
          + " \(report.couriers) couriers, \(report.complaints) complaints.")
      print("Open it with: hds --data \(directory)")
    } catch {
      fail(error.description)
    }
    if arguments.open {
      dashboard(arguments, directory: directory, language: language)
    }
    exit(0)
  }

  /// Makes a new demo store beside the existing one and copies it over the existing one in
  /// place, so that a dashboard or live summary left open on the store shows the new demo
  /// at its next refresh. The log is emptied, so that the new store's log does not start
  /// with the old one's. Without a readable store to copy over, the files are deleted and
  /// the demo made anew.
  private static func replaceDemo(_ arguments: Arguments, directory: String, language: Language)
    -> Never
  {
    let path = directory + "/" + SQLiteStore.fileName
    let scratch = directory + "/.hds-demo-\(getpid())"
    // Removed on every way out, since exit() and fail() skip a defer.
    func removeScratch() { try? FileManager.default.removeItem(atPath: scratch) }
    do {
      try FileManager.default.createDirectory(
        atPath: scratch, withIntermediateDirectories: false,
        attributes: [.posixPermissions: 0o700])
    } catch {
      fail("cannot create \(scratch): \(error.localizedDescription)")
    }
    let report: SampleData.Report
    do {
      let fresh = try SQLiteStore.open(dataDirectory: scratch, readOnly: false)
      report = try SampleData.populate(
        fresh, now: Date(), seed: arguments.seed ?? SampleData.defaultSeed,
        requests: arguments.requestCount,
        actor: AccessRole.actor(directory: directory, readOnly: arguments.readOnly))
    } catch {
      removeScratch()
      fail(error.description)
    }
    do {
      defer { removeScratch() }
      try StoreBackup.replaceContents(of: path, with: scratch + "/" + SQLiteStore.fileName)
      // Opening runs any migration and leaves the store in WAL mode.
      _ = try SQLiteStore(path: path)
    } catch {
      // Only a file that is no readable store is deleted. A lock or a full disk leaves the
      // store as it was, since other processes may be using it.
      switch error {
      case .incompatible, .storage(_, .damaged, _): break
      default: fail(error.description)
      }
      FileHandle.standardError.write(
        Data(
          ("hds: \(path) could not be replaced in place (\(error.description)); deleting its"
            + " files and making the demo anew\n").utf8))
      for file in ["", "-wal", "-shm"].map({ path + $0 })
      where FileManager.default.fileExists(atPath: file) {
        do {
          try FileManager.default.removeItem(atPath: file)
        } catch {
          fail("cannot delete \(file): \(error.localizedDescription)")
        }
      }
      var anew = arguments
      anew.replace = false
      demo(anew, directory: directory, language: language)
    }
    truncate(directory + "/hds.log", 0)
    print(
      "Replaced \(path) with synthetic sample data: \(report.requests) requests,"
        + " \(report.couriers) couriers, \(report.complaints) complaints.")
    print("Open it with: hds --data \(directory)")
    if arguments.open {
      dashboard(arguments, directory: directory, language: language)
    }
    exit(0)
  }

  static func summary(_ arguments: Arguments, directory: String, language: Language) -> Never {
    if serverURL == nil {
      let path = directory + "/" + SQLiteStore.fileName
      requireStoreFile(path, fix: "create one with hds demo, or pass --data DIR")
    }
    if arguments.live {
      dashboard(arguments, directory: directory, language: language, summaryOnly: true)
    }
    var day = CalendarDay(containing: Date())
    if let text = arguments.date {
      guard let parsed = CalendarDay(iso: text) else {
        fail("invalid value \(text) for --date; expected a date as YYYY-MM-DD", code: 2)
      }
      // A day that has not begun has no figures, and zeros would read as a day without
      // work, as for hds report.
      let today = CalendarDay(containing: Date())
      guard parsed <= today else {
        fail(
          "--date \(text) has not begun (today is \(today)); choose a day up to today", code: 2)
      }
      day = parsed
    }
    let store = openStore(directory: directory, readOnly: true)
    if arguments.kabupaten {
      kabupatenSummary(store, day: day, directory: directory, language: language)
    }
    do {
      let lines = try SummaryLines.load(
        from: store, day: day, calendar: holidayCalendar(directory: directory))
      print(
        SummaryText.render(
          try store.totals(on: day), figures: lines, day: day,
          kecamatan: try store.kecamatanCode(), catalog: Catalog(language)))
    } catch {
      fail(error.description)
    }
    // On standard error, so that scripts reading the figures are not disturbed.
    let catalog = Catalog(language)
    for missing in holidayCalendar(directory: directory).missingHolidayLists(from: day, to: day) {
      let text = catalog.format(.reportNoHolidays, missing.year)
      FileHandle.standardError.write(Data("hds: \(catalog[.warningPrefix]): \(text)\n".utf8))
    }
    if day != CalendarDay(containing: Date()) {
      let text = catalog.format(.summaryPastDayNote, catalog.date(day))
      FileHandle.standardError.write(Data("hds: \(catalog[.notePrefix]): \(text)\n".utf8))
    }
    exit(0)
  }

  static func settings(_ arguments: Arguments, directory: String) -> Never {
    let changes =
      arguments.maxAttempts != nil || arguments.roadFactor != nil
      || !arguments.serviceTargets.isEmpty || arguments.kecamatan != nil
      || arguments.office != nil
    if changes {
      AccessRole.require(
        [.operator, .supervisor], for: .settings, directory: directory,
        readOnly: arguments.readOnly)
    }
    let store = openStore(directory: directory, readOnly: !changes)
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    do {
      if let count = arguments.maxAttempts {
        let before = try store.maxAttempts()
        try store.setMaxAttempts(count, by: actor, at: Date())
        FileLog(directory: directory).record(
          "setting max-attempts \(before) -> \(count) user=\(actor.user) role=\(actor.role.rawValue)"
        )
      }
      if let factor = arguments.roadFactor {
        let before = try store.roadFactor()
        try store.setRoadFactor(factor, by: actor, at: Date())
        FileLog(directory: directory).record(
          "setting road-factor \(before) -> \(factor) user=\(actor.user) role=\(actor.role.rawValue)"
        )
      }
      if let code = arguments.kecamatan {
        let before = try store.kecamatanCode()
        try store.setKecamatanCode(code, by: actor, at: Date())
        FileLog(directory: directory).record(
          "setting kecamatan-code \(before) -> \(code) user=\(actor.user) role=\(actor.role.rawValue)"
        )
      }
      if let office = arguments.office {
        let before = try store.kecamatan().office
        try store.setOffice(office, by: actor, at: Date())
        FileLog(directory: directory).record(
          "setting office \(before.latitude),\(before.longitude) ->"
            + " \(office.latitude),\(office.longitude) user=\(actor.user)"
            + " role=\(actor.role.rawValue)")
      }
      let before = try store.serviceTargets()
      for (kind, days) in arguments.serviceTargets.sorted(by: { $0.key < $1.key }) {
        try store.setServiceTarget(days, for: kind, by: actor, at: Date())
        FileLog(directory: directory).record(
          "setting target.\(kind.rawValue) \(before[kind]) -> \(days) user=\(actor.user) role=\(actor.role.rawValue)"
        )
      }
      let code = try store.kecamatanCode()
      print("kecamatan: \(code) \(code.name)")
      print("max-attempts: \(try store.maxAttempts())")
      print("road-factor: \(try store.roadFactor())")
      let office = try store.kecamatan().office
      print("office: \(Self.degrees(office))")
      let targets = try store.serviceTargets()
      for kind in DocumentKind.allCases {
        print("target.\(kind.rawValue): \(targets[kind])")
      }
    } catch {
      fail(error.description)
    }
    exit(0)
  }

  /// Prints `hds summary --kabupaten`: every HDS store of the database with its totals,
  /// then the kabupaten's, and exits. The holiday lists of `directory` give the working
  /// days that decide which pending requests are overdue. Stores that claim one kecamatan
  /// code are left out of the lines, named on standard error, and make the exit status 1.
  static func kabupatenSummary(
    _ store: SQLStore, day: CalendarDay, directory: String, language: Language
  ) -> Never {
    guard let kabupaten = store as? PostgresStore else {
      fail(
        "hds summary --kabupaten needs a PostgreSQL store (--store or HDS_STORE), where the"
          + " kecamatan offices keep their stores in one database; an SQLite store holds one"
          + " kecamatan, whose totals hds summary prints",
        code: 2)
    }
    let calendar = holidayCalendar(directory: directory)
    let figures: KabupatenFigures
    do {
      figures = try kabupaten.kabupatenFigures(on: day, calendar: calendar)
    } catch {
      fail(error.description)
    }
    let catalog = Catalog(language)
    print(KabupatenText.render(figures, catalog: catalog))
    // Written to standard error, as hds summary does, so that scripts reading the lines
    // are not disturbed. Without the year's holiday list, more days count as working days
    // and more requests as overdue.
    for missing in calendar.missingHolidayLists(from: day, to: day) {
      let text = catalog.format(.reportNoHolidays, missing.year)
      FileHandle.standardError.write(Data("hds: \(catalog[.warningPrefix]): \(text)\n".utf8))
    }
    guard figures.conflicts.isEmpty else {
      for conflict in figures.conflicts {
        FileHandle.standardError.write(Data("hds: \(PostgresStore.describe(conflict))\n".utf8))
      }
      exit(1)
    }
    exit(0)
  }

  /// The working-day calendar: the bundled holiday lists, with any holidays-YYYY.txt in
  /// the data directory taking the place of that year's list.
  static func holidayCalendar(directory: String) -> WorkingCalendar {
    do {
      return try HolidayFiles.load(dataDirectory: directory).calendar
    } catch {
      fail(error.description)
    }
  }

  /// Fails unless the store file at `path` exists, telling apart a data directory this
  /// user may not enter (another user's store, without the group's access) from a
  /// missing store, for which `fix` says what to do.
  static func requireStoreFile(_ path: String, fix: String) {
    let directory = (path as NSString).deletingLastPathComponent
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue, access(directory, X_OK) != 0
    {
      fail(
        "cannot open the data directory \(directory): this user may not enter it; its owner"
          + " gives the HDS users' group access (README, section Deployment over SSH)")
    }
    guard FileManager.default.fileExists(atPath: path) else { fail("no store at \(path); \(fix)") }
  }

  /// The PostgreSQL store that `--store` or HDS_STORE names; nil for the SQLite store in
  /// the data directory. main sets it before any command runs.
  static var serverURL: String?
  /// The origin of `serverURL`, "--store" or "HDS_STORE", for messages about it.
  static var serverURLOrigin = "--store"

  /// Returns "LAT,LON" in decimal degrees to 5 places, about a metre, as --office takes
  /// them back.
  static func degrees(_ point: Coordinate) -> String {
    String(format: "%.5f,%.5f", point.latitude, point.longitude)
  }

  /// Exits with status 2 when `serverURL` is set and is not a well-formed PostgreSQL URL,
  /// naming `origin` (--store or HDS_STORE), before any command reads the store.
  static func requireValidServerURL(origin: String) {
    serverURLOrigin = origin
    guard let url = serverURL else { return }
    guard Environment.isServerURL(url) else {
      fail(
        "\(origin) is \"\(PostgresMoveTarget.masked(url))\", which is not a postgresql:// URL; set it to"
          + " the PostgreSQL store's URL, or leave it out for the SQLite store in the data"
          + " directory", code: 2)
    }
    if let problem = PostgresStore.urlProblem(url) {
      fail("\(origin): \(problem)", code: 2)
    }
  }

  /// Opens the store: the server's when `serverURL` names one, else `hds.sqlite` in
  /// `directory`. The data directory still holds the office's own files (roles.conf,
  /// holidays, road-distances.csv, the log) either way.
  static func openStore(directory: String, readOnly: Bool) -> SQLStore {
    do {
      if let url = serverURL {
        return try PostgresStore(url: url, readOnly: readOnly, officeDirectory: directory)
      }
      if !readOnly { rejectMovedStore(directory: directory) }
      return try SQLiteStore.open(dataDirectory: directory, readOnly: readOnly)
    } catch {
      // A parameter value libpq refuses only on connecting is a wrong URL too.
      guard PostgresStore.isURLProblem(error) else { fail(error.description) }
      fail("\(serverURLOrigin): \(error.description)", code: 2)
    }
  }
}
