/// A member of staff who takes documents to residents' homes.
public struct Courier: Sendable, Equatable, Identifiable, Codable {
  public let id: Int64
  public var name: String
  public var phone: PhoneNumber?
  /// "motor" (motorcycle) in practice; free text.
  public var vehicle: String
  /// Kemendagri code of the desa the courier lives in.
  public var homeDesaCode: String
  /// Stops the courier can make in one day.
  public var dailyCapacity: Int
  public var isActive: Bool
  /// ISO weekdays the courier works (1 Monday … 7 Sunday).
  public var workingDays: Set<Int>

  public init(
    id: Int64, name: String, phone: PhoneNumber?, vehicle: String, homeDesaCode: String,
    dailyCapacity: Int, isActive: Bool, workingDays: Set<Int> = WorkingDays.mondayToFriday
  ) {
    self.id = id
    self.name = name
    self.phone = phone
    self.vehicle = vehicle
    self.homeDesaCode = homeDesaCode
    self.dailyCapacity = dailyCapacity
    self.isActive = isActive
    self.workingDays = workingDays
  }

  /// Whether the courier works on `day`: active, one of their weekdays, and a working
  /// day of the office.
  public func isOnDuty(_ day: CalendarDay, calendar: WorkingCalendar) -> Bool {
    isActive && workingDays.contains(day.weekday) && calendar.isWorkingDay(day)
  }
}

/// The fields of a courier not yet stored.
public struct NewCourier: Sendable, Equatable {
  public var name: String
  public var phone: PhoneNumber?
  public var vehicle: String
  public var homeDesaCode: String
  public var dailyCapacity: Int
  public var workingDays: Set<Int>

  public init(
    name: String, phone: PhoneNumber?, vehicle: String, homeDesaCode: String, dailyCapacity: Int,
    workingDays: Set<Int> = WorkingDays.mondayToFriday
  ) {
    self.name = name
    self.phone = phone
    self.vehicle = vehicle
    self.homeDesaCode = homeDesaCode
    self.dailyCapacity = dailyCapacity
    self.workingDays = workingDays
  }
}
