import Foundation
import HDSCore
import HDSDashboard
import HDSSampleData

/// The in-process phase: every file reader of HDSCore on many inputs per second.
///
/// Checks that a reader returns or throws its typed error and never traps or hangs. Every
/// error and rejected row must name a line that exists, in the messages of both
/// languages, and every data row of a print list or survey file must come out imported,
/// rejected or duplicate.
struct ParserFuzz {
  enum Target: String, CaseIterable {
    case printList = "print-list"
    case survey
    case roles = "roles.conf"
    case holidays = "holiday list"
    case roadDistances = "road distances"
    /// CSVWriter's output read back by CSVReader, which must give the same fields.
    case csvRoundTrip = "csv round trip"
  }

  let run: FuzzRun
  let targets: [Target]
  let bases: [Target: [[UInt8]]]
  let today: CalendarDay
  let hangSeconds: UInt32

  /// The phase number mixed into each case's seed.
  static let phase: UInt64 = 1
  static let maxBytes = 2 << 20

  static func targets(for kind: FuzzOptions.Kind) -> [Target] {
    switch kind {
    case .printList: return [.printList]
    case .survey: return [.survey]
    case .all: return Target.allCases
    }
  }

  /// Runs `count` cases, or only `onlyCase`, and prints a summary line.
  func runCases(_ count: Int, onlyCase: Int?) {
    CrashNote.install()
    let started = Date()
    var outcomes: [String: Int] = [:]
    let numbers = onlyCase.map { [$0] } ?? Array(0..<count)
    let failuresBefore = run.failures
    for number in numbers {
      let target = targets[number % targets.count]
      var random = run.generator(phase: Self.phase, case: number)
      let reproduce = reproduceCommand(number)
      CrashNote.set(
        "hds-fuzz: the in-process phase crashed or hung past \(hangSeconds) s in case \(number)"
          + " (\(target.rawValue), seed \(run.seed)); reproduce: \(reproduce)\n",
        hangSeconds: hangSeconds)
      // A single case's input is saved before the reader runs, so that it is there when
      // the reader crashes.
      let saveFile = onlyCase.map { run.path("case-\($0).bin") }
      let (input, strategy, outcome) = check(target, random: &random, saveAs: saveFile)
      CrashNote.clear()
      if let saveFile {
        report(
          "case \(number): \(target.rawValue), \(strategy), \(input.count) bytes -> \(saveFile)")
      }
      if case .failure(let failure) = outcome {
        run.fail(
          "parse-\(target.rawValue.replacingOccurrences(of: " ", with: "-"))", case: number,
          reproduce: reproduce, "\(failure.message) (input: \(strategy))", input: input)
      } else if case .success(let name) = outcome {
        outcomes[name, default: 0] += 1
      }
    }
    let seconds = Date().timeIntervalSince(started)
    let counts = outcomes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    report(
      "parsers: \(numbers.count) cases in \(String(format: "%.1f", seconds)) s, "
        + counts.joined(separator: " ") + " failures=\(run.failures - failuresBefore)")
  }

  private func reproduceCommand(_ number: Int) -> String {
    "hds-fuzz import --kind \(targets.count == 1 ? targets[0].rawValue : "all")"
      + " --seed \(run.seed) --case \(number) --cases 0"
  }

  /// A case's verdict: the name of what the reader did, or why that was wrong.
  private typealias Outcome = Result<String, CheckFailure>

  private struct CheckFailure: Error {
    let message: String
  }

  private func check(_ target: Target, random: inout SeededGenerator, saveAs file: String?)
    -> ([UInt8], String, Outcome)
  {
    if target == .csvRoundTrip {
      let (input, strategy, outcome) = roundTrip(random: &random)
      if let file { Self.save(input, to: file) }
      return (input, strategy, outcome)
    }
    var generator = InputGenerator(
      random: random, bases: bases[target] ?? [], format: Self.format(target, today: today),
      maxBytes: Self.maxBytes)
    let (input, strategy, isValid) = generator.drawInput()
    random = generator.random
    if let file { Self.save(input, to: file) }
    let lines = Self.lineLimit(input)
    var outcome: Outcome
    switch target {
    case .printList: outcome = checkPrintList(input, lines: lines)
    case .survey: outcome = checkSurvey(input, lines: lines)
    case .roles: outcome = checkRoles(input, lines: lines)
    case .holidays: outcome = checkHolidays(input, lines: lines)
    case .roadDistances: outcome = checkRoadDistances(input, lines: lines)
    case .csvRoundTrip: outcome = .success("unreachable")
    }
    if isValid, case .success(let name) = outcome, name != "accepted" {
      outcome = .failure(CheckFailure(message: "a valid file came out \(name)"))
    }
    return (input, strategy, outcome)
  }

  private static func save(_ input: [UInt8], to file: String) {
    if !FileManager.default.createFile(atPath: file, contents: Data(input)) {
      report("case input could not be written to \(file)")
    }
  }

