import Foundation
import HDSCore
import Testing

// The non-Kromengan places here are synthetic ("Desa Contoh"), because no source for
// Kepanjen's desa was at hand.

@Suite("Region file parser")
struct RegionFileTests {
  static let kepanjen = KecamatanCode(number: 13)!

  /// A valid synthetic region of Kepanjen: two desa, three dusun, four RT.
  static let valid = """
    # Synthetic region for tests; no real desa.
    kecamatan;35.07.13;Kepanjen;65163
    desa;35.07.13.2001;Desa Contoh 1;-8.130;112.570;100;110;210;70
    dusun;35.07.13.2001;Dusun Contoh A;-8.131;112.571;no
    dusun;35.07.13.2001;Dusun II;;;yes
    rt;35.07.13.2001;Dusun Contoh A;1;1
    rt;35.07.13.2001;Dusun Contoh A;1;2
    rt;35.07.13.2001;Dusun II;2;3

    desa;35.07.13.1002;Kelurahan Contoh 2;-8.140;112.580;50;60;110;40
    dusun;35.07.13.1002;Dusun Contoh B;-8.141;112.581;
    rt;35.07.13.1002;Dusun Contoh B;1;1
    """

  private func parse(_ text: String, for code: KecamatanCode = kepanjen) throws(RegionFileError)
    -> Kecamatan
  {
    try RegionFile.parse(Array(text.utf8), for: code)
  }

  /// Returns the problems of `text`, or fails the test when it parses.
  private func problems(_ text: String, for code: KecamatanCode = kepanjen) -> [RegionFileProblem] {
    do {
      _ = try parse(text, for: code)
      Issue.record("parsed without a problem")
      return []
    } catch {
      return error.problems
    }
  }

  /// Returns the valid file with `line` (1-based) replaced by `replacement`.
  private func valid(replacing line: Int, with replacement: String) -> String {
    var lines = Self.valid.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[line - 1] = replacement
    return lines.joined(separator: "\n")
  }

  @Test("valid file gives desa, dusun, RW and RT in order")
  func validFile() throws {
    let kecamatan = try parse(Self.valid)
    #expect(kecamatan.code == "35.07.13")
    #expect(kecamatan.name == "Kepanjen")
    #expect(kecamatan.postalCode == "65163")
    #expect(kecamatan.desa.map(\.code) == ["35.07.13.2001", "35.07.13.1002"])
    let first = try #require(kecamatan.desa.first)
    #expect(first.name == "Desa Contoh 1")
    #expect(first.centroid == Coordinate(latitude: -8.130, longitude: 112.570))
    let counts: [Int] = [first.men, first.women, first.residents, first.families]
    #expect(counts == [100, 110, 210, 70])
    #expect(first.dusun.map(\.name) == ["Dusun Contoh A", "Dusun II"])
    #expect(first.dusun.map(\.isEstimate) == [false, true])
    #expect(first.dusun[1].location == first.centroid)
    #expect(first.dusun[0].rukunWarga == [RukunWarga(number: 1, rukunTetangga: [1, 2])])
    #expect(first.dusun[1].rukunWarga == [RukunWarga(number: 2, rukunTetangga: [3])])
    #expect(kecamatan.residents == 320)
    #expect(abs(kecamatan.office.latitude - -8.135) < 1e-9)
  }

  @Test("render and parse round trip")
  func roundTrip() throws {
    let kecamatan = try parse(Self.valid)
    let again = try parse(RegionFile.render(kecamatan))
    #expect(again == kecamatan)
  }

  @Test("padded rows, CRLF and a byte order mark are read")
  func spreadsheetText() throws {
    let text = "\u{FEFF}" + Self.valid.replacingOccurrences(of: "\n", with: ";;;\r\n")
    #expect(try parse(text) == (try parse(Self.valid)))
  }

  @Test(
    "each problem names the line, value and fix",
    arguments: [
      (3, "desa;35.07.13.3001;Desa X;-8.1;112.5;1;1;2;1", "invalid desa code \"35.07.13.3001\""),
      (3, "desa;35.7.13.2001;Desa X;-8.1;112.5;1;1;2;1", "35.07.13.20NN"),
      (3, "desa;35.07.31.2001;Desa X;-8.1;112.5;1;1;2;1", "is of kecamatan 35.07.31"),
      (3, "desa;35.07.13.2001;;-8.1;112.5;1;1;2;1", "name of desa 35.07.13.2001 is empty"),
      (3, "desa;35.07.13.2001;Desa X;8.1;212.5;1;1;2;1", "lie outside Indonesia"),
      (3, "desa;35.07.13.2001;Desa X;-8,1;112.5;1;1;2;1", "invalid coordinates"),
      (3, "desa;35.07.13.2001;Desa X;-8.1;112.5;-1;1;2;1", "men of desa 35.07.13.2001 is -1"),
      (3, "desa;35.07.13.2001;Desa X;-8.1;112.5;1;1;2.735;1", "without separators"),
      (3, "desa;35.07.13.2001;Desa X;-8.1;112.5;1;1;2", "has 9 fields"),
      (2, "kecamatan;35.07.99;Kepanjen;65163", "not in Kabupaten Malang's list"),
      (2, "kecamatan;35.07.13;Kepanjen;651", "invalid postal code"),
      (2, "kecamatan;35.07.13;;65163", "kecamatan name is empty"),
      (4, "dusun;35.07.13.2001;Dusun Contoh A;-8.1;112.5;maybe", "invalid placeholder flag"),
      (4, "dusun;35.07.13.2001;;-8.1;112.5;no", "dusun name is empty"),
      (4, "dusun;35.07.13.2001;Dusun Contoh A;0;0;no", "outside Indonesia"),
      (6, "rt;35.07.13.2001;Dusun Contoh A;1;0", "invalid RT number \"0\""),
      (6, "rt;35.07.13.2001;Dusun Contoh A;RW1;2", "invalid RW number \"RW1\""),
      (6, "rt;35.07.13.2001;Dusun Contoh A;1;1000", "from 1 to 999"),
      (6, "rt;35.07.13.2009;Dusun Contoh A;1;2", "has no valid desa record above"),
      (6, "rt;35.07.13.2001;Dusun Lain;1;2", "has no dusun record"),
      (7, "rt;35.07.13.2001;Dusun Contoh A;1;1", "RT 1 of desa 35.07.13.2001 is listed twice"),
      (7, "rt;35.07.13.2001;Dusun II;1;3", "RW 1 of desa 35.07.13.2001 is in dusun Dusun Contoh A"),
      (7, "rw;35.07.13.2001;Dusun II;2;3", "unknown record type \"rw\""),
    ])
  func problem(line: Int, replacement: String, expected: String) {
    let found = problems(valid(replacing: line, with: replacement))
    #expect(found.contains { $0.line == line && $0.message.contains(expected) }, "\(found)")
  }

