import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

@testable import HDSStoreSQL

// Kepanjen's desa here are synthetic ("Desa Contoh"), because no source for them was at
// hand. The test runs on SQLite and, under HDS_TEST_STORE=postgresql, on PostgreSQL.

extension KecamatanCodeTests {
  @Suite("Region in the store")
  struct RegionStoreTests {
    static let kepanjen = KecamatanCode(number: 13)!
    static let camat = Actor(user: "camat", role: .supervisor)

    static let region = """
      # Synthetic region of Kepanjen for tests; no real desa.
      kecamatan;35.07.13;Kepanjen;65163
      desa;35.07.13.2001;Desa Contoh 1;-8.130;112.570;100;110;210;70
      dusun;35.07.13.2001;Dusun Contoh A;-8.131;112.571;no
      rt;35.07.13.2001;Dusun Contoh A;1;1
      rt;35.07.13.2001;Dusun Contoh A;1;2
      desa;35.07.13.2002;Desa Contoh 2;-8.140;112.590;50;60;110;40
      dusun;35.07.13.2002;Dusun Contoh B;;;yes
      rt;35.07.13.2002;Dusun Contoh B;1;1

      """

    /// Opens the directory's store and sets it to Kepanjen, without importing a region.
    private func kepanjenStore(_ directory: TemporaryDirectory) throws -> SQLStore {
      let store = try directory.openStore()
      try store.setKecamatanCode(Self.kepanjen, by: Self.camat, at: Fixture.time(8))
      return store
    }

    private func regionEvents(_ store: SQLStore) throws -> [String] {
      try store.texts(
        """
        SELECT coalesce(old_value, '-') || ' ' || new_value || ' ' || "user" || ' ' || role
        FROM setting_event WHERE key = 'region' ORDER BY id
        """)
    }

    @Test("kecamatan without region has no desa")
    func noRegion() throws {
      let directory = try TemporaryDirectory()
      let store = try kepanjenStore(directory)
      let kecamatan = try store.kecamatan()
      #expect(kecamatan.code == "35.07.13")
      #expect(!kecamatan.hasGeography)
      #expect(try store.regionText() == nil)
    }

    @Test("Kromengan store keeps built-in geography")
    func kromenganBuiltIn() throws {
      let directory = try TemporaryDirectory()
      let store = try directory.openStore()
      #expect(try store.kecamatan() == Kromengan.kecamatan)
    }

    @Test("import stores text, digest and event")
    func importRegion() throws {
      let directory = try TemporaryDirectory()
      let store = try kepanjenStore(directory)
      let bytes = Array(Self.region.utf8)
      let result = try store.importRegion(bytes, by: Self.camat, at: Fixture.time(9))
      #expect(result.changed)
      #expect(result.previousDigest == nil)
      #expect(result.digest == SHA256.hexDigest(bytes))
      #expect(try store.regionText() == Self.region)
      #expect(try regionEvents(store) == ["- \(result.digest) camat supervisor"])

      let kecamatan = try store.kecamatan()
      #expect(kecamatan.name == "Kepanjen")
      #expect(kecamatan.desa.map(\.name) == ["Desa Contoh 1", "Desa Contoh 2"])
      // Without an office setting the office is the mean of the desa centroids.
      #expect(abs(kecamatan.office.latitude - -8.135) < 1e-9)
      #expect(abs(kecamatan.office.longitude - 112.580) < 1e-9)

      let reopened = try directory.openStore(readOnly: true)
      #expect(try reopened.kecamatan() == kecamatan)
    }

    @Test("same file again changes nothing")
    func importTwice() throws {
      let directory = try TemporaryDirectory()
      let store = try kepanjenStore(directory)
      let bytes = Array(Self.region.utf8)
      _ = try store.importRegion(bytes, by: Self.camat, at: Fixture.time(9))
      let again = try store.importRegion(bytes, by: Self.camat, at: Fixture.time(10))
      #expect(!again.changed)
      #expect(try regionEvents(store).count == 1)
    }

    @Test("second file replaces first with event")
    func replaceRegion() throws {
      let directory = try TemporaryDirectory()
      let store = try kepanjenStore(directory)
      let first = try store.importRegion(
        Array(Self.region.utf8), by: Self.camat, at: Fixture.time(9))
      let changed = Self.region.replacingOccurrences(of: "Desa Contoh 2", with: "Desa Contoh Dua")
      let second = try store.importRegion(Array(changed.utf8), by: Self.camat, at: Fixture.time(10))
      #expect(second.previousDigest == first.digest)
      #expect(try store.kecamatan().desa.map(\.name) == ["Desa Contoh 1", "Desa Contoh Dua"])
      #expect(try regionEvents(store).last == "\(first.digest) \(second.digest) camat supervisor")
    }

