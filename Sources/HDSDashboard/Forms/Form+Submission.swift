import Foundation
import HDSCore

extension Form {
  /// Returns the effect the filled form asks for, or the message naming the first field
  /// left empty or invalid.
  public func submission(catalog: Catalog) -> Result<Effect, FormIncomplete> {
    // The store rejects this too. Checked first, so that the message is in the interface's
    // language and comes before a demand for a recipient's name that cannot be saved.
    if case .correct(let target, _) = purpose, correcting == .recipient,
      target.state != .delivered
    {
      return .failure(
        FormIncomplete(
          message: catalog.format(
            .correctRecipientNotDelivered, target.number, catalog.state(target.state))))
    }
    for index in fields.indices where isVisible(index) && fields[index].isRequired {
      if case .text(let text) = fields[index].value,
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      {
        return .failure(FormIncomplete(message: catalog.format(.formRequired, fields[index].label)))
      }
    }
    if case .fail = purpose,
      FailureReason.allCases[choice(.reason)] == .other, text(.note).isEmpty
    {
      return .failure(FormIncomplete(message: catalog[.formNoteForOther]))
    }
    do throws(FormIncomplete) {
      return .success(try effect(catalog: catalog))
    } catch {
      return .failure(error)
    }
  }

  func text(_ name: FormField.Name) -> String {
    (self[name]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func choice(_ name: FormField.Name) -> Int { self[name]?.choice ?? 0 }

  private func effect(catalog: Catalog) throws(FormIncomplete) -> Effect {
    switch purpose {
    case .assign(let targets, let courierIDs, let days):
      let action = RequestAction.assign(
        courierID: courierIDs[choice(.courier)], day: days[choice(.day)])
      return targets.count == 1 ? .apply(action, targets[0]) : .applyMany(action, targets)
    case .deliver(let target, _, let openedAt):
      let kind = RecipientKind.allCases[choice(.recipientKind)]
      let handover = Handover(
        recipientKind: kind, recipientName: text(.recipientName),
        relation: kind == .resident ? "" : text(.relation),
        oldCardReturned: self[.oldCard]?.isOn ?? false,
        time: try handoverTime(openedAt: openedAt, catalog: catalog))
      return .apply(.deliver(handover), target)
    case .fail(let target):
      return .apply(
        .failAttempt(FailureReason.allCases[choice(.reason)], note: text(.note)), target)
    case .cancel(let targets):
      let action = RequestAction.cancel(reason: text(.reason))
      return targets.count == 1 ? .apply(action, targets[0]) : .applyMany(action, targets)
    case .complaint(let target, _, _):
      return .logComplaint(try newComplaint(target, catalog: catalog))
    case .complaintAction(let kind, let complaint, _):
      return .applyComplaint(complaintAction(kind), complaint)
    case .complaintFilter(let kecamatan):
      return .setComplaintFilter(complaintFilter(kecamatan))
    case .intake(let kecamatan):
      return .createRequest(try newRequest(kecamatan, catalog: catalog))
    case .filter(let courierIDs, let days, let kecamatan):
      return .setQuery(query(courierIDs: courierIDs, days: days, kecamatan: kecamatan))
    case .correct(let target, let kecamatan):
      return .correct(try correction(kecamatan, catalog: catalog), target)
    case .undo(let action):
      return .undo(action)
    case .courier(let existing, let kecamatan):
      return try courierEffect(existing, kecamatan: kecamatan, catalog: catalog)
    case .survey(let target):
      return try surveyEffect(target, catalog: catalog)
    }
  }

  private func newRequest(_ kecamatan: Kecamatan, catalog: Catalog) throws(FormIncomplete)
    -> NewRequest
  {
    let nik: NIK
    do {
      nik = try NIK(text(.nik))
    } catch {
      throw invalid(.nik, catalog.describe(error), catalog)
    }
    let kk: KKNumber
    do {
      kk = try KKNumber(entered: text(.kk))
    } catch {
      throw invalid(.kk, catalog.describe(error), catalog)
    }
    let phone = try phoneNumber(catalog)
    // The address fields always hold a choice of the gazetteer.
    guard let address = chosenAddress(in: kecamatan) else {
      throw invalid(.desa, "?", catalog)
    }
    let document = DocumentKind.allCases[choice(.document)]
    var check = RequirementCheck()
    for field in fields {
      guard case .requirement(let item) = field.name else { continue }
      if field.isOn { check.met.append(item) } else { check.missing.append(item) }
    }
    try requirePersonName(.name, catalog)
    // The requirements still apply at the counter, and none ticked may be a skipped
    // checklist, so the first Enter stops with a warning. Some requirements (a photo from
    // age 5, a replacement's old card) do not apply to everyone, so a second Enter saves.
    if check.met.isEmpty, !check.missing.isEmpty, !requirementsWaived {
      throw FormIncomplete(message: catalog[.intakeNoRequirements], asksToConfirm: true)
    }
    return NewRequest(
      resident: Resident(nik: nik, name: text(.name), kk: kk, phone: phone, address: address),
      document: document, note: text(.note), requirements: check,
      isReplacement: document == .ktpEl && (self[.replacement]?.isOn ?? false))
  }

  /// Reads the handover time: "HH:MM" on the day the form opened (WIB), or
  /// "DD-MM-YYYY HH:MM". Nil when it is still the minute the form offered, so that the
  /// store records the exact instant of saving.
  private func handoverTime(openedAt: Date, catalog: Catalog) throws(FormIncomplete) -> Date? {
    let typed = text(.handoverTime)
    if typed == OfficeClock.timeOfDay(openedAt) { return nil }
    guard let time = HandoverTimeParser.parse(typed, today: CalendarDay(containing: openedAt))
    else {
      throw invalid(.handoverTime, catalog[.timeInvalid], catalog)
    }
    if time > max(openedAt, Date()) {
      throw invalid(.handoverTime, catalog[.timeInFuture], catalog)
    }
    return time
  }

  func phoneNumber(_ catalog: Catalog) throws(FormIncomplete) -> PhoneNumber? {
    let typed = text(.phone)
    guard !typed.isEmpty else { return nil }
    do {
      return try PhoneNumber(typed)
    } catch {
      throw invalid(.phone, catalog.describe(error), catalog)
    }
  }

  private func correction(_ kecamatan: Kecamatan, catalog: Catalog) throws(FormIncomplete)
    -> Correction
  {
    switch correcting {
    case .recipient:
      let kind = RecipientKind.allCases[choice(.recipientKind)]
      return .recipient(
        Handover(
          recipientKind: kind, recipientName: text(.recipientName),
          relation: kind == .resident ? "" : text(.relation)))
    case .address:
      guard let address = chosenAddress(in: kecamatan) else { throw invalid(.desa, "?", catalog) }
      return .address(address)
    case .name:
      try requirePersonName(.name, catalog)
      return .residentName(text(.name))
    case .phone:
      return .phone(try phoneNumber(catalog))
    case .kk:
      do {
        return .kk(try KKNumber(entered: text(.kk)))
      } catch {
        throw invalid(.kk, catalog.describe(error), catalog)
      }
    }
  }

  private func query(courierIDs: [Int64], days: [CalendarDay], kecamatan: Kecamatan)
    -> QueueQuery
  {
    let statusChoice = choice(.status)
    let states: [RequestState] =
      statusChoice == 0
      ? RequestState.pending
      : statusChoice <= RequestState.allCases.count
        ? [RequestState.allCases[statusChoice - 1]] : RequestState.allCases
    let desa = choice(.desa)
    let document = choice(.document)
    let courier = choice(.courierFilter)
    let day = choice(.deliveryDayFilter)
    return QueueQuery(
      states: states,
      desaCode: desa == 0 ? nil : kecamatan.desa[desa - 1].code,
      document: document == 0 ? nil : DocumentKind.allCases[document - 1],
      courierID: courier == 0 ? nil : courierIDs[courier - 1],
      deliveryDay: day == 0 ? nil : days[day - 1],
      needsCompletionOnly: self[.needsCompletion]?.isOn ?? false,
      sort: QueueQuery.Sort.allCases[choice(.sort)])
  }

  private func courierEffect(_ existing: Courier?, kecamatan: Kecamatan, catalog: Catalog)
    throws(FormIncomplete) -> Effect
  {
    try requirePersonName(.name, catalog)
    let phone = try phoneNumber(catalog)
    guard let capacity = Int(text(.capacity)), (1...999).contains(capacity) else {
      throw invalid(.capacity, catalog[.capacityInvalid], catalog)
    }
    guard let days = WorkingDays.parse(text(.workingDays)) else {
      throw invalid(.workingDays, catalog[.daysInvalid], catalog)
    }
    guard kecamatan.desa.indices.contains(choice(.homeDesa)) else {
      throw invalid(.homeDesa, "?", catalog)
    }
    let desa = kecamatan.desa[choice(.homeDesa)].code
    guard let existing else {
      return .addCourier(
        NewCourier(
          name: text(.name), phone: phone, vehicle: text(.vehicle), homeDesaCode: desa,
          dailyCapacity: capacity, workingDays: days))
    }
    var edited = existing
    edited.name = text(.name)
    edited.phone = phone
    edited.vehicle = text(.vehicle)
    edited.homeDesaCode = desa
    edited.dailyCapacity = capacity
    edited.workingDays = days
    edited.isActive = self[.active]?.isOn ?? true
    // Only the fields the operator changed, so that a change another user made to the
    // others meanwhile stays.
    return .updateCourier(existing.id, CourierUpdate.changes(from: existing, to: edited))
  }

  /// Rejects a name without two letters, such as a phone number typed into the name.
  func requirePersonName(_ name: FormField.Name, _ catalog: Catalog) throws(FormIncomplete) {
    if text(name).filter(\.isLetter).count < 2 {
      throw invalid(name, catalog[.nameInvalid], catalog)
    }
  }

  func invalid(_ name: FormField.Name, _ reason: String, _ catalog: Catalog)
    -> FormIncomplete
  {
    FormIncomplete(message: catalog.format(.formInvalidField, self[name]?.label ?? "", reason))
  }

  /// A short verdict shown beside a field while it is typed: the birth date and sex a NIK
  /// encodes or why it is invalid, a KK number's length, the +62 form of a phone number,
  /// the deadline a complaint's weight sets.
  public func hint(for index: Int, catalog: Catalog, today: CalendarDay) -> (
    text: String, isError: Bool
  )? {
    if [.weight, .requestNumber].contains(fields[index].name) {
      return complaintHint(for: index, catalog: catalog)
    }
    // A courier may be given a day off, as in an emergency, but the form warns of it.
    if fields[index].name == .day, case .assign(_, let courierIDs, let days) = purpose,
      courierIDs.indices.contains(choice(.courier)), days.indices.contains(choice(.day)),
      offDutyDays[courierIDs[choice(.courier)]]?.contains(days[choice(.day)]) == true
    {
      return ("! " + catalog[.assignOffDuty], true)
    }
    let typed = fields[index].text.trimmingCharacters(in: .whitespaces)
    guard !typed.isEmpty else { return nil }
    switch fields[index].name {
    case .nik:
      do {
        let result = try NIK.validate(typed)
        if let warning = result.warnings.first, case .unknownRegion(let code) = warning {
          return ("! " + catalog.format(.nikUnknownRegion, code), true)
        }
        // A birth date is neither in the future nor more than 110 years back, which
        // settles the century of every NIK but those of people under 10.
        let oldest = CalendarDay(year: today.year - 110, month: today.month, day: today.day)
        let past = result.possibleBirthDates.filter { $0 <= today && $0 >= oldest }
        let dates = (past.isEmpty ? result.possibleBirthDates : past)
          .map(DetailText.dayMonthYear).joined(separator: " / ")
        let sex = result.sex == .male ? catalog[.sexMale] : catalog[.sexFemale]
        // A KTP-el needs the age of 17 or a marriage, which the form cannot see: warn only.
        if selectedDocument == .ktpEl, past.count == 1, let born = past.first,
          CalendarDay(year: born.year + 17, month: born.month, day: min(born.day, 28)) > today
        {
          return ("! " + catalog.format(.nikUnder17, DetailText.dayMonthYear(born)), true)
        }
        return ("✓ " + catalog.format(.nikOk, dates, sex), false)
      } catch {
        return ("✗ " + catalog.describe(error), true)
      }
    case .kk:
      do {
        _ = try KKNumber(entered: typed)
        return ("✓", false)
      } catch {
        return ("✗ " + catalog.describe(error), true)
      }
    case .workingDays:
      // "1-5" → "Senin, Selasa, …" so that the numbers need no legend.
      guard let days = WorkingDays.parse(typed) else { return ("✗ " + catalog[.daysInvalid], true) }
      let monday = CalendarDay(year: 2026, month: 11, day: 30)
      let names = days.sorted().map { catalog.weekday(monday.adding(days: $0 - 1)) }
      return ("✓ " + names.joined(separator: ", "), false)
    case .phone:
      do {
        return ("✓ " + (try PhoneNumber(typed)).grouped, false)
      } catch {
        return ("✗ " + catalog.describe(error), true)
      }
    case .answeredOn, .answer:
      return surveyHint(fields[index].name, typed: typed, catalog: catalog, today: today)
    default:
      return nil
    }
  }
}
