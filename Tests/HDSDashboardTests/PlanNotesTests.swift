import Foundation
import HDSCore
import HDSStoreSQL
import HDSTerminal
import Testing

@testable import HDSDashboard

/// The plan view's notes on the documents it leaves out, its `!` mark, and the message
/// on what an accepted plan changed.
@Suite("Plan notes")
struct PlanNotesTests {
  let day = CalendarDay(containing: SampleFixture.now)

  func propose(_ fixture: SampleFixture, language: Language = .indonesian) throws -> PlanView {
    let result = try DispatchDay.propose(
      store: fixture.store, day: day, calendar: WorkingCalendar(), kecamatan: Kromengan.kecamatan,
      catalog: Catalog(language))
    guard case .success(let view) = result else {
      Issue.record("no plan: \(result)")
      throw CancellationError()
    }
    return view
  }

  func runner(_ fixture: SampleFixture) -> WriteRunner {
    WriteRunner(
      store: fixture.store, actor: .operator("test"), catalog: Catalog(.indonesian),
      log: DiscardingLog(), calendar: WorkingCalendar())
  }

  func execute(_ sql: String, in fixture: SampleFixture) throws {
    try fixture.store.withConnection { (connection) throws(StoreError) in
      try connection.run(sql, context: "test update")
    }
  }

  // MARK: Documents left out

  @Test("ready needing completion counted")
  func needsCompletionCounted() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let ready = try fixture.store.queue(QueueQuery(states: [.ready]), offset: 0, limit: 1000).rows
    #expect(ready.count > 3)
    let ids = ready.prefix(2).map { String($0.id) }.joined(separator: ", ")
    try execute("UPDATE request SET needs_completion = 1 WHERE id IN (\(ids))", in: fixture)

