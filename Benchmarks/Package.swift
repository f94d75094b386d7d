// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The project's package identity: SwiftPM names a path dependency after its
/// folder, which differs between checkouts (main, a worktree, CI).
let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

/// modconsole's benchmarks: a package of its own, depending on the project by
/// path, so the main build and CI never compile the benchmark framework.
///
/// `scripts/benchmarks.sh` (in the project root) builds this package in
/// release, runs every part in `parts/`, and rewrites `BENCHMARKS.md` from the
/// figures they write (see `README.md` here for the format).
let package = Package(
    name: "modconsole-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        /// Writes a part's figures in the one format `report.py` reads.
        .target(name: "BenchSupport"),
        /// The console's frame time on a store's real overview (`parts/console.sh`).
        .executableTarget(name: "ConsoleBench", dependencies: [
            "BenchSupport",
            .product(name: "ConsoleUI", package: project),
            .product(name: "Engine", package: project),
            .product(name: "DiscordREST", package: project),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
