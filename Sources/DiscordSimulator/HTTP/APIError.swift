import Foundation

/// A Discord error response: an HTTP status and a JSON body
/// `{"code": n, "message": "...", "errors"?: {...}}`.
///
/// Endpoint handlers throw these; the request pipeline turns them into
/// responses. The constructors carry Discord's own codes and wording.
struct APIError: Error, Sendable {
    var status: Int
    var code: Int
    var message: String
    var errors: JSONValue?

    var body: JSONValue {
        var object: JSONObject = ["message": .string(message), "code": .int(Int64(code))]
        if let errors { object["errors"] = errors }
        return .object(object)
    }

    // Transport-level answers (code 0, Discord's plain wording).
    static let unauthorized = APIError(status: 401, code: 0, message: "401: Unauthorized")
    static let notFound = APIError(status: 404, code: 0, message: "404: Not Found")
    static let methodNotAllowed = APIError(status: 405, code: 0, message: "405: Method Not Allowed")

    // Unknown things (404).
    static let unknownChannel = APIError(status: 404, code: 10003, message: "Unknown Channel")
    static let unknownGuild = APIError(status: 404, code: 10004, message: "Unknown Guild")
    static let unknownMember = APIError(status: 404, code: 10007, message: "Unknown Member")
    static let unknownMessage = APIError(status: 404, code: 10008, message: "Unknown Message")
    static let unknownUser = APIError(status: 404, code: 10013, message: "Unknown User")
    static let unknownBan = APIError(status: 404, code: 10026, message: "Unknown Ban")
    // Discord answers an unknown reaction emoji with 400, not 404.
    static let unknownEmoji = APIError(status: 400, code: 10014, message: "Unknown Emoji")

    // Refusals (403).
    static let missingAccess = APIError(status: 403, code: 50001, message: "Missing Access")
    static let missingPermissions = APIError(status: 403, code: 50013, message: "Missing Permissions")
    static let cannotMessageUser = APIError(status: 403, code: 50007, message: "Cannot send messages to this user")

    // Bad requests (400).
    static let maximumReactions = APIError(status: 400, code: 30010, message: "Maximum number of reactions reached (20)")
    static let emptyMessage = APIError(status: 400, code: 50006, message: "Cannot send an empty message")
    static let bulkDeleteCount = APIError(
        status: 400, code: 50016,
        message: "Provided too few or too many messages to delete. Must provide at least 2 and fewer than 100 messages to delete."
    )
    static let systemMessage = APIError(status: 400, code: 50021, message: "Cannot execute action on a system message")
    static let tooOldToBulkDelete = APIError(
        status: 400, code: 50034, message: "You can only bulk delete messages that are under 14 days old."
    )
    static let invalidJSON = APIError(status: 400, code: 50109, message: "The request body contains invalid JSON.")

    /// 50035 Invalid Form Body, with the field errors nested by path.
    static func invalidFormBody(_ errors: FormErrors) -> APIError {
        APIError(status: 400, code: 50035, message: "Invalid Form Body", errors: errors.json)
    }

    /// 50035 for a single field: `invalidForm(["content"], "BASE_TYPE_MAX_LENGTH", "...")`.
    static func invalidForm(_ path: [String], code: String, message: String) -> APIError {
        var errors = FormErrors()
        errors.add(at: path, code: code, message: message)
        return invalidFormBody(errors)
    }
}

/// The `errors` tree of a 50035 response: objects keyed by field name or list
/// index, each leaf holding `_errors: [{code, message}]`, e.g.
/// `{"messages": {"0": {"_errors": [{"code": "NUMBER_TYPE_COERCE", ...}]}}}`.
struct FormErrors: Sendable {
    private var leaves: [(path: [String], code: String, message: String)] = []

    var isEmpty: Bool { leaves.isEmpty }

    mutating func add(at path: [String], code: String, message: String) {
        leaves.append((path, code, message))
    }

    var json: JSONValue {
        var root = JSONObject()
        for leaf in leaves {
            Self.insert(leaf.path[...], code: leaf.code, message: leaf.message, into: &root)
        }
        return .object(root)
    }

    private static func insert(_ path: ArraySlice<String>, code: String, message: String, into object: inout JSONObject) {
        guard let key = path.first else {
            var list = object["_errors"]?.arrayValue ?? []
            list.append(["code": .string(code), "message": .string(message)])
            object["_errors"] = .array(list)
            return
        }
        var child = object[key]?.objectValue ?? JSONObject()
        insert(path.dropFirst(), code: code, message: message, into: &child)
        object[key] = .object(child)
    }
}
