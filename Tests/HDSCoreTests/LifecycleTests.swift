import Testing

@testable import HDSCore

@Suite("Lifecycle")
struct LifecycleTests {
  private let number = RequestNumber(year: 2026, serial: 123)

  /// The legal transitions for a request with no failed attempts under the default
  /// setting of 2 attempts. Every pair missing here must be rejected.
  private static let legal: [RequestAction.Kind: [RequestState: RequestState]] = [
    .sendToDukcapil: [.received: .inProcess],
    .markReady: [.inProcess: .ready],
    .assign: [.ready: .assigned, .assigned: .assigned],
    .unassign: [.assigned: .ready],
    .dispatch: [.assigned: .outForDelivery],
    .deliver: [.outForDelivery: .delivered, .returnedToOffice: .delivered],
    .failAttempt: [.outForDelivery: .ready],
    .cancel: [
      .received: .cancelled, .inProcess: .cancelled, .ready: .cancelled, .assigned: .cancelled,
      .outForDelivery: .cancelled, .returnedToOffice: .cancelled,
    ],
  ]

  /// Returns an action of `kind` with every field it needs filled in.
  private static func completeAction(_ kind: RequestAction.Kind) -> RequestAction? {
    switch kind {
    case .create, .correct, .undo, .route: return nil
    case .sendToDukcapil: return .sendToDukcapil
    case .markReady: return .markReady
    case .assign: return .assign(courierID: 7, day: CalendarDay(year: 2026, month: 1, day: 12))
    case .unassign: return .unassign
    case .dispatch: return .dispatch
    case .deliver: return .deliver(Handover(recipientKind: .resident, recipientName: "Siti Aminah"))
    case .failAttempt: return .failAttempt(.notAtHome, note: "")
    case .cancel: return .cancel(reason: "resident moved away")
    }
  }

  private static var actionKinds: [RequestAction.Kind] {
    // Creation, corrections and undo are events of the store, not lifecycle actions.
    RequestAction.Kind.allCases.filter { ![.create, .correct, .undo, .route].contains($0) }
  }

  // MARK: - Every action in every state

  @Test("legal pairs reach their target", arguments: actionKinds, RequestState.allCases)
  func legalPair(kind: RequestAction.Kind, state: RequestState) throws {
    guard let target = Self.legal[kind]?[state] else { return }
    let action = try #require(Self.completeAction(kind))

    let outcome = try Lifecycle().apply(action, to: number, in: state, attempts: 0)

    #expect(outcome.state == target)
  }