  /// Returns the largest line number an input can have: one more than its line ends.
  private static func lineLimit(_ bytes: [UInt8]) -> Int {
    bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
  }

  // MARK: Readers

  private func readCSV(_ input: [UInt8], lines: Int) -> Result<CSVTable, CheckFailure>? {
    do throws(CSVError) {
      return .success(try CSVReader.read(input))
    } catch {
      let line: Int
      switch error {
      case .invalidUTF8(let number), .unterminatedQuote(let number), .textAfterQuote(let number):
        line = number
      }
      let messages = Self.catalogs.map { $0.describe(error) }
      guard (1...lines).contains(line), Self.nameLine(line, messages) else {
        return .failure(
          CheckFailure(message: "CSV error names line \(line) of \(lines): \(messages)"))
      }
      return nil
    }
  }

  private func checkPrintList(_ input: [UInt8], lines: Int) -> Outcome {
    guard let read = readCSV(input, lines: lines) else { return .success("csv-error") }
    guard case .success(let table) = read else { return read.map { _ in "" } }
    do throws(PrintListError) {
      let list = try PrintListParser.parse(table, today: today)
      let lineSets = list.rows.map(\.line) + list.rejects.map(\.line) + list.duplicates.map(\.line)
      let problems =
        list.rejects.flatMap(\.problems) + list.warnings + list.duplicates.map(\.problem)
      return checkRows(
        table: table, accounted: lineSets, problems: problems, lines: lines,
        rejects: list.rejects.map { ($0.line, $0.problems.count) }, accepted: list.rows.count)
    } catch {
      let messages = Self.catalogs.map { $0.describe(error) }
      return checkHeaderError(messages, isEmpty: error == .empty, lines: lines)
    }
  }

  private func checkSurvey(_ input: [UInt8], lines: Int) -> Outcome {
    guard let read = readCSV(input, lines: lines) else { return .success("csv-error") }
    guard case .success(let table) = read else { return read.map { _ in "" } }
    do throws(SurveyListError) {
      let list = try SurveyListParser.parse(table, today: today)
      let lineSets = list.rows.map(\.line) + list.rejects.map(\.line) + list.duplicates.map(\.line)
      let problems = list.rejects.flatMap(\.problems) + list.duplicates.map(\.problem)
      return checkRows(
        table: table, accounted: lineSets, problems: problems, lines: lines,
        rejects: list.rejects.map { ($0.line, $0.problems.count) }, accepted: list.rows.count)
    } catch {
      let messages = Self.catalogs.map { $0.describe(error) }
      return checkHeaderError(messages, isEmpty: error == .empty, lines: lines)
    }
  }

  /// Checks that each data record became exactly one row, reject or duplicate, and that
  /// every problem names a line of the file in both languages.
  private func checkRows(
    table: CSVTable, accounted: [Int], problems: [PrintListProblem], lines: Int,
    rejects: [(line: Int, problems: Int)], accepted: Int
  ) -> Outcome {
    let dataLines = table.records.filter { !$0.isBlank }.dropFirst().map(\.line)
    guard accounted.sorted() == dataLines.sorted() else {
      return .failure(
        CheckFailure(
          message: "\(dataLines.count) data records but \(accounted.count) rows, rejects and"
            + " duplicates"))
    }
    if let empty = rejects.first(where: { $0.problems == 0 }) {
      return .failure(CheckFailure(message: "line \(empty.line) rejected without a problem"))
    }
    for problem in problems {
      let messages = Self.catalogs.map { $0.describe(problem) }
      guard (1...lines).contains(problem.line), Self.nameLine(problem.line, messages) else {
        return .failure(
          CheckFailure(message: "problem names line \(problem.line) of \(lines): \(messages)"))
      }
    }
    if !rejects.isEmpty { return .success("rows-rejected") }
    return .success(accepted > 0 ? "accepted" : "no-rows")
  }

  /// Checks that a header error names the same existing line in both languages.
  private func checkHeaderError(_ messages: [String], isEmpty: Bool, lines: Int) -> Outcome {
    if isEmpty { return .success("empty") }
    guard let line = Self.leadingLine(messages[0]), (1...lines).contains(line),
      Self.nameLine(line, messages)
    else {
      return .failure(CheckFailure(message: "header error names no line of \(lines): \(messages)"))
    }
    return .success("header-rejected")
  }

  /// The catalogs whose import messages are checked: English first, then Indonesian, in
  /// the order of `linePrefixes`.
  private static let catalogs = [Catalog(.english), Catalog(.indonesian)]
  private static let linePrefixes = ["line ", "baris "]

  /// Returns N of a message that starts with "line N".
  private static func leadingLine(_ text: String) -> Int? {
    guard text.hasPrefix("line ") else { return nil }
    return Int(text.dropFirst(5).prefix { $0.isASCII && $0.isNumber })
  }

