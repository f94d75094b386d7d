// swift-tools-version:6.1
import PackageDescription

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
        .package(name: "modconsole", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        /// Writes a part's figures in the one format `report.py` reads.
        .target(name: "BenchSupport"),
        /// Parts 3 and 4: the engine's poll path on replayed Discord JSON
        /// (`engine`), and the Store API's queries on a large store (`queries`).
        .executableTarget(name: "StoreBench", dependencies: [
            "BenchSupport",
            .product(name: "Engine", package: "modconsole"),
            .product(name: "DiscordREST", package: "modconsole"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
