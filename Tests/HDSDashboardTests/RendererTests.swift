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

  @Test(
    "search miss names the list",
    arguments: [
      (false, " /zzz  Tidak ada di antrean; cari di semua: F, Status Semua"),
      (true, " /zzz  Tidak ada di daftar tersaring; F ubah saringan"),
    ])
  func searchMiss(filtered: Bool, note: String) throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.search = SearchState(text: "zzz", isEditing: false)
    state.search?.notFound = true
    if filtered { state.query.document = .kk }

    let screen = Renderer.render(state, rows: 24, cols: 80)

    #expect(screen.text(row: 23).contains(note), "\(screen.text(row: 23))")
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

@Suite("Layout at every size")
struct LayoutSizeTests {
  static let sizes: [(cols: Int, rows: Int)] = [(72, 20), (80, 24), (100, 30), (200, 60)]

  @Test("the panes reflow to fill the terminal, every row exactly as wide", arguments: sizes)
  func reflow(cols: Int, rows: Int) throws {
    let fixture = try SampleFixture(requests: 120)
    defer { fixture.remove() }
    let screen = Renderer.render(try fixture.state(), rows: rows, cols: cols)
    let lines = (0..<rows).map { screen.text(row: $0) }
    for (row, line) in lines.enumerated() {
      #expect(TextWidth.columns(line) == cols, "row \(row) at \(cols)x\(rows)")
    }
    let layout = try #require(Layout(rows: rows, cols: cols))
    // The queue takes a little over half the pane rows; the three lower panes share the
    // width with no gap and no overlap.
    let queue = try #require(layout.panes[.queue])
    #expect(queue.row == 2)
    #expect(queue.width == cols)
    let lower = [PaneID.couriers, .map, .complaints].compactMap { layout.panes[$0] }
    #expect(lower.map(\.width).reduce(0, +) == cols)
    #expect(lower.allSatisfy { $0.row == queue.bottom && $0.bottom == rows - 1 })
    #expect(lines[2].hasPrefix("┌ Antrean ("))
    #expect(lines[queue.bottom].hasPrefix("┌ Kurir hari ini"))
    #expect(lines[rows - 1].contains("q keluar"))
    // Bigger terminals show more queue rows.
    let shown = lines.filter { $0.hasPrefix("│ HDS-") }.count
    #expect(shown == min(layout.visibleRows(.queue), 120), "\(cols)x\(rows)")
  }

  @Test(
    "below the minimum a centred message names the size needed",
    arguments: [(71, 20), (72, 19), (40, 10)])
  func belowMinimum(cols: Int, rows: Int) throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    let screen = Renderer.render(try fixture.state(), rows: rows, cols: cols)
    let lines = (0..<rows).map { screen.text(row: $0) }
    let row = try #require(
      lines.firstIndex { $0.contains("\(Layout.minimumCols)x\(Layout.minimumRows)") })
    #expect(abs(row - rows / 2) <= 1, "message on row \(row) of \(rows)")
    let line = lines[row]
    let leading = line.prefix { $0 == " " }.count
    let trailing = line.reversed().prefix { $0 == " " }.count
    #expect(abs(leading - trailing) <= 1, "\(line.debugDescription)")
  }
}

@Suite("Word wrap")
struct WrapTests {
  @Test("short last word takes its label along")
  func shortLastWord() {
    let lines = Renderer.wrap("Tidak dihitung: Bukan kewenangan 0, Diarsipkan 1.", width: 47)

    #expect(lines == ["Tidak dihitung: Bukan kewenangan 0,", "Diarsipkan 1."])
  }

  @Test("long last word stays as wrapped")
  func longLastWord() {
    let lines = Renderer.wrap("satu dua tiga empat", width: 14)

    #expect(lines == ["satu dua tiga", "empat"])
  }

  @Test("one-word line keeps its word")
  func oneWordLine() {
    let lines = Renderer.wrap("Diarsipkankan 1.", width: 13)

    #expect(lines == ["Diarsipkankan", "1."])
  }

  @Test("line limit ends in ellipsis")
  func lineLimit() {
    let text = "Gagal antar Desember (10): Alamat tidak ditemukan 4 · Tidak di rumah 4"

    #expect(
      Renderer.wrap(text, width: 40, maxLines: 1) == ["Gagal antar Desember (10): Alamat tidak…"])
    #expect(
      Renderer.wrap(text, width: 40, maxLines: 2) == [
        "Gagal antar Desember (10): Alamat tidak", "ditemukan 4 · Tidak di rumah 4",
      ])
    #expect(Renderer.wrap(text, width: 40, maxLines: 0).isEmpty)
  }
}
