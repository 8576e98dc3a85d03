import Foundation
import HDSCore
import Testing

@testable import HDSBenchData

/// The same arguments give the same content; another seed gives other content.
@Suite("Generator determinism")
struct DeterminismTests {
  @Test("same seed gives equal digests of every table")
  func sameSeed() throws {
    let first = try TemporaryDirectory()
    let second = try TemporaryDirectory()
    _ = try BenchGenerator.generate(GeneratedStore.options(first))
    _ = try BenchGenerator.generate(GeneratedStore.options(second))
    let digestA = try StoreContentDigest.compute(path: first.storePath)
    let digestB = try StoreContentDigest.compute(path: second.storePath)
    #expect(digestA.keys.contains("request_event"))
    #expect(digestA.keys.contains("resident_name_search_data"))
    #expect(digestA == digestB)
    let shared = try StoreContentDigest.compute(path: try GeneratedStore.path())
    #expect(shared == digestA)
  }

  @Test("other seed gives other rows")
  func otherSeed() throws {
    let other = try TemporaryDirectory()
    _ = try BenchGenerator.generate(GeneratedStore.options(other, seed: 2))
    let digestA = try StoreContentDigest.compute(path: try GeneratedStore.path())
    let digestB = try StoreContentDigest.compute(path: other.storePath)
    for table in ["request", "resident", "request_event", "complaint"] {
      #expect(digestA[table] != digestB[table], "\(table)")
    }
  }

  @Test("existing store kept without replace")
  func replace() throws {
    let directory = try TemporaryDirectory()
    var options = GeneratedStore.options(directory)
    options.requests = 200
    _ = try BenchGenerator.generate(options)
    #expect(throws: BenchDataError.self) { try BenchGenerator.generate(options) }
    #expect(
      try GeneratedStore.integer("SELECT count(*) FROM request", path: directory.storePath) == 200)
    options.replace = true
    options.requests = 300
    _ = try BenchGenerator.generate(options)
    #expect(
      try GeneratedStore.integer("SELECT count(*) FROM request", path: directory.storePath) == 300)
  }
}
