import HDSCore

/// The request an action is aimed at, as the screen last showed it.
public struct RequestRef: Sendable, Equatable {
  public let id: Int64
  public let number: RequestNumber
  public let version: Int
  public let state: RequestState
  public let residentName: String
  public let document: DocumentKind

  public init(_ row: QueueRow) {
    self.init(
      id: row.id, number: row.number, version: row.version, state: row.state,
      residentName: row.residentName, document: row.document)
  }

  public init(_ request: DeliveryRequest) {
    self.init(
      id: request.id, number: request.number, version: request.version, state: request.state,
      residentName: request.resident.name, document: request.document)
  }

  public init(
    id: Int64, number: RequestNumber, version: Int, state: RequestState, residentName: String,
    document: DocumentKind
  ) {
    self.id = id
    self.number = number
    self.version = version
    self.state = state
    self.residentName = residentName
    self.document = document
  }
}

/// A field of a dialog form.
public struct FormField: Sendable, Equatable {
  public enum Name: Sendable, Equatable {
    case courier, day, recipientKind, recipientName, relation, reason, note
    case channel, laporNumber, category, weight, complainant, description
  }

  public enum Value: Sendable, Equatable {
    case text(String)
    /// Option labels and the index of the chosen one.
    case choice([String], Int)
  }

  public let name: Name
  public let label: String
  public var value: Value
  public let isRequired: Bool

  public var text: String {
    if case .text(let text) = value { return text }
    return ""
  }

  public var choice: Int {
    if case .choice(_, let index) = value { return index }
    return 0
  }
}

/// A dialog that asks only what its action needs, then becomes an `Effect`.
public struct Form: Sendable {
  public enum Purpose: Sendable {
    case assign(RequestRef, courierIDs: [Int64], days: [CalendarDay])
    case deliver(RequestRef)
    case fail(RequestRef)
    case cancel(RequestRef)
    case complaint(RequestRef)
  }

  public let title: String
  public let purpose: Purpose
  public var fields: [FormField]
  /// Index of the focused field in `fields`.
  public var focus = 0
  public var error: String?

  init(title: String, purpose: Purpose, fields: [FormField]) {
    self.title = title
    self.purpose = purpose
    self.fields = fields
  }

  /// Whether a field is shown: a relation only for someone other than the resident, a
  /// LAPOR! number only for the LAPOR! channel.
  public func isVisible(_ index: Int) -> Bool {
    switch fields[index].name {
    case .relation:
      return self[.recipientKind]?.choice != RecipientKind.allCases.firstIndex(of: .resident)
    case .laporNumber:
      return self[.channel]?.choice == ComplaintChannel.allCases.firstIndex(of: .lapor)
    default:
      return true
    }
  }

  public subscript(name: FormField.Name) -> FormField? {
    fields.first { $0.name == name }
  }

  /// Moves the focus to the next (or previous) visible field, wrapping round.
  public mutating func moveFocus(by step: Int) {
    var index = focus
    for _ in fields.indices {
      index = (index + step + fields.count) % fields.count
      if isVisible(index) { break }
    }
    focus = index
  }

  /// Changes the focused choice by `step`, or does nothing on a text field.
  ///
  /// In the handover form, choosing someone other than the resident empties the
  /// recipient's name when it still holds the resident's, so that nobody records the
  /// resident by mistake; choosing the resident again fills it back in.
  public mutating func cycleChoice(by step: Int) {
    guard case .choice(let options, let chosen) = fields[focus].value, !options.isEmpty else {
      return
    }
    let next = (chosen + step + options.count) % options.count
    fields[focus].value = .choice(options, next)

    guard case .deliver(let target) = purpose, fields[focus].name == .recipientKind,
      let nameIndex = fields.firstIndex(where: { $0.name == .recipientName })
    else { return }
    let isResident = RecipientKind.allCases[next] == .resident
    let name = fields[nameIndex].text
    if !isResident && name == target.residentName {
      fields[nameIndex].value = .text("")
    } else if isResident && name.isEmpty {
      fields[nameIndex].value = .text(target.residentName)
    }
  }

  /// Types a character into the focused text field.
  public mutating func type(_ character: Character) {
    guard case .text(let text) = fields[focus].value, text.count < 200 else { return }
    fields[focus].value = .text(text + String(character))
  }

  /// Deletes the last character of the focused text field.
  public mutating func deleteBackward() {
    guard case .text(let text) = fields[focus].value, !text.isEmpty else { return }
    fields[focus].value = .text(String(text.dropLast()))
  }

  /// Returns the effect the filled form asks for, or the message naming the first
  /// required field left empty.
  public func submission(catalog: Catalog) -> Result<Effect, FormIncomplete> {
    for index in fields.indices where isVisible(index) && fields[index].isRequired {
      if case .text(let text) = fields[index].value,
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      {
        return .failure(FormIncomplete(message: catalog.format(.formRequired, fields[index].label)))
      }
    }
    if case .fail = purpose,
      FailureReason.allCases[self[.reason]?.choice ?? 0] == .other,
      (self[.note]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    {
      return .failure(FormIncomplete(message: catalog[.formNoteForOther]))
    }
    return .success(effect())
  }

  private func effect() -> Effect {
    func text(_ name: FormField.Name) -> String {
      (self[name]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
    func choice(_ name: FormField.Name) -> Int { self[name]?.choice ?? 0 }

    switch purpose {
    case .assign(let target, let courierIDs, let days):
      let action = RequestAction.assign(
        courierID: courierIDs[choice(.courier)], day: days[choice(.day)])
      return .apply(action, target)
    case .deliver(let target):
      let kind = RecipientKind.allCases[choice(.recipientKind)]
      let handover = Handover(
        recipientKind: kind, recipientName: text(.recipientName),
        relation: kind == .resident ? "" : text(.relation))
      return .apply(.deliver(handover), target)
    case .fail(let target):
      return .apply(
        .failAttempt(FailureReason.allCases[choice(.reason)], note: text(.note)), target)
    case .cancel(let target):
      return .apply(.cancel(reason: text(.reason)), target)
    case .complaint(let target):
      let channel = ComplaintChannel.allCases[choice(.channel)]
      let complaint = NewComplaint(
        channel: channel, laporNumber: channel == .lapor ? text(.laporNumber) : nil,
        category: ComplaintCategory.allCases[choice(.category)],
        weight: ComplaintWeight.allCases[choice(.weight)],
        complainantName: text(.complainant), requestID: target.id,
        description: text(.description))
      return .logComplaint(complaint)
    }
  }
}

/// A form submitted with a required field empty.
public struct FormIncomplete: Error, Sendable, Equatable {
  public let message: String
}
