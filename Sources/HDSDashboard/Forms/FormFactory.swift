import Foundation
import HDSCore

/// Builds the dialog for each action, with sensible defaults filled in.
enum FormFactory {
  static func assign(
    _ targets: [RequestRef], board: [CourierDayRow], today: CalendarDay, calendar: WorkingCalendar,
    catalog: Catalog, isOnDuty: (Int64, CalendarDay) -> Bool = { _, _ in true }
  ) -> Form {
    let days = offeredDays(from: today, calendar: calendar)
    // On a weekend or holiday the form starts at the next working day, and today stays offered.
    let firstDay = calendar.isWorkingDay(today) ? 0 : 1
    let courierLabels = board.map { row in
      let load = catalog.format(.formCourierLoad, row.assigned, row.out)
      let offDuty = isOnDuty(row.courierID, days[firstDay]) ? "" : ", " + catalog[.courierOffDuty]
      return "\(row.name) (\(load)\(offDuty))"
    }
    let title =
      targets.count == 1
      ? catalog.format(.formAssign, targets[0].number)
      : catalog.format(.formAssignMany, targets.count)
    var form = Form(
      title: title,
      purpose: .assign(targets, courierIDs: board.map(\.courierID), days: days),
      fields: [
        FormField(
          name: .courier, label: catalog[.fieldCourier], value: .choice(courierLabels, 0),
          isRequired: true),
        FormField(
          name: .day, label: catalog[.fieldDay],
          value: .choice(dayLabels(days, today: today, catalog: catalog), firstDay),
          isRequired: true),
      ], language: catalog.language)
    for row in board {
      let off = days.filter { !isOnDuty(row.courierID, $0) }
      if !off.isEmpty { form.offDutyDays[row.courierID] = Set(off) }
    }
    return form
  }

  /// Today, even on a weekend, then the next five working days.
  static func offeredDays(from today: CalendarDay, calendar: WorkingCalendar) -> [CalendarDay] {
    var days = [today]
    var day = today
    while days.count < 6 {
      day = day.adding(days: 1)
      if calendar.isWorkingDay(day) { days.append(day) }
    }
    return days
  }

  static func dayLabels(_ days: [CalendarDay], today: CalendarDay, catalog: Catalog) -> [String] {
    let tomorrow = today.adding(days: 1)
    return days.map { day in
      let name = "\(catalog.weekday(day)), \(catalog.date(day))"
      if day == today { return "\(name) (\(catalog[.dayToday]))" }
      if day == tomorrow { return "\(name) (\(catalog[.dayTomorrow]))" }
      return name
    }
  }

  static func deliver(_ target: RequestRef, replacement: Bool, now: Date, catalog: Catalog) -> Form
  {
    var fields = [
      FormField(
        name: .recipientKind, label: catalog[.fieldRecipientKind],
        value: .choice(RecipientKind.allCases.map(catalog.recipient), 0), isRequired: true),
      FormField(
        name: .recipientName, label: catalog[.fieldRecipientName],
        value: .text(target.residentName), isRequired: true),
      FormField(
        name: .relation, label: catalog[.fieldRelation], value: .text(""), isRequired: true),
      FormField(
        name: .handoverTime, label: catalog[.fieldHandoverTime],
        value: .text(OfficeClock.timeOfDay(now)), isRequired: true),
    ]
    if replacement {
      fields.append(
        FormField(
          name: .oldCard, label: catalog[.fieldOldCard], value: .toggle(false), isRequired: false))
    }
    return Form(
      title: catalog.format(.formDeliver, target.number),
      purpose: .deliver(target, replacement: replacement, openedAt: now), fields: fields,
      language: catalog.language)
  }

  /// Builds the failed-attempt form. On the last attempt that `maxAttempts` allows, its body
  /// warns that saving sends the document back to the office.
  static func fail(_ target: RequestRef, maxAttempts: Int?, catalog: Catalog) -> Form {
    var form = Form(
      title: catalog.format(.formFail, target.number),
      purpose: .fail(target),
      fields: [
        FormField(
          name: .reason, label: catalog[.fieldReason],
          value: .choice(FailureReason.allCases.map(catalog.reason), 0), isRequired: true),
        FormField(name: .note, label: catalog[.fieldNote], value: .text(""), isRequired: false),
      ], language: catalog.language)
    if let maxAttempts, target.attempts + 1 >= maxAttempts {
      form.body = catalog.format(.formFailLast, target.attempts + 1, maxAttempts)
    }
    return form
  }

  static func cancel(_ targets: [RequestRef], catalog: Catalog) -> Form {
    let title =
      targets.count == 1
      ? catalog.format(.formCancel, targets[0].number)
      : catalog.format(.formCancelMany, targets.count)
    return Form(
      title: title, purpose: .cancel(targets),
      fields: [
        FormField(name: .reason, label: catalog[.fieldReason], value: .text(""), isRequired: true)
      ], language: catalog.language)
  }

