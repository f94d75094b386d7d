import Foundation
import Testing
@testable import ConsoleUI

/// Screen snapshots as text files under Snapshots/: each row of the cell
/// buffer, framed so trailing spaces show. Set RECORD_SNAPSHOTS=1 to write
/// them anew (then review the diff before committing).
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static func text(of buffer: CellBuffer) -> String {
        buffer.lines.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
    }

    static func assert(_ buffer: CellBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = text(of: buffer)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; run the tests with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "screen \(name) differs from Snapshots/\(name).txt (RECORD_SNAPSHOTS=1 re-records)\n\(actual)",
                sourceLocation: sourceLocation)
    }
}
