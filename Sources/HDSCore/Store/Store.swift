import Foundation

/// The program's only way to the data: queries that return pages, counts and aggregates,
/// and commands that each run as one transaction with their event rows.
///
/// SQLite implements it for one kecamatan; a server database can take its place for a
/// whole kabupaten. Implementations are safe to call from any thread; calls are
/// serialised inside. No query loads a whole table: lists come in pages, and totals
/// come from counters the store keeps or from indexed aggregates.
public protocol Store: ComplaintStore, SurveyStore, StatisticsStore, AuditStore {
  // MARK: Change detection

  /// Returns a number that changes whenever any process, this one included, commits a change.
  /// Cheap enough to call on every refresh tick.
  func changeToken() throws(StoreError) -> Int64

  // MARK: Queries

  /// Request counts by state, deliveries and failures on `day`, open complaints.
  func totals(on day: CalendarDay) throws(StoreError) -> Totals

  /// Returns a page of the pending queue (ready, assigned, out for delivery), oldest ready
  /// first.
  func pendingQueue(offset: Int, limit: Int) throws(StoreError) -> Page<QueueRow>

  /// Returns one row per active courier with their counts for `day`, in name order.
  func courierBoard(on day: CalendarDay) throws(StoreError) -> [CourierDayRow]

  /// Pending and delivered counts per desa code, for the desa that have any.
  func desaLoads(on day: CalendarDay) throws(StoreError) -> [DesaLoad]

  /// Returns the id of the request with this number, in any state, or nil.
  func requestID(number: RequestNumber) throws(StoreError) -> Int64?

  /// Returns the stored resident with this NIK, or nil.
  func resident(nik: NIK) throws(StoreError) -> Resident?

  /// Returns the request with its resident, courier, whole event history, linked
  /// complaints and survey response.
  func requestDetail(id: Int64) throws(StoreError) -> RequestDetail

  /// Couriers in name order.
  func couriers(includeInactive: Bool) throws(StoreError) -> [Courier]

  /// Failed attempts allowed before a request is returned to the office.
  func maxAttempts() throws(StoreError) -> Int

  /// Straight-line distance times this factor estimates a road distance that
  /// `road-distances.csv` does not give; within `RoadDistances.roadFactorRange`.
  func roadFactor() throws(StoreError) -> Double

  /// The Kemendagri code of the kecamatan whose office keeps this store: the
  /// `kecamatan_code` setting, Kromengan's 35.07.31 when none is set.
  func kecamatanCode() throws(StoreError) -> KecamatanCode

  /// The kecamatan of `kecamatanCode()` with its desa geography: the region file imported
  /// for that code, else the built-in Kromengan for 35.07.31, else the kecamatan without
  /// desa. Its office is the `office` setting when one is set.
  func kecamatan() throws(StoreError) -> Kecamatan

  /// Returns the text of the office's `road-distances.csv` kept with the store, or nil
  /// when there is none. Throws `.invalid` when the file exists but cannot be read as
  /// UTF-8 text; parse it with `RoadDistanceTable(parsing:in:)`.
  func roadDistanceText() throws(StoreError) -> String?

  // MARK: Commands

  /// Stores a new request in state received, with its resident and a creation event.
  func createRequest(_ request: NewRequest, by actor: Actor, at time: Date) throws(StoreError)
    -> DeliveryRequest

  /// Applies `action` to the request as one transaction: checks the transition against
  /// the request's current state inside the transaction, writes the new state and one
  /// event. With `expectedVersion`, rejects the action with `.conflict` when the request
  /// changed since the caller read it.
  func apply(
    _ action: RequestAction, to requestID: Int64, expectedVersion: Int?, by actor: Actor,
    at time: Date
  ) throws(StoreError) -> DeliveryRequest

  /// Stores a new active courier.
  func addCourier(_ courier: NewCourier, by actor: Actor, at time: Date) throws(StoreError)
    -> Courier

  // MARK: Queue views and search

