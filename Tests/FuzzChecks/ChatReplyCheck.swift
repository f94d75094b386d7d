import Engine
import Foundation

extension FuzzTarget {
    /// An LLM's reply, read by the chat adapter and by the JSON fallback:
    /// either a `ParseError` or every output field, Literals among their
    /// values; what was read reads back the same when written again in the
    /// reply format; and no neutralized text holds a field marker's brackets.
    public static let chatReply = FuzzTarget(name: "chat-reply") { data in
        ChatReplyCheck.check(String(decoding: data, as: UTF8.self))
    }
}

enum ChatReplyCheck {
    static let signature = Signature.defaultModeration

    static func check(_ reply: String) -> String? {
        let neutral = ChatAdapter.neutralize(reply)
        if neutral.contains("[[") || neutral.contains("]]") { return "neutralize left a field marker's brackets: \(neutral.debugDescription)" }
        if case .success(let fields) = chatParse(reply) {
            if let violation = valid(fields) { return "chat reply: \(violation)" }
            let neutralized = fields.mapValues(ChatAdapter.neutralize)
            let rewritten = signature.chainOfThoughtOutputs.map { "[[ ## \($0.name) ## ]]\n" + neutralized[$0.name, default: ""] }
                .joined(separator: "\n\n") + "\n\n[[ ## completed ## ]]"
            guard case .success(let again) = chatParse(rewritten), again == neutralized else {
                return "chat reply does not read back: \(neutralized) from \(rewritten.debugDescription)"
            }
        }
        if case .success(let fields) = jsonParse(reply) {
            if let violation = valid(fields) { return "JSON reply: \(violation)" }
            guard let encoded = try? JSONSerialization.data(withJSONObject: fields),
                  case .success(let again) = jsonParse(String(decoding: encoded, as: UTF8.self)), again == fields else {
                return "JSON reply does not read back: \(fields)"
            }
        }
        return nil
    }

    static func chatParse(_ reply: String) -> Result<[String: String], ChatAdapter.ParseError> {
        Result { () throws(ChatAdapter.ParseError) in try ChatAdapter.parse(signature, completion: reply) }
    }

    static func jsonParse(_ reply: String) -> Result<[String: String], ChatAdapter.ParseError> {
        Result { () throws(ChatAdapter.ParseError) in try JSONAdapter.parse(signature, completion: reply) }
    }

    /// Exactly the output fields, each Literal one of its values.
    static func valid(_ fields: [String: String]) -> String? {
        let outputs = signature.chainOfThoughtOutputs
        guard Set(fields.keys) == Set(outputs.map(\.name)) else { return "fields \(fields.keys.sorted()) are not the outputs" }
        for field in outputs {
            if case .literal(let allowed) = field.type, let value = fields[field.name], !allowed.contains(value) {
                return "\(field.name) is \(value.debugDescription), not one of \(allowed)"
            }
        }
        return nil
    }
}