  @Test("illegal pairs throw", arguments: actionKinds, RequestState.allCases)
  func illegalPair(kind: RequestAction.Kind, state: RequestState) throws {
    guard Self.legal[kind]?[state] == nil else { return }
    let action = try #require(Self.completeAction(kind))

    #expect(throws: LifecycleError.illegalTransition(request: number, state: state, action: kind)) {
      try Lifecycle().apply(action, to: number, in: state, attempts: 0)
    }
  }

  @Test("allows matches the table", arguments: RequestAction.Kind.allCases, RequestState.allCases)
  func allowsTable(kind: RequestAction.Kind, state: RequestState) {
    let expected = Self.legal[kind]?[state] != nil
    #expect(Lifecycle.allows(kind, from: state) == expected)
  }

  @Test("illegal transition message", arguments: RequestState.allCases)
  func illegalMessage(state: RequestState) throws {
    let kind: RequestAction.Kind = state == .received ? .dispatch : .sendToDukcapil
    let action = try #require(Self.completeAction(kind))

    let error = #expect(throws: LifecycleError.self) {
      try Lifecycle().apply(action, to: number, in: state, attempts: 0)
    }

    let text = try #require(error).description
    #expect(text.contains("HDS-2026-000123"))
    #expect(text.contains(state.rawValue))
    #expect(text.contains(kind.rawValue))
  }

  @Test("final states allow nothing", arguments: [RequestState.delivered, .cancelled])
  func finalState(state: RequestState) {
    #expect(state.isFinal)
    for kind in RequestAction.Kind.allCases {
      #expect(!Lifecycle.allows(kind, from: state), "\(kind) from \(state)")
    }
  }

  @Test("attempts kept by other actions")
  func attemptsKept() throws {
    let action = RequestAction.assign(courierID: 3, day: CalendarDay(year: 2026, month: 1, day: 12))

    let outcome = try Lifecycle().apply(action, to: number, in: .ready, attempts: 1)

    #expect(outcome.state == .assigned)
    #expect(outcome.attempts == 1)
  }

  // MARK: - Failed attempts

  @Test("default allows 2 attempts")
  func defaultMaxAttempts() {
    #expect(Lifecycle().maxAttempts == 2)
  }

  @Test("max attempts at least 1", arguments: [0, -3])
  func maxAttemptsClamped(setting: Int) {
    #expect(Lifecycle(maxAttempts: setting).maxAttempts == 1)
  }

  @Test(
    "failed attempt counts and returns",
    arguments: [
      // (maxAttempts, attempts before, state after, attempts after)
      (1, 0, RequestState.returnedToOffice, 1),
      (2, 0, .ready, 1),
      (2, 1, .returnedToOffice, 2),
      (3, 0, .ready, 1),
      (3, 1, .ready, 2),
      (3, 2, .returnedToOffice, 3),
    ])
  func failedAttempt(maxAttempts: Int, before: Int, state: RequestState, after: Int) throws {
    let lifecycle = Lifecycle(maxAttempts: maxAttempts)

    let outcome = try lifecycle.apply(
      .failAttempt(.addressNotFound, note: ""), to: number, in: .outForDelivery,
      attempts: before)

    #expect(outcome.state == state)
    #expect(outcome.attempts == after)
  }

  @Test("full round of attempts")
  func attemptRound() throws {
    let lifecycle = Lifecycle(maxAttempts: 2)
    let day = CalendarDay(year: 2026, month: 1, day: 12)
    var state = RequestState.ready
    var attempts = 0

    for action in [
      RequestAction.assign(courierID: 1, day: day), .dispatch, .failAttempt(.notAtHome, note: ""),
      .assign(courierID: 2, day: day.adding(days: 1)), .dispatch,
      .failAttempt(.refused, note: ""),
    ] {
      let outcome = try lifecycle.apply(action, to: number, in: state, attempts: attempts)
      state = outcome.state
      attempts = outcome.attempts
    }

    #expect(state == .returnedToOffice)
    #expect(attempts == 2)
  }

  @Test("collection at the counter")
  func counterCollection() throws {
    let handover = Handover(recipientKind: .resident, recipientName: "Siti Aminah")

    let outcome = try Lifecycle().apply(
      .deliver(handover), to: number, in: .returnedToOffice, attempts: 2)

    #expect(outcome.state == .delivered)
    #expect(outcome.attempts == 2)
  }

  // MARK: - Missing fields

  @Test("deliver without recipient name", arguments: ["", "   "])
  func deliverNoName(name: String) {
    let handover = Handover(recipientKind: .resident, recipientName: name)

    #expect(
      throws: LifecycleError.missingField(
        request: number, action: .deliver, field: .recipientName)
    ) {
      try Lifecycle().apply(.deliver(handover), to: number, in: .outForDelivery, attempts: 0)
    }
  }

  @Test("deliver without relation", arguments: [RecipientKind.familyMember, .proxy])
  func deliverNoRelation(kind: RecipientKind) {
    let handover = Handover(recipientKind: kind, recipientName: "Budi Santoso", relation: " ")

    #expect(
      throws: LifecycleError.missingField(
        request: number, action: .deliver, field: .relation)
    ) {
      try Lifecycle().apply(.deliver(handover), to: number, in: .outForDelivery, attempts: 0)
    }
  }

  @Test("deliver with relation", arguments: [RecipientKind.familyMember, .proxy])
  func deliverWithRelation(kind: RecipientKind) throws {
    let handover = Handover(recipientKind: kind, recipientName: "Budi Santoso", relation: "suami")

    let outcome = try Lifecycle().apply(
      .deliver(handover), to: number, in: .outForDelivery, attempts: 0)

    #expect(outcome.state == .delivered)
  }

  @Test("resident needs no relation")
  func residentNoRelation() throws {
    let handover = Handover(recipientKind: .resident, recipientName: "Siti Aminah", relation: "")

    let outcome = try Lifecycle().apply(
      .deliver(handover), to: number, in: .outForDelivery, attempts: 0)

    #expect(outcome.state == .delivered)
  }

  @Test("reason other without note", arguments: ["", "  "])
  func failOtherNoNote(note: String) {
    #expect(
      throws: LifecycleError.missingField(
        request: number, action: .failAttempt, field: .noteForOther)
    ) {
      try Lifecycle().apply(
        .failAttempt(.other, note: note), to: number, in: .outForDelivery, attempts: 0)
    }
  }

  @Test("reason other with note")
  func failOtherWithNote() throws {
    let outcome = try Lifecycle().apply(
      .failAttempt(.other, note: "bridge closed by flood"), to: number, in: .outForDelivery,
      attempts: 0)

    #expect(outcome.state == .ready)
    #expect(outcome.attempts == 1)
  }

  @Test(
    "named reasons need no note",
    arguments: FailureReason.allCases.filter { $0 != .other })
  func failNamedReason(reason: FailureReason) throws {
    let outcome = try Lifecycle().apply(
      .failAttempt(reason, note: ""), to: number, in: .outForDelivery, attempts: 0)

    #expect(outcome.state == .ready)
  }

  @Test("cancel without reason", arguments: ["", "   "])
  func cancelNoReason(reason: String) {
    #expect(
      throws: LifecycleError.missingField(request: number, action: .cancel, field: .reason)
    ) {
      try Lifecycle().apply(.cancel(reason: reason), to: number, in: .ready, attempts: 0)
    }
  }

  @Test("missing field message")
  func missingFieldMessage() {
    let error = LifecycleError.missingField(request: number, action: .cancel, field: .reason)

    #expect(error.description.contains("HDS-2026-000123"))
    #expect(error.description.contains("cancel"))
    #expect(error.description.contains("reason"))
  }

  @Test("state checked before fields")
  func stateBeforeFields() {
    #expect(
      throws: LifecycleError.illegalTransition(request: number, state: .delivered, action: .cancel)
    ) {
      try Lifecycle().apply(.cancel(reason: ""), to: number, in: .delivered, attempts: 0)
    }
  }
}

