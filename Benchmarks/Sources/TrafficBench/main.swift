import BenchSupport
import Foundation

// TrafficBench polling | llm | cli-decisions
//
// Measures one part against the in-process simulator and writes its section
// to $BENCH_OUT/<part>.json (see Benchmarks/README.md). cli-decisions runs the
// release binary named by $BENCH_BIN.

let parts = ["polling", "llm", "cli-decisions"]
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let part = arguments.first, parts.contains(part) else {
    FileHandle.standardError.write(Data("usage: TrafficBench \(parts.joined(separator: " | "))\n".utf8))
    exit(2)
}

let directory = try scratchDirectory()
do {
    let section: Section
    switch part {
    case "polling":
        section = try await PollingBench.run(directory: directory)
    case "llm":
        section = try await LLMBench.run(directory: directory)
    default:
        guard let binary = ProcessInfo.processInfo.environment["BENCH_BIN"], FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchFailure("set BENCH_BIN to the release modconsole binary (scripts/benchmarks.sh does)")
        }
        section = try await DecisionsBench.run(directory: directory, binary: binary)
    }
    try section.write(as: part)
    for figure in section.figures {
        let baseline = figure.baselineValue.map { " (baseline \($0))" } ?? ""
        let line = "\(part): \(figure.measure): \(figure.value) \(figure.unit)\(baseline)\(figure.met ? "" : " MISSED")\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
    try? FileManager.default.removeItem(atPath: directory)
} catch {
    FileHandle.standardError.write(Data("\(part): \(error)\n".utf8))
    try? FileManager.default.removeItem(atPath: directory)
    exit(1)
}
