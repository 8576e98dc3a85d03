import Foundation

/// One printed document on Dukcapil's print list: the resident, the document and the day
/// it was printed, with the request number when Dukcapil kept it.
public struct PrintListRow: Sendable, Equatable {
  /// Line in the file where the row starts, for messages.
  public let line: Int
  public let nik: NIK
  public let name: String
  public let document: DocumentKind
  public let printedOn: CalendarDay
  public let requestNumber: RequestNumber?
  /// Kemendagri code of the resident's desa, when the list has a desa column; used only
  /// for the address of a resident the store does not know yet.
  public let desaCode: String?

  public init(
    line: Int, nik: NIK, name: String, document: DocumentKind, printedOn: CalendarDay,
    requestNumber: RequestNumber?, desaCode: String? = nil
  ) {
    self.line = line
    self.nik = nik
    self.name = name
    self.document = document
    self.printedOn = printedOn
    self.requestNumber = requestNumber
    self.desaCode = desaCode
  }
}

/// What importing a print list did, or would do in a dry run.
public struct PrintListImport: Sendable, Equatable {
  /// Requests that were in process and are now ready.
  public var markedReady: [RequestNumber]
  /// Printed documents without a request: new requests, ready at once.
  public var created: [RequestNumber]
  /// The new requests flagged for completion, in `created` order: those of residents the
  /// import added, or whose stored KK number or address is not complete.
  public var needsCompletion: [RequestNumber]
  /// Rows whose request was already ready or further along: nothing to do.
  public var unchanged: Int
  /// Rows that name a request the print list cannot move (not found, of another NIK or
  /// document, received, cancelled), with the reason, in line order.
  public var skipped: [PrintListProblem]
  /// Rows imported that need a look, such as a name that differs from the stored one, in
  /// line order.
  public var warnings: [PrintListProblem]

  public init(
    markedReady: [RequestNumber] = [], created: [RequestNumber] = [],
    needsCompletion: [RequestNumber] = [], unchanged: Int = 0,
    skipped: [PrintListProblem] = [], warnings: [PrintListProblem] = []
  ) {
    self.markedReady = markedReady
    self.created = created
    self.needsCompletion = needsCompletion
    self.unchanged = unchanged
    self.skipped = skipped
    self.warnings = warnings
  }
}

/// A delivered document as the recipient list (daftar penerima) shows it.
public struct RecipientRecord: Sendable, Equatable {
  public let number: RequestNumber
  public let document: DocumentKind
  public let residentName: String
  public let nik: NIK
  public let address: Address
  public let deliveredAt: Date
  public let recipientKind: RecipientKind?
  public let recipientName: String?
  public let relation: String?
  public let oldCardReturned: Bool?
  public let courierName: String?

  public init(
    number: RequestNumber, document: DocumentKind, residentName: String, nik: NIK,
    address: Address, deliveredAt: Date, recipientKind: RecipientKind?, recipientName: String?,
    relation: String?, oldCardReturned: Bool?, courierName: String?
  ) {
    self.number = number
    self.document = document
    self.residentName = residentName
    self.nik = nik
    self.address = address
    self.deliveredAt = deliveredAt
    self.recipientKind = recipientKind
    self.recipientName = recipientName
    self.relation = relation
    self.oldCardReturned = oldCardReturned
    self.courierName = courierName
  }
}
