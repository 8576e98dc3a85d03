import Foundation

/// The satisfaction survey (SKM): questionnaires tied to delivered requests, and the
/// index (IKM) of a period.
public protocol SurveyStore: AnyObject, Sendable {
}