  /// Builds the intake form: resident, address picked desa → dusun → RW → RT from the gazetteer,
  /// document, the requirement checklist of that document, and a note.
  static func intake(_ kecamatan: Kecamatan, catalog: Catalog) -> Form {
    var form = Form(
      title: catalog[.formIntake], purpose: .intake(kecamatan),
      fields: [
        FormField(name: .nik, label: catalog[.fieldNik], value: .text(""), isRequired: true),
        FormField(name: .name, label: catalog[.fieldName], value: .text(""), isRequired: true),
        FormField(name: .kk, label: catalog[.fieldKk], value: .text(""), isRequired: true),
        FormField(name: .phone, label: catalog[.fieldPhone], value: .text(""), isRequired: false),
      ] + addressFields(kecamatan, address: nil, catalog: catalog) + [
        FormField(
          name: .document, label: catalog[.fieldDocument],
          value: .choice(DocumentKind.allCases.map(\.shortName), 0), isRequired: true),
        FormField(
          name: .replacement, label: catalog[.fieldReplacement], value: .toggle(false),
          isRequired: false),
        FormField(name: .note, label: catalog[.fieldNote], value: .text(""), isRequired: false),
      ], language: catalog.language)
    form.refreshDependents()
    return form
  }

  /// Desa, dusun, RW, RT and street fields, starting at `address` when given.
  static func addressFields(_ kecamatan: Kecamatan, address: Address?, catalog: Catalog)
    -> [FormField]
  {
    let desaIndex =
      address.flatMap { a in kecamatan.desa.firstIndex { $0.code == a.desaCode } } ?? 0
    let desa = kecamatan.desa[desaIndex]
    let dusunIndex = address.flatMap { a in desa.dusun.firstIndex { $0.name == a.dusun } } ?? 0
    let dusun = desa.dusun[dusunIndex]
    let rwIndex = address.flatMap { a in dusun.rukunWarga.firstIndex { $0.number == a.rw } } ?? 0
    let rts = dusun.rukunWarga[rwIndex].rukunTetangga
    let rtIndex = address.flatMap { a in rts.firstIndex(of: a.rt) } ?? 0
    return [
      FormField(
        name: .desa, label: catalog[.fieldDesa],
        value: .choice(kecamatan.desa.map(\.name), desaIndex),
        isRequired: true),
      FormField(
        name: .dusun, label: catalog[.fieldDusun],
        value: .choice(desa.dusun.map(\.name), dusunIndex),
        isRequired: true),
      FormField(
        name: .rw, label: catalog[.fieldRw],
        value: .choice(dusun.rukunWarga.map { Form.threeDigits($0.number) }, rwIndex),
        isRequired: true),
      FormField(
        name: .rt, label: catalog[.fieldRt], value: .choice(rts.map(Form.threeDigits), rtIndex),
        isRequired: true),
      FormField(
        name: .street, label: catalog[.fieldStreet], value: .text(address?.street ?? ""),
        isRequired: false),
    ]
  }

