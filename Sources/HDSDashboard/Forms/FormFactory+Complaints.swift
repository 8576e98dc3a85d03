import Foundation
import HDSCore

/// The complaint dialogs: intake, one per action, and the pane's filter.
extension FormFactory {
  /// Builds the intake form. From a request in the queue, the request is fixed and the
  /// complainant is its resident. From the complaint pane, the request number and the
  /// resident's NIK are optional fields.
  static func complaint(
    _ target: RequestRef?, calendar: WorkingCalendar, now: Date, catalog: Catalog
  ) -> Form {
    var fields = [
      FormField(
        name: .channel, label: catalog[.fieldChannel],
        value: .choice(ComplaintChannel.allCases.map(catalog.channel), 0), isRequired: true),
      FormField(
        name: .laporNumber, label: catalog[.fieldLaporNumber], value: .text(""), isRequired: true),
      FormField(
        name: .category, label: catalog[.fieldCategory],
        value: .choice(ComplaintCategory.allCases.map(catalog.category), 0), isRequired: true),
      FormField(
        name: .weight, label: catalog[.fieldWeight],
        value: .choice(ComplaintWeight.allCases.map(catalog.weight), 0), isRequired: true),
      FormField(
        name: .complainant, label: catalog[.fieldComplainant],
        value: .text(target?.residentName ?? ""), isRequired: true),
    ]
    if target == nil {
      fields += [
        FormField(
          name: .requestNumber, label: catalog[.fieldRequestNumber], value: .text(""),
          isRequired: false),
        FormField(
          name: .nik, label: catalog[.fieldResidentNik], value: .text(""), isRequired: false),
      ]
    }
    fields += [
      FormField(name: .phone, label: catalog[.fieldPhone], value: .text(""), isRequired: false),
      FormField(
        name: .description, label: catalog[.fieldDescription], value: .text(""), isRequired: true),
    ]
    let title =
      target.map { catalog.format(.formComplaint, $0.number) } ?? catalog[.formNewComplaint]
    return Form(
      title: title, purpose: .complaint(target, calendar: calendar, openedAt: now),
      fields: fields, language: catalog.language)
  }

  /// Builds the form of one complaint action: the note, with the weight for a
  /// verification and the staff member for an assignment.
  static func complaintAction(
    _ kind: ComplaintAction.Kind, on complaint: Complaint, calendar: WorkingCalendar,
    catalog: Catalog
  ) -> Form {
    var fields: [FormField] = []
    switch kind {
    case .verify:
      fields.append(
        FormField(
          name: .weight, label: catalog[.fieldWeight],
          value: .choice(
            ComplaintWeight.allCases.map(catalog.weight),
            ComplaintWeight.allCases.firstIndex(of: complaint.weight) ?? 0),
          isRequired: true))
    case .assign:
      fields.append(
        FormField(
          name: .staff, label: catalog[.fieldStaff], value: .text(complaint.assignedTo ?? ""),
          isRequired: true))
    default:
      break
    }
    fields.append(
      FormField(
        name: .note, label: catalog[kind == .respond ? .fieldResponse : .fieldNote],
        value: .text(""), isRequired: ComplaintLifecycle.requiresNote(kind)))
    var form = Form(
      title: catalog.format(.formComplaintAction, catalog.complaintAction(kind), complaint.id),
      purpose: .complaintAction(kind, complaint, calendar: calendar), fields: fields,
      language: catalog.language)
    form.body = catalog.format(
      .formComplaintBody, complaint.complainantName, catalog.complaintState(complaint.state))
    return form
  }

  /// Builds the complaint pane's filter form, set to the current filter.
  static func complaintFilter(_ filter: ComplaintFilter, kecamatan: Kecamatan, catalog: Catalog)
    -> Form
  {
    let all = catalog[.filterAll]
    let stateIndex = filter.state.flatMap { ComplaintState.allCases.firstIndex(of: $0) }
    let channelIndex = filter.channel.flatMap { ComplaintChannel.allCases.firstIndex(of: $0) }
    let desaIndex = filter.desaCode.flatMap { code in
      kecamatan.desa.firstIndex { $0.code == code }
    }
    return Form(
      title: catalog[.formComplaintFilter], purpose: .complaintFilter(kecamatan),
      fields: [
        FormField(
          name: .complaintState, label: catalog[.fieldStatus],
          value: .choice(
            [all] + ComplaintState.allCases.map(catalog.complaintState),
            stateIndex.map { $0 + 1 } ?? 0),
          isRequired: false),
        FormField(
          name: .channel, label: catalog[.fieldChannel],
          value: .choice(
            [all] + ComplaintChannel.allCases.map(catalog.channel), channelIndex.map { $0 + 1 } ?? 0
          ),
          isRequired: false),
        FormField(
          name: .desa, label: catalog[.fieldDesa],
          value: .choice([all] + kecamatan.desa.map(\.name), desaIndex.map { $0 + 1 } ?? 0),
          isRequired: false),
        FormField(
          name: .openOnly, label: catalog[.fieldOpenOnly], value: .toggle(filter.openOnly),
          isRequired: false),
      ], language: catalog.language)
  }
}
