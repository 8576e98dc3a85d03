import Foundation
import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Intake form")
struct IntakeFormTests {
  let catalog = Catalog(.indonesian)
  let today = CalendarDay(year: 2026, month: 12, day: 4)

  func form() -> Form { FormFactory.intake(Kromengan.kecamatan, catalog: catalog) }

  func typing(_ text: String, into name: FormField.Name, of form: inout Form) {
    form.focus = form.fields.firstIndex { $0.name == name }!
    for character in text { form.type(character) }
  }

  func hint(_ form: Form, _ name: FormField.Name) -> (text: String, isError: Bool)? {
    form.hint(for: form.fields.firstIndex { $0.name == name }!, catalog: catalog, today: today)
  }

  @Test("NIK hint decodes date and sex")
  func nikDecoded() {
    var intake = form()
    typing("3507314508900001", into: .nik, of: &intake)
    let shown = hint(intake, .nik)
    #expect(shown?.isError == false)
    #expect(shown?.text == "✓ lahir 05-08-1990, perempuan")
  }

  @Test(
    "NIK hint names each rejection",
    arguments: [
      ("31710117084500", "✗ 14 digit; NIK 16 digit"),
      ("3171013002001234", "✗ tanggal 30-2 tahun ..00 tidak ada"),
      ("0071011708450001", "✗ kode provinsi 00 tidak ada"),
      ("3171011708450000", "✗ nomor urut 0000 tidak ada"),
      ("3171O11708450001", "✗ hanya angka"),
    ])
  func nikRejected(typed: String, expected: String) {
    var intake = form()
    typing(typed, into: .nik, of: &intake)
    #expect(hint(intake, .nik)?.text == expected)
    #expect(hint(intake, .nik)?.isError == true)
  }

  @Test("NIK from another region only warns")
  func nikWarns() {
    var intake = form()
    typing("3171011708450001", into: .nik, of: &intake)
    #expect(hint(intake, .nik)?.text == "! kode wilayah 317101 tidak dikenal, periksa KTP-el")
  }

  @Test("phone hint shows the +62 form")
  func phoneNormalised() {
    var intake = form()
    typing("0812-3456-7890", into: .phone, of: &intake)
    #expect(hint(intake, .phone)?.text == "✓ +62 812-3456-7890")
  }

