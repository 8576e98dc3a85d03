import Foundation
import HDSCore

/// The request an action is aimed at, as the screen last showed it.
public struct RequestRef: Sendable, Equatable {
  public let id: Int64
  public let number: RequestNumber
  public let version: Int
  public let state: RequestState
  public let residentName: String
  public let document: DocumentKind
  /// A replacement KTP-el, whose handover form has the old-card switch.
  public let isReplacement: Bool
  /// Made from a print list and not completed yet, so it cannot be assigned.
  public let needsCompletion: Bool
  /// Failed delivery attempts so far.
  public let attempts: Int

  public init(_ row: QueueRow) {
    self.init(
      id: row.id, number: row.number, version: row.version, state: row.state,
      residentName: row.residentName, document: row.document, isReplacement: row.isReplacement,
      needsCompletion: row.needsCompletion, attempts: row.attempts)
  }

  public init(_ request: DeliveryRequest) {
    self.init(
      id: request.id, number: request.number, version: request.version, state: request.state,
      residentName: request.resident.name, document: request.document,
      isReplacement: request.isReplacement, needsCompletion: request.needsCompletion,
      attempts: request.attempts)
  }

  public init(
    id: Int64, number: RequestNumber, version: Int, state: RequestState, residentName: String,
    document: DocumentKind, isReplacement: Bool = false, needsCompletion: Bool = false,
    attempts: Int = 0
  ) {
    self.id = id
    self.number = number
    self.version = version
    self.state = state
    self.residentName = residentName
    self.document = document
    self.attempts = attempts
    self.isReplacement = isReplacement
    self.needsCompletion = needsCompletion
  }
}

/// A field of a dialog form.
public struct FormField: Sendable, Equatable {
  public enum Name: Sendable, Equatable {
    case courier, day, recipientKind, recipientName, relation, oldCard, handoverTime, reason, note
    case channel, laporNumber, category, weight, complainant, description
    case nik, name, kk, phone, desa, dusun, rw, rt, street, document, replacement
    case requirement(Requirement)
    case status, courierFilter, deliveryDayFilter, needsCompletion, sort, correctWhat
    case vehicle, homeDesa, capacity, workingDays, active
    case requestNumber, staff, complaintState, openOnly
    case answeredOn
    case answer(SurveyElement)
  }

  public enum Value: Sendable, Equatable {
    case text(String)
    /// Option labels and the index of the chosen one.
    case choice([String], Int)
    case toggle(Bool)
  }

  public let name: Name
  public let label: String
  public var value: Value
  public let isRequired: Bool

  public init(name: Name, label: String, value: Value, isRequired: Bool) {
    self.name = name
    self.label = label
    self.value = value
    self.isRequired = isRequired
  }

  public var text: String {
    if case .text(let text) = value { return text }
    return ""
  }

  public var choice: Int {
    if case .choice(_, let index) = value { return index }
    return 0
  }

  public var isOn: Bool {
    if case .toggle(let on) = value { return on }
    return false
  }
}

/// A dialog with only the fields its action needs, which becomes an `Effect` on Enter.
public struct Form: Sendable {
  public enum Purpose: Sendable {
    case assign([RequestRef], courierIDs: [Int64], days: [CalendarDay])
    /// The handover; `openedAt` is the time the form offered as the default.
    case deliver(RequestRef, replacement: Bool, openedAt: Date)
    case fail(RequestRef)
    case cancel([RequestRef])
    /// A new complaint, from a request in the queue or from the complaint pane. The
    /// calendar and the time the form opened give the deadline shown beside the weight.
    case complaint(RequestRef?, calendar: WorkingCalendar, openedAt: Date)
    /// An action on a complaint, with the note its event keeps.
    case complaintAction(ComplaintAction.Kind, Complaint, calendar: WorkingCalendar)
    /// The complaint pane's filter; its desa choice lists `Kecamatan`'s desa.
    case complaintFilter(Kecamatan)
    case intake(Kecamatan)
    case filter(courierIDs: [Int64], days: [CalendarDay], kecamatan: Kecamatan)
    case correct(RequestRef, Kecamatan)
    case undo(LastAction)
    /// A courier's record: nil for a new courier. The home desa is one of `Kecamatan`'s.
    case courier(Courier?, Kecamatan)
    /// A delivered request's satisfaction survey.
    case survey(SurveyFormTarget)
  }

