import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

@testable import HDSStoreSQL

/// The suites that set a kecamatan code, run one test at a time. On PostgreSQL every
/// test's store is a schema of one database, where a store rejects a code that another
/// schema has set.
@Suite("Kecamatan codes", .serialized)
enum KecamatanCodeTests {}

extension KecamatanCodeTests {
  @Suite("Kecamatan code setting")
  struct KecamatanSettingTests {
    @Test("a new store is Kromengan's")
    func defaultIsKromengan() throws {
      let directory = try TemporaryDirectory()
      let store = try directory.openStore()
      #expect(try store.kecamatanCode() == .kromengan)
    }

    @Test("the code is stored with its event, and kept on reopening")
    func storedWithEvent() throws {
      let directory = try TemporaryDirectory()
      let store = try directory.openStore()
      let kepanjen = try KecamatanCode(parsing: "35.07.13")
      try store.setKecamatanCode(kepanjen, by: .operator("camat"), at: Fixture.time(9))
      #expect(try store.kecamatanCode() == kepanjen)
      // The same code again is no change and records no event.
      try store.setKecamatanCode(kepanjen, by: .operator("camat"), at: Fixture.time(10))
      let events = try store.texts(
        """
        SELECT key || ' ' || coalesce(old_value, '-') || ' ' || new_value || ' ' || "user"
        FROM setting_event WHERE key = 'kecamatan_code' ORDER BY id
        """)
      #expect(events == ["kecamatan_code - 35.07.13 camat"])
      let reopened = try directory.openStore(readOnly: true)
      #expect(try reopened.kecamatanCode() == kepanjen)
    }

    @Test("only the settings roles change it")
    func roleChecked() throws {
      let directory = try TemporaryDirectory()
      let store = try directory.openStore()
      let viewer = Actor(user: "dukcapil", role: .viewer)
      #expect(throws: StoreError.self) {
        try store.setKecamatanCode(.kromengan, by: viewer, at: Fixture.time(9))
      }
    }

    @Test("an invalid stored code is reported with the fix")
    func invalidStoredCode() throws {
      let directory = try TemporaryDirectory()
      let store = try directory.openStore()
      try store.execute("INSERT INTO setting (key, value) VALUES ('kecamatan_code', '35.08.01')")
      do {
        _ = try store.kecamatanCode()
        Issue.record("expected an error for the stored code 35.08.01")
      } catch {
        #expect("\(error)".contains("35.08.01"))
        #expect("\(error)".contains("hds settings --kecamatan"))
      }
    }
  }
}
