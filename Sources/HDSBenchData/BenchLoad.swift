import Foundation
import HDSCore
import HDSSampleData

/// One run of the bulk load: couriers, then requests day by day in the order they were
/// received (so ids and serials follow time), then complaints and survey responses in
/// time order, then the request-number counters.
struct BenchLoad {
  let options: GenerateOptions
  let connection: BulkConnection
  let statements: BenchStatements
  let progress: (String) -> Void
  let geography = BenchGeography()
  let days: DayTable
  let todayIndex: Int
  /// 12:00 WIB on `today`, the instant the generated history ends.
  let now: Double
  let model: RequestLifeModel
  var random: RandomSource
  var residents = ResidentFactory()

  /// The couriers of each kecamatan, by kecamatan number.
  var couriers: [Int: CourierRoster] = [:]
  /// Per desa, the residents a later request may reuse, with a bit per document kind
  /// they already applied for.
  var residentsByDesa: [[(id: Int, documents: UInt8)]]
  /// Names and phones by resident id - 1, for handovers and complaints.
  var residentNames: [String] = []
  var residentPhones: [String?] = []
  var complaintSeeds: [ComplaintSeed] = []
  var surveys: [SurveyRow] = []
  var lastSerial: [Int: Int] = [:]
  var rowsWritten = 0

  init(options: GenerateOptions, connection: BulkConnection, progress: @escaping (String) -> Void)
    throws(BenchDataError)
  {
    self.options = options
    self.connection = connection
    self.progress = progress
    statements = try BenchStatements(connection)
    // The bundled lists cover 2026 and 2027; earlier years count weekends only, as the
    // store's own calendar does for years without a list.
    let calendar = (try? HolidayFiles.load(dataDirectory: nil).calendar) ?? WorkingCalendar()
    let first = options.today.adding(days: -(BenchGenerator.spanDays + 40))
    days = DayTable(
      first: first, count: BenchGenerator.spanDays + 40 + BenchGenerator.daysAfterToday,
      calendar: calendar)
    todayIndex = days.index(of: options.today)
    now = days.start[todayIndex] + 12 * 3_600
    model = RequestLifeModel(days: days)
    random = RandomSource(seed: options.seed)
    residentsByDesa = Array(repeating: [], count: geography.desa.count)
  }

  static let documentWeights: [(DocumentKind, Int)] = [
    (.ktpEl, 34), (.kk, 26), (.kia, 14), (.aktaKelahiran, 14), (.aktaKematian, 5), (.skp, 7),
  ]

  mutating func run() throws(BenchDataError) {
    let clock = ContinuousClock()
    let started = clock.now
    try connection.execute("BEGIN")
    try addCouriers()
    progress("couriers: \(couriers.values.map(\.ids.count).reduce(0, +)) added")

    let plan = dailyQuotas()
    let desaPicker = DesaPicker(geography.desa)
    var requestID = 0
    var batchStart = clock.now
    var batchRows = 0
    for (day, quota) in plan where quota > 0 {
      let latestHour = day == todayIndex ? 11.9 : 15.0
      var times = (0..<quota).map { _ in model.at(day, 8, latestHour, &random) }
      times.sort()
      for time in times {
        requestID += 1
        try addRequest(id: requestID, day: day, time: time, desa: desaPicker.pick(&random))
        if requestID % options.batchSize == 0 {
          try connection.execute("COMMIT")
          let seconds = BenchGenerator.seconds(since: batchStart, clock)
          let rate = Double(rowsWritten - batchRows) / max(seconds, 0.001)
          progress(
            "requests: \(requestID) of \(options.requests), \(Int(rate)) rows/s in the last"
              + " batch, \(Int(BenchGenerator.seconds(since: started, clock))) s so far")
          batchStart = clock.now
          batchRows = rowsWritten
          try connection.execute("BEGIN")
        }
      }
    }
    try addComplaints()
    progress("complaints: \(complaintSeeds.count) added")
    try addSurveys()
    progress("survey responses: \(surveys.count) added")
    for (year, serial) in lastSerial.sorted(by: { $0.key < $1.key }) {
      try statements.insertCounter(year: year, lastSerial: serial)
    }
    try connection.execute("COMMIT")
  }

  // MARK: Couriers

