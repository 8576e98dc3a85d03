import Foundation
import HDSCore
import HDSSampleData
import HDSTerminal
import Testing

@testable import HDSDashboard

/// The complaint pane, its detail view and its keys over the sample store, whose twelve
/// complaints reach varied states through the store commands.
@Suite("Complaint pane")
struct ComplaintPaneTests {
  let layout = Layout(rows: 24, cols: 80)

  /// Returns the sample store's state with the bundled holiday lists and the complaint
  /// pane focused.
  private func state(_ fixture: SampleFixture, language: Language = .indonesian) throws
    -> DashboardState
  {
    var state = try fixture.state(language: language)
    state.calendar = try HolidayFiles.load(dataDirectory: nil).calendar
    state.focus = .complaints
    return state
  }

  private func row(containing text: String, in screen: Screen) -> Int? {
    (0..<screen.rows).first { screen.text(row: $0).contains(text) }
  }

  private func select(_ id: Int64, in state: inout DashboardState) throws {
    let rows = try #require(state.snapshot?.complaints.rows)
    let index = try #require(rows.firstIndex { $0.id == id })
    state.selection[.complaints] = index
  }

  // MARK: Rendering

  @Test("200 columns list every complaint by deadline")
  func wide() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try state(fixture)
    let screen = Renderer.render(state, rows: 50, cols: 200)
    let text = screen.text
    let rows = try #require(state.snapshot?.complaints.rows)
    #expect(rows.count == 12)

    let open = rows.filter(\.complaint.state.isOpen)
    #expect(Array(rows.prefix(open.count)) == open, "open complaints come first")
    let deadlines = open.map { $0.complaint.deadline(in: state.calendar) }
    #expect(deadlines == deadlines.sorted())
    #expect(text.contains("Aduan (\(open.count) terbuka)"))
    for item in rows {
      let cells = "\(item.complaint.id) "
      #expect(text.contains(cells), "complaint \(item.id) is missing")
    }

