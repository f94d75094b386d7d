import Foundation

/// One measured figure, beside the baseline it is judged against.
///
/// The format is shared with the Python and shell parts: `report.py` reads
/// every `*.json` a part leaves in `$BENCH_OUT` and writes BENCHMARKS.md.
public struct Figure: Codable, Sendable {
    /// What was measured, e.g. "batch prediction, one core".
    public var measure: String
    public var value: Double
    /// "messages/s", "ms", "bytes", "requests"...
    public var unit: String
    /// The named baseline measured in the same run (nil when the goal is absolute).
    public var baseline: String?
    public var baselineValue: Double?
    /// The goal in words, e.g. ">= 5x scikit-learn" or "< 10 ms".
    public var goal: String
    /// Whether the goal is met by this run's figures.
    public var met: Bool
    /// value / baselineValue, when there is a baseline.
    public var ratio: Double? {
        guard let baselineValue, baselineValue != 0 else { return nil }
        return value / baselineValue
    }

    public init(measure: String, value: Double, unit: String, baseline: String? = nil,
                baselineValue: Double? = nil, goal: String, met: Bool) {
        self.measure = measure
        self.value = value
        self.unit = unit
        self.baseline = baseline
        self.baselineValue = baselineValue
        self.goal = goal
        self.met = met
    }

    enum CodingKeys: String, CodingKey {
        case measure, value, unit, baseline, goal, met
        case baselineValue = "baseline_value"
    }
}

/// A section of BENCHMARKS.md: one part's figures and what it says about them.
public struct Section: Codable, Sendable {
    /// Sections are printed in this order (the numbering).
    public var order: Int
    public var title: String
    /// The command that reproduces this section alone.
    public var command: String
    /// How it was measured: corpus, sizes, what each side did.
    public var method: String
    public var figures: [Figure]
    /// Where a goal is missed: by how much and what would close it.
    public var notes: [String]

    public init(order: Int, title: String, command: String, method: String, figures: [Figure], notes: [String] = []) {
        self.order = order
        self.title = title
        self.command = command
        self.method = method
        self.figures = figures
        self.notes = notes
    }

    /// Writes the section to `$BENCH_OUT/<name>.json` (or prints it when BENCH_OUT is unset).
    public func write(as name: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(self)
        if let out = ProcessInfo.processInfo.environment["BENCH_OUT"], !out.isEmpty {
            try data.write(to: URL(fileURLWithPath: out).appendingPathComponent("\(name).json"))
        } else {
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
    }
}
