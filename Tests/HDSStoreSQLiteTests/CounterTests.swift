import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Counter tables")
struct CounterTests {
  /// A small deterministic generator, so a failing series can be replayed.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test("counters agree with COUNT(*) after random actions", arguments: [1, 2, 3] as [UInt64])
  func countersAgree(seed: UInt64) throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    var random = SplitMix(state: seed)
    let couriers = try ["Ani", "Budi", "Citra"].map {
      try store.addCourier(Fixture.newCourier($0), by: Fixture.user, at: Fixture.time(7)).id
    }
    var ids: [Int64] = []
    let handover = Handover(recipientKind: .resident, recipientName: "Warga")

    for step in 0..<400 {
      let time = Fixture.time(8).addingTimeInterval(TimeInterval(step * 30))
      if ids.isEmpty || Int.random(in: 0..<5, using: &random) == 0 {
        // Residents repeat, so some requests move their resident to another desa.
        let serial = Int.random(in: 1...40, using: &random)
        let desa = Int.random(in: 0..<7, using: &random)
        // A resident with an open KTP-el request is refused a second one; the refusal
        // must change no counter either.
        // (`do throws` and a guard, because Swift 6.3.1 crashes compiling a pattern catch.)
        do throws(StoreError) {
          ids.append(
            try store.createRequest(
              Fixture.newRequest(serial, desa: desa), by: .operator("u"), at: time
            ).id)
        } catch {
          guard case .duplicate = error else { throw error }
        }
        continue
      }
      let id = ids.randomElement(using: &random)!
      let actions: [RequestAction] = [
        .sendToDukcapil, .markReady,
        .assign(courierID: couriers.randomElement(using: &random)!, day: Fixture.day),
        .unassign, .dispatch, .deliver(handover), .failAttempt(.notAtHome, note: ""),
        .cancel(reason: "dibatalkan"),
      ]
      let weights = [3, 3, 3, 1, 3, 2, 2, 1]
      var pick = Int.random(in: 0..<weights.reduce(0, +), using: &random)
      var index = 0
      while pick >= weights[index] {
        pick -= weights[index]
        index += 1
      }
      do throws(StoreError) {
        _ = try store.apply(
          actions[index], to: id, expectedVersion: nil, by: .operator("u"), at: time)
      } catch {
        // An action illegal in the request's state is expected in a random series.
        guard case .rejected = error else { throw error }
      }
    }

    let counterRows = try store.integers(
      """
      SELECT count FROM request_count WHERE count > 0 ORDER BY desa_code, state
      """)
    let counted = try store.integers(
      "SELECT count(*) FROM request GROUP BY desa_code, state ORDER BY desa_code, state")
    #expect(counterRows == counted)

    let residentDesa = try store.integers(
      """
      SELECT count(*) FROM request r JOIN resident p ON p.id = r.resident_id
      WHERE r.desa_code <> p.desa_code
      """)
    #expect(residentDesa == [[0]])

    let totals = try store.totals(on: Fixture.day)
    #expect(totals.requests == ids.count)
    for state in RequestState.allCases {
      let count = try store.integers(
        "SELECT count(*) FROM request WHERE state = '\(state.rawValue)'")
      #expect([[Int64(totals[state])]] == count, "\(state)")
    }
    let delivered = try store.integers("SELECT count(*) FROM request WHERE state = 'delivered'")
    #expect([[Int64(totals.deliveredOnDay)]] == delivered)
    let failed = try store.integers(
      "SELECT count(*) FROM request_event WHERE action = 'fail-attempt'")
    #expect([[Int64(totals.failedAttemptsOnDay)]] == failed)
    #expect(try store.pendingQueue(offset: 0, limit: 1).total == totals.pending)
    #expect(try store.integrityReport() == "ok")
  }
}