    // An overdue one, not the selected first row, is marked with "!+" in the danger style.
    let overdue = try #require(
      open.dropFirst().first {
        DeadlineStatus(
          deadline: $0.complaint.deadline(in: state.calendar),
          on: CalendarDay(containing: SampleFixture.now), in: state.calendar
        ).isOverdue && !$0.complaint.awaitsLaporVerification
      })
    let line = try #require(
      row(containing: "\(overdue.id) !+", in: screen), "no overdue mark:\n\(text)")
    let col = try #require(screen.text(row: line).range(of: "!+")).lowerBound
    let offset = screen.text(row: line).distance(
      from: screen.text(row: line).startIndex, to: col)
    #expect(screen[line, offset].style == .danger)

    // The LAPOR! report received today shows its verification deadline, Wednesday 9
    // December: 3 working days after Friday 4 December.
    let lapor = try #require(open.first { $0.complaint.awaitsLaporVerification })
    #expect(text.contains("\(lapor.id) V 3 hk"))

    #expect(text.contains("Desember 2026: tuntas"))
    #expect(text.contains("Tidak dihitung: Bukan kewenangan"))
    #expect(text.contains("Diarsipkan"))
  }

  @Test("80 columns fit and name excluded states")
  func narrow() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let screen = Renderer.render(try state(fixture), rows: 24, cols: 80)
    for row in 0..<24 {
      #expect(TextWidth.columns(screen.text(row: row)) == 80, "row \(row) is not 80 columns")
    }
    let text = screen.text
    #expect(text.contains("Tuntas "))
    #expect(text.contains("kecuali Bukan"))
    #expect(text.contains("Diarsipkan"))
    #expect(text.contains("!+"))
    #expect(text.contains("c aduan baru"))
    #expect(text.contains("? bantuan"), "? stays, and lists F with the other keys")
  }

  @Test("English wording of the rate")
  func english() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let text = Renderer.render(try state(fixture, language: .english), rows: 50, cols: 200).text
    #expect(text.contains("December 2026: resolved"))
    #expect(text.contains("Not counted: Not our authority"))
    #expect(text.contains(" wd "))
  }

  @Test("rate counts this month from the store")
  func rateFigures() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try state(fixture)
    let rate = try #require(state.snapshot?.resolutionRate)
    #expect(rate.period == .month(12, of: 2026))
    let lines = ComplaintPane.footerLines(state, width: 59, room: 5).joined(separator: " ")
    #expect(lines.contains("dari \(rate.denominator) aduan"), "\(lines)")
    #expect(lines.contains("Bukan kewenangan \(rate.excluded[.notOurAuthority] ?? -1)"))
    #expect(lines.contains("Diarsipkan \(rate.excluded[.archived] ?? -1)"))
  }

  @Test("detail shows response log and request history")
  func detail() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try state(fixture)
    let rows = try #require(state.snapshot?.complaints.rows)
    let linked = try #require(
      rows.first { $0.requestNumber != nil && $0.complaint.state == .resolved })
    let detail = try fixture.store.complaintDetail(id: linked.id)
    state.overlays = [.complaint(detail)]
    let lines = ComplaintDetailText.lines(detail, state: state).map(\.value)
    #expect(lines.contains("Riwayat aduan"))
    #expect(lines.contains("Log tanggapan"))
    #expect(lines.contains("Riwayat permohonan terkait"))
    #expect(lines.contains { $0.hasPrefix(linked.requestNumber?.description ?? "?") })
    #expect(lines.contains { $0.contains("Diselesaikan: Ditindaklanjuti → Selesai") })
    #expect(lines.contains { $0.contains("Didaftarkan") })

    let screen = Renderer.render(state, rows: 24, cols: 80)
    #expect(screen.text.contains("Aduan #\(linked.id)"))
    #expect(screen.text.contains("▼"), "a long detail shows that it scrolls")
    _ = KeyHandler.handle(.character("G"), state: &state, layout: layout)
    #expect(state.overlayScroll > 0)
  }

  // MARK: Keys

  @Test("Enter opens the selected complaint")
  func enterOpens() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try state(fixture)
    let first = try #require(state.snapshot?.complaints.rows.first)
    #expect(KeyHandler.handle(.enter, state: &state, layout: layout) == [.openComplaint(first.id)])
  }

  @Test("illegal action explained in the bottom bar")
  func illegalAction() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try state(fixture)
    let received = try #require(
      state.snapshot?.complaints.rows.first { $0.complaint.state == .received })
    try select(received.id, in: &state)
    #expect(KeyHandler.handle(.character("s"), state: &state, layout: layout).isEmpty)
    #expect(state.overlays.isEmpty)
    let message = try #require(state.message)
    #expect(message.isError)
    #expect(
      message.text
        == "Aduan #\(received.id) berstatus Baru; \"Selesaikan\" hanya untuk status Ditindaklanjuti."
    )
    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("hanya untuk status Ditindaklanjuti"))
  }

  @Test("verify form gives the action with the new weight")
  func verifyForm() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try state(fixture)
    let received = try #require(
      state.snapshot?.complaints.rows.first { $0.complaint.state == .received })
    try select(received.id, in: &state)
    _ = KeyHandler.handle(.character("v"), state: &state, layout: layout)
    guard case .form(let form)? = state.overlays.last else {
      Issue.record("no form opened")
      return
    }
    #expect(form.title == "Verifikasi: aduan #\(received.id)")
    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("batas "), "the weight shows its deadline:\n\(text)")

    _ = KeyHandler.handle(.right, state: &state, layout: layout)
    _ = KeyHandler.handle(.tab, state: &state, layout: layout)
    for character in "cocok" {
      _ = KeyHandler.handle(.character(character), state: &state, layout: layout)
    }
    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    let next = ComplaintWeight.allCases[
      (ComplaintWeight.allCases.firstIndex(of: received.complaint.weight)! + 1)
        % ComplaintWeight.allCases.count]
    #expect(effects == [.applyComplaint(.verify(weight: next, note: "cocok"), received.complaint)])
  }

  @Test("resolve without note stays open with a message")
  func resolveNeedsNote() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try state(fixture)
    let following = try #require(
      state.snapshot?.complaints.rows.first { $0.complaint.state == .inFollowUp })
    try select(following.id, in: &state)
    _ = KeyHandler.handle(.character("s"), state: &state, layout: layout)
    #expect(KeyHandler.handle(.enter, state: &state, layout: layout).isEmpty)
    guard case .form(let form)? = state.overlays.last else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error == "Isian \"Catatan\" wajib diisi.")
  }

  @Test("read-only session cannot act")
  func readOnly() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try state(fixture)
    state.readOnly = true
    for letter in "cvpnxatsr" {
      #expect(KeyHandler.handle(.character(letter), state: &state, layout: layout).isEmpty)
      #expect(state.overlays.isEmpty, "\(letter) opened a form")
      #expect(state.message?.text == state.catalog[.errorReadOnly])
    }
    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(!text.contains("aduan baru"))
  }

  @Test("a supervisor assigns complaints and is told why other actions are not theirs")
  func supervisor() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try state(fixture)
    state.role = .supervisor
    let verified = try #require(
      state.snapshot?.complaints.rows.first { $0.complaint.state == .verified })
    try select(verified.complaint.id, in: &state)
    let bar = try #require(
      Renderer.render(state, rows: 24, cols: 100).text.split(separator: "\n").last)
    #expect(bar.contains("a tugaskan"), "\(bar)")
    #expect(!bar.contains("aduan baru") && !bar.contains("tanggapan"), "\(bar)")
    for letter in "cpnxtsr" {
      #expect(KeyHandler.handle(.character(letter), state: &state, layout: layout).isEmpty)
      #expect(state.overlays.isEmpty, "\(letter) opened a form")
      #expect(state.message?.text.hasPrefix("Peran pengawas tidak boleh") == true)
    }
    _ = KeyHandler.handle(.character("a"), state: &state, layout: layout)
    guard case .form? = state.overlays.last else {
      Issue.record("a did not open the assignment form: \(String(describing: state.message))")
      return
    }
  }

  @Test("filter form sets the pane's filter")
  func filter() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try state(fixture)
    state.selection[.complaints] = 3
    _ = KeyHandler.handle(.character("F"), state: &state, layout: layout)
    // State: the second choice after "Semua" is verified.
    _ = KeyHandler.handle(.right, state: &state, layout: layout)
    _ = KeyHandler.handle(.right, state: &state, layout: layout)
    _ = KeyHandler.handle(.tab, state: &state, layout: layout)
    _ = KeyHandler.handle(.tab, state: &state, layout: layout)
    _ = KeyHandler.handle(.right, state: &state, layout: layout)
    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    let expected = ComplaintFilter(
      state: .verified, desaCode: Kromengan.kecamatan.desa[0].code)
    #expect(effects == [.setComplaintFilter(expected)])
    #expect(state.complaintFilter == expected)
    #expect(state.selected(.complaints) == 0)

    let page = try fixture.store.complaints(expected, offset: 0, limit: 10)
    state.snapshot?.complaints = page
    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("Aduan (\(page.total) tersaring)"))
  }

  @Test("new complaint form reads NIK and request number")
  func newComplaintForm() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try state(fixture)
    _ = KeyHandler.handle(.character("c"), state: &state, layout: layout)
    guard case .form(var form)? = state.overlays.last else {
      Issue.record("no form opened")
      return
    }
    #expect(form.title == "Aduan baru")
    func set(_ name: FormField.Name, _ text: String) throws {
      let index = try #require(form.fields.firstIndex { $0.name == name })
      form.fields[index].value = .text(text)
    }
    try set(.complainant, "Bu Lestari")
    try set(.requestNumber, "hds-2026-7")
    try set(.nik, "3507315508900001")
    try set(.phone, "0812 3456 7890")
    try set(.description, "Belum ada kabar.")
    let weight = try #require(form.fields.firstIndex { $0.name == .weight })
    form.focus = weight
    form.cycleChoice(by: 1)
    let hint = try #require(
      form.hint(
        for: weight, catalog: state.catalog, today: CalendarDay(containing: SampleFixture.now)))
    #expect(hint.text == "batas 11 Desember 2026 (5 hk)")

    guard case .success(.logComplaint(let complaint)) = form.submission(catalog: state.catalog)
    else {
      Issue.record("the form did not give a complaint")
      return
    }
    #expect(complaint.requestNumber == RequestNumber(year: 2026, serial: 7))
    #expect(complaint.residentNIK?.digits == "3507315508900001")
    #expect(complaint.weight == .normative)
    #expect(complaint.phone?.e164 == "+6281234567890")
    #expect(complaint.requestID == nil)

    try set(.requestNumber, "2026-7")
    guard case .failure(let incomplete) = form.submission(catalog: state.catalog) else {
      Issue.record("an invalid request number was accepted")
      return
    }
    #expect(incomplete.message.contains("HDS-2026-000123"))
  }

  @Test("store refusals in Indonesian")
  func refusals() {
    let catalog = Catalog(.indonesian)
    let number = RequestNumber(year: 2026, serial: 999)
    #expect(
      catalog.describe(StoreError.complaintIntake(.requestNotFound(number)))
        == "Permohonan HDS-2026-000999 tidak ditemukan; periksa nomornya atau kosongkan.")
    #expect(
      catalog.describe(
        StoreError.complaintConflict(complaint: 4, expectedVersion: 2, current: .resolved))
        == "Aduan #4 baru saja diubah pengguna lain, kini Selesai. Lihat lagi sebelum bertindak.")
    #expect(
      catalog.describe(
        StoreError.complaintRejected(.missingField(complaint: 4, action: .assign, field: .staff)))
        == "Aduan #4: \"Tugaskan\" perlu isian \"Petugas\".")
  }

  @Test("queue c keeps the linked request")
  func queueComplaint() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try state(fixture)
    state.focus = .queue
    let row = try #require(state.selectedQueueRow)
    _ = KeyHandler.handle(.character("c"), state: &state, layout: layout)
    guard case .form(let form)? = state.overlays.last else {
      Issue.record("no form opened")
      return
    }
    #expect(form.title == "Aduan untuk \(row.number)")
    #expect(form[.requestNumber] == nil)
    #expect(form[.complainant]?.text == row.residentName)
  }

  @Test("? opens the complaint keys over the detail")
  func detailHelp() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try state(fixture)
    let row = try #require(state.snapshot?.complaints.rows.first)
    state.overlays = [.complaint(try fixture.store.complaintDetail(id: row.complaint.id))]
    #expect(KeyHints.forContext(state).contains { $0.key == "?" })

    _ = KeyHandler.handle(.character("?"), state: &state, layout: layout)
    guard case .help(.pane(.complaints))? = state.overlays.last else {
      Issue.record("? opened no complaint help: \(String(describing: state.overlays.last))")
      return
    }
    _ = KeyHandler.handle(.escape, state: &state, layout: layout)

    guard case .complaint? = state.overlays.last else {
      Issue.record("Esc did not come back to the detail")
      return
    }
  }
}
