/// A fix of something recorded wrongly. It is stored as a new event that names the event
/// or field it corrects; the earlier events stay as they were.
public enum Correction: Sendable, Equatable {
  /// The handover was recorded with the wrong recipient. Only for delivered requests.
  case recipient(Handover)
  /// The resident's address (desa, dusun, RW, RT, street) was entered wrongly.
  case address(Address)
  /// The resident's name was entered wrongly.
  case residentName(String)
  /// The resident's phone number was entered wrongly, or is now known; nil removes it.
  case phone(PhoneNumber?)
  /// The resident's KK number was entered wrongly, or is now known.
  case kk(KKNumber)

  /// The field's stable name, stored in the event detail.
  public var field: String {
    switch self {
    case .recipient: return "recipient"
    case .address: return "address"
    case .residentName: return "name"
    case .phone: return "phone"
    case .kk: return "kk"
    }
  }
}