  @Test("dusun, RW and RT follow the desa")
  func addressCascade() throws {
    var intake = form()
    intake.focus = try #require(intake.index(of: .desa))
    intake.cycleChoice(by: 5)  // Slorok → Jambuwer
    guard case .choice(let dusun, _) = try #require(intake[.dusun]).value else {
      Issue.record("dusun is not a choice")
      return
    }
    #expect(dusun == ["Krajan", "Bulupogog", "Cakruan", "Rekesan", "Glagaharum"])
    let address = try #require(intake.chosenAddress(in: Kromengan.kecamatan))
    #expect(address.desaCode == "35.07.31.2006")
    #expect(address.rw == 1)
    #expect(address.rt == 1)
  }

  @Test("checklist follows the document")
  func checklistFollowsDocument() throws {
    var intake = form()
    func items(_ form: Form) -> [Requirement] {
      form.fields.compactMap {
        if case .requirement(let item) = $0.name { return item }
        return nil
      }
    }
    #expect(items(intake) == DocumentKind.ktpEl.requirements)
    intake.focus = try #require(intake.index(of: .document))
    intake.cycleChoice(by: DocumentKind.allCases.firstIndex(of: .kia)!)
    #expect(items(intake) == DocumentKind.kia.requirements)
    #expect(!intake.isVisible(try #require(intake.index(of: .replacement))))
  }

  @Test("filled form becomes a new request")
  func submission() throws {
    var intake = form()
    typing("3507314508900001", into: .nik, of: &intake)
    typing("Rina Wulandari", into: .name, of: &intake)
    typing("3507310101100002", into: .kk, of: &intake)
    typing("62 812 3456 7890", into: .phone, of: &intake)
    let first = try #require(
      intake.fields.firstIndex {
        if case .requirement = $0.name { return true }
        return false
      })
    intake.focus = first
    intake.cycleChoice(by: 1)

    guard case .success(.createRequest(let request)) = intake.submission(catalog: catalog) else {
      Issue.record("no request from a complete form")
      return
    }
    #expect(request.resident.nik.digits == "3507314508900001")
    #expect(request.resident.phone?.e164 == "+6281234567890")
    #expect(request.document == .ktpEl)
    #expect(request.requirements.met == [.ageOrMarried])
    #expect(request.requirements.missing == [.familyCard, .oldCardOrPoliceReport])
    #expect(request.resident.address.desaCode == "35.07.31.2001")
  }

  static let stored = Resident(
    nik: try! NIK("3507314508900001"), name: "Rina Wulandari",
    kk: try! KKNumber("3507310101100002"), phone: try! PhoneNumber("081234567890"),
    address: Address(
      desaCode: Kromengan.kecamatan.desa[2].code, dusun: Kromengan.kecamatan.desa[2].dusun[1].name,
      rw: Kromengan.kecamatan.desa[2].dusun[1].rukunWarga[0].number,
      rt: Kromengan.kecamatan.desa[2].dusun[1].rukunWarga[0].rukunTetangga[0], street: "Jl. Mawar 3"
    ))

  @Test("valid NIK looks up resident")
  func nikLooksUpResident() throws {
    let fixture = try SampleFixture(requests: 5)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.overlays.append(.form(form()))
    let layout = Layout(rows: 24, cols: 80)

    var effects: [Effect] = []
    for character in "350731450890000" {
      effects += KeyHandler.handle(.character(character), state: &state, layout: layout)
    }
    #expect(effects.isEmpty)
    effects = KeyHandler.handle(.character("1"), state: &state, layout: layout)

    #expect(effects == [.lookupResident(try NIK("3507314508900001"))])
  }

  @Test("known NIK fills untouched fields")
  func prefillKnownResident() throws {
    var intake = form()
    typing("3507 3145 0890 0001", into: .nik, of: &intake)

    intake.prefill(with: Self.stored, kecamatan: Kromengan.kecamatan, catalog: catalog)

    #expect(intake.text(.name) == "Rina Wulandari")
    #expect(intake.text(.kk) == "3507310101100002")
    #expect(intake.text(.phone) == "+62 812-3456-7890")
    #expect(intake.body?.contains("sudah terdaftar atas nama Rina Wulandari") == true)
    // No requirement ticked: saved only once the operator confirmed it.
    intake.requirementsWaived = true
    guard case .success(.createRequest(let request)) = intake.submission(catalog: catalog) else {
      Issue.record("no request from a prefilled form")
      return
    }
    #expect(request.resident.address == Self.stored.address)
    #expect(request.resident == Self.stored)
  }

  @Test("typed fields and placeholders kept")
  func prefillKeepsTyped() throws {
    var intake = form()
    typing("3507314508900001", into: .nik, of: &intake)
    typing("Rina W.", into: .name, of: &intake)

    intake.prefill(with: Self.stored, kecamatan: Kromengan.kecamatan, catalog: catalog)

    #expect(intake.text(.name) == "Rina W.")
    #expect(intake.text(.kk).isEmpty)
    #expect(intake.body?.contains("akan mengganti data penduduk") == true)

    var movedOn = form()
    typing("3507314508900001", into: .nik, of: &movedOn)
    movedOn.moveFocus(by: 1)
    movedOn.prefill(with: Self.stored, kecamatan: Kromengan.kecamatan, catalog: catalog)
    #expect(movedOn.text(.name).isEmpty)
    #expect(movedOn.body?.contains("akan mengganti data penduduk") == true)

    var fromList = Self.stored
    fromList.kk = try KKNumber("0000000000000000")
    fromList.address.dusun = ""
    var untouched = form()
    typing("3507314508900001", into: .nik, of: &untouched)
    untouched.prefill(with: fromList, kecamatan: Kromengan.kecamatan, catalog: catalog)
    #expect(untouched.text(.name) == "Rina Wulandari")
    #expect(untouched.text(.kk).isEmpty)
    #expect(untouched.fields.first { $0.name == .desa }?.choice == 0)
  }

  @Test("changed NIK not filled")
  func prefillOtherNIK() {
    var intake = form()
    typing("3507314508900002", into: .nik, of: &intake)

    intake.prefill(with: Self.stored, kecamatan: Kromengan.kecamatan, catalog: catalog)

    #expect(intake.text(.name).isEmpty)
    #expect(intake.body == nil)
  }

  @Test("invalid KK and phone keep the form open")
  func invalidFields() {
    var intake = form()
    typing("3507314508900001", into: .nik, of: &intake)
    typing("Rina Wulandari", into: .name, of: &intake)
    typing("35073101011000", into: .kk, of: &intake)
    guard case .failure(let kk) = intake.submission(catalog: catalog) else {
      Issue.record("short KK accepted")
      return
    }
    #expect(kk.message == "Isian \"No. KK\": 14 digit; No. KK 16 digit")

    typing("02", into: .kk, of: &intake)
    typing("12345", into: .phone, of: &intake)
    guard case .failure(let phone) = intake.submission(catalog: catalog) else {
      Issue.record("bad phone accepted")
      return
    }
    #expect(phone.message == "Isian \"Telepon\": mulai dengan 0, 62 atau +62")
  }

  @Test("name needs two letters")
  func nameLetters() {
    var intake = form()
    typing("3507314508900001", into: .nik, of: &intake)
    typing("0857 2222 4444", into: .name, of: &intake)
    typing("3507310101100002", into: .kk, of: &intake)
    guard case .failure(let name) = intake.submission(catalog: catalog) else {
      Issue.record("digits accepted as a name")
      return
    }
    #expect(name.message == "Isian \"Nama\": tulis nama seperti di KTP-el")
  }

  @Test("a century over 110 years back is dropped")
  func plausibleCentury() throws {
    var intake = form()
    intake.focus = try #require(intake.index(of: .document))
    intake.cycleChoice(by: 1)  // KK: no age rule
    typing("3507311203150001", into: .nik, of: &intake)
    #expect(hint(intake, .nik)?.text == "✓ lahir 12-03-2015, laki-laki")
  }

  @Test("KTP-el under 17 only warns")
  func underSeventeen() {
    var intake = form()
    typing("3507311203150001", into: .nik, of: &intake)
    #expect(
      hint(intake, .nik)?.text
        == "! lahir 12-03-2015: belum 17 tahun; KTP-el hanya bila sudah menikah")
    #expect(hint(intake, .nik)?.isError == true)
  }

  @Test("empty NIK is required")
  func required() {
    guard case .failure(let missing) = form().submission(catalog: catalog) else {
      Issue.record("empty form accepted")
      return
    }
    #expect(missing.message == "Isian \"NIK\" wajib diisi.")
  }

  @Test("no requirement ticked asks first; a second Enter saves")
  func noRequirementTicked() throws {
    let fixture = try SampleFixture(requests: 5)
    defer { fixture.remove() }
    var state = try fixture.state()
    let layout = Layout(rows: 30, cols: 100)
    var intake = form()
    typing("3507 3145 0890 0001", into: .nik, of: &intake)
    typing("Rina Wulandari", into: .name, of: &intake)
    typing("3507310101100002", into: .kk, of: &intake)
    state.overlays = [.form(intake)]

    #expect(KeyHandler.handle(.enter, state: &state, layout: layout).isEmpty)
    guard case .form(let asked)? = state.overlays.last else {
      Issue.record("the form closed on the first Enter")
      return
    }
    #expect(asked.error?.hasPrefix("Belum ada persyaratan yang dicentang.") == true)

    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    guard case .createRequest(let request)? = effects.first else {
      Issue.record("no request on the second Enter: \(effects)")
      return
    }
    #expect(request.requirements.met.isEmpty)
    #expect(state.overlays.isEmpty)
  }
}

@Suite("Handover time")
struct HandoverTimeTests {
  let today = CalendarDay(year: 2026, month: 12, day: 4)

  @Test("clock time is today in WIB")
  func clockToday() throws {
    let time = try #require(HandoverTimeParser.parse("14:05", today: today))
    #expect(time == today.start.addingTimeInterval(14 * 3600 + 5 * 60))
  }

  @Test("date and time")
  func dateAndTime() throws {
    let time = try #require(HandoverTimeParser.parse("03-12-2026 09:30", today: today))
    #expect(time == CalendarDay(year: 2026, month: 12, day: 3).start.addingTimeInterval(9.5 * 3600))
  }

  @Test("bad times rejected", arguments: ["24:00", "9:30", "12:60", "31-02-2026 10:00", "x", ""])
  func rejected(text: String) {
    #expect(HandoverTimeParser.parse(text, today: today) == nil)
  }
}