  /// About three couriers per kecamatan, more in the populous ones (at least 2), each
  /// living in one of its desa, added 30 days before the span begins.
  ///
  /// NOTE: `SQLiteStore.addCourier` and `createRequest` accept only Kromengan's desa, so
  /// the store's own commands could not have written the rows of the other kecamatan.
  private mutating func addCouriers() throws(BenchDataError) {
    let time = days.start[todayIndex - BenchGenerator.spanDays - 30] + 9 * 3_600
    let meanPopulation =
      Double(geography.desa.map(\.population).reduce(0, +)) / Double(BenchGeography.kecamatanCount)
    var id = 0
    for number in 1...BenchGeography.kecamatanCount {
      let desa = geography.desa.filter { $0.kecamatanNumber == number }
      let population = Double(desa.map(\.population).reduce(0, +))
      let count = max(2, Int((population / meanPopulation * 3).rounded()))
      var ids: [Int] = []
      for _ in 0..<count {
        id += 1
        let female = random.chance(0.3)
        let given = random.element(female ? SyntheticNames.female : SyntheticNames.male)
        let name = given + " " + random.element(SyntheticNames.family)
        let phone =
          "+62" + random.element(ResidentFactory.phonePrefixes)
          + String(random.int(10_000_000...99_999_999))
        let row = CourierRow(
          id: id, name: name, phone: phone, vehicle: "motor",
          homeDesaCode: random.element(desa).code, dailyCapacity: Self.courierCapacity,
          workingDays: WorkingDays.format(WorkingDays.mondayToFriday))
        try statements.insert(row, time: time, user: Self.user(number))
        ids.append(id)
      }
      couriers[number] = CourierRoster(ids: ids)
    }
  }

  /// Stops a courier can make in a day, an estimate for a motorcycle round.
  static let courierCapacity = 30

  /// Returns the front-office user name of a kecamatan, which its event rows record as the
  /// Unix user.
  static func user(_ kecamatanNumber: Int) -> String {
    "operator-" + twoDigits(kecamatanNumber)
  }

  // MARK: Requests

  /// Requests per working day of the span, summing to exactly `options.requests`: a rate
  /// that grows by half from the first year to the last, with ±15 % noise per day.
  private mutating func dailyQuotas() -> [(Int, Int)] {
    let first = todayIndex - BenchGenerator.spanDays
    let workingDays = (first...todayIndex).filter { days.isWorking[$0] }
    var weights: [Double] = []
    for (position, _) in workingDays.enumerated() {
      let progress = Double(position) / Double(max(1, workingDays.count - 1))
      weights.append((0.8 + 0.4 * progress) * (0.85 + 0.3 * random.unit()))
    }
    let total = weights.reduce(0, +)
    let quotas = weights.map { $0 / total * Double(options.requests) }
    var shares = quotas.map { Int($0) }
    // Largest remainder first, and the earlier day first among equal remainders.
    let order = quotas.indices.sorted {
      (quotas[$0] - Double(shares[$0]), -$0) > (quotas[$1] - Double(shares[$1]), -$1)
    }
    for index in order.prefix(options.requests - shares.reduce(0, +)) { shares[index] += 1 }
    return Array(zip(workingDays, shares))
  }

  private mutating func addRequest(id: Int, day: Int, time: Double, desa desaIndex: Int)
    throws(BenchDataError)
  {
    let desa = geography.desa[desaIndex]
    guard let roster = couriers[desa.kecamatanNumber], !roster.ids.isEmpty else {
      throw BenchDataError("kecamatan \(desa.kecamatanNumber) has no courier; add couriers first")
    }
    var document = Self.documentWeights[random.weighted(Self.documentWeights.map(\.1))].0
    let (residentID, isNew) = try resident(
      in: desaIndex, document: &document, year: days.year[day])
    let isReplacement = document == .ktpEl && random.chance(0.25)

    let year = days.year[day]
    let serial = (lastSerial[year] ?? 0) + 1
    lastSerial[year] = serial
    var history = RequestHistory(now: now)
    history.create(
      at: time, detail: Self.createDetails[Self.textKey(document, isNew, isReplacement)] ?? "")
    let name = residentNames[residentID - 1]
    model.live(
      &history, receivedDay: day, residentName: name, oldCardExpected: isReplacement,
      couriers: roster, random: &random)

    let row = RequestRow(
      id: id, number: RequestNumber(year: year, serial: serial), residentID: residentID,
      desaCode: desa.code, document: document,
      requirements: Self.storedRequirements[Self.textKey(document, false, isReplacement)] ?? "",
      isReplacement: isReplacement)
    let user = Self.user(desa.kecamatanNumber)
    try statements.insert(row, history, days: days, user: user)
    rowsWritten += 1 + history.events.count

    noteComplaint(row, history, residentName: name, user: user)
    noteSurvey(row, history, user: user)
  }

