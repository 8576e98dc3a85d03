import Testing

@testable import HDSCore

private let kecamatan = Kromengan.kecamatan

private func point(_ name: String) throws -> RoadPoint {
  try #require(RoadPoint(named: name, in: kecamatan), "not in the gazetteer: \(name)")
}

private func table(_ text: String) throws -> RoadDistanceTable {
  try RoadDistanceTable(parsing: text, in: kecamatan)
}

@Suite("Road distances")
struct RoadDistancesTests {
  // MARK: - Points

  @Test("point names from the gazetteer")
  func pointNames() throws {
    #expect(try point("kantor") == .office(of: kecamatan))
    #expect(try point(" jatikerto / cupak ").name == "Jatikerto/Cupak")
    #expect(try point("Jatikerto").location == kecamatan.desa[1].centroid)
    #expect(RoadPoint(named: "Jatikerto/Cupak/1", in: kecamatan) == nil)
    #expect(RoadPoint(named: "Kantor/Cupak", in: kecamatan) == nil)
  }

  @Test("address resolves to dusun, else desa")
  func addressPoint() throws {
    let jatikerto = kecamatan.desa[1]
    let cupak = Address(desaCode: jatikerto.code, dusun: "cupak", rw: 1, rt: 1)
    #expect(RoadPoint(address: cupak, in: kecamatan)?.name == "Jatikerto/Cupak")
    let unknown = Address(desaCode: jatikerto.code, dusun: "Sumbersari", rw: 1, rt: 1)
    #expect(RoadPoint(address: unknown, in: kecamatan)?.name == "Jatikerto")
    let outside = Address(desaCode: "35.07.01.2001", dusun: "Krajan", rw: 1, rt: 1)
    #expect(RoadPoint(address: outside, in: kecamatan) == nil)
    #expect(DispatchProposer.point(of: outside, in: kecamatan) == .office(of: kecamatan))
  }

  // MARK: - Distances

  @Test("file value, else estimate")
  func fileElseEstimate() throws {
    let office = RoadPoint.office(of: kecamatan)
    let cupak = try point("Jatikerto/Cupak")
    let bedali = try point("Jatikerto/Bedali")
    let roads = try RoadDistances(
      office: office, roadFactor: 1.5, table: try table("from;to;km\nKantor;Jatikerto/Cupak;9\n"))

    let measured = roads.leg(from: cupak, to: office)
    #expect(measured.kilometres == 9)
    #expect(measured.source == .file)

    let estimated = roads.leg(from: office, to: bedali)
    #expect(estimated.kilometres == office.location.distance(to: bedali.location) * 1.5)
    #expect(estimated.source == .estimate)

    let same = roads.leg(from: cupak, to: cupak)
    #expect(same.kilometres == 0)
    #expect(same.source == .samePoint)
  }

