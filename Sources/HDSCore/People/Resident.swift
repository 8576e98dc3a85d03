/// A resident who applied for a document.
public struct Resident: Sendable, Equatable, Codable {
  public var nik: NIK
  public var name: String
  public var kk: KKNumber
  public var phone: PhoneNumber?
  public var address: Address

  public init(nik: NIK, name: String, kk: KKNumber, phone: PhoneNumber?, address: Address) {
    self.nik = nik
    self.name = name
    self.kk = kk
    self.phone = phone
    self.address = address
  }
}
