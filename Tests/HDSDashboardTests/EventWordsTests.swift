import Foundation
import HDSCore
import Testing

@testable import HDSDashboard

@Suite("History words")
struct EventWordsTests {
  @Test(
    "recorded address in words",
    arguments: [
      (
        "35.07.31.2002; Krajan; RT 001 / RW 002; Jl. Mawar 3",
        "Jl. Mawar 3, Dsn. Krajan, RT 001 / RW 002, Desa Jatikerto"
      ),
      ("35.07.31.2002; Dusun II; RT 004 / RW 001", "Dusun II, RT 004 / RW 001, Desa Jatikerto"),
      ("35.07.31.2002; RT 004 / RW 001; Jl. Raya", "Jl. Raya, RT 004 / RW 001, Desa Jatikerto"),
      ("RT 000 / RW 000", "belum lengkap (dari daftar cetak)"),
      ("35.07.31.2999; Krajan; RT 001 / RW 001", "belum lengkap (dari daftar cetak)"),
    ])
  func address(recorded: String, expected: String) throws {
    let fixture = try SampleFixture(requests: 1)
    defer { fixture.remove() }
    let state = try fixture.state()

    #expect(EventWords.address(recorded, state: state) == expected)
  }

  @Test("address correction names the desa")
  func addressCorrection() throws {
    let fixture = try SampleFixture(requests: 1)
    defer { fixture.remove() }
    let state = try fixture.state()
    let detail = EventDetail.format([
      ("field", "address"), ("old", "RT 000 / RW 000"),
      ("new", "35.07.31.2002; Krajan; RT 001 / RW 002"),
    ])
    let event = RequestEvent(
      id: 1, requestID: 1, time: Date(), user: "operator", action: .correct, from: .ready,
      to: .ready, detail: detail)

    let words = EventWords.describe(event, state: state)

    #expect(
      words
        == "Alamat · belum lengkap (dari daftar cetak) → Dsn. Krajan, RT 001 / RW 002, Desa Jatikerto"
    )
  }

  @Test("KK correction has its label")
  func kkCorrection() throws {
    let fixture = try SampleFixture(requests: 1)
    defer { fixture.remove() }
    let state = try fixture.state()
    let detail = EventDetail.format([
      ("field", "kk"), ("old", "0000••••••••0000"), ("new", "3507••••••••0003"),
    ])
    let event = RequestEvent(
      id: 1, requestID: 1, time: Date(), user: "operator", action: .correct, from: .ready,
      to: .ready, detail: detail)

    #expect(
      EventWords.describe(event, state: state) == "No. KK · 0000••••••••0000 → 3507••••••••0003")
  }

  @Test("a print-list request says where it came from and when it was printed")
  func printList() throws {
    let fixture = try SampleFixture(requests: 1)
    defer { fixture.remove() }
    let state = try fixture.state()
    let created = RequestEvent(
      id: 1, requestID: 1, time: Date(), user: "operator", action: .create, from: nil,
      to: .inProcess,
      detail: EventDetail.format([
        ("document", "ktp-el"), ("resident", "new"), ("source", "print-list"),
      ]))
    let ready = RequestEvent(
      id: 2, requestID: 1, time: Date(), user: "operator", action: .markReady, from: .inProcess,
      to: .ready,
      detail: EventDetail.format([("printed", "2026-12-04"), ("source", "print-list")]))

    #expect(EventWords.describe(created, state: state) == "dari daftar cetak Dukcapil")
    #expect(
      EventWords.describe(ready, state: state)
        == "dicetak 4 Desember 2026 · dari daftar cetak Dukcapil")
  }
}
