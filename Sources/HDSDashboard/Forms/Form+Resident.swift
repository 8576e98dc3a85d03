import HDSCore

extension Form {
  /// Fills the intake form's resident fields from `resident`, the stored resident of the
  /// NIK in the form, and notes above the fields that the NIK is known. When the operator
  /// has typed into them or left the NIK field, only the note is shown. A print list's
  /// placeholders (the KK of zeros, an address without dusun) are left for the operator.
  /// Does nothing when the form is not an intake or its NIK is no longer `resident`'s.
  mutating func prefill(with resident: Resident, kecamatan: Kecamatan, catalog: Catalog) {
    guard case .intake = purpose, (try? NIK(text(.nik))) == resident.nik else { return }
    // Once the operator has left the NIK field, typing may already be under way in the
    // next one, which filled text would run into.
    let onNIK = fields.indices.contains(focus) && fields[focus].name == .nik
    let untouched = text(.name).isEmpty && text(.kk).isEmpty && text(.phone).isEmpty
    guard onNIK && untouched else {
      body = catalog.format(.intakeKnownResidentTyped, resident.name)
      return
    }
    setText(.name, resident.name)
    if let kk = try? KKNumber(entered: resident.kk.digits) { setText(.kk, kk.digits) }
    setText(.phone, resident.phone?.grouped ?? "")
    let address = resident.address
    if kecamatan.desa(code: address.desaCode) != nil, !address.dusun.isEmpty,
      let first = fields.firstIndex(where: { $0.name == .desa }),
      let last = fields.firstIndex(where: { $0.name == .street })
    {
      fields.replaceSubrange(
        first...last,
        with: FormFactory.addressFields(kecamatan, address: address, catalog: catalog))
      refreshDependents()
    }
    body = catalog.format(.intakeKnownResident, resident.name)
  }

  private mutating func setText(_ name: FormField.Name, _ text: String) {
    guard let index = fields.firstIndex(where: { $0.name == name }) else { return }
    fields[index].value = .text(text)
  }
}
