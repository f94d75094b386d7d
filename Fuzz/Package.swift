// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The libFuzzer targets of modconsole, one executable each, built by
/// scripts/fuzz.sh with `-sanitize=fuzzer,address`. Each calls the check of
/// the same name in the main package's FuzzChecks, which
/// FuzzRegressionTests also replay on every kept input.

/// SwiftPM names a path dependency after its directory (the worktree's name), so it is read, not spelled.
let mainPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

/// One executable per fuzz target; scripts/fuzz.sh pairs each with its directory under Corpus/ and Crashers/.
let fuzzers = ["FuzzDiscordJSON", "FuzzChatReply", "FuzzText", "FuzzConfig", "FuzzTheme", "FuzzRateLimitHeaders"]

let package = Package(
    name: "modconsole-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [.systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer")] + fuzzers.map { name in
        .executableTarget(name: name, dependencies: ["CLibFuzzer", .product(name: "FuzzChecks", package: mainPackage)])
    },
    swiftLanguageModes: [.v6]
)
