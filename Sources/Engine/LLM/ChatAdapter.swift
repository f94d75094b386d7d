import Foundation

/// One message of a chat completion request.
public struct ChatMessage: Sendable, Hashable, Codable {
    public var role: String
    public var content: String
    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}

/// Builds prompts and reads replies exactly as DSPy 3's ChatAdapter does
/// (Tests/EngineTests/Fixtures/dspy/README.md records the rules and the
/// reference output): field descriptions, the `[[ ## name ## ]]` structure,
/// the task description in the system message; the inputs and the output
/// reminder in the user message; replies split into sections by markers.
///
/// One deliberate difference: `neutralize` is applied to every input value,
/// so a message cannot forge a field marker (DSPy inserts values verbatim).
public enum ChatAdapter {
    /// The system and user messages for `values` (input name -> value).
    public static func format(_ signature: Signature, values: [String: String]) -> [ChatMessage] {
        [ChatMessage(role: "system", content: systemMessage(signature, structure: chatStructure(signature))),
         ChatMessage(role: "user", content: userMessage(signature, values: values, requirements: chatRequirements(signature)))]
    }

    static func systemMessage(_ signature: Signature, structure: String) -> String {
        [fieldDescriptions(signature), structure, taskDescription(signature)].joined(separator: "\n")
    }

    static func fieldDescriptions(_ signature: Signature) -> String {
        func lines(_ fields: [Signature.Field]) -> String {
            fields.enumerated().map { "\($0.offset + 1). `\($0.element.name)` (\($0.element.type.pythonName)): \($0.element.description)" }
                .joined(separator: "\n")
        }
        return ("Your input fields are:\n" + lines(signature.inputs) + "\nYour output fields are:\n"
                + lines(signature.chainOfThoughtOutputs)).pythonStripped
    }

    static func placeholder(_ field: Signature.Field, output: Bool) -> String {
        guard output, case .literal(let values) = field.type else { return "{\(field.name)}" }
        return "{\(field.name)}" + String(repeating: " ", count: 8)
            + "# note: the value you produce must exactly match (no extra characters) one of: " + values.joined(separator: "; ")
    }

    static func block(_ fields: [Signature.Field], output: Bool) -> String {
        fields.map { "[[ ## \($0.name) ## ]]\n" + placeholder($0, output: output) }.joined(separator: "\n\n")
    }

    static let structureIntro = "All interactions will be structured in the following way, with the appropriate values filled in."

    static func chatStructure(_ signature: Signature) -> String {
        [structureIntro, block(signature.inputs, output: false), block(signature.chainOfThoughtOutputs, output: true),
         "[[ ## completed ## ]]\n"].joined(separator: "\n\n").pythonStripped
    }

    static func taskDescription(_ signature: Signature) -> String {
        "In adhering to this structure, your objective is: "
            + signature.instructions.pythonLines.map { "\n" + String(repeating: " ", count: 8) + $0 }.joined()
    }

    static func userMessage(_ signature: Signature, values: [String: String], requirements: String) -> String {
        let inputs = signature.inputs.compactMap { field in values[field.name].map { "[[ ## \(field.name) ## ]]\n" + neutralize($0) } }
        return ([""] + inputs + [requirements, ""]).joined(separator: "\n\n").pythonStripped
    }

    static func typeHint(_ field: Signature.Field) -> String {
        if case .literal = field.type { return " (must be formatted as a valid Python \(field.type.pythonName))" }
        return ""
    }

    static func chatRequirements(_ signature: Signature) -> String {
        "Respond with the corresponding output fields, starting with the field "
            + signature.chainOfThoughtOutputs.map { "`[[ ## \($0.name) ## ]]`" + typeHint($0) }.joined(separator: ", then ")
            + ", and then ending with the marker for `[[ ## completed ## ]]`."
    }

    /// Makes text unable to open or close a field: `[[` and `]]` become
    /// `[ [` and `] ]`, so no line of it can match a `[[ ## name ## ]]` marker.
    /// Everything else is kept as written.
    public static func neutralize(_ value: String) -> String {
        guard value.contains("[[") || value.contains("]]") else { return value }
        var result = value
        while result.contains("[[") { result = result.replacingOccurrences(of: "[[", with: "[ [") }
        while result.contains("]]") { result = result.replacingOccurrences(of: "]]", with: "] ]") }
        return result
    }

    // MARK: - Parsing

    /// Why a reply could not be read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads a reply by its field markers, as DSPy does: text before the first
    /// marker and unknown markers (`completed` included) are ignored, the first
    /// occurrence of a field wins, values are trimmed, a Literal must match one
    /// of its values (a `Literal[...]` wrapper or quotes may be stripped), and
    /// a missing field is an error.
    public static func parse(_ signature: Signature, completion: String) throws(ParseError) -> [String: String] {
        let outputs = signature.chainOfThoughtOutputs
        var sections: [(name: String?, lines: [String])] = [(nil, [])]
        for line in completion.pythonLines {
            let stripped = line.trimmingCharacters(in: .whitespaces)
            if let (name, rest) = header(stripped) {
                sections.append((name, rest.isEmpty ? [] : [rest]))
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        var parsed: [String: String] = [:]
        for section in sections {
            guard let name = section.name, let field = outputs.first(where: { $0.name == name }), parsed[name] == nil else { continue }
            let value = section.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            parsed[name] = try coerce(value, to: field)
        }
        let missing = outputs.map(\.name).filter { parsed[$0] == nil }
        guard missing.isEmpty else {
            throw ParseError(message: "the reply lacks " + missing.map { "[[ ## \($0) ## ]]" }.joined(separator: ", ")
                             + "; found " + (parsed.isEmpty ? "no fields" : outputs.map(\.name).filter { parsed[$0] != nil }.joined(separator: ", ")))
        }
        return parsed
    }

    /// `[[ ## name ## ]]` at the start of a trimmed line: the name and the rest of the line.
    static func header(_ line: String) -> (String, String)? {
        guard line.hasPrefix("[[ ## ") else { return nil }
        let afterOpen = line.dropFirst(6)
        guard let close = afterOpen.range(of: " ## ]]") else { return nil }
        let name = afterOpen[..<close.lowerBound]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return (String(name), afterOpen[close.upperBound...].trimmingCharacters(in: .whitespaces))
    }

    /// A field's value checked against its type.
    static func coerce(_ value: String, to field: Signature.Field) throws(ParseError) -> String {
        guard case .literal(let allowed) = field.type else { return value }
        if allowed.contains(value) { return value }
        var v = value.trimmingCharacters(in: .whitespacesAndNewlines)
        for wrapper in ["Literal[", "str["] where v.hasPrefix(wrapper) && v.hasSuffix("]") {
            v = String(v.dropFirst(wrapper.count).dropLast()).trimmingCharacters(in: .whitespaces)
        }
        for _ in 0..<2 where v.count > 1 {
            if let first = v.first, first == v.last, first == "'" || first == "\"" { v = String(v.dropFirst().dropLast()) }
        }
        guard allowed.contains(v) else {
            throw ParseError(message: "\(field.name) is \"\(value.prefix(40))\", not one of \(allowed.joined(separator: ", "))")
        }
        return v
    }
}

extension String {
    /// Python's str.strip(): Unicode whitespace at both ends.
    var pythonStripped: String { trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Python's str.splitlines(): splits on every line boundary Python knows,
    /// CRLF as one, and drops the final empty line.
    var pythonLines: [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A where previousWasCR:
                previousWasCR = false
                continue
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                lines.append(current)
                current = ""
                previousWasCR = scalar.value == 0x0D
                continue
            default:
                current.unicodeScalars.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
