@testable import Engine
import Foundation
import Testing

/// The shared TOML test suites (toml-test and toml-spec-tests), each case
/// classified by Python's tomllib: every valid document parses to the same
/// values, and every invalid one is refused with a line and column rather
/// than parsed or crashed on. Regenerate with scripts/make-toml-conformance.py.
@Suite struct TOMLConformanceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let toml: String
        /// The tagged JSON of toml-test (`{"type": "integer", "value": "1"}` for each scalar), as JSON text.
        let expected: String?
        var testDescription: String { name }
    }

    static let corpus: (valid: [Case], invalid: [Case]) = {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/toml-conformance.json"),
              let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return ([], []) }
        func cases(_ key: String) -> [Case] {
            (object[key] as? [[String: Any]] ?? []).compactMap { entry in
                guard let name = entry["name"] as? String, let toml = entry["toml"] as? String else { return nil }
                let expected = entry["expected"].flatMap { try? JSONSerialization.data(withJSONObject: $0) }
                return Case(name: name, toml: toml, expected: expected.map { String(decoding: $0, as: UTF8.self) })
            }
        }
        return (cases("valid"), cases("invalid"))
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.corpus.valid.count > 250)
        #expect(Self.corpus.invalid.count > 300)
    }

    @Test(arguments: corpus.valid)
    func validDocumentsParseToTheirValues(_ testCase: Case) throws {
        let expected = try JSONSerialization.jsonObject(with: Data(try #require(testCase.expected).utf8))
        switch TOMLText.parse(testCase.toml) {
        case .success(let table):
            if let mismatch = Self.mismatch(.table(table), expected, path: "") {
                Issue.record("\(mismatch)")
            }
        case .failure(let problem):
            Issue.record("refused: \(problem.message)")
        }
    }

    @Test(arguments: corpus.invalid)
    func invalidDocumentsAreRefusedWithAPlace(_ testCase: Case) {
        switch TOMLText.parse(testCase.toml) {
        case .success(let table):
            Issue.record("parsed: \(table)")
        case .failure(let problem):
            #expect(problem.message.contains(" at line "), "\(problem.message)")
            #expect(!problem.fix.isEmpty)
        }
    }

    /// Where `value` differs from toml-test's tagged JSON, or nil. Floats
    /// compare as numbers; dates and times, kept as written, by kind and by
    /// the text Python's isoformat gives for them.
    static func mismatch(_ value: TOMLValue, _ expected: Any, path: String) -> String? {
        switch value {
        case .table(let table):
            guard let object = expected as? [String: Any], object["type"] as? String == nil || object.count != 2 else {
                return "\(path): a table where \(expected) was expected"
            }
            guard Set(object.keys) == Set(table.keys) else {
                return "\(path): keys \(table.keys.sorted()) where \(object.keys.sorted()) were expected"
            }
            return table.sorted { $0.key < $1.key }.lazy.compactMap { key, item in
                object[key].flatMap { mismatch(item, $0, path: path + "." + key) }
            }.first
        case .array(let items):
            guard let array = expected as? [Any], array.count == items.count else {
                return "\(path): \(items.count) items where \(expected) was expected"
            }
            return zip(items, array).enumerated().lazy.compactMap { index, pair in
                mismatch(pair.0, pair.1, path: "\(path)[\(index)]")
            }.first
        default:
            guard let scalar = expected as? [String: String], let type = scalar["type"], let text = scalar["value"] else {
                return "\(path): \(value) where \(expected) was expected"
            }
            let matches: Bool
            switch value {
            case .string(let string): matches = type == "string" && string == text
            case .integer(let integer): matches = type == "integer" && String(integer) == text
            case .boolean(let boolean): matches = type == "bool" && String(boolean) == text
            case .float(let float):
                matches = type == "float" && (float.isNaN ? text == "nan" : Double(text) == float)
            case .dateTime(let kind, let written):
                let kinds: [TOMLDateTimeKind: String] = [.offsetDateTime: "datetime", .localDateTime: "datetime-local",
                                                         .localDate: "date-local", .localTime: "time-local"]
                matches = kinds[kind] == type && isoformat(written) == text
            case .table, .array:
                matches = false
            }
            return matches ? nil : "\(path): \(value) where \(type) \(text.debugDescription) was expected"
        }
    }

    /// A TOML date-time as Python's isoformat writes it: `T` between date and
    /// time, the fraction as microseconds (cut to six digits, left out when
    /// zero), and `Z` as `+00:00`.
    static func isoformat(_ written: String) -> String {
        let text = written.uppercased()
        let hasDate = text.count >= 10 && text.dropFirst(4).first == "-"
        let date = hasDate ? String(text.prefix(10)) : ""
        var rest = Substring(hasDate ? String(text.dropFirst(11)) : text)
        guard !rest.isEmpty else { return date }
        let time = rest.prefix(8)
        rest = rest.dropFirst(8)
        var micros = ""
        if rest.first == "." {
            let digits = rest.dropFirst().prefix { $0.isNumber }
            rest = rest.dropFirst(1 + digits.count)
            let six = String(digits.prefix(6)).padding(toLength: 6, withPad: "0", startingAt: 0)
            if six != "000000" { micros = "." + six }
        }
        let offset = ["Z", "-00:00"].contains(String(rest)) ? "+00:00" : String(rest)
        return (hasDate ? date + "T" : "") + time + micros + offset
    }
}