// MARK: Dispatch day

extension LifecycleTests {
  private static let saturday = CalendarDay(year: 2026, month: 12, day: 5)

  @Test("dispatch on the delivery day passes")
  func dispatchOnDeliveryDay() throws {
    try Lifecycle.checkDispatchDay(of: number, deliveryDay: Self.saturday, today: Self.saturday)
  }

  @Test("dispatch for a later day rejected")
  func dispatchForLaterDay() {
    let monday = Self.saturday.adding(days: 2)
    let error = #expect(throws: LifecycleError.self) {
      try Lifecycle.checkDispatchDay(of: number, deliveryDay: monday, today: Self.saturday)
    }
    #expect(error == .notDeliveryDay(request: number, deliveryDay: monday, today: Self.saturday))
    #expect(error?.description.contains("2026-12-07") == true)
  }

  @Test("dispatch for an earlier day rejected")
  func dispatchForEarlierDay() {
    let friday = Self.saturday.adding(days: -1)
    #expect(throws: LifecycleError.self) {
      try Lifecycle.checkDispatchDay(of: number, deliveryDay: friday, today: Self.saturday)
    }
  }

  @Test("dispatch without a delivery day passes")
  func dispatchWithoutDay() throws {
    try Lifecycle.checkDispatchDay(of: number, deliveryDay: nil, today: Self.saturday)
  }
}
