import HDSCore
import Testing

@Suite("Roles")
struct RoleConfigTests {
  let config = """
    # HDS roles for Kecamatan Kromengan
    operator   user:siti
    supervisor user:camat     # the camat's own account
    viewer     group:dukcapil
    operator   group:hds-front
    courier    user:budi
    """

  @Test("user line wins over groups")
  func userLineWins() throws {
    let roles = try RoleConfig(parsing: config)
    #expect(roles.role(ofUser: "siti", groups: ["dukcapil"]) == .operator)
    #expect(roles.role(ofUser: "budi", groups: ["hds-front"]) == .courier)
    #expect(roles.role(ofUser: "camat", groups: []) == .supervisor)
  }

  @Test("groups grant, the most of them applies")
  func groups() throws {
    let roles = try RoleConfig(parsing: config)
    #expect(roles.role(ofUser: "rina", groups: ["dukcapil"]) == .viewer)
    #expect(roles.role(ofUser: "joko", groups: ["dukcapil", "hds-front"]) == .operator)
  }

  @Test("unknown user gets the least role")
  func unknownUser() throws {
    let roles = try RoleConfig(parsing: config)
    #expect(roles.role(ofUser: "stranger", groups: ["users"]) == .courier)
    #expect(try RoleConfig(parsing: "").role(ofUser: "siti", groups: []) == Role.least)
  }

  @Test("read-only lowers to viewer, never raises")
  func readOnly() {
    #expect(Role.operator.readOnly == .viewer)
    #expect(Role.supervisor.readOnly == .viewer)
    #expect(Role.viewer.readOnly == .viewer)
    #expect(Role.courier.readOnly == .courier)
    #expect(!Role.viewer.writes)
    #expect(Role.supervisor.writes)
    #expect(Role.courier.masksPersonalData)
    #expect(!Role.operator.masksPersonalData)
  }

  @Test(
    "invalid lines are rejected",
    arguments: [
      ("admin user:siti", "unknown role admin"),
      ("operator siti", "names no user or group"),
      ("operator user:", "names no user or group"),
      ("operator user:siti extra", "expected ROLE user:NAME"),
      ("viewer group:dukcapil\noperator group:dukcapil", "line 1 already"),
    ])
  func invalidLines(text: String, message: String) {
    #expect(throws: RoleConfigError.self) { try RoleConfig(parsing: text) }
    do {
      _ = try RoleConfig(parsing: text)
    } catch {
      #expect(error.description.contains(message), "\(error.description)")
    }
  }
}
