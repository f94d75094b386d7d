import Foundation

// Driving the guild from a test or the demo: people posting, settings changing,
// scripted traffic arriving.

extension DiscordSimulator {
    /// Posts a message as `author` (a user id) in `channel` (a channel id) and returns its id.
    ///
    /// - Parameters:
    ///   - at: backdates the message; its id is made from this time, so it sorts
    ///     into the past (use it for the 14-day bulk-delete rule).
    ///   - webhook: posts through the guild's webhook under the author's name
    ///     (the message gets `webhook_id` and a webhook author).
    ///   - type: the message type; 7 is a "user joined" system message.
    ///   - mentionsEveryone: whether the @everyone in the text actually pinged.
    ///   - attachments: files uploaded with the message (content may then be empty).
    /// Unknown author or channel ids are a programming error and trap.
    @discardableResult
    public func postMessage(
        _ content: String, author: String, channel: String, at: Date? = nil,
        webhook: Bool = false, type: Int = 0, mentionsEveryone: Bool = false,
        attachments: [SimulatedAttachment] = []
    ) -> String {
        core.guild.withLock { state in
            precondition(state.users[author] != nil, "postMessage: no user with id \(author)")
            precondition(state.channels[channel] != nil, "postMessage: no channel with id \(channel)")
            return state.postDriven(
                content, authorID: author, channelID: channel, at: at, webhook: webhook,
                type: type, mentionsEveryone: mentionsEveryone, attachments: attachments, now: Date()
            )
        }
    }

    /// Forwards a message of this guild (any channel) into `channel` as
    /// `author`, as Discord's Forward does: the new message's content is
    /// empty, its `message_reference` has type 1 and points at the original,
    /// and `message_snapshots` carries a copy of the original's text and files.
    /// Returns the forward's id. Unknown ids are a programming error and trap.
    @discardableResult
    public func forwardMessage(_ messageID: String, author: String, to channel: String) -> String {
        core.guild.withLock { state in
            precondition(state.users[author] != nil, "forwardMessage: no user with id \(author)")
            precondition(state.channels[channel] != nil, "forwardMessage: no channel with id \(channel)")
            let original = state.messagesByChannel.values.lazy.compactMap { $0.first { $0.id == messageID } }.first
            guard let original else { preconditionFailure("forwardMessage: no message with id \(messageID)") }
            return state.postDriven(
                "", authorID: author, channelID: channel, at: nil, webhook: false, type: 0, mentionsEveryone: false,
                forwarded: state.forward(of: original), now: Date()
            )
        }
    }

    /// Posts, as `author` in `channel`, a forward of a message from a server
    /// the bot is not in: `content` and `attachments` are the forwarded
    /// message's, carried in the snapshot; the forward itself is empty.
    /// Returns the forward's id.
    @discardableResult
    public func postForward(
        _ content: String, attachments: [SimulatedAttachment] = [], author: String, channel: String
    ) -> String {
        core.guild.withLock { state in
            precondition(state.users[author] != nil, "postForward: no user with id \(author)")
            precondition(state.channels[channel] != nil, "postForward: no channel with id \(channel)")
            let now = Date()
            return state.postDriven(
                "", authorID: author, channelID: channel, at: nil, webhook: false, type: 0, mentionsEveryone: false,
                forwarded: state.forwardFromElsewhere(content, attachments: attachments, at: now), now: now
            )
        }
    }

    /// Deletes a message as its author would (not through the API, not as the
    /// bot), e.g. to make a client's later delete meet 10008. False if it was not there.
    @discardableResult
    public func deleteMessageAsAuthor(_ messageID: String) -> Bool {
        core.guild.withLock { $0.removeByAuthor(messageID, now: Date()) }
    }

    /// Opens a public text channel named `name` beside #general (same
    /// category, no overwrites) and returns its id, for a driver that needs
    /// more channels than the scripted guild's seven (a ten-channel polling
    /// benchmark). Scripted traffic never posts there; `postMessage` does.
    @discardableResult
    public func addTextChannel(named name: String) -> String {
        core.guild.withLock { state in
            let id = String(state.snowflakes.next(at: Date()))
            let position = state.channels.values.filter { $0.kind == .guildText }.count
            state.channels[id] = SimChannel(id: id, kind: .guildText, name: name, position: position,
                                            parentID: state.textChannel(named: "general")?.parentID)
            state.channelOrder.append(id)
            return id
        }
    }

    /// Opens or closes a user's DMs; with them closed, the bot's DMs fail with 50007.
    public func setDMsClosed(_ closed: Bool, user: String) {
        core.guild.withLock { $0.setDMsClosed(closed, userID: user) }
    }

    /// Sets the bot's own permission overwrite on a channel (allow and deny are
    /// permission masks, see `DiscordPermission.mask`); 0 and 0 removes it.
    /// Denying `.viewChannel` makes the channel answer 50001; denying
    /// `.readMessageHistory` makes message lists come back empty.
    public func setBotPermissions(channel: String, allow: UInt64, deny: UInt64) {
        core.guild.withLock { $0.setBotOverwrite(channelID: channel, allow: allow, deny: deny) }
    }

    /// Takes a permission away from the bot guild-wide: from its role and from
    /// @everyone. Channel overwrites that allow it still apply.
    public func revokeBotPermission(_ permission: DiscordPermission) {
        core.guild.withLock { $0.revokeGuildPermission(permission) }
    }

    /// `revokeBotPermission` by bit number (e.g. 13 for MANAGE_MESSAGES).
    public func removeBotRole(permission bit: Int) {
        guard let permission = DiscordPermission(rawValue: bit) else {
            preconditionFailure("removeBotRole: the simulator does not model permission bit \(bit)")
        }
        revokeBotPermission(permission)
    }

    /// Gives the bot's role a permission (undoes `revokeBotPermission` for the bot).
    public func grantBotPermission(_ permission: DiscordPermission) {
        core.guild.withLock { $0.grantBotRolePermission(permission) }
    }

    /// Turns the Message Content intent on or off while running.
    public func setMessageContentIntent(_ enabled: Bool) {
        core.guild.withLock { $0.messageContentIntent = enabled }
    }

    /// Scripted messages keep arriving, one per `interval`, until `stopTraffic()` or `stop()`.
    public func startTraffic(every interval: Duration) {
        core.startTraffic(every: interval)
    }

    /// Stops the live traffic: once this returns, no further scripted message arrives.
    public func stopTraffic() {
        core.stopTraffic()
    }

    /// Posts the next `n` scripted messages now and returns their ids. The
    /// sequence is the same for the same seed, however it is split into calls
    /// and whether live traffic produced some of it.
    @discardableResult
    public func emitScriptedMessages(_ n: Int) -> [String] {
        core.emitScripted(n)
    }
}

extension DiscordSimulator {
    /// Someone joins the guild now as a member with no roles, under a name of
    /// the test's choosing (hostile names included: the guild stores them as
    /// given, as Discord does display names); returns their user id.
    @discardableResult
    public func addMember(username: String, globalName: String? = nil) -> String {
        core.guild.withLock { state in
            let now = Date()
            let id = String(state.snowflakes.next(at: now))
            state.users[id] = SimUser(id: id, username: username, globalName: globalName)
            state.userOrder.append(username)
            state.members[id] = SimMember(userID: id, roleIDs: [], nick: nil, joinedAt: now)
            return id
        }
    }
}
