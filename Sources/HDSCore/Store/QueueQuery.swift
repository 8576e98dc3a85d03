import Foundation

/// Which requests a queue view lists and in what order.
///
/// Every filter left nil lets all values through; filters combine with AND.
public struct QueueQuery: Sendable, Equatable {
  public enum Sort: String, Sendable, CaseIterable {
    /// Oldest first: by the time the document became ready, or was applied for when it is
    /// not printed yet.
    case age
    case desa
    case document
    case state
  }

  /// The states listed; the default is the pending queue.
  public var states: [RequestState]
  public var desaCode: String?
  public var document: DocumentKind?
  public var courierID: Int64?
  /// The day a courier is to deliver, as set by assign.
  public var deliveryDay: CalendarDay?
  /// Only requests created from a print list that the operator still has to complete.
  public var needsCompletionOnly: Bool
  public var sort: Sort

  public init(
    states: [RequestState] = RequestState.pending, desaCode: String? = nil,
    document: DocumentKind? = nil, courierID: Int64? = nil, deliveryDay: CalendarDay? = nil,
    needsCompletionOnly: Bool = false, sort: Sort = .age
  ) {
    self.states = states
    self.desaCode = desaCode
    self.document = document
    self.courierID = courierID
    self.deliveryDay = deliveryDay
    self.needsCompletionOnly = needsCompletionOnly
    self.sort = sort
  }

  public static let pending = QueueQuery()

  /// Whether any filter beyond the pending states is set.
  public var isFiltered: Bool {
    states != RequestState.pending || desaCode != nil || document != nil || courierID != nil
      || deliveryDay != nil || needsCompletionOnly
  }
}

/// What `/` search looks for, read from what the operator typed.
///
/// Digits match a NIK by prefix, a phone number by prefix once written as +62, and (up to
/// 6 digits, not starting 08) a request serial exactly; "HDS-2026-000123" matches that number; anything else matches
/// names containing it, ignoring case.
public struct SearchTerm: Sendable, Equatable {
  public let text: String
  public let nikPrefix: String?
  public let phonePrefix: String?
  public let number: RequestNumber?
  public let serial: Int?
  public let name: String?

  public init(_ typed: String) {
    text = typed
    let trimmed = typed.trimmingCharacters(in: .whitespaces)
    let digits = trimmed.filter { !" .-".contains($0) }
    let allDigits = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }

    number = RequestNumber(trimmed)
    if allDigits || (digits.hasPrefix("+") && digits.dropFirst().allSatisfy(\.isNumber)) {
      let plain = digits.hasPrefix("+") ? String(digits.dropFirst()) : digits
      nikPrefix = digits.hasPrefix("+") ? nil : plain
      if plain.hasPrefix("62") {
        phonePrefix = "+" + plain
      } else if plain.hasPrefix("0") && plain.count > 1 {
        phonePrefix = "+62" + plain.dropFirst()
      } else {
        phonePrefix = nil
      }
      // "08…" is how phone numbers start, never a serial someone would type.
      serial = plain.count <= 6 && !plain.hasPrefix("08") ? Int(plain) : nil
      name = nil
    } else {
      nikPrefix = nil
      phonePrefix = nil
      serial = nil
      name = number == nil && !trimmed.isEmpty ? trimmed : nil
    }
  }

  public var isEmpty: Bool { text.trimmingCharacters(in: .whitespaces).isEmpty }
}
