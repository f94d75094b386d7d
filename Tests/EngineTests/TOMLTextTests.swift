@testable import Engine
import Testing

/// modconsole's TOML parser on the files people and fuzzers actually write:
/// each mistake is one problem naming the line, the column and the fix, and
/// no input crashes it (the shared suites are in TOMLConformanceTests).
@Suite struct TOMLTextTests {
    static func problem(_ text: String) -> TOMLText.SyntaxProblem? {
        if case .failure(let problem) = TOMLText.parse(text) { return problem }
        return nil
    }

    static let unnamedHeaders = [
        "[[\n",
        "[\n",
        "[ \n",
        "[[ [a]]\n",
        "[* \n",
        "[discord]\ntoken_file = \"x\"\n\n[[\n",
        "jobs_channel = \"1\"\n[[=\n",
    ]

    @Test(arguments: unnamedHeaders)
    func headerWithoutANameIsAProblemNotACrash(_ text: String) throws {
        let problem = try #require(Self.problem(text), "\(text.debugDescription) parsed")
        #expect(problem.message.hasPrefix("a table header without a name at line "))
        #expect(problem.fix.contains("[[channels]]"))
    }

    @Test func theProblemNamesTheLineOfTheHeader() {
        let text = "[discord]\n# [[ in a comment\nx = \"\"\"\n[[\n\"\"\"\n\n[[\n"
        #expect(Self.problem(text)?.message == "a table header without a name at line 7, column 1")
    }

    /// Shapes toml++ (the parser before this one) asserted on, or read past its buffer for.
    static let formerCrashes = [
        "actions = [\"move\",} was moved\n",
        "x = [1,}\n",
        "x = [\u{2028}1]\n",
        "x = [\u{85}]\n",
        "x = {\u{2028}}\n",
        "x = \u{3000}1\n",
        "[[ [1] ]]\n",
        "x = \"\\u\n",
        "x = \"\"\"\\",
        "x = '''",
        "[a]\nb = 1\n[a]\n",
    ]

    @Test(arguments: formerCrashes)
    func malformedShapesAreProblems(_ text: String) throws {
        let problem = try #require(Self.problem(text), "\(text.debugDescription) parsed")
        #expect(problem.message.contains(" at line "))
    }

    static let deepNesting: [(text: String, problem: String)] = [
        ("x = " + String(repeating: "[", count: 100_000), "values nested more than 100 deep"),
        ("x = " + String(repeating: "{a=", count: 50_000), "tables nested more than 100 deep"),
        ("[" + Array(repeating: "a", count: 10_000).joined(separator: ".") + "]", "a key with more than 100 parts"),
        (Array(repeating: "a", count: 10_000).joined(separator: ".") + " = 1", "a key with more than 100 parts"),
        ("[" + Array(repeating: "a", count: 99).joined(separator: ".") + "]\nx = [[1]]\n", "values nested more than 100 deep"),
    ]

    @Test func deepNestingIsRefusedNotAStackOverflow() throws {
        for (text, expected) in Self.deepNesting {
            let problem = try #require(Self.problem(text), "\(text.prefix(40)) parsed")
            #expect(problem.message.hasPrefix(expected + " at line "), "\(problem.message)")
        }
        // Just under the limit still parses.
        let deepest = "x = " + String(repeating: "[", count: 99) + String(repeating: "]", count: 99) + "\n"
        #expect(Self.problem(deepest) == nil)
    }

    @Test func mistakesSayWhatAndHowToFix() {
        #expect(Self.problem("a = 1\na = 2\n") == .init(message: "a is set twice at line 2, column 1", fix: "keep one of the two a = ... lines"))
        #expect(Self.problem("[discord]\nx = 1\n\n[discord]\n")
                == .init(message: "the table [discord] is defined twice at line 4, column 1", fix: "merge the two [discord] sections into one"))
        #expect(Self.problem("x = 9223372036854775808\n")?.message == "an integer that does not fit in 64 bits at line 1, column 5")
        #expect(Self.problem("x = \"abc\ny = 1\n")?.fix.contains("\"\"\"") == true)
        #expect(Self.problem("x = [1 2]\n")?.message == "expected , or ] in the array, found '2' at line 1, column 8")
        #expect(Self.problem("x = 2024-02-30\n")?.message == "no such date: 2024-02-30 at line 1, column 5")
        #expect(Self.problem("x = 1 y = 2\n")?.message == "expected the end of the line, found 'y' at line 1, column 7")
        #expect(Self.problem("x = \"\\q\"\n")?.message == "an unknown escape \\q at line 1, column 6")
    }

    static let validFiles = [
        "x = [\n  [[ [1] ]],\n  [[2]],\n]\n",
        "guidance = \"\"\"\n[[\n[ \"\"\"\n[[channels]]\nid = \"1\"\n",
        "guidance = '''\n[[\n'''\n",
        "guidance = \"a \\\"[[\\\" b\"\n",
        "escaped = \"\"\"line \\\n[[ continued\"\"\"\n",
        "# [[\n[[ channels ]]\nid = \"1\"\n[\"quoted key\"]\n['literal']\n",
        "t = { a = [ [1] ] }\n[b]\n",
        "a = 1\r\nb = \"\"\"x\r\ny\"\"\"\r\n",
    ]

    @Test(arguments: validFiles)
    func validFilesAreNotRefused(_ text: String) throws {
        if let problem = Self.problem(text) {
            Issue.record("\(text.debugDescription): \(problem.message)")
        }
    }

    @Test func valuesComeOutAsWritten() throws {
        let text = """
            name = "a \\u00E9 \\"q\\""
            n = -1_000
            h = 0xff
            f = 6.5e-1
            on = true
            when = 1979-05-27T07:32:00Z
            list = [1, "two", [3]]
            [t.u]
            v = 'raw \\n'
            [[arr]]
            k = 1
            [[arr]]
            k = 2
            """
        let table = try TOMLText.parse(text).get()
        #expect(table["name"] == .string("a é \"q\""))
        #expect(table["n"] == .integer(-1000) && table["h"] == .integer(255))
        #expect(table["f"] == .float(0.65) && table["on"] == .boolean(true))
        #expect(table["when"] == .dateTime(.offsetDateTime, "1979-05-27T07:32:00Z"))
        #expect(table["list"] == .array([.integer(1), .string("two"), .array([.integer(3)])]))
        #expect(table["t"] == .table(["u": .table(["v": .string("raw \\n")])]))
        #expect(table["arr"] == .array([.table(["k": .integer(1)]), .table(["k": .integer(2)])]))
    }

    @Test func aControlCharacterIsNamedWithItsPlace() {
        #expect(Self.problem("a = 1\nb = \"\u{02}\"\n")?.message == "control character U+0002 at line 2, column 6")
        #expect(Self.problem("a = 1\rb = 2\n")?.fix.contains("carriage return") == true)
    }

    @Test func theConfigurationNamesTheFileAndTheLine() {
        var configuration = Configuration()
        #expect {
            try ConfigurationLoader.apply(text: "[discord]\n[[\n", file: "/etc/modconsole.toml", to: &configuration)
        } throws: { error in
            "\(error)".contains("/etc/modconsole.toml") && "\(error)".contains("line 2")
        }
    }
}
