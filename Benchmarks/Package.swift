// swift-tools-version:6.1
import Foundation
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
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        /// Writes a part's figures in the one format `report.py` reads.
        .target(name: "BenchSupport"),
        /// The local classifier's side of Benchmarks/parts/classifier.sh: training,
        /// dev-split macro-F1 and single-core throughput of classification alone.
        /// (The project's package identity is its folder's name: "main", or a worktree's.)
        .executableTarget(name: "ClassifierBench", dependencies: ["Engine"].map {
            .product(name: $0, package: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .lastPathComponent.lowercased())
        }),
    ],
    swiftLanguageModes: [.v6]
)