    let view = try propose(fixture)
    #expect(view.needsCompletion == 2)
    let notes = PlanPane.leftOutNotes(view, catalog: Catalog(.indonesian))
    #expect(notes.contains("2 dokumen siap perlu dilengkapi sebelum direncanakan (filter F)."))
  }

  @Test("only incomplete ready says why")
  func onlyIncompleteReady() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let ready = try fixture.store.queue(QueueQuery(states: [.ready]), offset: 0, limit: 1000)
    try execute("UPDATE request SET needs_completion = 1 WHERE state = 'ready'", in: fixture)

    let result = try DispatchDay.propose(
      store: fixture.store, day: day, calendar: WorkingCalendar(), kecamatan: Kromengan.kecamatan,
      catalog: Catalog(.indonesian))
    guard case .failure(let message) = result else {
      Issue.record("a plan with nothing to place")
      return
    }
    #expect(message.text.contains("karena \(ready.total) dokumen siap perlu dilengkapi dulu"))
  }

  @Test("full couriers named with a count")
  func unplacedCounted() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let board = try fixture.store.courierBoard(on: day)
    for row in board {
      _ = try fixture.store.updateCourier(
        id: row.courierID, CourierUpdate(dailyCapacity: row.out + row.delivered + 1),
        by: .operator("test"), at: SampleFixture.now)
    }

    let view = try propose(fixture)
    let unplaced = view.proposal.unplaced
    #expect(!unplaced.isEmpty)
    let notes = PlanPane.leftOutNotes(view, catalog: Catalog(.english))
    let first = try #require(notes.first)
    #expect(
      first.hasPrefix("\(unplaced.count) documents not planned because the couriers are full"))
    #expect(first.contains(unplaced[0].number.description))
  }

  @Test("nothing left out, no notes")
  func noNotes() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let view = try propose(fixture)
    #expect(view.proposal.unplaced.isEmpty)
    #expect(PlanPane.leftOutNotes(view, catalog: Catalog(.indonesian)).isEmpty)
  }

  // MARK: The ! mark

  @Test("overdue assigned stop marked urgent")
  func overdueAssignedUrgent() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    // The courier with the most room left, so that the new stop stays pinned to them.
    let board = Dictionary(
      uniqueKeysWithValues: try fixture.store.courierBoard(on: day).map { ($0.courierID, $0) })
    func room(_ courier: Courier) -> Int {
      let row = board[courier.id]
      return courier.dailyCapacity - (row.map { $0.assigned + $0.out + $0.delivered } ?? 0)
    }
    let couriers = try fixture.store.couriers(includeInactive: false).filter {
      $0.isOnDuty(day, calendar: WorkingCalendar())
    }
    let courier = try #require(couriers.max { room($0) < room($1) })
    #expect(room(courier) > 0)
    let ready = try fixture.store.queue(QueueQuery(states: [.ready]), offset: 0, limit: 1000).rows
    let row = try #require(ready.first { $0.attempts == 0 && !$0.needsCompletion })
    _ = try fixture.store.apply(
      .assign(courierID: courier.id, day: day), to: row.id, expectedVersion: nil,
      by: .operator("test"), at: SampleFixture.now)
    // Ready three weeks before the plan's day, far past the default target of 1 working day.
    let longAgo = day.adding(days: -21).start.timeIntervalSince1970
    try execute("UPDATE request SET ready_at = \(longAgo) WHERE id = \(row.id)", in: fixture)

    let view = try propose(fixture)
    let stop = try #require(view.proposal.routes.flatMap(\.stops).first { $0.requestID == row.id })
    #expect(stop.pinnedCourierID == courier.id)
    #expect(stop.priority == 2)
  }

  @Test("plan view shows the legend")
  func legendShown() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try fixture.state()
    let view = try propose(fixture)
    var screen = Screen(rows: 24, cols: 80)
    PlanPane.draw(view, state: state, screen: &screen)
    #expect(screen.text.contains("! mendesak: aduan terbuka, lewat target"))
  }

  @Test("plan help explains the mark")
  func helpExplainsMark() throws {
    for language in [Language.indonesian, .english] {
      let state = DashboardState(
        catalog: Catalog(language), kecamatan: Kromengan.kecamatan, now: SampleFixture.now)
      let lines = KeyHelp.lines(for: .plan, state: state)
      let mark = try #require(lines.first { $0.label == "!" })
      #expect(mark.value.contains(language == .indonesian ? "aduan terbuka" : "open complaint"))
    }
  }

  // MARK: Accepting

  @Test("changes worded in both languages")
  func changesWorded() {
    var changes = PlanChanges()
    changes.assigned = 5
    changes.reordered = 2
    changes.unchanged = 47
    changes.couriers = [1, 2]
    #expect(
      Catalog(.indonesian).describe(changes)
        == "Rencana diterima: 5 baru ditugaskan, 2 diubah urutannya; 2 kurir.")
    #expect(
      Catalog(.english).describe(changes)
        == "Plan accepted: 5 newly assigned, 2 reordered; 2 couriers.")
    #expect(Catalog(.english).describe(PlanChanges()).hasPrefix("Plan accepted with no change"))
  }

  @Test("accepted plan counts new assignments")
  func acceptedCountsNew() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let view = try propose(fixture)
    let stops = view.proposal.routes.flatMap(\.stops)
    let fresh = stops.filter { $0.pinnedCourierID == nil }.count
    #expect(fresh > 0)
    #expect(fresh < stops.count)

    let outcome = runner(fixture).acceptPlan(view.proposal.plan)
    #expect(!outcome.message.isError)
    #expect(outcome.message.text.hasPrefix("Rencana diterima: \(fresh) baru ditugaskan"))
  }

  // MARK: Out for delivery on another day

  @Test("o for another day rejected")
  func dispatchAnotherDayRejected() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let rows = try #require(state.snapshot?.queue.rows)
    let index = try #require(rows.firstIndex { $0.state == .assigned })
    // The runner stamps writes with the clock, so the assignment is three days from now.
    let later = CalendarDay(containing: Date()).adding(days: 3)
    let courier = try #require(
      try fixture.store.requestDetail(id: rows[index].id).request.courierID)
    _ = try fixture.store.apply(
      .assign(courierID: courier, day: later), to: rows[index].id, expectedVersion: nil,
      by: .operator("test"), at: Date())
    state.snapshot = try Snapshot.load(from: fixture.store, window: ViewWindow(), day: day)
    state.selection[.queue] = index

    let effects = KeyHandler.handle(
      .character("o"), state: &state, layout: Layout(rows: 24, cols: 80))
    guard case .apply(let action, let target)? = effects.first else {
      Issue.record("o made no write: \(effects)")
      return
    }
    let outcome = runner(fixture).apply(action, to: target)
    #expect(outcome.message.isError)
    let named = Catalog(.indonesian).date(later)
    #expect(outcome.message.text.contains(named))
    #expect(outcome.message.text.contains("tugaskan ulang ke hari ini dengan a"))
    #expect(try fixture.store.requestDetail(id: target.id).request.state == .assigned)
  }

  @Test("bulk o names the rejected")
  func bulkDispatchRejected() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let assigned = try fixture.store.queue(QueueQuery(states: [.assigned]), offset: 0, limit: 10)
      .rows
    #expect(assigned.count >= 2)
    let today = CalendarDay(containing: Date())
    let days = [today, today.adding(days: 3)]
    var targets: [RequestRef] = []
    for (row, target) in zip(assigned, days) {
      let courier = try #require(try fixture.store.requestDetail(id: row.id).request.courierID)
      targets.append(
        RequestRef(
          try fixture.store.apply(
            .assign(courierID: courier, day: target), to: row.id, expectedVersion: nil,
            by: .operator("test"), at: Date())))
    }

    let outcome = runner(fixture).applyMany(.dispatch, to: targets)
    #expect(outcome.message.isError)
    #expect(outcome.message.text.hasPrefix("1 dari 2 berhasil; gagal: \(targets[1].number)."))
    #expect(outcome.message.text.contains("tugaskan ulang ke hari ini"))
  }
}
