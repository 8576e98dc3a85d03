// SIGKILL at random moments, in the middle of a stream of actions and of a print-list
// import: the store must open, pass the integrity check, keep every action reported
// done, and hold an import either whole or not at all. docs/stress.md gives the longer
// runs.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

@Suite("Crash recovery")
struct CrashRecoveryTests {
  // MARK: A stream of actions

  @Test("killed action stream keeps reported actions")
  func killedActionStream() throws {
    let kills = StressDriver.setting("HDS_STRESS_KILLS", default: 12)
    let requests = 500
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = directory.path("data")
    try StressDriver.seed(data: data, requests: requests)
    let path = Self.storePath(data)
    var events = requests
    var reportedTotal = 0

    for round in 1...kills {
      let user = "crash-\(round)"
      let process = try StressDriver.act(
        data: data, requests: requests, actions: 10_000_000, seed: UInt64(round), user: user,
        outputPath: directory.path("act-\(round).txt"))
      usleep(UInt32.random(in: 20_000...400_000))
      process.kill()
      #expect(try process.wait() == 128 + SIGKILL, "round \(round): \(process.errorOutput)")
      let reported = StressDriver.reported(in: process.output)

      let store = try SQLiteStore(path: path)
      #expect(try store.integrityCheck() == "ok", "round \(round)")
      try Self.expectStored(reported, by: user, in: store, round: round)
      // The kill may come between a commit and its line, so one action may be missing
      // from the output but never from the store.
      let stored = try store.eventCount()
      #expect(
        stored == events + reported.count || stored == events + reported.count + 1,
        "round \(round): \(stored) events, \(events) before and \(reported.count) reported")
      events = stored
      reportedTotal += reported.count
    }
    print("killed action streams: \(kills) rounds, \(reportedTotal) actions reported")

    let store = try SQLiteStore(path: path)
    let maxAttempts = try store.maxAttempts()
    for id in 1...Int64(requests) {
      let problems = EventReplay.problems(
        of: try store.requestDetail(id: id), maxAttempts: maxAttempts)
      #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
  }

