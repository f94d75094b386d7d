// swift-tools-version:6.1
import PackageDescription

/// modconsole: a terminal console for Discord moderators.
///
/// Imports point one way: modconsole -> ConsoleUI -> Engine -> DiscordREST -> CCurl.
/// DiscordSimulator stands apart (it never imports DiscordREST) and is used by the
/// command line's `demo`/`simulate` and by tests only.
let package = Package(
    name: "modconsole",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "modconsole", targets: ["modconsole"]),
        .library(name: "DiscordREST", targets: ["DiscordREST"]),
        .library(name: "DiscordSimulator", targets: ["DiscordSimulator"]),
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "ConsoleUI", targets: ["ConsoleUI"]),
        /// The invariant checks the fuzz targets in Fuzz/ run (and FuzzRegressionTests replay).
        .library(name: "FuzzChecks", targets: ["FuzzChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(name: "CCurl", path: "Sources/CCurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .target(name: "DiscordREST", dependencies: [
            "CCurl",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "DiscordSimulator", dependencies: [
            .product(name: "FlyingFox", package: "FlyingFox"),
            .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        .target(name: "Engine", dependencies: [
            "DiscordREST",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ], resources: [.copy("Resources/local-model.bin")]),
        .target(name: "ConsoleUI", dependencies: ["Engine", "DiscordREST", "CNcursesw"]),
        .executableTarget(name: "modconsole", dependencies: [
            "ConsoleUI", "Engine", "DiscordREST", "DiscordSimulator",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .target(name: "FuzzChecks", dependencies: ["ConsoleUI", "Engine", "DiscordREST"], path: "Tests/FuzzChecks"),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzChecks"]),
        .testTarget(name: "DiscordRESTTests", dependencies: ["DiscordREST", "DiscordSimulator", "TestSupport"]),
        .testTarget(name: "DiscordSimulatorTests", dependencies: ["DiscordSimulator", "TestSupport"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "DiscordREST", "DiscordSimulator", "TestSupport",
                                                      .product(name: "GRDB", package: "GRDB.swift")],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "ConsoleUITests", dependencies: ["ConsoleUI", "CNcursesw"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DiscordSimulator", "ConsoleUI", "Engine", "DiscordREST", "TestSupport",
                                                        .product(name: "GRDB", package: "GRDB.swift"),
                                                        .product(name: "FlyingFox", package: "FlyingFox"),
                                                        .product(name: "FlyingSocks", package: "FlyingFox")]),
    ],
    swiftLanguageModes: [.v6]
)
