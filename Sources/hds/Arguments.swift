import Foundation
import HDSCore
import HDSStorePostgres

/// The parsed command line: one command and its options.
struct Arguments: Equatable {
  /// A command, named by the words that select it.
  enum Command: String, CaseIterable {
    case dashboard
    case demo
    case summary
    case importPrintList = "import print-list"
    case importSurvey = "import survey"
    case survey
    /// `hds export` without a subject, which only has help.
    case export
    case exportRecipients = "export recipients"
    case exportEvents = "export events"
    case settings
    /// `hds courier` without a subject, which only has help.
    case courier
    case courierList = "courier list"
    case courierAdd = "courier add"
    case courierEdit = "courier edit"
    case courierDeactivate = "courier deactivate"
    case courierActivate = "courier activate"
    case runsheet
    case report
    case backup
    case restore
    case audit
    case migrateStore = "migrate-store"
    case region
    case regionImport = "region import"
    case regionExport = "region export"
  }

  var command: Command = .dashboard
  var dataDirectory: String?
  /// `--store URL`: a PostgreSQL store (postgresql://…) in place of the data directory's
  /// SQLite file; nil leaves it to HDS_STORE.
  var store: String?
  var language: String?
  var refreshSeconds: Double = 2
  var readOnly = false
  /// `--no-mouse`: leave clicks to the terminal, for selecting and copying text.
  var noMouse = false
  /// `--theme NAME|PATH`: the dashboard's theme; nil leaves it to HDS_THEME.
  var theme: String?
  /// `--no-color`: draw with attributes only.
  var noColor = false
  var showHelp = false
  var showVersion = false
  // demo
  var replace = false
  var open = false
  var seed: UInt64?
  var requestCount = 300
  // summary
  var date: String?
  /// `summary --live`: the live summary screen alone, for a wall screen.
  var live = false
  // import print-list, import survey
  var inputFile: String?
  var rejectsFile: String?
  var dryRun = false
  // survey, report
  /// The month or year given by `--month` or `--year`.
  var period: ReportPeriod?
  var csv = false
  // export
  var fromDay: CalendarDay?
  var toDay: CalendarDay?
  var since: ExportTime?
  var format: String?
  var outputFile: String?
  // settings
  var maxAttempts: Int?
  var roadFactor: Double?
  /// `settings --kecamatan`: the store's kecamatan; for the dashboard, the kecamatan a
  /// read-only viewer of a PostgreSQL database opens first.
  var kecamatan: KecamatanCode?
  /// `settings --office LAT,LON`: the position of the kantor kecamatan.
  var office: Coordinate?
  /// `summary --kabupaten`: the totals of every HDS store of the database.
  var kabupaten = false
  /// `settings --target KIND=DAYS`, one per document kind given.
  var serviceTargets: [DocumentKind: Int] = [:]
  // courier, runsheet
  /// The courier's id or name, the operand of `courier edit`, `deactivate` and `activate`.
  var courierReference: String?
  /// The courier's id or name given by `runsheet --courier`.
  var runsheetCourier: String?
  var includeInactive = false
  var courierFields = CourierFields()
  // backup, restore
  /// The backup file that `hds backup` writes or `hds restore` reads.
  var backupFile: String?
  /// `backup --force`: replace an existing backup file.
  var force = false
  // audit
  /// The user, role and subjects `hds audit` lists; the days come from --from and --to.
  var audit = AuditFilter()
  /// How many entries `hds audit` prints as text; CSV lists every entry.
  var auditLimit = 100
  var usesAuditOptions = false
  // migrate-store
  /// `migrate-store --from`: the SQLite store file, or the data directory holding it.
  var moveSource: String?
  /// `migrate-store --to`: the server's URL; nil leaves it to HDS_STORE.
  var moveTarget: String?
  /// The values of --from and --to as given, read as days or as the move's source and
  /// target once the command is known.
  private var fromText: String?
  private var toText: String?

