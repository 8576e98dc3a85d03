import Foundation
import HDSCore
import Testing

@testable import HDSBenchData

/// The print list against the real `hds import print-list`.
@Suite("Benchmark print list")
struct PrintListTests {
  @Test("import accepts every row")
  func importsFully() throws {
    let directory = try TemporaryDirectory()
    var options = GeneratedStore.options(directory)
    options.requests = 1_500
    // A today of the real clock, so the importer's own today accepts the print day.
    options.today = CalendarDay(containing: Date())
    _ = try BenchGenerator.generate(options)
    let inProcess = try GeneratedStore.integer(
      "SELECT count(*) FROM request WHERE state = 'in-process'", path: directory.storePath)
    #expect(inProcess > 0)
    let requestsBefore = try GeneratedStore.integer(
      "SELECT count(*) FROM request", path: directory.storePath)

    let listPath = directory.file("print-list.csv")
    let rows = inProcess + 60
    let mix = try PrintListWriter.write(
      PrintListOptions(dataDirectory: directory.path, outputPath: listPath, rows: rows, seed: 7))
    #expect(mix.total == rows)
    #expect(mix.matched == inProcess)
    #expect(mix.newResidents > 0)
    #expect(mix.newDocuments > 0)

    // English, because the labels below are the English report's.
    let (status, output) = try runHDS(
      ["import", "print-list", listPath, "--data", directory.path, "--lang", "en"])
    #expect(status == 0, "\(output)")
    #expect(count("rows read", in: output) == rows, "\(output)")
    #expect(count("marked ready", in: output) == mix.matched, "\(output)")
    let complete = try #require(count("created, ready to assign", in: output), "\(output)")
    let toComplete = try #require(count("created, to be completed", in: output), "\(output)")
    #expect(complete + toComplete == mix.newResidents + mix.newDocuments)
    // Every new resident lacks a KK and an address; a new document of a stored resident
    // lacks them only when the stored resident does.
    #expect(toComplete >= mix.newResidents, "\(output)")
    for label in ["unchanged", "skipped", "duplicates ignored", "invalid"] {
      #expect(count(label, in: output) == 0, "\(label): \(output)")
    }

    let path = directory.storePath
    #expect(
      try GeneratedStore.integer(
        "SELECT count(*) FROM request WHERE state = 'in-process'", path: path)
        == 0)
    #expect(
      try GeneratedStore.integer("SELECT count(*) FROM request", path: path)
        == requestsBefore + mix.newResidents + mix.newDocuments)
    #expect(
      try GeneratedStore.integer(
        "SELECT count(*) FROM request WHERE needs_completion = 1", path: path)
        == toComplete)
  }

  /// Returns the number after "label:" in the import's report, nil when the line is missing.
  private func count(_ label: String, in output: String) -> Int? {
    for line in output.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix(label + ":") else { continue }
      return Int(trimmed.dropFirst(label.count + 1).trimmingCharacters(in: .whitespaces))
    }
    return nil
  }

  /// Runs the `hds` that `swift build` left beside the test bundle and returns its exit
  /// status and output.
  private func runHDS(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = try hdsBinary()
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  private func hdsBinary(filePath: String = #filePath) throws -> URL {
    var candidates: [URL] = []
    if let testExecutable = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: testExecutable).deletingLastPathComponent())
    }
    // This file is Tests/HDSBenchDataTests/PrintListTests.swift, three levels below the root.
    var root = URL(fileURLWithPath: filePath)
    for _ in 0..<3 { root.deleteLastPathComponent() }
    candidates.append(root.appendingPathComponent(".build/debug"))
    let binaries = candidates.map { $0.appendingPathComponent("hds").standardizedFileURL }
    return try #require(
      binaries.first { FileManager.default.isExecutableFile(atPath: $0.path) },
      "no hds executable in \(binaries.map(\.path)); run swift build first")
  }
}
