import Foundation
import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

/// The request number typed in a new complaint: looked up once whole, and its hint.
@Suite("Complaint form request lookup")
struct ComplaintFormLookupTests {
  private let layout = Layout(rows: 24, cols: 80)
  private let catalog = Catalog(.indonesian)

  /// Returns a new complaint form from the complaint pane, focused on the request number.
  private func form() throws -> Form {
    var form = FormFactory.complaint(
      nil, calendar: WorkingCalendar(), now: Date(), catalog: catalog)
    form.focus = try #require(form.fields.firstIndex { $0.name == .requestNumber })
    return form
  }

  private func hint(_ form: Form) -> (text: String, isError: Bool)? {
    form.complaintHint(for: form.focus, catalog: catalog)
  }

  @Test("whole number is looked up")
  func lookedUp() throws {
    var state = DashboardState(
      catalog: catalog, kecamatan: Kromengan.kecamatan, now: SampleFixture.now)
    state.overlays = [.form(try form())]
    var effects: [Effect] = []

    for character in "HDS-2026-000181" {
      effects = KeyHandler.handle(.character(character), state: &state, layout: layout)
    }
    #expect(effects == [.lookupRequest(RequestNumber(year: 2026, serial: 181))])

    effects = KeyHandler.handle(.backspace, state: &state, layout: layout)
    #expect(effects == [.lookupRequest(RequestNumber(year: 2026, serial: 18))])
  }

  @Test("hint follows the lookup")
  func hints() throws {
    var form = try form()
    let number = RequestNumber(year: 2026, serial: 181)
    form.fields[form.focus].value = .text(number.description)

    #expect(hint(form)?.text == "", "no mark before the store answers")

    form.requestLookup = (number, ("Anisa Susanto", .ready))
    #expect(hint(form)?.text == "✓ Anisa Susanto · Siap")
    #expect(hint(form)?.isError == false)

    form.requestLookup = (number, nil)
    #expect(hint(form)?.text == "✗ tidak ditemukan")
    #expect(hint(form)?.isError == true)

    form.requestLookup = (RequestNumber(year: 2026, serial: 9), nil)
    #expect(hint(form)?.text == "", "an answer for another number is not shown")

    form.fields[form.focus].value = .text("HDS-2026-00018x")
    #expect(hint(form)?.text == "✗ tulis seperti HDS-2026-000123")
  }
}
