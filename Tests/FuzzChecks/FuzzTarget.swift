import Foundation

/// One fuzz target: its name (its directory under Fuzz/Corpus and
/// Fuzz/Crashers) and the check it runs on each input.
///
/// A check feeds the input to the code under test and returns which
/// invariant the input broke, or nil. The fuzzers in Fuzz/ call `fuzz`, which
/// crashes on a broken invariant so libFuzzer keeps the input;
/// FuzzRegressionTests call `check` on every kept input.
public struct FuzzTarget: Sendable {
    public let name: String
    public let check: @Sendable (Data) -> String?

    /// What a fuzzer does with one input from libFuzzer: runs `check` on the
    /// bytes and stops the process on a broken invariant, which is how a
    /// fuzzer reports a finding.
    public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
        let input = bytes.map { Data(bytes: $0, count: count) } ?? Data()
        if let violation = check(input) {
            fatalError("\(name): \(violation)")
        }
        return 0
    }

    /// Every target, as scripts/fuzz.sh runs them.
    public static let all: [FuzzTarget] = [.discordJSON, .chatReply, .text, .config, .theme, .rateLimitHeaders]

    /// The target whose directory is `name`.
    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}
