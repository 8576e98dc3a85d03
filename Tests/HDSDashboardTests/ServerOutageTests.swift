// The banner of a lost server connection: it takes the totals line, keeps the data on
// screen, fits 80 columns, and names the refused change in the status line.

import Foundation
import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Server outage banner")
struct ServerOutageTests {
  private static let server = "postgresql://kromengan:***@db.example/hds"

  @Test("the banner replaces the totals and the panes keep their data", arguments: [80, 200])
  func banner(cols: Int) throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let first = try #require(state.snapshot?.queue.rows.first)
    state.serverOutage = ServerOutage(
      since: SampleFixture.now, dataAsOf: SampleFixture.now.addingTimeInterval(-60))
    let screen = Renderer.render(state, rows: 24, cols: cols)

    let banner = screen.text(row: 1)
    if cols == 80 {
      #expect(banner.contains("Server terputus sejak 10:00 · data 09:59 · perubahan ditolak"))
    } else {
      #expect(banner.contains("Tidak tersambung ke server sejak 10:00. Data di layar dari 09:59"))
    }
    #expect(!banner.contains("Siap"))
    #expect(TextWidth.columns(banner) == cols)
    #expect(screen.text.contains(first.number.description))
  }

  @Test("only a server's lost connection is an outage")
  func whichErrors() {
    #expect(
      ServerOutage.isLoss(.storage(path: Self.server, failure: .cannotOpen, reason: "lost")))
    #expect(
      !ServerOutage.isLoss(
        .storage(path: "/srv/hds/hds.sqlite", failure: .cannotOpen, reason: "missing")))
    #expect(!ServerOutage.isLoss(.storage(path: Self.server, failure: .diskFull, reason: "full")))
  }

  @Test("a refused change and an unknown outcome say different things")
  func changeMessages() {
    let catalog = Catalog(.english)
    let refused = catalog.describe(.cannotOpen, path: Self.server)
    let unknown = catalog.describe(.outcomeUnknown, path: Self.server)
    #expect(refused.contains("nothing was saved"))
    #expect(unknown.contains("may or may not be saved"))
    // A file store's failure to open still names its file.
    #expect(catalog.describe(.cannotOpen, path: "/srv/hds/hds.sqlite").contains("hds.sqlite"))
  }

  @Test("a role that may not write is named, not the URL")
  func notWritableOnServer() {
    for language in Language.allCases {
      let text = Catalog(language).describe(.notWritable, path: Self.server)
      #expect(!text.contains("postgresql"), "\(text)")
      #expect(!text.contains("?options"), "\(text)")
      #expect(text.contains("--read-only"), "\(text)")
    }
    let file = Catalog(.english).describe(.notWritable, path: "/srv/hds/hds.sqlite")
    #expect(file.contains("hds.sqlite"))
  }
}
