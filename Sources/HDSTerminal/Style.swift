/// The role of a piece of text on screen. Panes name roles; a theme turns each role into
/// colours and attributes, so no pane ever picks a colour.
public enum Style: UInt8, Sendable, CaseIterable, Hashable {
  case normal
  case dim
  case header
  case title
  case focusedTitle
  case border
  case focusedBorder
  case columnHeading
  case selected
  case selectedUnfocused
  case warning
  case danger
  case success
  case accent
  case keyHint
  case statusBar
  case message
  case errorMessage
  case dialog
  case dialogTitle
  case field
  case focusedField
}
