// swift-tools-version:6.1
import PackageDescription

/// modconsole's benchmarks: a package of its own, depending on the project by
/// path, so the main build and CI never compile it.
///
/// Every part is a plain harness: each figure stands beside a baseline
/// measured in the same run by another program (scikit-learn, Python's
/// sqlite3, the original bot's polling, a full repaint), timed the same way on
/// both sides (CPU seconds on one pinned core, or counts seen by the
/// simulator). ordo-one/benchmark measures one Swift process against its own
/// history, so it fits none of them.
///
/// `scripts/benchmarks.sh` (in the project root) builds this package in
/// release, runs every part in `parts/`, and rewrites `BENCHMARKS.md` from the
/// figures they write (see `README.md` here for the format).
let package = Package(
    name: "modconsole-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        // Named, so targets say `package: "modconsole"` whatever the checkout's folder is called.
        .package(name: "modconsole", path: ".."),
    ],
    targets: [
        /// Writes a part's figures in the one format `report.py` reads.
        .target(name: "BenchSupport"),
        /// Parts 2, 6 and 7 against the simulator: the poller beside the original
        /// bot's design (`polling`), the LLM path on the fake server (`llm`), and
        /// back-to-back `queue approve` processes beside one engine (`decisions`).
        .executableTarget(name: "TrafficBench", dependencies: [
            "BenchSupport",
            .product(name: "Engine", package: "modconsole"),
            .product(name: "DiscordREST", package: "modconsole"),
            .product(name: "DiscordSimulator", package: "modconsole"),
        ]),
        /// The console's frame time on a store's real overview (`parts/console.sh`).
        .executableTarget(name: "ConsoleBench", dependencies: [
            "BenchSupport",
            .product(name: "ConsoleUI", package: "modconsole"),
            .product(name: "Engine", package: "modconsole"),
            .product(name: "DiscordREST", package: "modconsole"),
        ]),
        /// Parts 3 and 4: the engine's poll path on replayed Discord JSON
        /// (`engine`), and the Store API's queries on a large store (`queries`).
        .executableTarget(name: "StoreBench", dependencies: [
            "BenchSupport",
            .product(name: "Engine", package: "modconsole"),
            .product(name: "DiscordREST", package: "modconsole"),
        ]),
        /// The local classifier's side of Benchmarks/parts/classifier.sh: training,
        /// dev-split macro-F1 and single-core throughput of classification alone.
        .executableTarget(name: "ClassifierBench", dependencies: [.product(name: "Engine", package: "modconsole")]),
    ],
    swiftLanguageModes: [.v6]
)