  /// Returns a page of the requests `query` selects, in its order (ties broken by id).
  func queue(_ query: QueueQuery, offset: Int, limit: Int) throws(StoreError) -> Page<QueueRow>

  /// Returns the position in `query`'s order of the next request matching `term`, searching
  /// forward (or backward) from `position` itself and wrapping round; nil when none
  /// matches.
  func find(_ term: SearchTerm, in query: QueueQuery, from position: Int, forward: Bool)
    throws(StoreError) -> Int?

  /// Returns the open request (not delivered or cancelled) of this NIK for this document,
  /// if any. `createRequest` rejects a second one with `.duplicate`.
  func openRequest(nik: NIK, document: DocumentKind) throws(StoreError) -> RequestNumber?

  // MARK: Couriers and routes

  /// Changes a courier's record with one courier event naming the changed fields.
  /// Deactivating a courier keeps their history; their open assignments stay until
  /// reassigned. Throws `.invalid` for an empty name, a capacity below 1, an unknown
  /// home desa, or no working day.
  func updateCourier(id: Int64, _ update: CourierUpdate, by actor: Actor, at time: Date)
    throws(StoreError) -> Courier

  /// Links the courier to a Unix user (nil unlinks) with a `login` courier event; a login
  /// belongs to one courier at most. The courier role reads the run sheets of its own
  /// courier only.
  func setCourierLogin(_ login: String?, ofCourier id: Int64, by actor: Actor, at time: Date)
    throws(StoreError)

  /// The id of the courier linked to the Unix user `login`, or nil.
  func courierID(login: String) throws(StoreError) -> Int64?

  /// Returns the courier's stops for `day` (assigned, out for delivery, and delivered) in route
  /// order, unplanned stops last by age. A failed attempt sends its request back to the
  /// queue without a courier, so it is not on the route; the courier board counts it.
  func route(of courierID: Int64, on day: CalendarDay) throws(StoreError) -> [RouteStop]

  /// Accepts a plan in one transaction: each stop not yet with its courier is assigned
  /// (an assign event), and each stop gets its route position (a route event when only
  /// the position changed). A stop whose request changed since the proposal, by version,
  /// rejects the whole plan with `.conflict` naming it, and nothing is written. Returns
  /// what the plan changed.
  @discardableResult
  func acceptPlan(_ plan: DispatchPlan, by actor: Actor, at time: Date) throws(StoreError)
    -> PlanChanges

  // MARK: Corrections and undo

  /// Applies a correction as one transaction with a `.correct` event that names the field,
  /// the old and new value, and the event it corrects (the handover for a recipient).
  func correct(
    _ correction: Correction, of requestID: Int64, expectedVersion: Int?, by actor: Actor,
    at time: Date
  ) throws(StoreError) -> DeliveryRequest

  /// Takes back the request's latest event with an `.undo` event that restores the state
  /// and fields before it. Rejects an event that is not the latest, a creation, or an undo.
  func undo(eventID: Int64, of requestID: Int64, by actor: Actor, at time: Date)
    throws(StoreError) -> DeliveryRequest
}

