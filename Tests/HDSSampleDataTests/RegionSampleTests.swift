import Foundation
import HDSCore
import Testing

@Suite("Kromengan region file")
struct RegionSampleTests {
  /// sample-data/region-kromengan.csv; this file is three levels below the package root.
  static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("sample-data/region-kromengan.csv")

  /// The file is the rendering of the built-in geography, so the two cannot drift apart.
  /// With HDS_WRITE_REGION_SAMPLE=1 the test writes the file instead of comparing it.
  @Test("sample file equals the built-in geography")
  func matchesBuiltIn() throws {
    let expected = RegionFile.render(Kromengan.kecamatan)
    if ProcessInfo.processInfo.environment["HDS_WRITE_REGION_SAMPLE"] == "1" {
      try expected.write(to: Self.file, atomically: true, encoding: .utf8)
    }
    let text = try String(contentsOf: Self.file, encoding: .utf8)
    #expect(
      text == expected,
      """
      sample-data/region-kromengan.csv differs from Kromengan.swift; regenerate it with \
      HDS_WRITE_REGION_SAMPLE=1 swift test --filter RegionSampleTests
      """)
    let parsed = try RegionFile.parse(Array(text.utf8), for: .kromengan)
    #expect(parsed.desa == Kromengan.kecamatan.desa)
    #expect(parsed.code == Kromengan.kecamatan.code)
    #expect(parsed.name == Kromengan.kecamatan.name)
    #expect(parsed.postalCode == Kromengan.kecamatan.postalCode)
  }

  @Test("sample file has the official counts")
  func officialCounts() throws {
    let text = try String(contentsOf: Self.file, encoding: .utf8)
    let parsed = try RegionFile.parse(Array(text.utf8), for: .kromengan)
    let dusun = parsed.desa.flatMap(\.dusun)
    #expect(parsed.desa.count == 7)
    #expect(dusun.flatMap(\.rukunWarga).count == 51)
    #expect(dusun.flatMap(\.rukunWarga).flatMap(\.rukunTetangga).count == 234)
  }
}