  @Test("desa listed twice")
  func duplicateDesa() {
    let text = Self.valid + "\ndesa;35.07.13.2001;Desa Contoh 3;-8.1;112.5;1;1;2;1"
    let found = problems(text)
    #expect(found.map(\.line) == [13])
    #expect(found.first?.message.contains("first record is on line 3") == true)
  }

  @Test("two desa with one name")
  func duplicateDesaName() {
    let text = Self.valid + "\ndesa;35.07.13.2003;desa contoh 1;-8.1;112.5;1;1;2;1"
    #expect(problems(text).first?.message.contains("two desa are named") == true)
  }

  @Test("dusun listed twice")
  func duplicateDusun() {
    let text = valid(replacing: 5, with: "dusun;35.07.13.2001;Dusun Contoh A;;;no")
    #expect(problems(text).contains { $0.line == 5 && $0.message.contains("listed twice") })
  }

  @Test("file of another kecamatan names both codes")
  func otherKecamatan() {
    let found = problems(Self.valid, for: .kromengan)
    let first = found.first { $0.line == 2 }
    #expect(first?.message.contains("for kecamatan 35.07.13 Kepanjen") == true)
    #expect(first?.message.contains("this store is 35.07.31 Kromengan") == true)
    #expect(found.contains { $0.line == 3 && $0.message.contains("not of this store's 35.07.31") })
  }

  @Test("missing kecamatan, desa, dusun and RT records")
  func missingRecords() {
    let empty = problems("")
    #expect(empty.contains { $0.message.contains("no kecamatan record") })
    #expect(empty.contains { $0.message.contains("no desa record") })
    #expect(problems("# only a comment\n").contains { $0.message.contains("no kecamatan record") })
    let noDesa = problems("kecamatan;35.07.13;Kepanjen;")
    #expect(noDesa.contains { $0.message.contains("no desa record") })
    let bare = "kecamatan;35.07.13;Kepanjen;\ndesa;35.07.13.2001;Desa Contoh 1;-8.1;112.5;1;1;2;1"
    #expect(problems(bare).contains { $0.line == 2 && $0.message.contains("no dusun record") })
    let noRT = bare + "\ndusun;35.07.13.2001;Dusun Contoh A;;;no"
    #expect(problems(noRT).contains { $0.line == 3 && $0.message.contains("no RT record") })
  }

  @Test("second kecamatan record")
  func secondKecamatan() {
    let text = Self.valid + "\nkecamatan;35.07.13;Kepanjen;65163"
    #expect(problems(text).contains { $0.message.contains("second kecamatan record") })
  }

  @Test("unterminated quote and bad UTF-8 give a line")
  func unreadableText() {
    let quote = problems("kecamatan;35.07.13;\"Kepanjen;65163\ndesa")
    #expect(quote.first?.line == 1)
    #expect(quote.first?.message.contains("never ends") == true)
    let bytes = Array("kecamatan;35.07.13;Kepanjen;65163\n".utf8) + [0xFF, 0x0A]
    do {
      _ = try RegionFile.parse(bytes, for: Self.kepanjen)
      Issue.record("parsed bytes that are not UTF-8")
    } catch {
      #expect(error.problems.first?.line == 2)
    }
  }

  @Test("every problem of a file is reported in line order")
  func allProblems() {
    var text = valid(replacing: 3, with: "desa;35.07.13.2001;Desa Contoh 1;-8.1;112.5;-5;1;2;1")
    text += "\nrt;35.07.13.1002;Dusun Contoh B;1;1"
    let found = problems(text)
    #expect(found.map(\.line) == found.map(\.line).sorted())
    #expect(found.contains { $0.line == 3 })
    #expect(found.contains { $0.line == 13 })
  }

  @Test("Kromengan renders and parses back equal")
  func kromenganRoundTrip() throws {
    let text = RegionFile.render(Kromengan.kecamatan)
    let parsed = try parse(text, for: .kromengan)
    #expect(parsed.desa == Kromengan.kecamatan.desa)
    #expect(parsed.name == Kromengan.kecamatan.name)
    #expect(parsed.postalCode == Kromengan.kecamatan.postalCode)
  }
}