/// Why a store call failed. Each message names the value and what to do.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No request, courier or complaint has this id.
  case notFound(entity: String, id: Int64)
  /// The lifecycle rejected the action (illegal transition or a missing field).
  case rejected(LifecycleError)
  /// The request changed since the caller read it; `current` is its state now.
  case conflict(request: RequestNumber, expectedVersion: Int, current: RequestState)
  /// The complaint lifecycle rejected the action (illegal transition or a missing field).
  case complaintRejected(ComplaintLifecycleError)
  /// The complaint changed since the caller read it; `current` is its state now.
  case complaintConflict(complaint: Int64, expectedVersion: Int, current: ComplaintState)
  /// A new complaint names a request or resident that is not stored or does not match.
  case complaintIntake(ComplaintIntakeError)
  /// An input value broke a rule. The message names the rule and how to fix the value.
  case invalid(String)
  /// An open request already exists for this NIK and document.
  case duplicate(existing: RequestNumber, document: DocumentKind)
  /// A handover time later than the recording time.
  case handoverInFuture(request: RequestNumber)
  /// A handover time before the document left the office (its dispatch, or its return
  /// to the office for a collection at the counter).
  case handoverBeforeDispatch(request: RequestNumber)
  /// A request made from a print list whose address or KK number is still missing.
  case needsCompletion(request: RequestNumber)
  /// An assignment to a courier who is not active.
  case inactiveCourier(name: String)
  /// A courier's fields changed since the editor showed them; `fields` are the changed
  /// fields that the update also sets.
  case courierConflict(name: String, fields: [String])
  /// An undo of an event that is not the request's latest change.
  case notLatestChange(request: RequestNumber)
  /// An undo of an event that cannot be undone (a creation, correction, route change or
  /// undo).
  case cannotUndo(request: RequestNumber, action: RequestAction.Kind)
  /// A survey response broke a rule of the survey.
  case survey(SurveyRejection)
  /// The store was opened read-only.
  case readOnly(path: String)
  /// The actor's role may not make this kind of change.
  case forbidden(role: Role, change: Change)
  /// The file is not an HDS store, or is newer than this program.
  case incompatible(path: String, reason: String)
  /// SQLite (or another engine) reported an error.
  case engine(code: Int32, message: String, context: String)
  /// The file or its disk failed: damage, a full disk, missing permissions. `reason`
  /// explains `failure` and gives the fix.
  case storage(path: String, failure: StorageFailure, reason: String)

  public var description: String {
    switch self {
    case .notFound(let entity, let id):
      return "\(entity) \(id) not found"
    case .rejected(let error):
      return error.description
    case .conflict(let request, _, let current):
      return "request \(request) was changed by someone else and is now \(current.rawValue);"
        + " look at it again before acting"
    case .complaintRejected(let error):
      return error.description
    case .complaintIntake(let error):
      return error.description
    case .complaintConflict(let complaint, _, let current):
      return "complaint \(complaint) was changed by someone else and is now \(current.rawValue);"
        + " look at it again before acting"
    case .invalid(let message):
      return message
    case .duplicate(let existing, let document):
      return "request \(existing) for \(document.shortName) of this NIK is still open;"
        + " finish or cancel it before a new one"
    case .handoverInFuture(let request):
      return "the handover time of request \(request) is later than now; enter the time the"
        + " document was handed over"
    case .handoverBeforeDispatch(let request):
      return "the handover time of request \(request) is before the document left the office;"
        + " enter a later time"
    case .needsCompletion(let request):
      return "request \(request) was made from a print list and its resident's address or KK"
        + " number is still missing; correct them before assigning a courier"
    case .inactiveCourier(let name):
      return "courier \(name) is inactive; assign the request to an active courier"
    case .courierConflict(let name, let fields):
      return "courier \(name) was changed by someone else ("
        + fields.joined(separator: ", ") + "); look at the courier again before editing"
    case .notLatestChange(let request):
      return "request \(request) changed after that action; only its latest change can be undone"
    case .cannotUndo(let request, let action):
      return "the \(action.rawValue) event of request \(request) cannot be undone; make a"
        + " correction instead"
    case .survey(let rejection):
      return rejection.description
    case .readOnly(let path):
      return "the store \(path) is open read-only; this role cannot change anything"
    case .forbidden(let role, let change):
      let allowed = Role.allCases.filter { $0.may(change) }.map(\.rawValue)
      return "the \(role.rawValue) role may not make a \(change.rawValue) change; ask a user"
        + " with the \(allowed.joined(separator: " or ")) role (roles.conf)"
    case .incompatible(let path, let reason):
      return "\(path) cannot be used as an HDS store: \(reason)"
    case .engine(let code, let message, let context):
      return "database error \(code) while \(context): \(message)"
    case .storage(let path, _, let reason):
      return "\(path): \(reason)"
    }
  }
}
