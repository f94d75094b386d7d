import Foundation

/// The fallback DSPy uses when a chat-format reply cannot be parsed: the same
/// fields, asked for as one JSON object, with the server told to enforce a
/// schema (`response_format` json_schema, all fields required, enums for the
/// Literals, no other properties), or failing that, any JSON object.
public enum JSONAdapter {
    public static func format(_ signature: Signature, values: [String: String]) -> [ChatMessage] {
        [ChatMessage(role: "system", content: ChatAdapter.systemMessage(signature, structure: structure(signature))),
         ChatMessage(role: "user", content: ChatAdapter.userMessage(signature, values: values, requirements: requirements(signature)))]
    }

    static func structure(_ signature: Signature) -> String {
        let outputs = signature.chainOfThoughtOutputs
        // json.dumps(indent=2, ensure_ascii=False) of {name: placeholder}, in field order.
        let body = outputs.map { "  " + jsonString($0.name) + ": " + jsonString(ChatAdapter.placeholder($0, output: true)) }
            .joined(separator: ",\n")
        return [ChatAdapter.structureIntro, "Inputs will have the following structure:", ChatAdapter.block(signature.inputs, output: false),
                "Outputs will be a JSON object with the following fields.", "{\n" + body + "\n}"]
            .joined(separator: "\n\n").pythonStripped
    }

    static func requirements(_ signature: Signature) -> String {
        "Respond with a JSON object in the following order of fields: "
            + signature.chainOfThoughtOutputs.map { "`\($0.name)`" + ChatAdapter.typeHint($0) }.joined(separator: ", then ") + "."
    }

    /// A JSON string literal as Python's json.dumps writes it (non-ASCII kept).
    static func jsonString(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// The `response_format` for a server that enforces JSON schemas.
    public static func schemaResponseFormat(_ signature: Signature) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in signature.chainOfThoughtOutputs {
            var property: [String: Any] = ["type": "string", "title": field.name.split(separator: "_").map { $0.capitalized }.joined(separator: " ")]
            if case .literal(let values) = field.type { property["enum"] = values }
            properties[field.name] = property
        }
        let schema: [String: Any] = [
            "type": "object", "title": "DSPyProgramOutputs", "properties": properties,
            "required": signature.chainOfThoughtOutputs.map(\.name), "additionalProperties": false,
        ]
        return ["type": "json_schema", "json_schema": ["name": "DSPyProgramOutputs", "strict": true, "schema": schema]]
    }

    /// The `response_format` for a server that only guarantees some JSON object.
    public static var objectResponseFormat: [String: Any] { ["type": "json_object"] }

    /// Reads the first JSON object in a reply (models sometimes wrap it in a
    /// code fence or a sentence) and checks every field as the chat adapter does.
    public static func parse(_ signature: Signature, completion: String) throws(ChatAdapter.ParseError) -> [String: String] {
        guard let start = completion.firstIndex(of: "{"), let end = completion.lastIndex(of: "}"), start < end,
              let object = (try? JSONSerialization.jsonObject(with: Data(completion[start...end].utf8))) as? [String: Any]
        else {
            throw ChatAdapter.ParseError(message: "the reply holds no JSON object")
        }
        var parsed: [String: String] = [:]
        for field in signature.chainOfThoughtOutputs {
            guard let raw = object[field.name] else { continue }
            let text = (raw as? String) ?? (raw as? NSNumber).map { "\($0)" } ?? ""
            parsed[field.name] = try ChatAdapter.coerce(text.trimmingCharacters(in: .whitespacesAndNewlines), to: field)
        }
        let missing = signature.chainOfThoughtOutputs.map(\.name).filter { parsed[$0] == nil }
        guard missing.isEmpty else {
            throw ChatAdapter.ParseError(message: "the JSON reply lacks " + missing.joined(separator: ", "))
        }
        return parsed
    }
}