  /// Returns whether each message, in the order of `catalogs`, starts with its language's
  /// word for line, then `line` and a colon.
  private static func nameLine(_ line: Int, _ messages: [String]) -> Bool {
    zip(linePrefixes, messages).allSatisfy { prefix, message in
      message.hasPrefix(prefix + "\(line): ")
    }
  }

  private func checkRoles(_ input: [UInt8], lines: Int) -> Outcome {
    // hds reads roles.conf as strict UTF-8 and rejects the file before parsing otherwise.
    guard let text = String(validating: input, as: UTF8.self) else { return .success("not-utf8") }
    do throws(RoleConfigError) {
      let config = try RoleConfig(parsing: text)
      return .success(config.rules.isEmpty ? "no-rules" : "accepted")
    } catch {
      guard case .invalidLine(let line, _, _) = error, (1...lines).contains(line),
        error.description.hasPrefix("line \(line) ")
      else {
        return .failure(CheckFailure(message: "roles.conf error names no line: \(error)"))
      }
      return .success("line-rejected")
    }
  }

  private func checkHolidays(_ input: [UInt8], lines: Int) -> Outcome {
    guard let text = String(validating: input, as: UTF8.self) else { return .success("not-utf8") }
    do throws(HolidayListError) {
      let list = try HolidayList(year: 2026, parsing: text)
      return .success(list.holidays.isEmpty ? "no-days" : "accepted")
    } catch {
      guard (1...lines).contains(error.line), error.description.hasPrefix("line \(error.line): ")
      else {
        return .failure(CheckFailure(message: "holiday error names line \(error.line): \(error)"))
      }
      return .success("line-rejected")
    }
  }

  private func checkRoadDistances(_ input: [UInt8], lines: Int) -> Outcome {
    guard let text = String(validating: input, as: UTF8.self) else { return .success("not-utf8") }
    do throws(RoadDistanceTableError) {
      _ = try RoadDistanceTable(parsing: text, in: Kromengan.kecamatan)
      return .success("accepted")
    } catch {
      for problem in error.problems where problem != .empty {
        guard let line = Self.leadingLine(problem.description), (1...lines).contains(line) else {
          return .failure(CheckFailure(message: "road distance problem names no line: \(problem)"))
        }
      }
      return .success("rejected")
    }
  }

  // MARK: Round trip

  private func roundTrip(random: inout SeededGenerator) -> ([UInt8], String, Outcome) {
    let separator: Character = Bool.random(using: &random) ? ";" : ","
    let other: Character = separator == ";" ? "," : ";"
    let pieces = ["a", "Jl. Mawar 3", " ", "\"", "\r", "\n", "\r\n", "é", "😀", "e\u{301}", "\t"]
    var records: [[String]] = []
    for index in 0..<Int.random(in: 1...20, using: &random) {
      // The reader picks the separator from the first line, which therefore needs two
      // fields, and no field may hold the other separator.
      let width = Int.random(in: (index == 0 ? 2 : 1)...8, using: &random)
      records.append(
        (0..<width).map { _ in
          let parts = Int.random(in: 0...4, using: &random)
          return (0..<parts).map { _ in
            Bool.random(using: &random) ? String(separator) : pieces.randomElement(using: &random)!
          }.joined()
        })
    }
    records = records.map { $0.map { $0.filter { $0 != other } } }
    let writer = CSVWriter(separator: separator)
    let text = records.map(writer.record).joined()
    let input = Array(text.utf8)
    do throws(CSVError) {
      let table = try CSVReader.read(input)
      let fields = table.records.map(\.fields)
      guard fields == records else {
        return (
          input, "csv round trip",
          .failure(CheckFailure(message: "wrote \(records), read back \(fields)"))
        )
      }
      return (input, "csv round trip", .success("round-trip"))
    } catch {
      return (
        input, "csv round trip",
        .failure(CheckFailure(message: "CSVWriter output rejected: \(error)"))
      )
    }
  }

  // MARK: Formats

  static func format(_ target: Target, today: CalendarDay) -> InputGenerator.Format {
    switch target {
    case .printList:
      return .init(
        separator: ";", namesColumns: true,
        nearValid: NearValidValues.niks + NearValidValues.dates(today: today)
          + NearValidValues.documents + NearValidValues.requestNumbers
          + NearValidValues.desaNames)
    case .survey:
      return .init(
        separator: ";", namesColumns: true,
        nearValid: NearValidValues.requestNumbers + NearValidValues.dates(today: today)
          + NearValidValues.answers)
    case .roles:
      return .init(separator: " ", nearValid: NearValidValues.roleWords)
    case .holidays:
      return .init(separator: " ", nearValid: NearValidValues.holidayWords)
    case .roadDistances:
      return .init(separator: ";", nearValid: NearValidValues.roadWords())
    case .csvRoundTrip:
      return .init(separator: ";", nearValid: [])
    }
  }
}
