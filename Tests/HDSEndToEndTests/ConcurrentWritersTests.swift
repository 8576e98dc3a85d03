// Several hds-stress processes acting on one store at once: no update may be lost and
// every event must follow the lifecycle. docs/stress.md gives the longer runs.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

@Suite("Concurrent writers")
struct ConcurrentWritersTests {
  @Test("four processes keep every update")
  func fourProcessesKeepEveryUpdate() throws {
    let processes = StressDriver.setting("HDS_STRESS_PROCESSES", default: 4)
    let actions = StressDriver.setting("HDS_STRESS_ACTIONS", default: 1_000)
    let requests = StressDriver.setting("HDS_STRESS_REQUESTS", default: 500)
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = directory.path("data")
    try StressDriver.seed(data: data, requests: requests)

    let running = try (1...processes).map { index in
      try StressDriver.act(
        data: data, requests: requests, actions: actions, seed: UInt64(index),
        user: "stress-\(index)", outputPath: directory.path("act-\(index).txt"))
    }
    var applied = 0
    var conflicts = 0
    var reported: [(user: String, action: StressDriver.Reported)] = []
    for (offset, process) in running.enumerated() {
      let user = "stress-\(offset + 1)"
      #expect(try process.wait() == 0, "\(user): \(process.errorOutput)")
      let summary = try #require(StressDriver.summary(in: process.output), "\(user) no summary")
      #expect(summary["attempted"] == String(actions), "\(user): \(summary)")
      #expect(summary["errors"] == "0", "\(user): \(process.errorOutput)")
      let done = StressDriver.reported(in: process.output)
      #expect(summary["applied"] == String(done.count), "\(user): \(summary)")
      applied += done.count
      conflicts += Int(summary["conflicts"] ?? "") ?? 0
      reported += done.map { (user, $0) }
    }

    let store = try SQLiteStore(path: (data as NSString).appendingPathComponent("hds.sqlite"))
    #expect(try store.integrityCheck() == "ok")
    #expect(try store.eventCount() == requests + applied)
    let maxAttempts = try store.maxAttempts()
    var details: [Int64: RequestDetail] = [:]
    for id in 1...Int64(requests) {
      let detail = try store.requestDetail(id: id)
      details[id] = detail
      let problems = EventReplay.problems(of: detail, maxAttempts: maxAttempts)
      #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
    for (user, action) in reported {
      let events = details[action.requestID]?.events ?? []
      let event = action.version <= events.count ? events[action.version - 1] : nil
      #expect(
        event?.action.rawValue == action.action && event?.user == user,
        "\(user) reported \(action), the store has \(String(describing: event))")
    }
    // Printed for the record of a run. A conflict count of 0 means that the processes
    // never met on a request, which can happen on a loaded machine.
    print(
      "concurrent writers: \(processes) × \(actions) actions, applied \(applied),"
        + " conflicts \(conflicts)")
  }
}
