import Foundation

/// `StoreBench engine --store PATH --corpus FILE[,FILE] [--channels N] [--per-poll N] [--cycles N]`
/// `StoreBench queries --store PATH --top-author ID --typical-author ID [--runs N] [--only NAME-PART]`
///
/// Prints its measurements as JSON on stdout for `Benchmarks/parts/engine.sh`
/// and `store.sh`, which add the baselines and write the sections.
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func required(_ name: String) throws -> String {
    guard let value = option(name) else { throw BenchError("missing --\(name)") }
    return value
}

func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    FileHandle.standardOutput.write(try encoder.encode(value))
    FileHandle.standardOutput.write(Data("\n".utf8))
}

do {
    switch arguments.first {
    case "engine":
        var options = EngineThroughput.Options(store: try required("store"), corpus: try required("corpus").split(separator: ",").map(String.init))
        if let value = option("channels").flatMap(Int.init) { options.channels = value }
        if let value = option("per-poll").flatMap(Int.init) { options.perPoll = value }
        if let value = option("cycles").flatMap(Int.init) { options.cycles = value }
        try printJSON(try await EngineThroughput.run(options))
    case "queries":
        guard let top = Int64(try required("top-author")), let typical = Int64(try required("typical-author")) else {
            throw BenchError("--top-author and --typical-author take author ids")
        }
        var options = StoreQueries.Options(store: try required("store"), topAuthor: top, typicalAuthor: typical)
        if let value = option("runs").flatMap(Int.init) { options.runs = value }
        options.only = option("only")
        try printJSON(try await StoreQueries.run(options))
    default:
        throw BenchError("usage: StoreBench engine|queries ... (see main.swift)")
    }
} catch {
    FileHandle.standardError.write(Data("StoreBench: \(error)\n".utf8))
    exit(1)
}