  /// A resident of the desa for a new request: one in four requests comes from a resident
  /// who applied before, for a document kind they have not applied for yet.
  private mutating func resident(in desaIndex: Int, document: inout DocumentKind, year: Int)
    throws(BenchDataError) -> (id: Int, isNew: Bool)
  {
    let known = residentsByDesa[desaIndex]
    if !known.isEmpty && random.chance(0.25) {
      let slot = random.int(0...known.count - 1)
      let documents = known[slot].documents
      let unused = DocumentKind.allCases.enumerated().filter { documents & (1 << $0.offset) == 0 }
      if !unused.isEmpty {
        let bit = Self.bit(of: document)
        if documents & bit != 0 { document = random.element(unused).element }
        residentsByDesa[desaIndex][slot].documents |= Self.bit(of: document)
        return (known[slot].id, false)
      }
    }
    let row = residents.make(
      in: geography.desa[desaIndex], document: document, year: year, random: &random)
    try statements.insert(row)
    rowsWritten += 1
    residentNames.append(row.name)
    residentPhones.append(row.phone)
    residentsByDesa[desaIndex].append((row.id, Self.bit(of: document)))
    return (row.id, true)
  }

  private static func bit(of document: DocumentKind) -> UInt8 {
    // DocumentKind has 6 cases, so the index fits in a byte's bits.
    UInt8(1) << UInt8(DocumentKind.allCases.firstIndex(of: document) ?? 0)
  }

  /// The create details and stored checklists of every combination, computed once
  /// because formatting them per request took a noticeable share of the load.
  static let createDetails = textTable { createDetail($0, $1, $2) }
  static let storedRequirements = textTable { document, _, isReplacement in
    requirements(document, isReplacement).stored
  }

  static func textKey(_ document: DocumentKind, _ isNew: Bool, _ isReplacement: Bool) -> String {
    document.rawValue + (isNew ? "/new" : "/known") + (isReplacement ? "/replacement" : "")
  }

  private static func textTable(_ make: (DocumentKind, Bool, Bool) -> String) -> [String: String] {
    var table: [String: String] = [:]
    for document in DocumentKind.allCases {
      for isNew in [false, true] {
        for isReplacement in [false, true] {
          table[textKey(document, isNew, isReplacement)] = make(document, isNew, isReplacement)
        }
      }
    }
    return table
  }

  /// Returns the counter's checklist as an operator ticks it: every requirement shown, the old
  /// card or police report only for a replacement KTP-el.
  static func requirements(_ document: DocumentKind, _ isReplacement: Bool) -> RequirementCheck {
    let met = document.requirements.filter { requirement in
      requirement != .oldCardOrPoliceReport || isReplacement
    }
    return RequirementCheck(met: met)
  }

  /// Formats the create event's detail as `createRequest` writes it.
  static func createDetail(_ document: DocumentKind, _ isNew: Bool, _ isReplacement: Bool)
    -> String
  {
    var pairs: [(key: String, value: String?)] = [
      ("document", document.rawValue), ("resident", isNew ? "new" : "unchanged"),
    ]
    let check = requirements(document, isReplacement)
    if !check.met.isEmpty || !check.missing.isEmpty {
      pairs.append(("requirements", check.stored))
    }
    if isReplacement { pairs.append(("replacement", "yes")) }
    return EventDetail.format(pairs)
  }
}

/// Picks a desa in proportion to its population.
struct DesaPicker {
  private let cumulative: [Int]

  init(_ desa: [BenchDesa]) {
    var sum = 0
    cumulative = desa.map { desa in
      sum += desa.population
      return sum
    }
  }

  func pick(_ random: inout RandomSource) -> Int {
    let target = random.int(0...(cumulative.last ?? 1) - 1)
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
