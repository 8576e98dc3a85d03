import HDSCore
import Testing

@Suite("Kecamatan codes of Kabupaten Malang")
struct KecamatanCodeTests {
  @Test("the list has 33 kecamatan in code order")
  func listIsComplete() {
    let codes = KabupatenMalang.codes
    #expect(codes.count == 33)
    #expect(codes.first?.description == "35.07.01")
    #expect(codes.last?.description == "35.07.33")
    #expect(codes == codes.sorted())
    #expect(Set(codes.map(\.name)).count == 33)
  }

  @Test(
    "names by code",
    arguments: [
      ("35.07.01", "Donomulyo"), ("35.07.04", "Sumbermanjing Wetan"), ("35.07.13", "Kepanjen"),
      ("35.07.24", "Singosari"), ("35.07.31", "Kromengan"), ("35.07.33", "Pagelaran"),
    ])
  func namesByCode(code: String, name: String) throws {
    let parsed = try KecamatanCode(parsing: code)
    #expect(parsed.name == name)
    #expect(parsed.description == code)
    #expect(KabupatenMalang.code(named: name.uppercased()) == parsed)
  }

  @Test("Kromengan is the default and has geography")
  func kromengan() {
    #expect(KecamatanCode.kromengan.description == Kromengan.kecamatan.code)
    #expect(KabupatenMalang.kecamatan(.kromengan).hasGeography)
    let kepanjen = KabupatenMalang.kecamatan(KecamatanCode(number: 13)!)
    #expect(kepanjen.name == "Kepanjen")
    #expect(kepanjen.code == "35.07.13")
    #expect(!kepanjen.hasGeography)
  }

  @Test(
    "invalid codes name the value and the fix",
    arguments: [
      ("3507.31", KecamatanCodeError.malformed("3507.31")),
      ("35.07.1", .malformed("35.07.1")),
      ("", .malformed("")),
      ("35.08.01", .otherKabupaten("35.08.01")),
      ("35.07.34", .unknownNumber("35.07.34")),
      ("35.07.00", .unknownNumber("35.07.00")),
    ])
  func invalidCodes(text: String, expected: KecamatanCodeError) {
    #expect(throws: expected) { try KecamatanCode(parsing: text) }
    #expect(expected.description.contains("35.07"))
    #expect(text.isEmpty || expected.description.contains(text))
  }

  @Test("spaces around a code are allowed")
  func trimsSpaces() throws {
    #expect(try KecamatanCode(parsing: " 35.07.31 ") == .kromengan)
    #expect(KecamatanCode(number: 0) == nil)
    #expect(KecamatanCode(number: 34) == nil)
  }
}
