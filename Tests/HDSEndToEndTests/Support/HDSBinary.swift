import Foundation

/// The `hds` executable under test: the real program, as `swift build` left it.
enum HDSBinary {
  /// Returns the `hds` in the directory of the test executable, where `swift test` builds
  /// it with any scratch path, else `<package root>/.build/debug/hds`.
  static func url(filePath: String = #filePath) throws -> URL {
    var candidates: [URL] = []
    if let testExecutable = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: testExecutable).deletingLastPathComponent())
    }
    if let executable = Bundle.main.executableURL {
      candidates.append(executable.deletingLastPathComponent())
    }
    // This file is Tests/HDSEndToEndTests/Support/HDSBinary.swift, four levels below the root.
    var root = URL(fileURLWithPath: filePath)
    for _ in 0..<4 { root.deleteLastPathComponent() }
    candidates.append(root.appendingPathComponent(".build/debug"))

    let binaries = candidates.map { $0.appendingPathComponent("hds").standardizedFileURL }
    guard
      let found = binaries.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else {
      throw EndToEndError.binaryMissing(tried: binaries.map(\.path))
    }
    return found
  }
}
