import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Key handling")
struct KeyHandlerTests {
  let layout = Layout(rows: 24, cols: 80)

  @Test("Tab, Shift-Tab and arrows cycle panes")
  func paneFocus() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    _ = KeyHandler.handle(.tab, state: &state, layout: layout)
    #expect(state.focus == .couriers)
    _ = KeyHandler.handle(.right, state: &state, layout: layout)
    #expect(state.focus == .map)
    _ = KeyHandler.handle(.backTab, state: &state, layout: layout)
    #expect(state.focus == .couriers)
    _ = KeyHandler.handle(.left, state: &state, layout: layout)
    _ = KeyHandler.handle(.left, state: &state, layout: layout)
    #expect(state.focus == .complaints)
    _ = KeyHandler.handle(.character("1"), state: &state, layout: layout)
    #expect(state.focus == .queue)
  }

  @Test("j, k, G and g move the selection within bounds")
  func selection() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let total = state.count(of: .queue)
    _ = KeyHandler.handle(.character("k"), state: &state, layout: layout)
    #expect(state.selected(.queue) == 0)
    _ = KeyHandler.handle(.character("j"), state: &state, layout: layout)
    _ = KeyHandler.handle(.down, state: &state, layout: layout)
    #expect(state.selected(.queue) == 2)
    _ = KeyHandler.handle(.character("G"), state: &state, layout: layout)
    #expect(state.selected(.queue) == total - 1)
    let visible = try #require(layout).visibleRows(.queue)
    #expect(state.scroll[.queue] == total - visible)
    _ = KeyHandler.handle(.character("g"), state: &state, layout: layout)
    #expect(state.selected(.queue) == 0)
    #expect(state.scroll[.queue] == 0)
  }

  @Test("moving past the loaded page asks for a reload")
  func pagingReload() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state(window: ViewWindow(queueOffset: 0, queueLimit: 20))
    let effects = KeyHandler.handle(.character("G"), state: &state, layout: layout)
    #expect(effects == [.reload])
  }

  @Test("assign form becomes an assign action")
  func assignForm() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let ready = try #require(state.snapshot?.queue.rows.firstIndex { $0.state == .ready })
    state.selection[.queue] = ready
    let row = try #require(state.selectedQueueRow)

    #expect(KeyHandler.handle(.character("a"), state: &state, layout: layout).isEmpty)
    guard case .form(let form)? = state.overlays.last else {
      Issue.record("no form opened")
      return
    }
    #expect(form.title.contains(row.number.description))

    _ = KeyHandler.handle(.down, state: &state, layout: layout)
    _ = KeyHandler.handle(.right, state: &state, layout: layout)
    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    let courier = try #require(state.snapshot?.courierBoard.first?.courierID)
    // The fixture's today is a Friday, so the next day offered is Monday.
    let monday = CalendarDay(year: 2026, month: 12, day: 7)
    #expect(effects == [.apply(.assign(courierID: courier, day: monday), RequestRef(row))])
    #expect(state.overlays.isEmpty)
  }

  @Test("assign form on a weekend")
  func assignOnWeekend() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try fixture.state()
    let row = try #require(state.snapshot?.queue.rows.first { $0.state == .ready })
    let board = [
      CourierDayRow(courierID: 1, name: "Budi", assigned: 2, out: 1, delivered: 0, failed: 0),
      CourierDayRow(courierID: 2, name: "Eko", assigned: 0, out: 0, delivered: 0, failed: 0),
    ]
    let saturday = CalendarDay(year: 2026, month: 12, day: 5)

    let form = FormFactory.assign(
      [RequestRef(row)], board: board, today: saturday, calendar: WorkingCalendar(),
      catalog: state.catalog, isOnDuty: { id, day in id == 1 && day.weekday <= 5 })

    let day = try #require(form.fields.first { $0.name == .day })
    guard case .choice(let days, let chosen) = day.value else {
      Issue.record("the day is no choice")
      return
    }
    #expect(days[0].hasPrefix("Sabtu, 5 Desember 2026"))
    #expect(chosen == 1)
    #expect(days[chosen].hasPrefix("Senin, 7 Desember 2026"))
    guard case .choice(let couriers, _) = form.fields[0].value else {
      Issue.record("the courier is no choice")
      return
    }
    #expect(!couriers[0].contains("libur"), "\(couriers[0])")
    #expect(couriers[1].hasSuffix(", libur)"), "\(couriers[1])")

    // A day off for the chosen courier gets a warning beside the day, and only then.
    var edited = form
    let dayIndex = try #require(edited.fields.firstIndex { $0.name == .day })
    let hint = { (form: Form) in form.hint(for: dayIndex, catalog: state.catalog, today: saturday) }
    #expect(hint(edited) == nil, "Budi works on Monday")
    edited.fields[dayIndex].value = .choice(days, 0)
    #expect(hint(edited)?.text == "! kurir libur", "Budi is off on Saturday")
    #expect(hint(edited)?.isError == true)
    edited.fields[0].value = .choice(couriers, 1)
    edited.fields[dayIndex].value = .choice(days, 1)
    #expect(hint(edited)?.text == "! kurir libur", "Eko is off every day")
  }

  @Test("handover by family member needs a relation")
  func handoverRelation() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let out = try #require(state.snapshot?.queue.rows.firstIndex { $0.state == .outForDelivery })
    state.selection[.queue] = out
    let row = try #require(state.selectedQueueRow)

    _ = KeyHandler.handle(.character("d"), state: &state, layout: layout)
    _ = KeyHandler.handle(.right, state: &state, layout: layout)
    _ = KeyHandler.handle(.down, state: &state, layout: layout)
    for character in "Wulan Susanto" {
      _ = KeyHandler.handle(.character(character), state: &state, layout: layout)
    }
    var effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(effects.isEmpty)
    guard case .form(let form)? = state.overlays.last else {
      Issue.record("form closed without a relation")
      return
    }
    #expect(form.error == "Isian \"Hubungan\" wajib diisi.")

    _ = KeyHandler.handle(.down, state: &state, layout: layout)
    for character in "istri" {
      _ = KeyHandler.handle(.character(character), state: &state, layout: layout)
    }
    effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    let handover = Handover(
      recipientKind: .familyMember, recipientName: "Wulan Susanto", relation: "istri")
    #expect(effects == [.apply(.deliver(handover), RequestRef(row))])
  }

  @Test("out for delivery on a ready request is refused at once")
  func illegalAction() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let ready = try #require(state.snapshot?.queue.rows.firstIndex { $0.state == .ready })
    state.selection[.queue] = ready
    let number = try #require(state.selectedQueueRow?.number)

    let effects = KeyHandler.handle(.character("o"), state: &state, layout: layout)
    #expect(effects.isEmpty)
    #expect(state.message?.isError == true)
    #expect(
      state.message?.text
        == "\(number) berstatus Siap; \"Dibawa kurir\" hanya untuk status Ditugaskan.")
  }

  @Test("read-only rejects every action key")
  func readOnly() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.readOnly = true
    for letter in "aodfxc" {
      let effects = KeyHandler.handle(.character(letter), state: &state, layout: layout)
      #expect(effects.isEmpty)
      #expect(state.overlays.isEmpty)
      #expect(state.message?.text == "Mode baca saja: perubahan tidak diizinkan.")
    }
  }

  @Test("a supervisor's request keys say the change is the operator's")
  func supervisorRequests() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.role = .supervisor
    for letter in "aodfxi" {
      let effects = KeyHandler.handle(.character(letter), state: &state, layout: layout)
      #expect(effects.isEmpty)
      #expect(state.overlays.isEmpty)
      #expect(
        state.message?.text
          == "Peran pengawas tidak boleh mengubah permohonan. Minta pengguna berperan operator.")
    }
  }

  @Test("Escape closes a form without an effect")
  func escapeCloses() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    _ = KeyHandler.handle(.character("x"), state: &state, layout: layout)
    #expect(state.overlays.count == 1)
    #expect(KeyHandler.handle(.escape, state: &state, layout: layout).isEmpty)
    #expect(state.overlays.isEmpty)
  }

  @Test("Enter opens details for each pane")
  func enterOpens() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    let first = try #require(state.selectedQueueRow)
    #expect(KeyHandler.handle(.enter, state: &state, layout: layout) == [.openRequest(first.id)])

    // A courier's route comes from the store, so Enter asks for it.
    state.focus = .couriers
    let courier = try #require(state.snapshot?.courierBoard.first?.courierID)
    #expect(KeyHandler.handle(.enter, state: &state, layout: layout) == [.openRoute(courier)])

    // A complaint's detail with its events comes from the store too.
    state.focus = .complaints
    let complaint = try #require(state.snapshot?.complaints.rows.first?.id)
    #expect(KeyHandler.handle(.enter, state: &state, layout: layout) == [.openComplaint(complaint)])

    // On the map Enter filters by the desa, and i opens its detail.
    state.focus = .map
    _ = KeyHandler.handle(.character("i"), state: &state, layout: layout)
    #expect(state.overlays.count == 1, "no detail for the map")
    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("Esc tutup"))
    _ = KeyHandler.handle(.escape, state: &state, layout: layout)
  }

  @Test("note required when the failure reason is other")
  func failureNote() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let out = try #require(state.snapshot?.queue.rows.firstIndex { $0.state == .outForDelivery })
    state.selection[.queue] = out

    _ = KeyHandler.handle(.character("f"), state: &state, layout: layout)
    _ = KeyHandler.handle(.left, state: &state, layout: layout)
    #expect(KeyHandler.handle(.enter, state: &state, layout: layout).isEmpty)
    guard case .form(let form)? = state.overlays.last else {
      Issue.record("form closed without a note")
      return
    }
    #expect(form.error == "Isian \"Catatan\" wajib diisi bila alasannya \"Lainnya\".")
  }

  @Test("recipient name cleared for a family member")
  func recipientNameCleared() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let out = try #require(state.snapshot?.queue.rows.firstIndex { $0.state == .outForDelivery })
    state.selection[.queue] = out
    let resident = try #require(state.selectedQueueRow?.residentName)

    _ = KeyHandler.handle(.character("d"), state: &state, layout: layout)
    _ = KeyHandler.handle(.right, state: &state, layout: layout)
    guard case .form(let family)? = state.overlays.last else {
      Issue.record("no handover form")
      return
    }
    #expect(family[.recipientName]?.text == "")
    _ = KeyHandler.handle(.left, state: &state, layout: layout)
    guard case .form(let own)? = state.overlays.last else { return }
    #expect(own[.recipientName]?.text == resident)
  }

  @Test("G in a detail view reaches the last line")
  func detailEnd() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let row = try #require(state.snapshot?.queue.rows.first { $0.attempts > 0 })
    state.overlays = [.request(try fixture.store.requestDetail(id: row.id))]

    _ = KeyHandler.handle(.character("G"), state: &state, layout: layout)
    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("Gagal antar: Dibawa kurir → Siap"))
    #expect(!text.contains("▼"))
    _ = KeyHandler.handle(.character("g"), state: &state, layout: layout)
    #expect(state.overlayScroll == 0)
    #expect(Renderer.render(state, rows: 24, cols: 80).text.contains("▼"))
  }

  @Test("q quits")
  func quit() throws {
    let fixture = try SampleFixture(requests: 5)
    defer { fixture.remove() }
    var state = try fixture.state()
    #expect(KeyHandler.handle(.character("q"), state: &state, layout: layout) == [.quit])
  }

  @Test("route view reorders assigned stops and saves")
  func routeReorder() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let board = try #require(state.snapshot?.courierBoard.first { $0.assigned >= 2 })
    let courier = try #require(state.snapshot?.couriers[board.courierID])
    let day = CalendarDay(containing: SampleFixture.now)
    let stops = try fixture.store.route(of: courier.id, on: day)
    let assigned = stops.filter { $0.state == .assigned }
    state.overlays = [.route(RouteView(courier: courier, day: day, stops: assigned))]

    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("Rute \(courier.name)"))
    #expect(text.contains(assigned[0].number.description))
    _ = KeyHandler.handle(.character("J"), state: &state, layout: layout)
    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    var order = assigned.map { ($0.requestID, $0.version) }
    order.swapAt(0, 1)
    let plan = DispatchPlan(
      day: day, routes: [DispatchPlan.Route(courierID: courier.id, stops: order)])
    #expect(effects == [.saveRoute(plan, courierName: courier.name)])
  }

  @Test("courier form adds a courier")
  func courierForm() throws {
    let fixture = try SampleFixture(requests: 5)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.focus = .couriers
    _ = KeyHandler.handle(.character("n"), state: &state, layout: layout)
    for character in "Wawan Setiawan" {
      _ = KeyHandler.handle(.character(character), state: &state, layout: layout)
    }
    _ = KeyHandler.handle(.tab, state: &state, layout: layout)
    for character in "0813 5555 0101" {
      _ = KeyHandler.handle(.character(character), state: &state, layout: layout)
    }
    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    let expected = NewCourier(
      name: "Wawan Setiawan", phone: try PhoneNumber("081355550101"), vehicle: "motor",
      homeDesaCode: "35.07.31.2001", dailyCapacity: 25)
    #expect(effects == [.addCourier(expected)])
  }
}
