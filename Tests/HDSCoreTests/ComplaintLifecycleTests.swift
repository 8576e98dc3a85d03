import Testing

@testable import HDSCore

@Suite("Complaint lifecycle")
struct ComplaintLifecycleTests {
  /// The legal transitions. Every state and action pair missing here must be rejected.
  private static let legal: [ComplaintAction.Kind: [ComplaintState: ComplaintState]] = [
    .verify: [.received: .verified, .postponed: .verified],
    .postpone: [.received: .postponed],
    .notOurAuthority: [.received: .notOurAuthority, .postponed: .notOurAuthority],
    .archive: [.received: .archived, .postponed: .archived],
    .assign: [.verified: .assigned, .assigned: .assigned],
    .followUp: [.assigned: .inFollowUp],
    .resolve: [.inFollowUp: .resolved],
    .respond: Dictionary(uniqueKeysWithValues: ComplaintState.allCases.map { ($0, $0) }),
  ]

  /// Returns an action of `kind` with its note and staff member filled in.
  private static func completeAction(_ kind: ComplaintAction.Kind) -> ComplaintAction? {
    switch kind {
    case .log: return nil
    case .verify: return .verify(weight: .normative, note: "data cocok")
    case .postpone: return .postpone(note: "menunggu nomor permohonan")
    case .notOurAuthority: return .declareNotOurAuthority(note: "urusan Dukcapil")
    case .archive: return .archive(note: "aduan ganda")
    case .assign: return .assign(staff: "Rina Marlina", note: "")
    case .followUp: return .followUp(note: "")
    case .resolve: return .resolve(note: "dokumen sudah diterima")
    case .respond: return .respond(note: "pengadu ditelepon")
    }
  }

  @Test("every state and action pair", arguments: ComplaintState.allCases)
  func everyPair(state: ComplaintState) throws {
    for kind in ComplaintAction.Kind.applicable {
      let action = try #require(Self.completeAction(kind))
      if let expected = Self.legal[kind]?[state] {
        let next = try ComplaintLifecycle.apply(action, toComplaint: 5, in: state)
        #expect(next == expected, "\(kind.rawValue) from \(state.rawValue)")
        #expect(ComplaintLifecycle.allows(kind, from: state))
      } else {
        #expect(
          throws: ComplaintLifecycleError.illegalTransition(
            complaint: 5, state: state, action: kind),
          "\(kind.rawValue) from \(state.rawValue)"
        ) {
          try ComplaintLifecycle.apply(action, toComplaint: 5, in: state)
        }
        #expect(!ComplaintLifecycle.allows(kind, from: state))
      }
    }
  }

  @Test("log is never applicable", arguments: ComplaintState.allCases)
  func logNeverApplies(state: ComplaintState) {
    #expect(!ComplaintLifecycle.allows(.log, from: state))
    #expect(!ComplaintAction.Kind.applicable.contains(.log))
  }

  @Test("closed states allow only respond")
  func closedStates() {
    for state in ComplaintState.allCases where !state.isOpen {
      let allowed = ComplaintAction.Kind.applicable.filter {
        ComplaintLifecycle.allows($0, from: state)
      }
      #expect(allowed == [.respond], "\(state.rawValue)")
    }
  }

  @Test(
    "note required",
    arguments: [
      ComplaintAction.postpone(note: " "), .declareNotOurAuthority(note: ""), .archive(note: ""),
      .respond(note: "\n"),
    ])
  func noteRequired(action: ComplaintAction) {
    #expect(
      throws: ComplaintLifecycleError.missingField(complaint: 9, action: action.kind, field: .note)
    ) {
      try ComplaintLifecycle.apply(action, toComplaint: 9, in: .received)
    }
  }

  @Test("resolve needs a note")
  func resolveNote() {
    #expect(
      throws: ComplaintLifecycleError.missingField(complaint: 9, action: .resolve, field: .note)
    ) {
      try ComplaintLifecycle.apply(.resolve(note: ""), toComplaint: 9, in: .inFollowUp)
    }
  }

  @Test("empty note accepted for verify, assign, follow-up")
  func optionalNotes() throws {
    #expect(
      try ComplaintLifecycle.apply(.verify(weight: nil, note: ""), toComplaint: 1, in: .received)
        == .verified)
    #expect(
      try ComplaintLifecycle.apply(.assign(staff: "Joko", note: ""), toComplaint: 1, in: .verified)
        == .assigned)
    #expect(
      try ComplaintLifecycle.apply(.followUp(note: ""), toComplaint: 1, in: .assigned)
        == .inFollowUp)
  }

  @Test("assign needs a staff member", arguments: ["", "   "])
  func assignStaff(staff: String) {
    #expect(
      throws: ComplaintLifecycleError.missingField(complaint: 3, action: .assign, field: .staff)
    ) {
      try ComplaintLifecycle.apply(.assign(staff: staff, note: "x"), toComplaint: 3, in: .verified)
    }
  }

  @Test("note too long")
  func noteTooLong() {
    let note = String(repeating: "a", count: ComplaintLifecycle.maximumNoteLength + 1)
    #expect(
      throws: ComplaintLifecycleError.noteTooLong(
        complaint: 3, characters: ComplaintLifecycle.maximumNoteLength + 1)
    ) {
      try ComplaintLifecycle.apply(.respond(note: note), toComplaint: 3, in: .received)
    }
  }

  @Test("illegal message names the states allowed")
  func illegalMessage() {
    let error = ComplaintLifecycleError.illegalTransition(
      complaint: 4, state: .received, action: .resolve)
    #expect(error.description == "complaint 4 is received; resolve needs in-follow-up")
  }

  @Test("action kinds and notes")
  func kindsAndNotes() {
    let action = ComplaintAction.assign(staff: "Wulan", note: "segera")
    #expect(action.kind == .assign)
    #expect(action.note == "segera")
    #expect(ComplaintAction.declareNotOurAuthority(note: "x").kind.rawValue == "not-our-authority")
  }
}