  /// Parses `arguments` (without the program name). Options may come before or after
  /// the command.
  static func parse(_ arguments: [String]) throws(UsageError) -> Arguments {
    var result = Arguments()
    var words: [String] = []
    var unknownOption: String?
    var rest = arguments[...]

    func value(for option: String) throws(UsageError) -> String {
      guard let next = rest.popFirst(), !next.hasPrefix("--") else {
        throw .missingValue(option)
      }
      return next
    }

    while let argument = rest.popFirst() {
      var name = argument
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        rest.insert(
          contentsOf: [String(argument[argument.index(after: equals)...])], at: rest.startIndex)
      }
      switch name {
      case "-h", "--help": result.showHelp = true
      case "--version": result.showVersion = true
      case "--data": result.dataDirectory = try value(for: name)
      case "--store":
        let text = try value(for: name)
        guard Environment.isServerURL(text) else {
          // Masked, because a URL of another scheme can still carry a password.
          throw .invalidValue(
            name, PostgresMoveTarget.masked(text),
            "a postgresql:// URL; leave --store out for the SQLite store in the data directory")
        }
        result.store = text
      case "--lang":
        let text = try value(for: name)
        guard ["id", "en"].contains(text.lowercased()) else {
          throw .invalidValue(name, text, "id or en")
        }
        result.language = text.lowercased()
      case "--refresh":
        let text = try value(for: name)
        guard let seconds = Double(text), seconds >= 0.2, seconds <= 3600 else {
          throw .invalidValue(name, text, "a number of seconds from 0.2 to 3600")
        }
        result.refreshSeconds = seconds
      case "--read-only": result.readOnly = true
      case "--no-mouse": result.noMouse = true
      case "--theme": result.theme = try value(for: name)
      case "--no-color": result.noColor = true
      case "--live": result.live = true
      case "--replace": result.replace = true
      case "--open": result.open = true
      case "--seed":
        let text = try value(for: name)
        guard let seed = UInt64(text) else { throw .invalidValue(name, text, "a whole number") }
        result.seed = seed
      case "--requests":
        let text = try value(for: name)
        guard let count = Int(text), (1...100_000).contains(count) else {
          throw .invalidValue(name, text, "a whole number from 1 to 100000")
        }
        result.requestCount = count
      case "--date":
        result.date = try value(for: name)
      case "--skip-invalid": result.rejectsFile = try value(for: name)
      case "--dry-run": result.dryRun = true
      case "--month", "--year":
        result.period = try period(try value(for: name), for: name, current: result.period)
      case "--csv": result.csv = true
      case "--from": result.fromText = try value(for: name)
      case "--to": result.toText = try value(for: name)
      case "--since":
        let text = try value(for: name)
        guard let time = ExportTime(text) else {
          throw .invalidValue(name, text, "YYYY-MM-DD or YYYY-MM-DDTHH:MM in WIB")
        }
        result.since = time
      case "--format": result.format = try value(for: name).lowercased()
      case "--output": result.outputFile = try value(for: name)
      case "--target":
        let text = try value(for: name)
        let parts = text.split(separator: "=", omittingEmptySubsequences: false)
        let range = ServiceTargets.allowedRange
        guard parts.count == 2, let kind = DocumentKind(parsing: String(parts[0])),
          let days = Int(parts[1]), range.contains(days)
        else {
          throw .invalidValue(
            name, text,
            "KIND=DAYS with a document kind (ktp-el, kk, kia, akta-kelahiran, akta-kematian,"
              + " skp) and \(range.lowerBound) to \(range.upperBound) working days, such as ktp-el=2"
          )
        }
        if let earlier = result.serviceTargets[kind] {
          throw .invalidValue(
            name, text,
            "one --target per document kind; \(kind.rawValue)=\(earlier) is given already")
        }
        result.serviceTargets[kind] = days
      case "--max-attempts":
        let text = try value(for: name)
        guard let count = Int(text), (1...9).contains(count) else {
          throw .invalidValue(name, text, "a whole number of attempts from 1 to 9")
        }
        result.maxAttempts = count
      case "--road-factor":
        result.roadFactor = try roadFactor(try value(for: name), for: name)
      case "--kecamatan":
        let text = try value(for: name)
        if let code = KabupatenMalang.code(named: text) {
          result.kecamatan = code
        } else {
          do {
            result.kecamatan = try KecamatanCode(parsing: text)
          } catch {
            throw .invalidValue(
              name, text,
              "a kecamatan of Kabupaten Malang by Kemendagri code 35.07.NN (35.07.01 to"
                + " 35.07.33) or by name, for example 35.07.31 or Kromengan")
          }
        }
      case "--office":
        let text = try value(for: name)
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
          let latitude = Double(parts[0].trimmingCharacters(in: .whitespaces)),
          let longitude = Double(parts[1].trimmingCharacters(in: .whitespaces)),
          RegionFile.latitudeRange.contains(latitude),
          RegionFile.longitudeRange.contains(longitude)
        else {
          throw .invalidValue(
            name, text,
            "LATITUDE,LONGITUDE in decimal degrees within Indonesia, south negative, such as"
              + " -8.12131,112.49034")
        }
        result.office = Coordinate(latitude: latitude, longitude: longitude)
      case "--kabupaten": result.kabupaten = true
      default:
        let parsed = try result.parseCourierOption(name) { () throws(UsageError) -> String in
          try value(for: name)
        }
        if parsed || result.parseBackupOption(name) { continue }
        let audit = try result.parseAuditOption(name) { () throws(UsageError) -> String in
          try value(for: name)
        }
        if audit { continue }
        // Parsing goes on, so that the message can name the command's own help.
        if argument.hasPrefix("-") {
          unknownOption = unknownOption ?? argument
          continue
        }
        words.append(argument)
      }
    }
    if let unknownOption {
      // The command whose words start the line, the longest one when several do, such as
      // "courier" and "courier add".
      let named = Command.allCases
        .filter {
          $0 != .dashboard && words.starts(with: $0.rawValue.split(separator: " ").map(String.init))
        }
        .max { $0.rawValue.count < $1.rawValue.count }
      throw .unknownOption(unknownOption, command: named?.rawValue)
    }
    let operand: String?
    (result.command, operand) = try command(from: words, help: result.showHelp)
    if result.command == .importPrintList || result.command == .importSurvey
      || result.command == .regionImport
    {
      result.inputFile = operand
    } else if result.command == .backup || result.command == .restore {
      result.backupFile = operand
    } else if let operand {
      result.courierReference = operand
    }
    if result.command == .migrateStore {
      result.moveSource = result.fromText
      result.moveTarget = result.toText
    } else {
      result.fromDay = try result.fromText.map { (text) throws(UsageError) in
        try day(text, for: "--from")
      }
      result.toDay = try result.toText.map { (text) throws(UsageError) in
        try day(text, for: "--to")
      }
    }
    try result.checkOptionsFitCommand()
    return result
  }

  /// Reads a road factor written with a decimal point or comma, from 1.0 to 3.0.
  private static func roadFactor(_ text: String, for option: String) throws(UsageError) -> Double {
    let range = RoadDistances.roadFactorRange
    guard let factor = Double(text.replacingOccurrences(of: ",", with: ".")),
      range.contains(factor)
    else {
      throw .invalidValue(option, text, "a number from \(range.lowerBound) to \(range.upperBound)")
    }
    return factor
  }

  /// Reads --month YYYY-MM or --year YYYY; giving both, or one twice, is a usage error.
  private static func period(_ text: String, for option: String, current: ReportPeriod?)
    throws(UsageError) -> ReportPeriod
  {
    if current != nil { throw .conflictingOptions("--month", "--year") }
    let isMonth = option == "--month"
    guard let period = ReportPeriod(parsing: text), (period.kind == .month) == isMonth else {
      throw .invalidValue(
        option, text,
        isMonth ? "a month as YYYY-MM, the month 01 to 12" : "a year as YYYY, such as 2026")
    }
    return period
  }

  private static func day(_ text: String, for option: String) throws(UsageError) -> CalendarDay {
    guard let day = CalendarDay(iso: text) else {
      throw .invalidValue(option, text, "a date as YYYY-MM-DD")
    }
    return day
  }

  /// Picks the command from the words that are not options, and its operand: the print
  /// list's file, or the courier's id or name. With `help`, a command that lacks its
  /// subject or operand still selects its help.
  private static func command(from words: [String], help: Bool) throws(UsageError)
    -> (Command, String?)
  {
    guard let first = words.first else { return (.dashboard, nil) }
    let rest = Array(words.dropFirst())
    switch first {
    case "demo", "summary", "settings":
      if let extra = rest.first { throw .unexpectedArgument(extra, first) }
      return (Command(rawValue: first) ?? .dashboard, nil)
    case "import":
      guard let subject = rest.first else {
        if help { return (.importPrintList, nil) }
        throw .missingSubject("import", "print-list or survey")
      }
      let command: Command
      switch subject {
      case "print-list": command = .importPrintList
      case "survey": command = .importSurvey
      default: throw .unknownSubject(subject, "import", "print-list or survey")
      }
      if rest.count > 2 { throw .unexpectedArgument(rest[2], command.rawValue) }
      guard rest.count == 2 || help else { throw .missingFile(command.rawValue) }
      return (command, rest.count == 2 ? rest[1] : nil)
    case "survey":
      if let extra = rest.first { throw .unexpectedArgument(extra, first) }
      return (.survey, nil)
    case "export":
      guard let subject = rest.first else {
        if help { return (.export, nil) }
        throw .missingSubject("export", "recipients or events")
      }
      let command: Command
      switch subject {
      case "recipients": command = .exportRecipients
      case "events": command = .exportEvents
      default: throw .unknownSubject(subject, "export", "recipients or events")
      }
      if rest.count > 1 { throw .unexpectedArgument(rest[1], command.rawValue) }
      return (command, nil)
    case "courier":
      return try courierCommand(from: rest, help: help)
    case "region":
      return try regionCommand(from: rest, help: help)
    case "backup", "restore":
      return try backupCommand(first, operands: rest, help: help)
    case "runsheet", "report", "audit", "migrate-store":
      if let extra = rest.first { throw .unexpectedArgument(extra, first) }
      return (Command(rawValue: first) ?? .dashboard, nil)
    default:
      throw .unknownCommand(first)
    }
  }

  private func checkOptionsFitCommand() throws(UsageError) {
    let demoOnly = replace || open || seed != nil || requestCount != 300
    if demoOnly && command != .demo {
      throw .optionNotForCommand("--replace, --open, --seed and --requests", "demo")
    }
    if maxAttempts != nil && command != .settings {
      throw .optionNotForCommand("--max-attempts", "settings")
    }
    if !serviceTargets.isEmpty && command != .settings {
      throw .optionNotForCommand("--target", "settings")
    }
    if kecamatan != nil && command != .settings && command != .dashboard {
      throw .optionNotForCommand("--kecamatan", "settings and the dashboard (hds)")
    }
    if office != nil && command != .settings {
      throw .optionNotForCommand("--office", "settings")
    }
    if kabupaten && command != .summary {
      throw .optionNotForCommand("--kabupaten", "summary")
    }
    if kabupaten && (live || date != nil) {
      throw .optionNotForCommand(
        "--kabupaten", "summary without --live or --date (it counts today, from the counters)")
    }
    if roadFactor != nil && command != .settings {
      throw .optionNotForCommand("--road-factor", "settings")
    }
    if live && command != .summary {
      throw .optionNotForCommand("--live", "summary")
    }
    if (theme != nil || noColor) && command != .dashboard && !(command == .summary && live) {
      throw .themeOptions
    }
    if live && date != nil {
      throw .optionNotForCommand("--date", "summary without --live (the live screen shows today)")
    }
    if date != nil && command != .summary && command != .runsheet {
      throw .optionNotForCommand("--date", "summary or hds runsheet")
    }
    if (rejectsFile != nil || dryRun) && command != .importPrintList && command != .importSurvey {
      throw .optionNotForCommand("--skip-invalid and --dry-run", "import print-list or survey")
    }
    if period != nil && command != .survey && command != .report {
      throw .optionNotForCommand("--month and --year", "survey or hds report")
    }
    if csv && command != .survey {
      throw .optionNotForCommand("--csv", "survey")
    }
    if (fromDay != nil || toDay != nil) && command != .exportRecipients && command != .audit {
      throw .optionNotForCommand("--from and --to", "export recipients or hds audit")
    }
    if since != nil && command != .exportEvents {
      throw .optionNotForCommand("--since", "export events")
    }
    let exports: [Command] = [
      .export, .exportRecipients, .exportEvents, .runsheet, .report, .audit,
    ]
    // `hds region export` writes one format, so it takes --output only.
    let regionOutput = command == .regionExport && format == nil
    if (format != nil || outputFile != nil) && !exports.contains(command) && !regionOutput {
      throw .optionNotForCommand(
        "--format and --output", "export, hds runsheet, hds report or hds audit")
    }
    try checkExportOptions()
    try checkCourierOptions()
    try checkBackupOptions()
    try checkAuditOptions()
    try checkMoveOptions()
  }

  /// Checks what `hds export` needs, unless only its help was requested.
  private func checkExportOptions() throws(UsageError) {
    guard !showHelp else { return }
    switch command {
    case .exportRecipients:
      guard let fromDay else { throw .missingOption("--from", "export recipients") }
      // A list that starts after today is empty and would read as a day without
      // deliveries. hds report and hds summary reject such a period too.
      let today = CalendarDay(containing: Date())
      if fromDay > today {
        throw .invalidValue(
          "--from", fromDay.description, "a day up to today, \(today)")
      }
      if let toDay, toDay < fromDay {
        throw .invalidValue("--to", toDay.description, "a day on or after --from \(fromDay)")
      }
      if let format, !["csv", "html"].contains(format) {
        throw .invalidValue("--format", format, "csv or html")
      }
    case .report:
      guard period != nil else { throw .missingOption("--month or --year", "report") }
      if let format, !["text", "csv", "html"].contains(format) {
        throw .invalidValue("--format", format, "text, csv or html")
      }
    case .exportEvents:
      guard since != nil else { throw .missingOption("--since", "export events") }
      if let format, !["csv", "jsonl"].contains(format) {
        throw .invalidValue("--format", format, "csv or jsonl")
      }
    default:
      break
    }
  }
}

