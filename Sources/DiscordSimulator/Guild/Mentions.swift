import Foundation

/// The mentions written in a message's content.
struct ContentMentions: Sendable, Equatable {
    /// User ids from `<@id>` and `<@!id>`, first occurrence order, no repeats.
    var userIDs: [String] = []
    /// Role ids from `<@&id>`.
    var roleIDs: [String] = []
    /// `@everyone` or `@here` appears in the text.
    var everyone = false

    init(userIDs: [String] = [], roleIDs: [String] = [], everyone: Bool = false) {
        self.userIDs = userIDs
        self.roleIDs = roleIDs
        self.everyone = everyone
    }

    init(parsing content: String) {
        for match in content.matches(of: /<@(!|&)?(\d{1,20})>/) {
            let id = String(match.output.2)
            if match.output.1 == "&" {
                if !roleIDs.contains(id) { roleIDs.append(id) }
            } else if !userIDs.contains(id) {
                userIDs.append(id)
            }
        }
        everyone = content.contains("@everyone") || content.contains("@here")
    }
}

/// The `allowed_mentions` object of a message a client sends, which decides
/// who the message's mentions actually ping.
///
/// Without it, Discord pings everyone named. With `{"parse": []}` it pings
/// nobody, which is what a moderation bot reposting someone else's text wants.
struct AllowedMentions: Sendable {
    static let parseTypes = ["users", "roles", "everyone"]

    var parse: Set<String>
    var users: [String]?
    var roles: [String]?
    var repliedUser: Bool

    /// Reads the object, reporting form errors Discord would give.
    init(_ json: JSONValue, errors: inout FormErrors) {
        parse = []
        if let list = json["parse"]?.arrayValue {
            for (index, item) in list.enumerated() {
                if let value = item.stringValue, Self.parseTypes.contains(value) {
                    parse.insert(value)
                } else {
                    errors.add(
                        at: ["allowed_mentions", "parse", String(index)], code: "BASE_TYPE_CHOICES",
                        message: "Value must be one of {'users', 'roles', 'everyone'}."
                    )
                }
            }
        }
        users = json["users"]?.arrayValue?.compactMap(\.stringValue)
        roles = json["roles"]?.arrayValue?.compactMap(\.stringValue)
        repliedUser = json["replied_user"]?.boolValue ?? false
        if parse.contains("users"), users?.isEmpty == false {
            errors.add(
                at: ["allowed_mentions"], code: "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                message: "parse:[\"users\"] and users: [ids...] are mutually exclusive."
            )
        }
        if parse.contains("roles"), roles?.isEmpty == false {
            errors.add(
                at: ["allowed_mentions"], code: "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                message: "parse:[\"roles\"] and roles: [ids...] are mutually exclusive."
            )
        }
    }

    /// Who gets pinged. `allowed` nil means the client sent no `allowed_mentions`.
    static func resolve(
        _ allowed: AllowedMentions?,
        mentions: ContentMentions,
        repliedUserID: String?,
        mayMentionEveryone: Bool
    ) -> ContentMentions {
        guard let allowed else {
            var pinged = mentions
            pinged.everyone = mentions.everyone && mayMentionEveryone
            if let replied = repliedUserID, !pinged.userIDs.contains(replied) { pinged.userIDs.append(replied) }
            return pinged
        }
        var users = allowed.parse.contains("users")
            ? mentions.userIDs
            : mentions.userIDs.filter { allowed.users?.contains($0) == true }
        if allowed.repliedUser, let replied = repliedUserID, !users.contains(replied) { users.append(replied) }
        let roles = allowed.parse.contains("roles")
            ? mentions.roleIDs
            : mentions.roleIDs.filter { allowed.roles?.contains($0) == true }
        return ContentMentions(
            userIDs: users,
            roleIDs: roles,
            everyone: mentions.everyone && allowed.parse.contains("everyone") && mayMentionEveryone
        )
    }
}
