import HDSCore
import HDSTerminal

/// The survey's keys: v in a request's detail opens the survey form, and in the form a
/// digit answers the focused element and moves on.
extension KeyHandler {
  /// Opens the survey form of the request in the detail, or shows why it cannot.
  static func openSurvey(_ detail: RequestDetail, state: inout DashboardState) -> [Effect] {
    let catalog = state.catalog
    guard allowsWrite(.survey, &state) else { return [] }
    let request = detail.request
    guard request.state == .delivered else {
      let rejection = SurveyRejection.notDelivered(request: request.number, state: request.state)
      state.message = StatusMessage(catalog.describe(rejection), isError: true)
      return []
    }
    state.overlays.append(
      .form(FormFactory.survey(detail, today: CalendarDay(containing: state.now), catalog: catalog))
    )
    return []
  }

  /// Handles a key in a survey form's answer field: 1 to 4 set the answer and move to the
  /// next element, `-` or Space leave it blank and move on, Backspace clears it, and other
  /// characters are ignored. Returns nil for every other key, field and form.
  static func handleSurveyKey(_ key: Key, form: inout Form) -> [Effect]? {
    guard case .survey = form.purpose, form.fields.indices.contains(form.focus),
      case .answer = form.fields[form.focus].name
    else { return nil }
    let isLast = form.focus == form.fields.count - 1
    switch key {
    case .character(let character) where ("1"..."4").contains(character):
      form.fields[form.focus].value = .text(String(character))
      if !isLast { form.moveFocus(by: 1) }
    case .character("-"), .character(" "):
      form.fields[form.focus].value = .text("")
      if !isLast { form.moveFocus(by: 1) }
    case .backspace, .delete:
      form.fields[form.focus].value = .text("")
    case .character:
      break
    default:
      return nil
    }
    return []
  }
}
