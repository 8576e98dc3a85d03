import HDSCore

/// Builds the dialog for each action, with sensible defaults filled in.
enum FormFactory {
  static func assign(
    _ target: RequestRef, board: [CourierDayRow], today: CalendarDay, calendar: WorkingCalendar,
    catalog: Catalog
  ) -> Form {
    let courierLabels = board.map { row in
      "\(row.name) (\(catalog.format(.formCourierLoad, row.assigned, row.out)))"
    }
    // Today, even on a weekend, then the next five working days.
    var days = [today]
    var day = today
    while days.count < 6 {
      day = day.adding(days: 1)
      if calendar.isWorkingDay(day) { days.append(day) }
    }
    let tomorrow = today.adding(days: 1)
    let dayLabels = days.map { day in
      let relative =
        day == today ? catalog[.dayToday] : day == tomorrow ? catalog[.dayTomorrow] : ""
      let name = "\(catalog.weekday(day)), \(catalog.date(day))"
      return relative.isEmpty ? name : "\(name) (\(relative))"
    }
    return Form(
      title: catalog.format(.formAssign, target.number),
      purpose: .assign(target, courierIDs: board.map(\.courierID), days: days),
      fields: [
        FormField(
          name: .courier, label: catalog[.fieldCourier], value: .choice(courierLabels, 0),
          isRequired: true),
        FormField(
          name: .day, label: catalog[.fieldDay], value: .choice(dayLabels, 0), isRequired: true),
      ])
  }

  static func deliver(_ target: RequestRef, catalog: Catalog) -> Form {
    Form(
      title: catalog.format(.formDeliver, target.number),
      purpose: .deliver(target),
      fields: [
        FormField(
          name: .recipientKind, label: catalog[.fieldRecipientKind],
          value: .choice(RecipientKind.allCases.map(catalog.recipient), 0), isRequired: true),
        FormField(
          name: .recipientName, label: catalog[.fieldRecipientName],
          value: .text(target.residentName), isRequired: true),
        FormField(
          name: .relation, label: catalog[.fieldRelation], value: .text(""), isRequired: true),
      ])
  }

  static func fail(_ target: RequestRef, catalog: Catalog) -> Form {
    Form(
      title: catalog.format(.formFail, target.number),
      purpose: .fail(target),
      fields: [
        FormField(
          name: .reason, label: catalog[.fieldReason],
          value: .choice(FailureReason.allCases.map(catalog.reason), 0), isRequired: true),
        FormField(name: .note, label: catalog[.fieldNote], value: .text(""), isRequired: false),
      ])
  }

  static func cancel(_ target: RequestRef, catalog: Catalog) -> Form {
    Form(
      title: catalog.format(.formCancel, target.number),
      purpose: .cancel(target),
      fields: [
        FormField(name: .reason, label: catalog[.fieldReason], value: .text(""), isRequired: true)
      ])
  }

  static func complaint(_ target: RequestRef, catalog: Catalog) -> Form {
    Form(
      title: catalog.format(.formComplaint, target.number),
      purpose: .complaint(target),
      fields: [
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
          name: .complainant, label: catalog[.fieldComplainant], value: .text(target.residentName),
          isRequired: true),
        FormField(
          name: .description, label: catalog[.fieldDescription], value: .text(""), isRequired: true),
      ])
  }
}
