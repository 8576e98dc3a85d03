import Foundation
import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

/// The correction form (e in a request's detail): what it starts with, and clearing a field.
@Suite("Correction form")
struct CorrectionFormTests {
  private let layout = Layout(rows: 24, cols: 80)

  @Test("print-list resident starts with an empty KK")
  func placeholderKK() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try fixture.state()
    let nik = try NIK("3507314101900007")
    let row = PrintListRow(
      line: 2, nik: nik, name: "Sinta Dewi", document: .ktpEl,
      printedOn: CalendarDay(year: 2026, month: 12, day: 3), requestNumber: nil, desaCode: nil)
    let imported = try fixture.store.importPrintList(
      [row], by: .operator("test"), at: SampleFixture.now, dryRun: false)
    let number = try #require(imported.created.first)
    let id = try #require(try fixture.store.requestID(number: number))

    let form = FormFactory.correct(
      try fixture.store.requestDetail(id: id), kecamatan: state.kecamatan, catalog: state.catalog)

    #expect(form.text(.kk) == "")
  }

  @Test("print-list request's detail says what is missing")
  func placeholderDetail() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let row = PrintListRow(
      line: 2, nik: try NIK("3507314101900007"), name: "Sinta Dewi", document: .ktpEl,
      printedOn: CalendarDay(year: 2026, month: 12, day: 3), requestNumber: nil,
      desaCode: "35.07.31.2002")
    let imported = try fixture.store.importPrintList(
      [row], by: .operator("test"), at: SampleFixture.now, dryRun: false)
    let number = try #require(imported.created.first)
    let id = try #require(try fixture.store.requestID(number: number))
    let detail = try fixture.store.requestDetail(id: id)
    state.overlays = [.request(detail)]

    let lines = OverlayView.lines(of: .request(detail), state: state)
    let values = Dictionary(lines.map { ($0.label, $0.value) }) { first, _ in first }

    #expect(values["No. KK"] == "belum diisi (dari daftar cetak)")
    #expect(values["Alamat"] == "Desa Jatikerto, belum lengkap (dari daftar cetak)")
    #expect(!KeyHints.forContext(state).contains { $0.key == "a" }, "not assignable yet")
  }

  @Test("recipient of an undelivered request is refused in words")
  func recipientBeforeDelivery() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try fixture.state()
    let row = try #require(state.snapshot?.queue.rows.first { $0.state == .ready })
    var form = FormFactory.correct(
      try fixture.store.requestDetail(id: row.id), kecamatan: state.kecamatan,
      catalog: state.catalog)
    let targetIndex = try #require(form.fields.firstIndex { $0.name == .correctWhat })
    guard case .choice(let options, _) = form.fields[targetIndex].value else {
      Issue.record("no choice of what to correct")
      return
    }
    form.fields[targetIndex].value = .choice(options, 0)

    guard case .failure(let refusal) = form.submission(catalog: state.catalog) else {
      Issue.record("a recipient correction of a ready request was accepted")
      return
    }
    #expect(
      refusal.message
        == "\(row.number) berstatus Siap; penerima baru bisa dikoreksi setelah dokumen diserahkan.")
  }

  @Test("entered KK is kept")
  func enteredKK() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try fixture.state()
    let row = try #require(state.snapshot?.queue.rows.first)
    let detail = try fixture.store.requestDetail(id: row.id)

    let form = FormFactory.correct(detail, kecamatan: state.kecamatan, catalog: state.catalog)

    #expect(form.text(.kk) == detail.request.resident.kk.digits)
  }

  @Test("Ctrl-U empties the focused field")
  func controlU() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let row = try #require(state.snapshot?.queue.rows.first)
    let detail = try fixture.store.requestDetail(id: row.id)
    var form = FormFactory.correct(detail, kecamatan: state.kecamatan, catalog: state.catalog)
    form.focus = try #require(form.fields.firstIndex { $0.name == .name })
    state.overlays = [.request(detail), .form(form)]

    _ = KeyHandler.handle(.control("u"), state: &state, layout: layout)

    guard case .form(let edited)? = state.overlays.last else {
      Issue.record("the form closed")
      return
    }
    #expect(edited.text(.name) == "")
    #expect(edited.text(.kk) == detail.request.resident.kk.digits)
  }
}

/// The failed-attempt form (f): the warning on the last attempt allowed.
@Suite("Failed-attempt form")
struct FailFormTests {
  private func target(attempts: Int) throws -> RequestRef {
    RequestRef(
      id: 1, number: RequestNumber(year: 2026, serial: 38), version: 1, state: .outForDelivery,
      residentName: "Suparman", document: .kk, attempts: attempts)
  }

  @Test("last attempt is announced", arguments: [(0, 2, false), (1, 2, true), (0, 1, true)])
  func lastAttempt(attempts: Int, maxAttempts: Int, announced: Bool) throws {
    let catalog = Catalog(.indonesian)

    let form = FormFactory.fail(
      try target(attempts: attempts), maxAttempts: maxAttempts, catalog: catalog)

    #expect((form.body != nil) == announced)
    if announced {
      #expect(
        form.body
          == "Ini percobaan terakhir (\(attempts + 1) dari \(maxAttempts)): setelah disimpan,"
          + " dokumen kembali ke kantor.")
    }
  }

  @Test("warning shows at 80x24")
  func drawn() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let form = FormFactory.fail(try target(attempts: 1), maxAttempts: 2, catalog: state.catalog)
    state.overlays = [.form(form)]

    let screen = Renderer.render(state, rows: 24, cols: 80)
    let text = (0..<24).map { screen.text(row: $0) }.joined(separator: "\n")

    #expect(text.contains("Ini percobaan terakhir (2 dari 2)"), "\(text)")
    #expect(text.contains("dokumen kembali ke"), "\(text)")
  }
}

/// How any form draws at 80x24 and at 200x50.
@Suite("Form frame")
struct FormFrameTests {
  @Test("long error wraps whole", arguments: [(80, 24), (200, 50)])
  func errorWraps(cols: Int, rows: Int) throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let target = RequestRef(
      id: 1, number: RequestNumber(year: 2026, serial: 117), version: 1, state: .outForDelivery,
      residentName: "Bambang", document: .kk)
    var form = FormFactory.fail(target, maxAttempts: 2, catalog: state.catalog)
    let error =
      "HDS-2026-000117: waktu serah terima lebih awal dari saat dokumen dibawa kurir;"
      + " isi waktu yang lebih akhir."
    form.error = error
    state.overlays = [.form(form)]

    let screen = Renderer.render(state, rows: rows, cols: cols)
    let text = (0..<rows).map { screen.text(row: $0) }.joined(separator: "\n")

    #expect(text.contains("HDS-2026-000117: waktu serah terima"), "\(text)")
    #expect(text.contains("lebih akhir."), "the end of the error shows:\n\(text)")
  }
}
