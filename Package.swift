// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: hds → HDSDashboard → HDSTerminal, and every module
// above the core → HDSCore. HDSStoreSQL holds the store's SQL for every engine, and
// HDSStoreSQLite and HDSStorePostgres run it on theirs. Only HDSStoreSQLite imports SQLite, apart from two test and
// benchmark modules: hds-fuzz, which reads the store under test, and HDSBenchData, which
// fills a benchmark store with bulk SQL. Only HDSStorePostgres imports libpq. Only
// HDSTerminal imports ncurses.
let package = Package(
  name: "HDS",
  products: [
    .executable(name: "hds", targets: ["hds"])
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      path: "Sources/CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    // Not linked: the shim opens libpq at run time, so it needs only the headers
    // (Debian's libpq-dev) to build and libpq5 to connect.
    .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),
    .systemLibrary(
      name: "CNcurses",
      path: "Sources/CNcurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(name: "HDSCore"),
    .target(name: "HDSStoreSQL", dependencies: ["HDSCore"]),
    .target(name: "HDSStoreSQLite", dependencies: ["HDSCore", "HDSStoreSQL", "CSQLite"]),
    .target(name: "HDSStorePostgres", dependencies: ["HDSCore", "HDSStoreSQL", "CLibPQ"]),
    .target(
      name: "HDSStoreMove",
      dependencies: ["HDSCore", "HDSStoreSQL", "HDSStoreSQLite", "HDSStorePostgres"]
    ),
    .target(name: "HDSTerminal", dependencies: ["CNcurses"]),
    .target(name: "HDSDashboard", dependencies: ["HDSCore", "HDSTerminal"]),
    .target(
      name: "HDSSampleData", dependencies: ["HDSCore"], path: "sample-data",
      exclude: [
        "README.md", "holidays-2026.txt", "holidays-2027.txt", "survey-example.csv",
        "region-kromengan.csv", "print-list-example.csv",
      ]),
    .executableTarget(
      name: "hds",
      dependencies: [
        "HDSCore", "HDSStoreSQL", "HDSStoreSQLite", "HDSStorePostgres", "HDSStoreMove",
        "HDSTerminal", "HDSDashboard", "HDSSampleData",
      ]),
    .target(
      name: "HDSBenchData", dependencies: ["HDSCore", "HDSStoreSQLite", "HDSSampleData", "CSQLite"]
    ),
    .executableTarget(
      name: "hds-bench",
      dependencies: ["HDSCore", "HDSBenchData", "HDSStoreSQLite", "HDSDashboard"]),
    .executableTarget(
      name: "hds-stress",
      dependencies: ["HDSCore", "HDSStoreSQL", "HDSStoreSQLite", "HDSStorePostgres"]),
    // HDSDashboard for the catalog, whose import messages the fuzzer checks in both
    // languages.
    .executableTarget(
      name: "hds-fuzz", dependencies: ["HDSCore", "HDSDashboard", "HDSSampleData", "CSQLite"]),
    .testTarget(name: "HDSCoreTests", dependencies: ["HDSCore"]),
    .testTarget(
      name: "HDSStoreSQLiteTests",
      dependencies: [
        "HDSCore", "HDSStoreSQL", "HDSStoreSQLite", "HDSStorePostgres", "HDSSampleData",
      ]),
    .testTarget(
      name: "HDSStorePostgresTests",
      dependencies: ["HDSCore", "HDSStoreSQL", "HDSStorePostgres", "HDSStoreSQLite"]),
    .testTarget(name: "HDSTerminalTests", dependencies: ["HDSTerminal"]),
    .testTarget(
      name: "HDSDashboardTests",
      dependencies: [
        "HDSCore", "HDSDashboard", "HDSTerminal", "HDSStoreSQL", "HDSStoreSQLite", "HDSSampleData",
      ]),
    .testTarget(
      name: "HDSEndToEndTests",
      dependencies: [
        "HDSCore", "HDSStoreSQL", "HDSStoreSQLite", "HDSStorePostgres", "HDSStoreMove",
        "HDSSampleData",
      ]),
    .testTarget(name: "HDSSampleDataTests", dependencies: ["HDSCore", "HDSSampleData"]),
    .testTarget(
      name: "HDSBenchDataTests",
      dependencies: ["HDSCore", "HDSStoreSQLite", "HDSBenchData", "HDSSampleData"]),
  ]
)
