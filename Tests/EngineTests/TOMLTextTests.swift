@testable import Engine
import Testing

/// The guard in front of toml++: the files it asserts on get a problem with
/// the line, and valid files that hold the same characters elsewhere pass.
@Suite struct TOMLTextTests {
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
        guard case .failure(let problem) = TOMLText.parse(text) else {
            Issue.record("\(text.debugDescription) parsed")
            return
        }
        #expect(problem.message.hasPrefix("a table header without a name at line "))
        #expect(problem.fix.contains("[[channels]]"))
    }

    @Test func theProblemNamesTheLineOfTheHeader() {
        let text = "[discord]\n# [[ in a comment\nx = \"\"\"\n[[\n\"\"\"\n\n[[\n"
        #expect(TOMLText.unnamedHeader(in: text)?.message == "a table header without a name at line 7, column 1")
    }

    static let validFiles = [
        "x = [\n  [[ [1] ]],\n  [[2]],\n]\n",
        "guidance = \"\"\"\n[[\n[ \"\"\"\n[[channels]]\nid = \"1\"\n",
        "guidance = '''\n[[\n'''\n",
        "guidance = \"a \\\"[[\\\" b\"\n",
        "escaped = \"\"\"line \\\n[[ continued\"\"\"\n",
        "# [[\n[[ channels ]]\nid = \"1\"\n[\"quoted key\"]\n['literal']\n",
        "t = { a = [ [1] ] }\n[b]\n",
    ]

    @Test(arguments: validFiles)
    func validFilesAreNotRefused(_ text: String) throws {
        #expect(TOMLText.unnamedHeader(in: text) == nil, "\(text.debugDescription)")
        if case .failure(let problem) = TOMLText.parse(text) {
            Issue.record("\(text.debugDescription): \(problem.message)")
        }
    }

    @Test func aControlCharacterIsNamedWithItsPlace() {
        guard case .failure(let problem) = TOMLText.parse("a = 1\nb = \"\u{02}\"\n") else {
            Issue.record("parsed")
            return
        }
        #expect(problem.message == "control character U+0002 at line 2, column 6")
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
