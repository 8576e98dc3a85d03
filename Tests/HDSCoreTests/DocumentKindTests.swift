import Testing

@testable import HDSCore

@Suite("DocumentKind")
struct DocumentKindTests {
  @Test(
    "names offices write",
    arguments: [
      ("KTP-el", DocumentKind.ktpEl), ("ktp", .ktpEl), ("e-KTP", .ktpEl), ("KTP el", .ktpEl),
      ("Kartu Keluarga", .kk), ("KK", .kk), ("KIA", .kia), ("Kartu Identitas Anak", .kia),
      ("akta kelahiran", .aktaKelahiran), ("Akte Kelahiran", .aktaKelahiran),
      ("Akta lahir", .aktaKelahiran), ("akta kematian", .aktaKematian),
      ("Akte Kematian", .aktaKematian), ("Akta mati", .aktaKematian), ("SKP", .skp),
      ("Surat Keterangan Pindah", .skp),
    ])
  func officeNames(text: String, kind: DocumentKind) {
    #expect(DocumentKind(parsing: text) == kind)
  }

  @Test("stored codes", arguments: DocumentKind.allCases)
  func storedCode(kind: DocumentKind) {
    #expect(DocumentKind(parsing: kind.rawValue) == kind)
  }

  @Test("short names parse back", arguments: DocumentKind.allCases)
  func shortName(kind: DocumentKind) {
    #expect(DocumentKind(parsing: kind.shortName) == kind)
  }

  @Test("junk rejected", arguments: ["", "   ", "paspor", "SIM", "akta", "kartu", "KTP-el 2"])
  func junk(text: String) {
    #expect(DocumentKind(parsing: text) == nil)
  }

  @Test("default target 1 working day", arguments: DocumentKind.allCases)
  func defaultTarget(kind: DocumentKind) {
    #expect(kind.defaultTargetWorkingDays == 1)
  }

  @Test("ordered as declared")
  func ordering() {
    #expect(DocumentKind.allCases.sorted() == DocumentKind.allCases)
    #expect(DocumentKind.ktpEl < .skp)
  }
}
