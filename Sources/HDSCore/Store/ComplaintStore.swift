import Foundation

/// The complaint workflow: intake, state changes with notes, the response log, lists
/// by deadline and the resolution rate of a period.
public protocol ComplaintStore: AnyObject, Sendable {
}
