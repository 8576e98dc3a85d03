// Which shared libraries the real binary loads, read from the dynamic loader's trace
// (LD_DEBUG=files on glibc), which lists libraries opened with dlopen as well as linked
// ones. libpq and what it needs cost about 5 MB of the dashboard's memory, so only a
// PostgreSQL store may load them.

import Foundation
import Testing

@Suite("Shared libraries of hds")
struct SharedLibraryTests {
  /// Runs `hds` with `arguments` under the loader's trace and returns its result; the
  /// trace is in the error output.
  private func traced(_ arguments: [String], store: String? = nil) throws -> ProcessOutput {
    var environment = ProcessInfo.processInfo.environment
    environment["HDS_STORE"] = store
    environment["LD_DEBUG"] = "files"
    return try ChildProcess.run(try HDSBinary.url(), arguments, environment: environment)
  }

  @Test("SQLite store skips libpq")
  func sqliteStoreWithoutLibpq() throws {
    let directory = try TestDirectory()
    let data = try DemoStore.create(in: directory)

    let result = try traced(["summary", "--data", data])

    #expect(result.status == 0, "\(result.errorOutput.suffix(500))")
    #expect(result.errorOutput.contains("libsqlite3.so"))
    #expect(!result.errorOutput.contains("libpq"))
  }

  @Test(
    "PostgreSQL store loads libpq",
    .enabled(if: MoveSchema.serverURL != nil))
  func postgresStoreLoadsLibpq() throws {
    let directory = try TestDirectory()
    let data = try DemoStore.create(in: directory)
    let schema = try MoveSchema()
    defer { schema.drop() }
    let moved = try ChildProcess.run(
      try HDSBinary.url(), ["migrate-store", "--from", data, "--to", schema.url])
    #expect(moved.status == 0, "\(moved.errorOutput)")

    let result = try traced(["summary"], store: schema.url)

    #expect(result.status == 0, "\(result.errorOutput.suffix(500))")
    #expect(result.errorOutput.contains("libpq.so.5"))
  }
}
