import HDSCore

/// Work a key asks of the app, which alone talks to the store.
public enum Effect: Sendable, Equatable {
  case quit
  /// Read the lists again, because the visible window moved.
  case reload
  /// Load a request's detail and show it.
  case openRequest(Int64)
  /// Apply an action to a request, checked against the version the screen showed.
  case apply(RequestAction, RequestRef)
  case logComplaint(NewComplaint)
}
