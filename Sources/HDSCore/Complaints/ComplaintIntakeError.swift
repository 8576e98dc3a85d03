/// The reason the store rejected the request or resident that a new complaint names.
public enum ComplaintIntakeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No request has this number.
  case requestNotFound(RequestNumber)
  /// The typed number is not the request the complaint was opened from.
  case requestMismatch(RequestNumber)
  /// No stored resident has the NIK, given in its masked form.
  case residentNotFound(maskedNIK: String)
  /// The NIK, given in its masked form, is not the linked request's resident.
  case residentNotOfRequest(maskedNIK: String)

  public var description: String {
    switch self {
    case .requestNotFound(let number):
      return "request \(number) not found; check the number or leave it empty"
    case .requestMismatch(let number):
      return "request \(number) is not the request this complaint was opened from; leave the"
        + " number empty"
    case .residentNotFound(let nik):
      return "no resident with NIK \(nik) is stored; check the NIK or leave it empty"
    case .residentNotOfRequest(let nik):
      return "NIK \(nik) is not the resident of the linked request; leave one of them empty"
    }
  }
}
