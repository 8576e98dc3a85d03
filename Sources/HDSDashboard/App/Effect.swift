import HDSCore

/// Work a key asks of the app, which alone talks to the store.
public enum Effect: Sendable, Equatable {
  case quit
  /// Read the lists again, because the visible window moved.
  case reload
  /// Read the rows around the selection ahead of need: every row on screen is loaded
  /// already, so the frame does not wait for them.
  case prefetch
  /// Load a request's detail and show it.
  case openRequest(Int64)
  /// Opens the detail of the request with this number, in any state (`:buka`).
  case openRequestNumber(RequestNumber)
  /// Apply an action to a request, checked against the version the screen showed.
  case apply(RequestAction, RequestRef)
  /// Apply one action to several requests, each checked on its own.
  case applyMany(RequestAction, [RequestRef])
  case logComplaint(NewComplaint)
  /// Load a complaint's detail and show it.
  case openComplaint(Int64)
  /// Apply an action to a complaint, checked against the version the screen showed.
  case applyComplaint(ComplaintAction, Complaint)
  /// Show the complaint pane with other filters.
  case setComplaintFilter(ComplaintFilter)
  case createRequest(NewRequest)
  /// Reads the resident of the NIK typed in the intake form, to fill in the other fields.
  case lookupResident(NIK)
  /// Reads the request whose number is typed in a form, to show its resident or that no
  /// request has that number.
  case lookupRequest(RequestNumber)
  case correct(Correction, RequestRef)
  case undo(LastAction)
  /// Show the queue with other filters or another order.
  case setQuery(QueueQuery)
  case addCourier(NewCourier)
  case updateCourier(Int64, CourierUpdate)
  /// Load a courier's route for the day and show it.
  case openRoute(Int64)
  /// Load a courier's route for another day in place of the route view on top.
  case showRouteDay(Int64, CalendarDay)
  /// Write a courier's run sheet for a day to files.
  case writeRunSheet(Int64, CalendarDay)
  /// Propose routes for the day's ready requests across the couriers on duty.
  case proposePlan
  /// Store an accepted plan.
  case acceptPlan(DispatchPlan)
  /// Store one courier's reordered route; the name is for the message.
  case saveRoute(DispatchPlan, courierName: String)
  /// Store a delivered request's survey response, replacing its stored one when asked.
  case recordSurvey(NewSurveyResponse, RequestRef, replacing: Bool)
  /// Make every pane read the store of another kecamatan (Dukcapil's viewer only).
  case switchKecamatan(KecamatanCode)
  /// Move the queue selection to the next match of a `/` search.
  case find(SearchTerm, from: Int, forward: Bool)
}