/// A command line that cannot be run. Messages say what to type instead.
enum UsageError: Error, Equatable, CustomStringConvertible {
  /// An option no command takes, and the command line's command when it has one.
  case unknownOption(String, command: String?)
  case unknownCommand(String)
  case missingValue(String)
  case invalidValue(String, String, String)
  case optionNotForCommand(String, String)
  case unexpectedArgument(String, String)
  case missingSubject(String, String)
  case unknownSubject(String, String, String)
  /// The import command, such as "import survey", lacks its file.
  case missingFile(String)
  case missingOption(String, String)
  case missingCourier(String)
  case nothingToChange
  case conflictingOptions(String, String)
  /// --theme or --no-color with a command that draws no screen.
  case themeOptions
  /// An option that `hds migrate-store` does not take, and what to give instead.
  case notForMove(String, String)

  var description: String {
    switch self {
    case .unknownOption(let option, let command?):
      return "unknown option \(option); run hds \(command) --help for the options of hds \(command)"
    case .unknownOption(let option, nil):
      return "unknown option \(option); run hds --help for the list"
    case .unknownCommand(let command):
      return "unknown command \(command); the commands are demo, summary, import, export,"
        + " survey, settings, courier, runsheet, report, backup, restore, audit, region and"
        + " migrate-store (hds --help)"
    case .missingValue(let option):
      return "option \(option) needs a value"
    case .invalidValue(let option, let value, let expected):
      return "invalid value \(value) for \(option); expected \(expected)"
    case .optionNotForCommand(let options, let command):
      // One option "applies", a list of them "apply".
      let verb = options.contains(" and ") ? "apply" : "applies"
      return "\(options) only \(verb) to hds \(command)"
    case .unexpectedArgument(let argument, let command):
      return "unexpected argument \(argument); see hds \(command) --help for what it takes"
    case .missingSubject(let command, let subjects):
      return "hds \(command) needs what to \(command): \(subjects) (hds \(command) --help)"
    case .unknownSubject(let subject, let command, let subjects):
      return "hds \(command) cannot \(command) \(subject); it takes \(subjects)"
        + " (hds \(command) --help)"
    case .missingFile(let command):
      return "hds \(command) needs the CSV file to import: hds \(command) FILE"
    case .missingOption(let option, let command):
      return "hds \(command) needs \(option) (hds \(command) --help)"
    case .missingCourier(let command):
      return "hds \(command) needs the courier's id or name: hds \(command) ID|NAME"
        + " (hds courier list --all shows them)"
    case .nothingToChange:
      return "hds courier edit needs at least one of --name, --phone, --no-phone, --vehicle,"
        + " --home-desa, --capacity and --days"
    case .conflictingOptions(let first, let second):
      return "\(first) and \(second) cannot be used together; give one of them"
    case .themeOptions:
      return "--theme and --no-color only apply to the dashboard and hds summary --live"
    case .notForMove(let option, let instead):
      return "\(option) does not apply to hds migrate-store; \(instead)"
    }
  }
}

extension Arguments {
  /// Picks `hds region`, `hds region import FILE` or `hds region export` from the words
  /// after "region", and the file that import reads.
  static func regionCommand(from words: [String], help: Bool) throws(UsageError)
    -> (Command, String?)
  {
    guard let subject = words.first else { return (.region, nil) }
    switch subject {
    case "import":
      if words.count > 2 { throw .unexpectedArgument(words[2], "region import") }
      guard words.count == 2 || help else { throw .missingFile("region import") }
      return (.regionImport, words.count == 2 ? words[1] : nil)
    case "export":
      if words.count > 1 { throw .unexpectedArgument(words[1], "region export") }
      return (.regionExport, nil)
    default:
      throw .unknownSubject(subject, "region", "import or export, or nothing for the summary")
    }
  }
}
