import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Queue search")
struct SearchTests {
  let directory: TemporaryDirectory
  let store: SQLStore
  /// The pending queue in age order, positions 0 to 5, by name.
  let pending: [DeliveryRequest]
  /// A received request, outside the pending queue.
  let received: DeliveryRequest

  static let names = [
    "Siti Aminah", "Ahmad Fauzi", "Sri Wahyuni", "Dewi \"Ina\" Lestari", "Aminah Sari",
    "Rina Aminah",
  ]

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
    // The first request made below gets serial 123.
    try store.execute(
      "INSERT INTO request_number_counter (year, last_serial) VALUES (2026, 122)")

    var pending: [DeliveryRequest] = []
    for (index, name) in Self.names.enumerated() {
      var resident = Fixture.resident(index + 1, desa: index == 2 ? 1 : 0, name: name)
      if index == 0 {
        resident.phone = try PhoneNumber("0813-5555-0101")
      }
      pending.append(
        try Self.ready(resident, in: store, at: Fixture.time(8, index * 10)))
    }
    self.pending = pending
    var late = Fixture.resident(20, name: "Budi Aminudin")
    late.phone = try PhoneNumber("0857-1111-2020")
    received = try store.createRequest(
      NewRequest(resident: late, document: .kk), by: Fixture.user, at: Fixture.time(7))
  }

  static func ready(_ resident: Resident, in store: SQLStore, at readyAt: Date) throws
    -> DeliveryRequest
  {
    let id = try store.createRequest(
      NewRequest(resident: resident, document: .ktpEl), by: Fixture.user,
      at: readyAt.addingTimeInterval(-600)
    ).id
    _ = try store.apply(
      .sendToDukcapil, to: id, expectedVersion: nil, by: Fixture.user,
      at: readyAt.addingTimeInterval(-300))
    return try store.apply(
      .markReady, to: id, expectedVersion: nil, by: Fixture.user, at: readyAt)
  }

  func find(
    _ typed: String, in query: QueueQuery = .pending, from position: Int = 0,
    forward: Bool = true
  ) throws -> Int? {
    try store.find(SearchTerm(typed), in: query, from: position, forward: forward)
  }

  // MARK: Set-up

  @Test("fixture queue order")
  func fixtureOrder() throws {
    let rows = try store.pendingQueue(offset: 0, limit: 10).rows
    #expect(rows.map(\.residentName) == Self.names)
    #expect(pending[0].number == RequestNumber(year: 2026, serial: 123))
  }

  // MARK: What a term matches

  @Test("full NIK")
  func fullNIK() throws {
    #expect(try find(pending[3].resident.nik.digits) == 3)
    #expect(try find(pending[3].resident.nik.digits, from: 4) == 3)
  }

  @Test("NIK prefix")
  func nikPrefix() throws {
    // Fixture NIKs differ in the sex digit and the serial: 3507315508900002 is serial 2,
    // a woman, so this prefix matches serials 2, 4 and 6, at positions 1, 3 and 5.
    let prefix = String(pending[1].resident.nik.digits.prefix(15))
    #expect(try find(prefix) == 1)
    #expect(try find(prefix, from: 2) == 3)
    #expect(try find(prefix, from: 4) == 5)
    #expect(try find("350731") == 0)
    #expect(try find("350732") == nil)
  }

  @Test(
    "phone in any written form",
    arguments: [
      "0813-5555-0101", "081355550101", "6281355550101", "+62 813-5555-0101", "+6281355550101",
      "0813 5555", "0813.5555.01",
    ])
  func phone(typed: String) throws {
    #expect(try find(typed, from: 2) == 0)
  }

  @Test("phone of another number")
  func otherPhone() throws {
    #expect(try find("0813-5555-0102") == nil)
    #expect(try find("+62 899") == nil)
  }

  @Test("request number and serial")
  func requestNumber() throws {
    #expect(try find("HDS-2026-000125", from: 4) == 2)
    #expect(try find("hds-2026-125") == 2)
    #expect(try find("125") == 2)
    #expect(try find("123", from: 3) == 0)
    #expect(try find("HDS-2026-000999") == nil)
    #expect(try find("HDS-2025-000123") == nil)
  }

  @Test("part of a name, any case")
  func namePart() throws {
    #expect(try find("amin") == 0)
    #expect(try find("AMINAH", from: 1) == 4)
    #expect(try find("ahyun") == 2)
    #expect(try find("fauzi") == 1)
    #expect(try find("Sri Wah") == 2)
    #expect(try find("Wahyudi") == nil)
  }

  @Test("name under 3 characters matches nothing")
  func shortName() throws {
    #expect(try find("Si") == nil)
    #expect(try find("a") == nil)
    #expect(try find("") == nil)
    #expect(try find("   ") == nil)
  }

  @Test("double quote in name and term")
  func doubleQuote() throws {
    #expect(try find("\"Ina\"") == 3)
    #expect(try find("Dewi \"In") == 3)
    #expect(try find("Ina\" Les") == 3)
    #expect(try find("\"") == nil)
    #expect(try find("a\"b") == nil)
    #expect(try find("\"\"\"") == nil)
    #expect(try find("Ina OR Siti") == nil)
  }

  // MARK: Direction and wrapping

  @Test("forward from a position")
  func forward() throws {
    // "amin" matches positions 0, 4 and 5.
    #expect(try find("amin", from: 0) == 0)
    #expect(try find("amin", from: 1) == 4)
    #expect(try find("amin", from: 4) == 4)
    #expect(try find("amin", from: 5) == 5)
  }

  @Test("forward wraps round")
  func forwardWraps() throws {
    #expect(try find("Siti", from: 3) == 0)
    #expect(try find("amin", from: 6) == 0)
    #expect(try find("amin", from: 60) == 0)
  }

  @Test("backward from a position")
  func backward() throws {
    #expect(try find("amin", from: 5, forward: false) == 5)
    #expect(try find("amin", from: 4, forward: false) == 4)
    #expect(try find("amin", from: 3, forward: false) == 0)
    #expect(try find("amin", from: 0, forward: false) == 0)
  }

  @Test("backward wraps round")
  func backwardWraps() throws {
    #expect(try find("Rina", from: 2, forward: false) == 5)
    #expect(try find("Rina", from: 60, forward: false) == 5)
    #expect(try find("amin", from: 60, forward: false) == 5)
  }

  @Test("only match is found from everywhere")
  func onlyMatch() throws {
    for position in 0..<6 {
      #expect(try find("Ahmad", from: position) == 1, "forward from \(position)")
      #expect(try find("Ahmad", from: position, forward: false) == 1, "backward from \(position)")
    }
  }

  // MARK: Filters

  @Test("match outside the filter is not found")
  func respectsFilter() throws {
    #expect(try find("Aminudin") == nil)
    #expect(try find(received.number.description) == nil)
    #expect(try find("0857-1111-2020") == nil)
    #expect(try find("Aminudin", in: QueueQuery(states: [.received])) == 0)
    #expect(try find("0857-1111-2020", in: QueueQuery(states: [.received])) == 0)

    let slorok = QueueQuery(desaCode: Kromengan.kecamatan.desa[0].code)
    #expect(try find("Sri Wahyuni", in: slorok) == nil)
    // Without Sri Wahyuni's row, Dewi moves up to position 2.
    #expect(try find("Dewi", in: slorok) == 2)
    #expect(try find("Dewi", in: QueueQuery(document: .kk)) == nil)
  }

  @Test("position counts in the query's order")
  func positionInSortOrder() throws {
    let all = QueueQuery(states: RequestState.allCases, sort: .state)
    // The received request comes before every ready one in the state order.
    #expect(try find("Aminudin", in: all) == 0)
    #expect(try find("Siti", in: all) == 1)
    #expect(try find("amin", in: all, from: 2) == 5)

    let byDesa = QueueQuery(sort: .desa)
    // Jatikerto's Sri Wahyuni sorts after all five Slorok rows.
    #expect(try find("Wahyuni", in: byDesa) == 5)
    #expect(try find("Rina", in: byDesa) == 4)
  }

  // MARK: Renaming

  @Test("renamed resident found by new name")
  func rename() throws {
    _ = try store.correct(
      .residentName("Rahmawati Putri"), of: pending[0].id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(12))

    #expect(try find("Siti") == nil)
    #expect(try find("amin") == 4)
    #expect(try find("rahmawati") == 0)
    #expect(try find("ti Pu") == 0)
    // SQLite's FTS5 index checks itself against the names; PostgreSQL's is a plain index.
    if store is SQLiteStore {
      #expect(
        try store.integers(
          "INSERT INTO resident_name_search (resident_name_search) VALUES ('integrity-check')"
        ).isEmpty)
    }
  }
}
