// hds-stress processes on one PostgreSQL store while the server restarts or crashes
// under them, and while they are killed: every action that a process reported is in the
// store once, none is there that no process reported, and every request's events
// follow the lifecycle.

import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres
@testable import HDSStoreSQL

@Suite("Concurrent writers on PostgreSQL")
struct PostgresWritersTests {
  @Test("four processes keep every update across a server restart")
  func restartUnderWriters() throws {
    let processes = 4
    let actions = StressDriver.setting("HDS_STRESS_ACTIONS", default: 300)
    let requests = 200
    let directory = try TestDirectory()
    defer { directory.remove() }
    let server = try ThrowawayServer()
    defer { server.stop() }
    let url = server.url
    let data = directory.path("data")
    try StressDriver.seed(data: data, requests: requests, store: url)

    let running = try (1...processes).map { index in
      try StressDriver.act(
        data: data, requests: requests, actions: actions, seed: UInt64(index),
        user: "stress-\(index)", outputPath: directory.path("act-\(index).txt"), store: url)
    }
    // Let the processes start writing, then restart the server under them.
    Thread.sleep(forTimeInterval: 1.5)
    // The restart must land while the writers still write, or the test checks nothing.
    let doneBeforeRestart = try (1...processes).map { index in
      StressDriver.reported(
        in: try String(contentsOfFile: directory.path("act-\(index).txt"), encoding: .utf8)
      ).count
    }
    try server.run("restart")

    var applied = 0
    var refused = 0
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
      refused += Int(summary["refused"] ?? "") ?? 0
      reported += done.map { (user, $0) }
    }

    #expect(
      doneBeforeRestart.reduce(0, +) < applied,
      "every action was done before the restart: \(doneBeforeRestart)")

    let store = try PostgresStore(url: url, readOnly: true, officeDirectory: data)
    // Every reported action is in the store once, and nothing else: the seed wrote one
    // event per request.
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
    print("writers across a restart: applied \(applied), refused while away \(refused)")
  }

  @Test("killed writers and a crashed server keep every reported action")
  func killedWritersAndCrashedServer() throws {
    let rounds = StressDriver.setting("HDS_STRESS_KILLS", default: 6)
    let requests = 300
    let directory = try TestDirectory()
    defer { directory.remove() }
    let server = try ThrowawayServer()
    defer { server.stop() }
    let url = server.url
    let data = directory.path("data")
    try StressDriver.seed(data: data, requests: requests, store: url)
    var events = requests

    for round in 1...rounds {
      let user = "crash-\(round)"
      let process = try StressDriver.act(
        data: data, requests: requests, actions: 10_000_000, seed: UInt64(round), user: user,
        outputPath: directory.path("act-\(round).txt"), store: url)
      usleep(UInt32.random(in: 100_000...400_000))
      if round == 2 {
        // The server stops at once, without a shutdown checkpoint, and recovers from its
        // write-ahead log when it starts; the writer waits for it meanwhile.
        try server.run("crash")
        try server.run("resume")
        usleep(300_000)
      }
      process.kill()
      #expect(try process.wait() == 128 + SIGKILL, "round \(round): \(process.errorOutput)")
      let reported = StressDriver.reported(in: process.output)

      let store = try PostgresStore(url: url, readOnly: true, officeDirectory: data)
      var histories: [Int64: [RequestEvent]] = [:]
      for action in reported {
        if histories[action.requestID] == nil {
          histories[action.requestID] = try store.requestDetail(id: action.requestID).events
        }
        let history = histories[action.requestID] ?? []
        let event = action.version <= history.count ? history[action.version - 1] : nil
        #expect(
          event?.action.rawValue == action.action && event?.user == user,
          "round \(round): \(user) reported \(action), the store has \(String(describing: event))")
      }
      // The kill may come between a commit and its line, so one action may be missing
      // from the output but never from the store.
      let stored = try store.eventCount()
      #expect(
        stored == events + reported.count || stored == events + reported.count + 1,
        "round \(round): \(stored) events, \(events) before and \(reported.count) reported")
      events = stored
    }

    let store = try PostgresStore(url: url, readOnly: true, officeDirectory: data)
    let maxAttempts = try store.maxAttempts()
    for id in 1...Int64(requests) {
      let problems = EventReplay.problems(
        of: try store.requestDetail(id: id), maxAttempts: maxAttempts)
      #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
  }
}
