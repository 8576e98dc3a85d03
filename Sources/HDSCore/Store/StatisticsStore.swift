import Foundation

/// The figures of the live summary and the reports, aggregated in the store.
public protocol StatisticsStore: AnyObject, Sendable {
}
