import Foundation

/// One kecamatan's HDS store in a kabupaten database, with its totals of a day.
public struct KecamatanFigures: Sendable, Equatable {
  public let code: KecamatanCode
  /// The PostgreSQL schema that contains the store.
  public let schema: String
  /// Ready, assigned and out for delivery now.
  public var pending: Int
  /// Pending requests past their service-time target on the day, by the store's own
  /// targets, as the kecamatan's own summary counts them.
  public var overdue: Int
  public var deliveredOnDay: Int
  /// Complaints not yet resolved, archived or found outside the office's authority.
  public var openComplaints: Int
  /// The store's schema version when this program cannot read it (an office that runs
  /// an older or newer HDS); nil when it can. Such a store's figures are 0 and left out
  /// of the kabupaten's sums, and a viewer cannot switch to it.
  public var otherVersion: Int?

  public init(
    code: KecamatanCode, schema: String, pending: Int, overdue: Int, deliveredOnDay: Int,
    openComplaints: Int, otherVersion: Int? = nil
  ) {
    self.code = code
    self.schema = schema
    self.pending = pending
    self.overdue = overdue
    self.deliveredOnDay = deliveredOnDay
    self.openComplaints = openComplaints
    self.otherVersion = otherVersion
  }
}

/// A kecamatan code that more than one store of the database claims.
public struct KecamatanConflict: Sendable, Equatable {
  public let code: KecamatanCode
  /// The schemas that claim `code`, in name order.
  public let schemas: [String]

  public init(code: KecamatanCode, schemas: [String]) {
    self.code = code
    self.schemas = schemas
  }
}

/// The totals of every kecamatan store of a kabupaten database, and their sum.
public struct KabupatenFigures: Sendable, Equatable {
  public let day: CalendarDay
  /// One entry per store, in code order. The stores of a code in `conflicts` are left
  /// out, because neither store's figures can be attributed to that kecamatan.
  public let kecamatan: [KecamatanFigures]
  /// Codes claimed by more than one store, until an office sets its code right.
  public let conflicts: [KecamatanConflict]
  /// The sums over `kecamatan`, computed by the database.
  public let pending: Int
  public let overdue: Int
  public let deliveredOnDay: Int
  public let openComplaints: Int

  public init(
    day: CalendarDay, kecamatan: [KecamatanFigures], pending: Int, overdue: Int,
    deliveredOnDay: Int, openComplaints: Int, conflicts: [KecamatanConflict] = []
  ) {
    self.day = day
    self.kecamatan = kecamatan
    self.conflicts = conflicts
    self.pending = pending
    self.overdue = overdue
    self.deliveredOnDay = deliveredOnDay
    self.openComplaints = openComplaints
  }

  /// Returns the store of `code`, or nil when the database has none.
  public func figures(of code: KecamatanCode) -> KecamatanFigures? {
    kecamatan.first { $0.code == code }
  }
}

/// A store that sees every kecamatan of a kabupaten database and can switch between them:
/// Dukcapil's read-only viewer on PostgreSQL. A SQLite store holds one kecamatan and is
/// never one.
public protocol KabupatenStore: AnyObject, Sendable {
  /// Reads every HDS store of the database that the role may read, with its totals on
  /// `day` from the counter tables. Its overdue requests are counted by its own
  /// service-time targets in working days of `calendar`. A store at another schema version
  /// is listed with `otherVersion` and no figures. Stores that claim one kecamatan code
  /// are left out and named in `conflicts`.
  func kabupatenFigures(on day: CalendarDay, calendar: WorkingCalendar) throws(StoreError)
    -> KabupatenFigures

  /// A number that changes when any session commits a change to any HDS store of the
  /// database. Cheap enough for every refresh tick.
  func kabupatenChangeToken() throws(StoreError) -> Int64

  /// Makes every later call read the store of `code`. Throws `.invalid` when the database
  /// has no store of that kecamatan that the role may read or more than one store claims
  /// the code, and `.incompatible` when its
  /// store has another schema version than this program's.
  func switchKecamatan(to code: KecamatanCode) throws(StoreError)
}
