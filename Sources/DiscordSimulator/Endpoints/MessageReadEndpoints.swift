import Foundation

// GET /channels/{c}/messages and GET /channels/{c}/messages/{m}.

extension GuildState {
    /// Lists messages newest first, with Discord's paging:
    /// - no anchor: the newest `limit`;
    /// - `before`: the newest `limit` with smaller ids;
    /// - `after`: the oldest `limit` with larger ids (still returned newest first,
    ///   so a poller pages forward with the first id of the answer);
    /// - `around`: the anchor (if it exists) with messages on both sides.
    /// `limit` is 1...100, default 50. Without READ_MESSAGE_HISTORY the answer
    /// is an empty list, not an error. If several anchors are sent, `around`
    /// wins over `before`, which wins over `after`.
    func listMessages(in channelID: String, _ request: IncomingRequest) throws(APIError) -> APIResponse {
        let channel = try visibleChannel(channelID)
        let limit = try Self.limit(from: request.query)
        let anchor = try Self.anchor(from: request.query)
        guard botHas(.readMessageHistory, in: channel) else { return .json([]) }

        let messages = messagesByChannel[channelID] ?? []
        let page: ArraySlice<SimMessage>
        switch anchor {
        case nil:
            page = messages.suffix(limit)
        case .before(let id):
            page = messages[..<insertionIndex(for: id, in: messages)].suffix(limit)
        case .after(let id):
            let firstNewer = id == .max ? messages.endIndex : insertionIndex(for: id + 1, in: messages)
            page = messages[firstNewer...].prefix(limit)
        case .around(let id):
            let start = insertionIndex(for: id, in: messages)
            let hasAnchor = start < messages.count && messages[start].snowflake == id
            let newerCount = (limit - (hasAnchor ? 1 : 0)) / 2
            let newerStart = hasAnchor ? start + 1 : start
            let newer = messages[newerStart...].prefix(newerCount)
            let older = messages[..<start].suffix(limit - newer.count - (hasAnchor ? 1 : 0))
            page = messages[older.startIndex..<newer.endIndex]
        }
        return .json(.array(page.reversed().map { json.message($0) }))
    }

    func getMessage(_ messageID: String, in channelID: String) throws(APIError) -> APIResponse {
        let channel = try visibleChannel(channelID)
        let snowflake = try messageSnowflake(messageID)
        guard botHas(.readMessageHistory, in: channel) else { throw .missingAccess }
        guard let message = message(snowflake, in: channelID) else { throw .unknownMessage }
        return .json(json.message(message))
    }

    private enum Anchor {
        case before(UInt64), after(UInt64), around(UInt64)
    }

    private static func limit(from query: [String: String]) throws(APIError) -> Int {
        guard let text = query["limit"] else { return 50 }
        guard let value = Int(text) else {
            throw .invalidForm(["limit"], code: "NUMBER_TYPE_COERCE", message: "Value \"\(text)\" is not int.")
        }
        guard value >= 1 else {
            throw .invalidForm(["limit"], code: "NUMBER_TYPE_MIN", message: "int value should be greater than or equal to 1.")
        }
        guard value <= 100 else {
            throw .invalidForm(["limit"], code: "NUMBER_TYPE_MAX", message: "int value should be less than or equal to 100.")
        }
        return value
    }

    private static func anchor(from query: [String: String]) throws(APIError) -> Anchor? {
        for name in ["around", "before", "after"] {
            guard let text = query[name] else { continue }
            guard let id = Snowflake.parse(text) else { throw .notSnowflake(name, text) }
            switch name {
            case "around": return .around(id)
            case "before": return .before(id)
            default: return .after(id)
            }
        }
        return nil
    }
}