  @Test("empty table is the estimate")
  func emptyTable() throws {
    let office = RoadPoint.office(of: kecamatan)
    let slorok = try point("Slorok")
    let roads = try RoadDistances(office: office)
    #expect(roads.roadFactor == 1.3)
    #expect(
      roads.leg(from: office, to: slorok).kilometres
        == office.location.distance(to: slorok.location) * 1.3)
    let matrix = try roads.matrix(between: [office, slorok])
    let estimate = try DistanceMatrix.estimatedRoad(between: [office.location, slorok.location])
    #expect(matrix == estimate)
  }

  @Test("legs through stops and back")
  func legsThroughStops() throws {
    let roads = try RoadDistances(
      office: .office(of: kecamatan),
      table: try table("from;to;km\nKantor;Slorok;4\nSlorok;Peniwen;7\n"))
    let legs = roads.legs(through: [try point("Slorok"), try point("Peniwen")])
    #expect(legs.map(\.from.name) == ["Kantor", "Slorok", "Peniwen"])
    #expect(legs.map(\.to.name) == ["Slorok", "Peniwen", "Kantor"])
    #expect(legs.map(\.source) == [.file, .file, .estimate])
    #expect(roads.legs(through: []).isEmpty)
  }

  @Test("road factor below 1 rejected")
  func roadFactorBelowOne() {
    #expect(throws: DistanceMatrixError.invalidRoadFactor(0.5)) {
      try RoadDistances(office: .office(of: kecamatan), roadFactor: 0.5)
    }
  }

  @Test("road factor digits")
  func roadFactorDigits() throws {
    #expect(
      try RoadDistances(office: .office(of: kecamatan), roadFactor: 1.3).roadFactorDigits == 1)
    #expect(try RoadDistances(office: .office(of: kecamatan), roadFactor: 2).roadFactorDigits == 1)
    #expect(
      try RoadDistances(office: .office(of: kecamatan), roadFactor: 1.25).roadFactorDigits == 2)
  }

  // MARK: - Proposer

  /// Returns one ready request in Slorok, 4.9 km east of the office, and one in Peniwen,
  /// 2.3 km west.
  private func candidates() throws -> [DispatchCandidate] {
    try ["Slorok", "Peniwen"].enumerated().map { index, name in
      DispatchCandidate(
        requestID: Int64(index + 1), number: RequestNumber(year: 2026, serial: index + 1),
        version: 1, point: try point(name), priority: 0, pinnedCourierID: nil)
    }
  }

  @Test("proposer measures with file distances")
  func proposerUsesFile() throws {
    let day = CalendarDay(year: 2026, month: 12, day: 4)
    let couriers: [(id: Int64, capacity: Int)] = [(1, 2)]
    let estimated = try DispatchProposer.propose(
      day: day, candidates: try candidates(), couriers: couriers,
      roads: try RoadDistances(office: .office(of: kecamatan)))
    // A contrived file that makes far Slorok 0.1 km from the office and from Peniwen.
    let cheap = try table(
      "from;to;km\nKantor;Slorok;0.1\nSlorok;Peniwen;0.1\n")
    let measured = try DispatchProposer.propose(
      day: day, candidates: try candidates(), couriers: couriers,
      roads: try RoadDistances(office: .office(of: kecamatan), table: cheap))

    let estimatedKilometres = estimated.distance(of: estimated.routes[0])
    let measuredKilometres = measured.distance(of: measured.routes[0])
    #expect(estimatedKilometres > 10)
    #expect(measuredKilometres < estimatedKilometres)
    let peniwen = try point("Peniwen")
    let office = RoadPoint.office(of: kecamatan)
    let back = office.location.distance(to: peniwen.location) * 1.3
    #expect(abs(measuredKilometres - (0.2 + back)) < 1e-9)
    #expect(measured.legs(of: measured.routes[0]).map(\.source).contains(.file))
    #expect(estimated.legs(of: estimated.routes[0]).allSatisfy { $0.source == .estimate })
  }

  @Test("proposer places the stop the file makes cheap")
  func proposerPlacesCheapStop() throws {
    let day = CalendarDay(year: 2026, month: 12, day: 4)
    // Room for one stop: by the estimate Peniwen (2.3 km straight) is the cheaper, and
    // the file makes Slorok (4.9 km straight) the cheaper instead.
    let couriers: [(id: Int64, capacity: Int)] = [(1, 1)]
    let estimated = try DispatchProposer.propose(
      day: day, candidates: try candidates(), couriers: couriers,
      roads: try RoadDistances(office: .office(of: kecamatan)))
    let cheap = try table("from;to;km\nKantor;Slorok;0.5\n")
    let measured = try DispatchProposer.propose(
      day: day, candidates: try candidates(), couriers: couriers,
      roads: try RoadDistances(office: .office(of: kecamatan), table: cheap))

    #expect(estimated.routes[0].stops.map(\.point.name) == ["Peniwen"])
    #expect(measured.routes[0].stops.map(\.point.name) == ["Slorok"])
    #expect(measured.unplaced.map(\.point.name) == ["Peniwen"])
    #expect(measured.distance(of: measured.routes[0]) == 1)
  }

  /// An urgent stop comes first, but the other documents at its place go with it in the
  /// same visit, instead of a second ride there once the urgent stops elsewhere are done.
  @Test("stops of one place share its most urgent priority")
  func placeSharesPriority() throws {
    let places: [(String, Int)] = [
      ("Slorok", 2), ("Slorok", 0), ("Peniwen", 2), ("Peniwen", 0), ("Jambuwer", 0),
    ]
    let candidates = try places.enumerated().map { index, place in
      DispatchCandidate(
        requestID: Int64(index + 1), number: RequestNumber(year: 2026, serial: index + 1),
        version: 1, point: try point(place.0), priority: place.1, pinnedCourierID: nil)
    }
    let proposal = try DispatchProposer.propose(
      day: CalendarDay(year: 2026, month: 12, day: 4), candidates: candidates,
      couriers: [(1, 10)], roads: try RoadDistances(office: .office(of: kecamatan)),
      options: PlannerOptions(timeLimit: 60, iterationLimit: 200))

    let visits = proposal.routes[0].stops.map(\.point.name)
    #expect(visits.count == 5)
    // Each place is visited once, and Jambuwer, with no urgent document, last.
    var seen: [String] = []
    for name in visits where seen.last != name { seen.append(name) }
    #expect(seen.count == 3, "\(visits)")
    #expect(visits.last == "Jambuwer", "\(visits)")
    // The stops keep their own priorities for the plan view's marks, and at each place
    // the urgent document comes first.
    let stops = proposal.routes[0].stops
    #expect(stops.filter { $0.priority == 2 }.count == 2)
    for index in stops.indices.dropFirst() where stops[index].point == stops[index - 1].point {
      #expect(stops[index - 1].priority >= stops[index].priority, "\(visits)")
    }
  }
}