    @Test("rejected file changes nothing")
    func rejectedFile() throws {
      let directory = try TemporaryDirectory()
      let store = try kepanjenStore(directory)
      _ = try store.importRegion(Array(Self.region.utf8), by: Self.camat, at: Fixture.time(9))
      let token = try store.changeToken()
      let bad = Self.region.replacingOccurrences(of: "112.590;50", with: "112.590;-50")
      do {
        _ = try store.importRegion(Array(bad.utf8), by: Self.camat, at: Fixture.time(10))
        Issue.record("imported a file with a negative count")
      } catch {
        #expect("\(error)".contains("line 7"))
        #expect("\(error)".contains("men of desa 35.07.13.2002 is -50"))
      }
      #expect(try store.regionText() == Self.region)
      #expect(try regionEvents(store).count == 1)
      #expect(try store.changeToken() == token)
    }

    @Test("file of another kecamatan is rejected")
    func otherKecamatan() throws {
      let directory = try TemporaryDirectory()
      let store = try directory.openStore()
      do {
        _ = try store.importRegion(Array(Self.region.utf8), by: Self.camat, at: Fixture.time(9))
        Issue.record("imported Kepanjen's file into Kromengan's store")
      } catch {
        #expect("\(error)".contains("this store is 35.07.31 Kromengan"))
        #expect("\(error)".contains("import it into the store of 35.07.13"))
      }
      #expect(try store.regionText() == nil)
      #expect(try store.kecamatan() == Kromengan.kecamatan)
    }

    @Test("only settings roles import")
    func roles() throws {
      let directory = try TemporaryDirectory()
      let store = try kepanjenStore(directory)
      for role in [Role.viewer, .courier] {
        #expect(throws: StoreError.forbidden(role: role, change: .settings)) {
          _ = try store.importRegion(
            Array(Self.region.utf8), by: Actor(user: "someone", role: role), at: Fixture.time(9))
        }
      }
      #expect(try store.regionText() == nil)
      let byOperator = try store.importRegion(
        Array(Self.region.utf8), by: .operator("operator1"), at: Fixture.time(9))
      #expect(byOperator.changed)
    }

    @Test("export returns imported bytes")
    func exportRoundTrip() throws {
      let directory = try TemporaryDirectory()
      let store = try kepanjenStore(directory)
      // A file as a spreadsheet saves it: CRLF line ends and padded rows.
      let text = Self.region.replacingOccurrences(of: "\n", with: ";;\r\n")
      _ = try store.importRegion(Array(text.utf8), by: Self.camat, at: Fixture.time(9))
      let exported = try #require(try store.regionText())
      #expect(exported == text)
      #expect(SHA256.hexDigest(Array(exported.utf8)) == SHA256.hexDigest(Array(text.utf8)))
    }

    @Test("region decides request and courier desa")
    func writesUseRegion() throws {
      let directory = try TemporaryDirectory()
      let store = try kepanjenStore(directory)
      let address = Address(desaCode: "35.07.13.2002", dusun: "Dusun Contoh B", rw: 1, rt: 1)
      var resident = Fixture.resident(1)
      resident.address = address
      let request = NewRequest(resident: resident, document: .ktpEl, note: "")
      do {
        _ = try store.createRequest(request, by: Fixture.user, at: Fixture.time(9))
        Issue.record("created a request in a store without desa")
      } catch {
        #expect("\(error)".contains("hds region import"))
      }
      _ = try store.importRegion(Array(Self.region.utf8), by: Self.camat, at: Fixture.time(9))
      let created = try store.createRequest(request, by: Fixture.user, at: Fixture.time(10))
      #expect(created.resident.address.desaCode == "35.07.13.2002")

      var courier = Fixture.newCourier("Kurir Contoh")
      courier.homeDesaCode = "35.07.13.2001"
      #expect(try store.addCourier(courier, by: Fixture.user, at: Fixture.time(10)).id > 0)
      courier.homeDesaCode = Kromengan.kecamatan.desa[0].code
      #expect(throws: StoreError.self) {
        _ = try store.addCourier(courier, by: Fixture.user, at: Fixture.time(11))
      }
    }

    @Test("office setting moves the office")
    func officeSetting() throws {
      let directory = try TemporaryDirectory()
      let store = try kepanjenStore(directory)
      _ = try store.importRegion(Array(Self.region.utf8), by: Self.camat, at: Fixture.time(9))
      let office = Coordinate(latitude: -8.1305, longitude: 112.5721)
      try store.setOffice(office, by: Self.camat, at: Fixture.time(10))
      #expect(try store.kecamatan().office == office)
      #expect(throws: StoreError.self) {
        try store.setOffice(
          Coordinate(latitude: 52.5, longitude: 13.4), by: Self.camat, at: Fixture.time(11))
      }
      let kromengan = try directory.openStore()
      try kromengan.setKecamatanCode(.kromengan, by: Self.camat, at: Fixture.time(12))
      #expect(try kromengan.kecamatan().office == office)
    }
  }
}
