import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Panes rendered at 80x24")
struct RendererTests {
  @Test("four panes filled from sample data")
  func fourPanes() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try fixture.state()
    let text = Renderer.render(state, rows: 24, cols: 80).text
    let snapshot = try #require(state.snapshot)

    #expect(text.contains("Kecamatan Kromengan"))
    #expect(text.contains("Jumat, 4 Desember 2026"))
    #expect(text.contains("10:00 WIB"))
    #expect(text.contains("Antrean (\(snapshot.totals.pending))"))
    #expect(text.contains("Kurir hari ini"))
    #expect(text.contains("Peta desa"))
    #expect(text.contains("Aduan (\(snapshot.totals.openComplaints) terbuka)"))
    #expect(text.contains("q keluar"))

    let first = try #require(snapshot.queue.rows.first)
    #expect(text.contains(first.number.description))
    #expect(text.contains("Ahmad Fau"))
    #expect(text.contains("Jambuwer"))
  }

  @Test("every line fits 80 columns")
  func linesFit() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let screen = Renderer.render(try fixture.state(), rows: 24, cols: 80)
    for row in 0..<24 {
      #expect(TextWidth.columns(screen.text(row: row)) == 80, "row \(row) is not 80 columns")
    }
  }

  @Test("queue oldest ready first")
  func queueOrder() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let rows = try #require(try fixture.state().snapshot?.queue.rows)
    let times = rows.map(\.waitingSince)
    #expect(times == times.sorted())
    #expect(rows.allSatisfy { RequestState.pending.contains($0.state) })
  }

  @Test("header totals in English")
  func english() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let text = Renderer.render(try fixture.state(language: .english), rows: 24, cols: 80).text
    #expect(text.contains("Pending queue ("))
    #expect(text.contains("Couriers today"))
    #expect(text.contains("Village map"))
    #expect(text.contains("Friday, 4 December 2026"))
    #expect(text.contains("q quit"))
  }

  @Test("too small terminal names the size needed")
  func tooSmall() throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    let text = Renderer.render(try fixture.state(), rows: 15, cols: 60).text
    #expect(text.contains("Layar terlalu kecil"))
    #expect(text.contains("\(Layout.minimumCols)x\(Layout.minimumRows)"))
    #expect(text.contains("60x15"))
  }

  @Test("wide terminal adds dusun and courier")
  func wideColumns() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let text = Renderer.render(try fixture.state(), rows: 50, cols: 200).text
    #expect(text.contains("Dusun"))
    #expect(text.contains("Kurir "))
  }

  @Test("empty store says so")
  func emptyStore() throws {
    let fixture = try SampleFixture(requests: 0)
    defer { fixture.remove() }
    let text = Renderer.render(try fixture.state(), rows: 24, cols: 80).text
    #expect(text.contains("Tidak ada dokumen yang menunggu."))
    #expect(text.contains("Antrean (0)"))
  }
}
