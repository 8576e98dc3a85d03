import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

@testable import HDSDashboard

@Suite("Day plan with road distances")
struct DispatchDayRoadTests {
  private static let day = CalendarDay(containing: SampleFixture.now)

  private func propose(
    _ fixture: SampleFixture, language: Language = .indonesian
  ) throws -> Result<PlanView, StatusMessage> {
    try DispatchDay.propose(
      store: fixture.store, day: Self.day, calendar: WorkingCalendar(),
      kecamatan: Kromengan.kecamatan, catalog: Catalog(language))
  }

  private func writeRoadFile(_ text: String, in fixture: SampleFixture) throws {
    try text.write(
      toFile: fixture.store.roadDistancePath, atomically: true, encoding: .utf8)
  }

  /// A file that gives the office's distance to every dusun and desa point.
  private static var officeRows: String {
    var rows = ["from;to;km"]
    for desa in Kromengan.kecamatan.desa {
      rows.append("Kantor;\(desa.name);1")
      for dusun in desa.dusun { rows.append("Kantor;\(desa.name)/\(dusun.name);1") }
    }
    return rows.joined(separator: "\n")
  }

  @Test("no file: the estimate with the setting's factor")
  func noFile() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    try fixture.store.setRoadFactor(1.5, by: .operator("camat"), at: SampleFixture.now)

    let plan = try propose(fixture).get()
    #expect(plan.proposal.roadFactor == 1.5)
    let legs = plan.proposal.routes.flatMap { plan.proposal.legs(of: $0) }
    #expect(!legs.isEmpty)
    #expect(!legs.contains { $0.source == .file })
    #expect(
      PlanPane.distanceNote(plan.proposal, catalog: Catalog(.indonesian))
        == "Jarak dan waktu perkiraan: garis lurus × 1,5, 25 km/jam, 8 menit per alamat.")
  }

  @Test("file gives the office legs")
  func officeLegsFromFile() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    try writeRoadFile(Self.officeRows, in: fixture)

    let plan = try propose(fixture, language: .english).get()
    let proposal = plan.proposal
    for route in proposal.routes where !route.stops.isEmpty {
      let legs = proposal.legs(of: route)
      #expect(legs.first?.source == .file)
      #expect(legs.first?.kilometres == 1)
      #expect(legs.last?.source == .file)
    }
    let note = PlanPane.distanceNote(proposal, catalog: Catalog(.english))
    #expect(note.contains("legs from road-distances.csv, the rest straight line × 1.3"), "\(note)")
  }

  @Test("invalid file: no plan, the first problem shown")
  func invalidFile() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    try writeRoadFile("from;to;km\nKantor;Slorok;-1\nKantor;Peniwen;x\n", in: fixture)

    let result = try propose(fixture, language: .english)
    guard case .failure(let message) = result else {
      Issue.record("a plan was made from an invalid road-distances.csv")
      return
    }
    #expect(message.isError)
    #expect(
      message.text
        == "No plan made: road-distances.csv is invalid. line 2: km -1 is negative; write the"
        + " road distance in kilometres, 0 or more (problems in all: 2)")
  }
}
