/// A problem with one row of a print list or survey file, or the reason the import skips
/// it, with the values its message shows.
///
/// The message itself belongs to the interface: the dashboard's catalog writes each case
/// in Bahasa Indonesia and in English, with the line, the column and the value that
/// `PrintListProblem` adds.
public enum ImportProblem: Sendable, Equatable {
  // MARK: Any row

  /// The row has more non-empty fields than the header has cells, so a value probably
  /// contains an unquoted separator.
  case tooManyFields(fields: Int, headerCells: Int)
  /// A required cell is empty.
  case empty(ImportField)

  // MARK: NIK

  /// A spreadsheet turned the NIK into a number such as 3,50731E+15, losing its digits.
  case nikAsNumber
  case invalidNIK(NIKError)
  /// The NIK is valid but unusual; the row is imported.
  case nikWarning(NIKWarning)

  // MARK: Print-list values

  /// The document cell names no document HDS delivers.
  case unknownDocument
  /// The desa cell names no desa of the store's kecamatan; `desa` lists its desa.
  case unknownDesa(kecamatan: String, desa: [String])
  /// The row repeats the NIK and document of the row on `firstLine`, so it is ignored.
  case sameNIKAndDocument(firstLine: Int)

  // MARK: Dates

  /// The cell is in none of the accepted formats.
  case notADate(ImportField)
  /// The cell is in an accepted format, but the day does not exist, as in 31/02/2026.
  case noSuchDay
  /// The day is after `today`. `yearFirst` is true for YYYY-MM-DD, whose day and month
  /// cannot have been swapped.
  case afterToday(today: CalendarDay, yearFirst: Bool)

  // MARK: Request numbers

  /// The request number cell is not in the form HDS-2026-000123.
  case invalidRequestNumber(ImportList)

  // MARK: Survey values

  /// An answer cell is not a whole number from 1 to 4.
  case invalidAnswer
  /// Every answer cell of the row is empty.
  case noAnswers
  /// The row's request is also on `firstLine` with another date or other answers.
  case requestRepeated(RequestNumber, firstLine: Int)
  /// The row repeats the request, date and answers of the row on `firstLine`, so it is
  /// ignored.
  case sameResponse(firstLine: Int)

  // MARK: Rows the store cannot take

  /// No stored request has this number.
  case requestNotFound(RequestNumber, ImportList)
  /// The print list's request number belongs to a request of another NIK.
  case requestOfOtherNIK(RequestNumber)
  /// The print list's request number belongs to a request for another document.
  case requestOfOtherDocument(RequestNumber, stored: DocumentKind, listed: DocumentKind)
  /// The print list names a request that was registered but never sent to Dukcapil.
  case requestNotSent(RequestNumber)
  /// The print list names a cancelled request.
  case requestCancelled(RequestNumber)
  /// The store rejects the survey row's response. An import never replaces a stored
  /// response, so `.alreadyAnswered` means the row must go or be entered in the dashboard.
  case surveyRejected(SurveyRejection)

  // MARK: Rows the store takes with a warning

  /// The print list's name differs from the name stored for the row's NIK. The row is
  /// imported all the same, because the NIK identifies the resident. `request` is the
  /// request that the row made ready, created or found already ready.
  case nameDiffers(listed: String, stored: String, request: RequestNumber)
}

/// A cell that an import requires, as the messages about an empty or unreadable cell name
/// its fix.
public enum ImportField: Sendable, Equatable {
  case nik
  case name
  case document
  case printDate
  /// The request number of a survey row, which is required there.
  case requestNumber
  case answeredDate
}

/// The file an import reads, where the same problem has a different fix.
public enum ImportList: Sendable, Equatable {
  /// A print list, whose request number is optional: without it a row is matched by NIK
  /// and document.
  case printList
  /// A survey file, whose request number comes from the receipt or the recipient list.
  case survey
}
