import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Several connections")
struct ConcurrencyTests {
  @Test("read-only store rejects writes")
  func readOnlyRejectsWrites() throws {
    let directory = try TemporaryDirectory()
    let writer = try directory.openStore()
    let created = try writer.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))

    let reader = try directory.openStore(readOnly: true)
    let path = reader.path
    #expect(try reader.requestDetail(id: created.id).request == created)
    #expect(try reader.totals(on: Fixture.day)[.received] == 1)

    #expect(throws: StoreError.readOnly(path: path)) {
      try reader.createRequest(
        Fixture.newRequest(2), by: .operator("dukcapil"), at: Fixture.time(9))
    }
    #expect(throws: StoreError.readOnly(path: path)) {
      try reader.apply(
        .sendToDukcapil, to: created.id, expectedVersion: nil, by: .operator("dukcapil"),
        at: Fixture.time(9))
    }
    #expect(throws: StoreError.readOnly(path: path)) {
      try reader.addCourier(
        Fixture.newCourier("Budi"), by: .operator("dukcapil"), at: Fixture.time(9))
    }
    #expect(throws: StoreError.readOnly(path: path)) {
      try reader.setMaxAttempts(3, by: .operator("dukcapil"), at: Fixture.time(9))
    }
    // The engine rejects writes too, not only the store's own check.
    #expect(throws: StoreError.readOnly(path: path)) {
      try reader.execute("DELETE FROM request_event")
    }
    #expect(try writer.eventCount() == 1)
  }

  @Test("read-only open after writers closed")
  func readOnlyAfterWritersClosed() throws {
    let directory = try TemporaryDirectory()
    do {
      let writer = try directory.openStore()
      _ = try writer.createRequest(Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    }
    // SQLite would delete the -wal and -shm files at the last close, but hds keeps them
    // for readers who may not write the directory.
    if TestEngine.current == .sqlite {
      #expect(FileManager.default.fileExists(atPath: directory.storePath + "-wal"))
    }

    let reader = try directory.openStore(readOnly: true)
    #expect(try reader.totals(on: Fixture.day).requests == 1)
    #expect(try reader.integrityReport() == "ok")
  }

  @Test("change token follows other writers")
  func changeTokenFollowsOtherWriters() throws {
    let directory = try TemporaryDirectory()
    let dashboard = try directory.openStore()
    let desk = try directory.openStore()

    let start = try dashboard.changeToken()
    #expect(try dashboard.changeToken() == start)
    #expect(try dashboard.totals(on: Fixture.day).requests == 0)

    let created = try desk.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    let afterOther = try dashboard.changeToken(differentFrom: start)
    #expect(afterOther != start)
    #expect(try dashboard.changeToken() == afterOther)
    #expect(try dashboard.totals(on: Fixture.day).requests == 1)

    _ = try dashboard.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(9))
    let afterOwn = try dashboard.changeToken()
    #expect(afterOwn != afterOther)
    #expect(try dashboard.changeToken() == afterOwn)

    // A read-only connection notices others' commits too.
    let reader = try directory.openStore(readOnly: true)
    let readerStart = try reader.changeToken()
    _ = try desk.apply(
      .markReady, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(10))
    #expect(try reader.changeToken(differentFrom: readerStart) != readerStart)
  }

  @Test("stale second store cannot lose an update")
  func noLostUpdate() throws {
    let directory = try TemporaryDirectory()
    let first = try directory.openStore()
    let second = try directory.openStore()
    let created = try first.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    let seen = try second.requestDetail(id: created.id).request

    _ = try first.apply(
      .sendToDukcapil, to: created.id, expectedVersion: 1, by: .operator("a"),
      at: Fixture.time(9))
    #expect(
      throws: StoreError.conflict(
        request: created.number, expectedVersion: seen.version, current: .inProcess)
    ) {
      try second.apply(
        .sendToDukcapil, to: created.id, expectedVersion: seen.version, by: .operator("b"),
        at: Fixture.time(9))
    }
    // Without a version the state read inside the transaction still decides.
    #expect(
      throws: StoreError.rejected(
        .illegalTransition(
          request: created.number, state: .inProcess, action: .sendToDukcapil))
    ) {
      try second.apply(
        .sendToDukcapil, to: created.id, expectedVersion: nil, by: .operator("b"),
        at: Fixture.time(9))
    }
    #expect(try first.eventCount() == 2)
  }

  @Test("two stores writing at once")
  func concurrentWriters() throws {
    let directory = try TemporaryDirectory()
    let stores = [
      try directory.openStore(), try directory.openStore(),
    ]
    let perStore = 40
    let failures = Failures()

    DispatchQueue.concurrentPerform(iterations: stores.count * perStore) { index in
      let store = stores[index % stores.count]
      do {
        let created = try store.createRequest(
          Fixture.newRequest(index + 1), by: .operator("u\(index % stores.count)"),
          at: Fixture.time(8))
        _ = try store.apply(
          .sendToDukcapil, to: created.id, expectedVersion: 1, by: .operator("u"),
          at: Fixture.time(9))
        // Reads on the same connection interleave with the other store's writes.
        _ = try store.totals(on: Fixture.day)
      } catch {
        failures.append("\(error)")
      }
    }

    #expect(failures.all.isEmpty)
    let serials = try stores[0].integers("SELECT serial FROM request ORDER BY serial")
    #expect(serials == (1...(stores.count * perStore)).map { [Int64($0)] })
    #expect(try stores[1].eventCount() == stores.count * perStore * 2)
    #expect(try stores[1].totals(on: Fixture.day)[.inProcess] == stores.count * perStore)
  }
}

/// Error texts collected from concurrent work.
final class Failures: @unchecked Sendable {
  // Guarded by `lock`.
  private var texts: [String] = []
  private let lock = NSLock()

  func append(_ text: String) {
    lock.lock()
    texts.append(text)
    lock.unlock()
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return texts
  }
}