  /// Builds the queue filter form, set to the current query.
  static func filter(
    _ query: QueueQuery, couriers: [Courier], today: CalendarDay, calendar: WorkingCalendar,
    kecamatan: Kecamatan, catalog: Catalog
  ) -> Form {
    let states = RequestState.allCases
    let statusIndex =
      query.states == RequestState.pending
      ? 0
      : query.states.count == 1
        ? (states.firstIndex(of: query.states[0]) ?? 0) + 1 : states.count + 1
    let days = offeredDays(from: today, calendar: calendar)
    let all = catalog[.filterAll]
    return Form(
      title: catalog[.formFilter],
      purpose: .filter(
        courierIDs: couriers.map(\.id), days: days, kecamatan: kecamatan),
      fields: [
        FormField(
          name: .status, label: catalog[.fieldStatus],
          value: .choice(
            [catalog[.filterPending]] + states.map(catalog.state) + [all], statusIndex),
          isRequired: false),
        FormField(
          name: .desa, label: catalog[.fieldDesa],
          value: .choice(
            [all] + kecamatan.desa.map(\.name),
            query.desaCode.flatMap { code in kecamatan.desa.firstIndex { $0.code == code } }.map {
              $0 + 1
            } ?? 0),
          isRequired: false),
        FormField(
          name: .document, label: catalog[.fieldDocument],
          value: .choice(
            [all] + DocumentKind.allCases.map(\.shortName),
            query.document.flatMap { DocumentKind.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0),
          isRequired: false),
        FormField(
          name: .courierFilter, label: catalog[.fieldCourier],
          value: .choice(
            [all] + couriers.map(\.name),
            query.courierID.flatMap { id in couriers.firstIndex { $0.id == id } }.map { $0 + 1 }
              ?? 0),
          isRequired: false),
        FormField(
          name: .deliveryDayFilter, label: catalog[.fieldDay],
          value: .choice(
            [all] + dayLabels(days, today: today, catalog: catalog),
            query.deliveryDay.flatMap { days.firstIndex(of: $0) }.map { $0 + 1 } ?? 0),
          isRequired: false),
        FormField(
          name: .needsCompletion, label: catalog[.fieldNeedsCompletion],
          value: .toggle(query.needsCompletionOnly), isRequired: false),
        FormField(
          name: .sort, label: catalog[.fieldSort],
          value: .choice(
            QueueQuery.Sort.allCases.map(catalog.sort),
            QueueQuery.Sort.allCases.firstIndex(of: query.sort) ?? 0),
          isRequired: false),
      ], language: catalog.language)
  }

  /// Builds the correction form: pick what to correct, then its new value, prefilled with the
  /// current one.
  static func correct(_ detail: RequestDetail, kecamatan: Kecamatan, catalog: Catalog) -> Form {
    let request = detail.request
    let handover = request.handover
    let kindIndex =
      handover.flatMap { RecipientKind.allCases.firstIndex(of: $0.recipientKind) } ?? 0
    var form = Form(
      title: catalog.format(.formCorrect, request.number),
      purpose: .correct(RequestRef(request), kecamatan),
      fields: [
        FormField(
          name: .correctWhat, label: catalog[.fieldCorrectWhat],
          value: .choice(
            [
              catalog[.correctRecipient], catalog[.correctAddress], catalog[.correctName],
              catalog[.correctPhone], catalog[.correctKk],
            ],
            request.state == .delivered ? 0 : 1),
          isRequired: true),
        FormField(
          name: .recipientKind, label: catalog[.fieldRecipientKind],
          value: .choice(RecipientKind.allCases.map(catalog.recipient), kindIndex), isRequired: true
        ),
        FormField(
          name: .recipientName, label: catalog[.fieldRecipientName],
          value: .text(handover?.recipientName ?? ""), isRequired: true),
        FormField(
          name: .relation, label: catalog[.fieldRelation], value: .text(handover?.relation ?? ""),
          isRequired: true),
      ] + addressFields(kecamatan, address: request.resident.address, catalog: catalog) + [
        FormField(
          name: .name, label: catalog[.fieldName], value: .text(request.resident.name),
          isRequired: true),
        FormField(
          name: .phone, label: catalog[.fieldPhone],
          value: .text(request.resident.phone?.grouped ?? ""), isRequired: false),
        FormField(
          name: .kk, label: catalog[.fieldKk],
          value: .text(request.resident.kk.isEntered ? request.resident.kk.digits : ""),
          isRequired: true),
      ], language: catalog.language)
    form.refreshDependents()
    return form
  }

  /// Asks to confirm an undo, naming the action and the request.
  static func undo(_ action: LastAction, catalog: Catalog) -> Form {
    var form = Form(
      title: catalog.format(.formUndo, catalog.action(action.kind), action.number),
      purpose: .undo(action), fields: [], language: catalog.language)
    form.body = catalog[.formUndoBody]
    return form
  }
}

extension FormFactory {
  /// Builds the courier form: empty when `courier` is nil, else prefilled with the active
  /// switch.
  static func courier(_ courier: Courier?, kecamatan: Kecamatan, catalog: Catalog) -> Form {
    let desaIndex =
      courier.flatMap { c in kecamatan.desa.firstIndex { $0.code == c.homeDesaCode } } ?? 0
    var fields = [
      FormField(
        name: .name, label: catalog[.fieldName], value: .text(courier?.name ?? ""), isRequired: true
      ),
      FormField(
        name: .phone, label: catalog[.fieldPhone], value: .text(courier?.phone?.grouped ?? ""),
        isRequired: false),
      FormField(
        name: .vehicle, label: catalog[.fieldVehicle], value: .text(courier?.vehicle ?? "motor"),
        isRequired: true),
      FormField(
        name: .homeDesa, label: catalog[.fieldHomeDesa],
        value: .choice(kecamatan.desa.map(\.name), desaIndex), isRequired: true),
      FormField(
        name: .capacity, label: catalog[.fieldCapacity],
        value: .text(String(courier?.dailyCapacity ?? 25)), isRequired: true),
      FormField(
        name: .workingDays, label: catalog[.fieldWorkingDays],
        value: .text(WorkingDays.format(courier?.workingDays ?? WorkingDays.mondayToFriday)),
        isRequired: true),
    ]
    if let courier {
      fields.append(
        FormField(
          name: .active, label: catalog[.fieldActive], value: .toggle(courier.isActive),
          isRequired: false))
    }
    let title =
      courier.map { catalog.format(.formEditCourier, $0.name) } ?? catalog[.formNewCourier]
    return Form(
      title: title, purpose: .courier(courier, kecamatan), fields: fields,
      language: catalog.language)
  }
}
