import Foundation
import FuzzChecks
import Testing

/// Every input kept in Fuzz/ (the seed corpora, and the crashers the fuzzers
/// found) replayed through the check its fuzz target runs, so a crash once
/// found stays fixed without building the fuzzers.
@Suite struct FuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    /// `<kind>/<target>/<file>` for every file under Fuzz/<kind>.
    static func inputs(_ kind: String) -> [String] {
        let root = fuzz.appendingPathComponent(kind)
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(target).path)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted().map { "\(kind)/\(target)/\($0)" }
        }
    }

    static func replay(_ input: String) throws -> String? {
        let target = try #require(FuzzTarget.named(input.split(separator: "/")[1].description),
                                  "\(input) is not under the directory of a fuzz target (\(FuzzTarget.all.map(\.name)))")
        return target.check(try Data(contentsOf: fuzz.appendingPathComponent(input)))
    }

    @Test(arguments: inputs("Crashers"))
    func crasherKeepsEveryInvariant(_ input: String) throws {
        #expect(try Self.replay(input) == nil, "\(input)")
    }

    @Test(arguments: inputs("Corpus"))
    func seedKeepsEveryInvariant(_ input: String) throws {
        #expect(try Self.replay(input) == nil, "\(input)")
    }

    @Test func everyTargetHasSeeds() {
        let seeded = Set(Self.inputs("Corpus").map { $0.split(separator: "/")[1].description })
        #expect(seeded == Set(FuzzTarget.all.map(\.name)))
    }
}
