import Foundation

/// A change to a courier's record; nil fields stay as they are.
public struct CourierUpdate: Sendable, Equatable {
  public var name: String?
  /// Some(nil) removes the phone number.
  public var phone: PhoneNumber??
  public var vehicle: String?
  public var homeDesaCode: String?
  public var dailyCapacity: Int?
  public var workingDays: Set<Int>?
  public var isActive: Bool?
  /// The courier as the editor showed it. When set, the store rejects the update with
  /// `.courierConflict` if a field that it sets no longer has the shown value, so that
  /// a stale form cannot overwrite another user's change.
  public var basis: Courier?

  public init(
    name: String? = nil, phone: PhoneNumber?? = nil, vehicle: String? = nil,
    homeDesaCode: String? = nil, dailyCapacity: Int? = nil, workingDays: Set<Int>? = nil,
    isActive: Bool? = nil, basis: Courier? = nil
  ) {
    self.name = name
    self.phone = phone
    self.vehicle = vehicle
    self.homeDesaCode = homeDesaCode
    self.dailyCapacity = dailyCapacity
    self.workingDays = workingDays
    self.isActive = isActive
    self.basis = basis
  }

  /// Returns the update of the fields in which `edited` differs from `shown`, with
  /// `shown` as its basis: what an edit form sends.
  public static func changes(from shown: Courier, to edited: Courier) -> CourierUpdate {
    var update = CourierUpdate(basis: shown)
    if edited.name != shown.name { update.name = edited.name }
    if edited.phone != shown.phone { update.phone = .some(edited.phone) }
    if edited.vehicle != shown.vehicle { update.vehicle = edited.vehicle }
    if edited.homeDesaCode != shown.homeDesaCode { update.homeDesaCode = edited.homeDesaCode }
    if edited.dailyCapacity != shown.dailyCapacity { update.dailyCapacity = edited.dailyCapacity }
    if edited.workingDays != shown.workingDays { update.workingDays = edited.workingDays }
    if edited.isActive != shown.isActive { update.isActive = edited.isActive }
    return update
  }

  public var isEmpty: Bool {
    name == nil && phone == nil && vehicle == nil && homeDesaCode == nil && dailyCapacity == nil
      && workingDays == nil && isActive == nil
  }
}

/// ISO weekdays as offices write them: "1-5" is Monday to Friday, "1-6" adds Saturday,
/// "1,3,5" Monday, Wednesday and Friday.
public enum WorkingDays {
  public static let mondayToFriday: Set<Int> = [1, 2, 3, 4, 5]

  /// Parses "1-5", "1,3,5" or a mix; nil for anything outside 1…7 or malformed.
  public static func parse(_ text: String) -> Set<Int>? {
    var days = Set<Int>()
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
      guard (1...2).contains(bounds.count),
        let first = Int(bounds[0].trimmingCharacters(in: .whitespaces)),
        let last = Int(bounds[bounds.count - 1].trimmingCharacters(in: .whitespaces)),
        (1...7).contains(first), (1...7).contains(last), first <= last
      else { return nil }
      days.formUnion(first...last)
    }
    return days.isEmpty ? nil : days
  }

  /// Writes days as ranges: [1, 2, 3, 4, 5] → "1-5", [1, 3, 5] → "1,3,5".
  public static func format(_ days: Set<Int>) -> String {
    var parts: [String] = []
    var run: [Int] = []
    for day in days.sorted() {
      if let last = run.last, day == last + 1 {
        run.append(day)
      } else {
        if !run.isEmpty { parts.append(describe(run)) }
        run = [day]
      }
    }
    if !run.isEmpty { parts.append(describe(run)) }
    return parts.joined(separator: ",")
  }

  private static func describe(_ run: [Int]) -> String {
    run.count == 1 ? String(run[0]) : "\(run[0])-\(run[run.count - 1])"
  }
}