  /// Expects each reported action to be the event at its version in the request's history.
  private static func expectStored(
    _ reported: [StressDriver.Reported], by user: String, in store: SQLiteStore, round: Int
  ) throws {
    var histories: [Int64: [RequestEvent]] = [:]
    for action in reported {
      if histories[action.requestID] == nil {
        histories[action.requestID] = try store.requestDetail(id: action.requestID).events
      }
      let events = histories[action.requestID] ?? []
      let event = action.version <= events.count ? events[action.version - 1] : nil
      #expect(
        event?.action.rawValue == action.action && event?.user == user,
        "round \(round): \(user) reported \(action), the store has \(String(describing: event))")
    }
  }

  // MARK: A print-list import

  /// In-process requests that each import marks ready, and residents it adds.
  private static let markedPerImport = 100
  private static let createdPerImport = 200

  @Test("killed import applies all or nothing")
  func killedImport() throws {
    let kills = StressDriver.setting("HDS_STRESS_KILLS", default: 12)
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = directory.path("data")
    // Round 0 runs to the end, to time an import; each later round has its own requests.
    // Extra rounds, each with its own requests, run only while no kill has yet landed
    // inside the import's transaction, which a loaded machine can make rare.
    let extraRounds = 20
    try StressDriver.seed(
      data: data, requests: Self.markedPerImport * (kills + 1 + extraRounds), sent: true)
    let path = Self.storePath(data)
    let hds = try HDSBinary.url()

    let file = directory.path("print-list-0.csv")
    try Self.writePrintList(round: 0, to: file, store: try SQLiteStore(path: path))
    let eventsBefore = try SQLiteStore(path: path).eventCount()
    let calibration = try Self.runImport(hds, file: file, data: data, path: path, killAfter: nil)
    #expect(calibration.status == 0, "\(calibration.errorOutput)")
    let applied = try Self.applied(round: 0, path: path)
    #expect(applied == .all, "the import that ran to its end is \(applied)")
    let importEvents = try SQLiteStore(path: path).eventCount() - eventsBefore

    var killedInside = 0
    var tally: [String: Int] = [:]
    func run(round: Int, killAfter: Kill) throws {
      let file = directory.path("print-list-\(round).csv")
      try Self.writePrintList(round: round, to: file, store: try SQLiteStore(path: path))
      let before = try SQLiteStore(path: path).eventCount()
      let run = try Self.runImport(hds, file: file, data: data, path: path, killAfter: killAfter)
      #expect(run.status == 0 || run.status == 128 + SIGKILL, "round \(round): \(run.errorOutput)")

      let store = try SQLiteStore(path: path)
      #expect(try store.integrityCheck() == "ok", "round \(round)")
      let outcome = try Self.applied(round: round, path: path)
      let added = try store.eventCount() - before
      tally["\(outcome)", default: 0] += 1
      switch outcome {
      case .all:
        #expect(added == importEvents, "round \(round): \(added) events")
      case .none:
        #expect(added == 0, "round \(round): \(added) events")
        #expect(run.status == 128 + SIGKILL, "round \(round): an import that exited wrote nothing")
        if case .afterLock = killAfter, run.sawLock { killedInside += 1 }
      case .partly(let marked, let created):
        let message =
          "round \(round): half applied, \(marked) of \(Self.markedPerImport) marked ready and"
          + " \(created) of \(Self.createdPerImport) created"
        Issue.record(Comment(rawValue: message))
      }
    }
    for round in 1...kills {
      // Odd rounds kill in the first half of the time the timed import held the write
      // lock, so nearly always inside its transaction. Even rounds kill at any moment up
      // to half again the timed import's run, so some kills come after the commit.
      let killAfter: Kill =
        round % 2 == 1
        ? .afterLock(Double.random(in: 0...(0.5 * calibration.lockedSeconds)))
        : .afterStart(Double.random(in: 0...(1.5 * calibration.totalSeconds)))
      try run(round: round, killAfter: killAfter)
    }
    // Kills the moment the lock is seen, until one lands inside the transaction.
    for extra in 0..<extraRounds where killedInside == 0 {
      try run(round: kills + 1 + extra, killAfter: .afterLock(0))
    }
    // At least one kill must have hit an open import transaction, or the test proved
    // nothing about half-applied imports.
    #expect(killedInside > 0, "no kill landed inside the import's write transaction")
    print(
      "killed imports: \(kills) rounds, \(tally), \(killedInside) killed inside the transaction;"
        + " an import took \(calibration.totalSeconds) s, \(calibration.lockedSeconds) s of it"
        + " after the lock was first seen")
  }

  private enum Kill {
    case afterStart(Double)
    case afterLock(Double)
  }

  private struct ImportRun {
    let status: Int32
    let errorOutput: String
    /// Whether another connection saw the write lock held while the import ran.
    let sawLock: Bool
    let totalSeconds: Double
    /// Seconds from the first sight of the write lock to the exit.
    let lockedSeconds: Double
  }

  /// Runs `hds import print-list` and, with `killAfter`, sends SIGKILL at that moment. A
  /// second connection tries BEGIN IMMEDIATE every millisecond meanwhile, which fails
  /// with SQLITE_BUSY while the import holds the write lock. The first lock seen may be
  /// the brief schema check of the store's opening, just before the import begins.
  private static func runImport(
    _ hds: URL, file: String, data: String, path: String, killAfter: Kill?
  ) throws -> ImportRun {
    let probe = try Connection(path: path, readOnly: false)
    let clock = ContinuousClock()
    let started = clock.now
    let process = try BackgroundProcess(
      hds, ["import", "print-list", file, "--data", data], outputPath: file + ".out")
    var lockSeen: ContinuousClock.Instant?

    while process.isRunning {
      if lockSeen == nil, isWriteLocked(probe) { lockSeen = clock.now }
      let deadline: ContinuousClock.Instant?
      switch killAfter {
      case .afterStart(let seconds): deadline = started + .seconds(seconds)
      case .afterLock(let seconds): deadline = lockSeen.map { $0 + .seconds(seconds) }
      case nil: deadline = nil
      }
      if let deadline, clock.now >= deadline {
        process.kill()
        break
      }
      usleep(1_000)
    }
    let status = try process.wait()
    let ended = clock.now
    return ImportRun(
      status: status, errorOutput: process.errorOutput, sawLock: lockSeen != nil,
      totalSeconds: Self.seconds(ended - started),
      lockedSeconds: lockSeen.map { Self.seconds(ended - $0) } ?? 0)
  }

  private static func isWriteLocked(_ connection: Connection) -> Bool {
    do throws(StoreError) {
      try connection.execute("BEGIN IMMEDIATE", context: "probing the write lock")
      try connection.execute("ROLLBACK", context: "probing the write lock")
      return false
    } catch {
      // SQLITE_BUSY (5, extended codes keep it in the low byte) arrives as the store's
      // locked failure.
      if case .storage(_, .locked, _) = error { return true }
      guard case .engine(let code, _, _) = error else { return false }
      return code & 0xff == 5
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  /// Writes the print list of `round`: the round's slice of in-process requests by
  /// number, then new residents named "Cetak ROUND N".
  private static func writePrintList(round: Int, to file: String, store: SQLiteStore) throws {
    let printed = CalendarDay(containing: Date()).adding(days: -1)
    var text = "NIK;nama;dokumen;tanggal cetak;nomor permohonan\n"
    for id in slice(round) {
      let request = try store.requestDetail(id: id).request
      text +=
        "\(request.resident.nik.digits);\(request.resident.name);KTP-el;\(printed);"
        + "\(request.number)\n"
    }
    for index in 0..<createdPerImport {
      let serial = round * createdPerImport + index
      let nik =
        "350731" + String(format: "%02d", 1 + (serial / 9999) % 28) + "0685"
        + String(format: "%04d", serial % 9999 + 1)
      text += "\(nik);Cetak \(round) \(index);KTP-el;\(printed);\n"
    }
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
  }

  /// Returns the ids of `round`'s in-process requests, which seeding numbered in order.
  private static func slice(_ round: Int) -> ClosedRange<Int64> {
    Int64(round * markedPerImport + 1)...Int64((round + 1) * markedPerImport)
  }

  private enum Applied: Equatable {
    case all
    case none
    case partly(marked: Int64, created: Int64)
  }

  /// Returns how much of `round`'s import the store contains.
  private static func applied(round: Int, path: String) throws -> Applied {
    let store = try SQLiteStore(path: path)
    let (marked, created) = try store.withConnection {
      (connection) throws(StoreError) -> (Int64, Int64) in
      let range = slice(round)
      let marked = try connection.integer(
        "SELECT count(*) FROM request WHERE id BETWEEN ?1 AND ?2 AND state = 'ready'",
        [.integer(range.lowerBound), .integer(range.upperBound)], context: "test")
      let created = try connection.integer(
        """
        SELECT count(*) FROM request r JOIN resident p ON p.id = r.resident_id
        WHERE p.name LIKE ?1
        """,
        [.text("Cetak \(round) %")], context: "test")
      return (marked, created)
    }
    if marked == Int64(markedPerImport) && created == Int64(createdPerImport) { return .all }
    if marked == 0 && created == 0 { return .none }
    return .partly(marked: marked, created: created)
  }

  private static func storePath(_ data: String) -> String {
    (data as NSString).appendingPathComponent(SQLiteStore.fileName)
  }
}
