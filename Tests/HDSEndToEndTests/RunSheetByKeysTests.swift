import Foundation
import Testing

/// The run sheet written from a courier's route view (w) in the real dashboard.
@Suite("Run sheet by keys", .timeLimit(.minutes(1)))
struct RunSheetByKeysTests {
  @Test("w writes both files, named by day and courier")
  func writeFromRoute() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, cols: 120, rows: 30)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")

    try session.sendKeys("2", "Enter")
    try await session.waitFor("┌ Rute ")
    try session.sendKeys("w")
    let screen = try await session.waitFor(".txt (dan .html)")

    let line = try #require(screen.split(separator: "\n").first { $0.contains(".txt (dan") })
    let start = try #require(line.range(of: data + "/runsheets/"), "\(line)")
    let end = try #require(line.range(of: ".txt"), "\(line)")
    let path = String(line[start.lowerBound..<end.upperBound])
    let name = URL(fileURLWithPath: path).lastPathComponent
    #expect(name.contains("-surat-jalan-"), "\(name)")
    #expect(name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-.".contains($0)) })
    for file in [path, path.replacingOccurrences(of: ".txt", with: ".html")] {
      let attributes = try FileManager.default.attributesOfItem(atPath: file)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(file)")
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("Surat Jalan"), "\(text)")
  }
}
