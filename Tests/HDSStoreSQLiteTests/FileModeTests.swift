import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// The files a store leaves in the data directory for readers of the directory's group.
@Suite("Store files for group readers")
struct FileModeTests {
  private func mode(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o777
  }

  @Test("new store files have mode 0640")
  func newFileMode() throws {
    let directory = try TemporaryDirectory()
    let store = try SQLiteStore(path: directory.storePath)
    _ = try store.createRequest(Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))

    #expect(mode(directory.storePath) == 0o640)
    #expect(mode(directory.storePath + "-wal") == 0o640)
    #expect(mode(directory.storePath + "-shm") == 0o640)
  }

  @Test("reopening keeps an existing file's mode")
  func existingFileMode() throws {
    let directory = try TemporaryDirectory()
    do {
      _ = try SQLiteStore(path: directory.storePath)
    }
    chmod(directory.storePath, 0o600)

    _ = try SQLiteStore(path: directory.storePath)
    #expect(mode(directory.storePath) == 0o600)
  }

  @Test("WAL files outlive the last close")
  func walFilesKept() throws {
    let directory = try TemporaryDirectory()
    let created: DeliveryRequest
    do {
      let store = try SQLiteStore(path: directory.storePath)
      created = try store.createRequest(
        Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    }

    // Without SQLITE_FCNTL_PERSIST_WAL the close above deletes both files.
    #expect(FileManager.default.fileExists(atPath: directory.storePath + "-wal"))
    #expect(FileManager.default.fileExists(atPath: directory.storePath + "-shm"))
    let reader = try SQLiteStore(path: directory.storePath, readOnly: true)
    #expect(try reader.requestDetail(id: created.id).request == created)
  }
}