  public let title: String
  public let purpose: Purpose
  /// The language of the labels, for fields the form adds as it changes.
  public let language: Language
  public var fields: [FormField]
  /// Index of the focused field in `fields`.
  public var focus = 0
  public var error: String?
  /// Whether the operator confirmed, with a second Enter, a new request with no
  /// requirement ticked.
  public var requirementsWaived = false
  /// A line of explanation above the fields, for a confirmation.
  public var body: String?
  /// For the assignment form: the offered days on which each courier is off duty.
  public var offDutyDays: [Int64: Set<CalendarDay>] = [:]
  /// The store's record of the request number typed in the form, once read: its resident
  /// and state, or nil for a number that no request has.
  public var requestLookup:
    (number: RequestNumber, found: (resident: String, state: RequestState)?)?

  init(title: String, purpose: Purpose, fields: [FormField], language: Language) {
    self.title = title
    self.purpose = purpose
    self.fields = fields
    self.language = language
  }

  public subscript(name: FormField.Name) -> FormField? {
    fields.first { $0.name == name }
  }

  func index(of name: FormField.Name) -> Int? {
    fields.firstIndex { $0.name == name }
  }

  /// Whether a field is shown: a relation only for someone other than the resident, a
  /// LAPOR! number only for the LAPOR! channel, the intake's replacement switch only for
  /// a KTP-el, a correction's fields only for what is corrected.
  public func isVisible(_ index: Int) -> Bool {
    let name = fields[index].name
    switch name {
    case .relation:
      if case .correct = purpose, correcting != .recipient { return false }
      return self[.recipientKind]?.choice != RecipientKind.allCases.firstIndex(of: .resident)
    case .laporNumber:
      return self[.channel]?.choice == ComplaintChannel.allCases.firstIndex(of: .lapor)
    case .replacement:
      return selectedDocument == .ktpEl
    default:
      break
    }
    guard case .correct = purpose, name != .correctWhat else { return true }
    switch correcting {
    case .recipient: return [.recipientKind, .recipientName].contains(name)
    case .address: return [.desa, .dusun, .rw, .rt, .street].contains(name)
    case .name: return name == .name
    case .phone: return name == .phone
    case .kk: return name == .kk
    }
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

  /// Changes the focused choice by `step`, flips a switch, or does nothing on text.
  ///
  /// In the handover form, choosing someone other than the resident empties the
  /// recipient's name when it still holds the resident's, so that the operator does
  /// not record the resident by mistake, and choosing the resident again fills it back in.
  public mutating func cycleChoice(by step: Int) {
    switch fields[focus].value {
    case .toggle(let on):
      fields[focus].value = .toggle(!on)
    case .choice(let options, let chosen) where !options.isEmpty:
      let next = (chosen + step + options.count) % options.count
      fields[focus].value = .choice(options, next)
      keepRecipientNameHonest()
      refreshDependents()
    default:
      break
    }
  }

  private mutating func keepRecipientNameHonest() {
    guard case .deliver(let target, _, _) = purpose, fields[focus].name == .recipientKind,
      let nameIndex = index(of: .recipientName)
    else { return }
    let isResident = RecipientKind.allCases[fields[focus].choice] == .resident
    let name = fields[nameIndex].text
    if !isResident && name == target.residentName {
      fields[nameIndex].value = .text("")
    } else if isResident && name.isEmpty {
      fields[nameIndex].value = .text(target.residentName)
    }
  }

  /// Types a character into the focused text field; a space flips a switch.
  public mutating func type(_ character: Character) {
    if case .toggle = fields[focus].value, character == " " {
      cycleChoice(by: 1)
      return
    }
    guard case .text(let text) = fields[focus].value, text.count < 200 else { return }
    fields[focus].value = .text(text + String(character))
  }

  /// Empties the focused text field, as Ctrl-U does on a shell's line.
  public mutating func clearField() {
    guard case .text = fields[focus].value else { return }
    fields[focus].value = .text("")
  }

  /// Deletes the last character of the focused text field.
  public mutating func deleteBackward() {
    guard case .text(let text) = fields[focus].value, !text.isEmpty else { return }
    fields[focus].value = .text(String(text.dropLast()))
  }
}

/// A form submitted with a field empty or invalid.
public struct FormIncomplete: Error, Sendable, Equatable {
  public let message: String
  /// Whether the same Enter again saves anyway: the form is whole, and the message wants
  /// the operator to confirm something unusual.
  public var asksToConfirm = false
}
