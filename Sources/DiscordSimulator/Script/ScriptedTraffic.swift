import Foundation

/// What a scripted message was written to be. Moderation tests can compare a
/// client's decisions against it; the client itself never sees it.
public enum ScriptedKind: String, Sendable, CaseIterable {
    /// Everyday developer chat.
    case chat
    /// A question, often with a code block or a docs link.
    case question
    /// Someone showing what they built.
    case showcase
    /// A newcomer saying hello.
    case introduction
    /// Ordinary talk that uses job words: cron jobs, job queues, a hiring manager.
    case hardNegative
    /// Offering a job.
    case jobPost
    /// Looking for work.
    case jobSeeking
    /// Crypto "job offers", Nitro and airdrop phishing, "DM me on telegram".
    case scam
    /// An @everyone spam.
    case massMention
    /// Terminal escapes, bidi overrides, zalgo, ZWJ emoji, a 1,900-character
    /// paste, forged prompt markers.
    case hostile
    /// Another bot's message (author has `bot: true`).
    case botMessage
    /// A webhook's message (has `webhook_id`).
    case webhookMessage
    /// A system "user joined" message, type 7.
    case systemJoin

    /// Ordinary conversation a moderation client should leave alone.
    public var isOrdinary: Bool {
        switch self {
        case .chat, .question, .showcase, .introduction, .hardNegative: true
        default: false
        }
    }
}

/// A message the script wants posted, before it gets ids and a time.
struct ScriptedMessage: Sendable {
    var kind: ScriptedKind
    var channel: String
    /// The author's username; nil for webhook messages.
    var author: String?
    var content: String
    var type: Int = 0
    var mentionEveryone = false
    var isWebhook = false
    /// A file attached to the message (an image, mostly).
    var attachment: SimulatedAttachment?
    /// Posted as a forward from another server: `content` is the forwarded text.
    var forwardedFromElsewhere = false
    var embed: JSONValue?
    /// Post as a reply (type 19) to the channel's latest message, if there is one.
    var repliesToLatest = false
}

/// The endless, seeded stream of scripted guild traffic.
///
/// Each call draws a channel (by how busy it is), a kind (by what that channel
/// usually sees), an author who would write it, and a filled-in template.
/// Roughly six in ten messages are ordinary conversation.
struct TrafficScript: Sendable {
    private var random: SeededRandom
    private let userIDs: [String: String]
    private let globalNames: [String: String]
    private let botUserID: String

    init(seed: UInt64, stream: UInt64, state: GuildState) {
        random = SeededRandom(seed: seed, stream: stream)
        userIDs = Dictionary(uniqueKeysWithValues: state.users.values.map { ($0.username, $0.id) })
        globalNames = state.users.values.reduce(into: [:]) { names, user in names[user.username] = user.globalName }
        botUserID = state.botUserID
    }

    /// How much of the live traffic each channel gets.
    private static let channelWeights: [(String, Int)] = [
        ("general", 34), ("help", 18), ("random", 14), ("introductions", 12), ("jobs", 12), ("showcase", 10),
    ]

    /// What each channel usually sees.
    private static let kindWeights: [String: [(ScriptedKind, Int)]] = [
        "general": [(.chat, 40), (.question, 16), (.hardNegative, 10), (.jobPost, 7), (.jobSeeking, 7), (.scam, 6),
                    (.massMention, 1), (.hostile, 5), (.showcase, 3), (.botMessage, 2)],
        "help": [(.question, 52), (.chat, 12), (.hardNegative, 12), (.jobPost, 5), (.jobSeeking, 4), (.scam, 5),
                 (.hostile, 4)],
        "jobs": [(.jobPost, 42), (.jobSeeking, 30), (.hardNegative, 6), (.chat, 8), (.scam, 10), (.hostile, 2),
                 (.massMention, 2)],
        "showcase": [(.showcase, 55), (.chat, 12), (.webhookMessage, 15), (.jobSeeking, 5), (.scam, 5), (.hostile, 3),
                     (.hardNegative, 5)],
        "random": [(.chat, 48), (.hardNegative, 10), (.scam, 12), (.hostile, 9), (.massMention, 3), (.jobPost, 5),
                   (.jobSeeking, 4), (.question, 6), (.botMessage, 3)],
        "introductions": [(.introduction, 50), (.systemJoin, 15), (.botMessage, 12), (.jobSeeking, 10), (.chat, 5),
                          (.scam, 5), (.jobPost, 3)],
    ]

    /// Channels the script writes to (mod-log belongs to the bot and the staff).
    static var channels: [String] { channelWeights.map(\.0) }

    /// The next live message, in whichever channel the script picks.
    mutating func next() -> ScriptedMessage {
        next(in: random.pick(weighted: Self.channelWeights))
    }

    /// The next message for a given channel.
    mutating func next(in channel: String) -> ScriptedMessage {
        let kind = random.pick(weighted: Self.kindWeights[channel] ?? Self.kindWeights["general"]!)
        return make(kind, in: channel)
    }

    private mutating func make(_ kind: ScriptedKind, in channel: String) -> ScriptedMessage {
        switch kind {
        case .webhookMessage:
            return webhookMessage(in: channel)
        case .systemJoin:
            let newcomer = random.pick(
                ScriptedGuild.usernames(.jobSeeker) + ScriptedGuild.usernames(.regular) + ScriptedGuild.usernames(.scammer)
            )
            return ScriptedMessage(kind: kind, channel: channel, author: newcomer, content: "", type: 7)
        default:
            break
        }

        let author = pickAuthor(for: kind)
        var message = ScriptedMessage(kind: kind, channel: channel, author: author, content: "")
        switch kind {
        case .hostile:
            message.content = random.chance(0.15)
                ? HostileStrings.zalgo(random.pick(["he comes", "help me", "mods pls"]), using: &random)
                : random.pick(HostileStrings.fixed)
        case .massMention:
            message.content = fill(random.pick(MessagePools.massMentions), author: author)
            message.mentionEveryone = true
        default:
            message.content = fill(random.pick(templates(for: kind)), author: author)
        }
        if kind == .showcase, random.chance(0.35) {
            message.attachment = SimulatedAttachment(
                filename: random.pick(["screenshot.png", "demo.png", "Simulator Screenshot.png", "dark-mode.png"]),
                contentType: "image/png", size: Int.random(in: 180_000...2_400_000, using: &random),
                width: 1_179, height: 2_556
            )
            // Now and then the picture says it all: an attachment-only message.
            if random.chance(0.25) { message.content = "" }
        }
        if kind == .scam, random.chance(0.2) {
            message.forwardedFromElsewhere = true
        }
        if (kind == .chat || kind == .question), random.chance(0.12) {
            message.repliesToLatest = true
        }
        return message
    }

    private func templates(for kind: ScriptedKind) -> [String] {
        switch kind {
        case .chat: MessagePools.chat
        case .question: MessagePools.questions
        case .showcase: MessagePools.showcase
        case .introduction: MessagePools.introductions
        case .hardNegative: MessagePools.hardNegatives
        case .jobPost: MessagePools.jobPosts
        case .jobSeeking: MessagePools.jobSeeking
        case .scam: MessagePools.scams
        case .massMention: MessagePools.massMentions
        case .botMessage: MessagePools.botMessages
        case .hostile, .webhookMessage, .systemJoin: []
        }
    }

    private mutating func pickAuthor(for kind: ScriptedKind) -> String {
        typealias Persona = ScriptedGuild.Persona
        let personas: [(Persona, Int)]
        switch kind {
        case .chat: personas = [(.regular, 85), (.moderator, 6), (.owner, 4), (.jobSeeker, 5)]
        case .question: personas = [(.regular, 80), (.jobSeeker, 20)]
        case .showcase: personas = [(.regular, 90), (.jobSeeker, 10)]
        case .introduction: personas = [(.regular, 50), (.jobSeeker, 50)]
        case .hardNegative: personas = [(.regular, 90), (.moderator, 5), (.jobPoster, 5)]
        case .jobPost: personas = [(.jobPoster, 75), (.regular, 25)]
        case .jobSeeking: personas = [(.jobSeeker, 75), (.regular, 25)]
        case .scam, .massMention: personas = [(.scammer, 1)]
        case .hostile: personas = [(.troll, 60), (.scammer, 20), (.regular, 20)]
        case .botMessage: return ScriptedGuild.welcomeBotUsername
        case .webhookMessage, .systemJoin: personas = [(.regular, 1)]
        }
        return random.pick(ScriptedGuild.usernames(random.pick(weighted: personas)))
    }

    private mutating func webhookMessage(in channel: String) -> ScriptedMessage {
        let owner = random.pick(ScriptedGuild.usernames(.regular))
        let repo = "\(Self.slug(owner))/\(Self.slug(random.pick(MessagePools.slots["project"]!)))"
        let commits = Int.random(in: 1...4, using: &random)
        let lines = (0..<commits).map { _ in
            let sha = String(format: "%07llx", random.next() & 0xFFF_FFFF)
            let summary = random.pick([
                "Fix flaky snapshot test", "Bump swift-nio to 2.81", "Adopt strict concurrency in Networking",
                "Add dark mode screenshots", "Update README", "Remove force unwraps in parser",
            ])
            return "[`\(sha)`](https://github.com/\(repo)/commit/\(sha)) \(summary) - \(owner)"
        }
        // GitHub's webhook posts carry everything in an embed and leave content empty.
        let embed: JSONValue = [
            "type": "rich",
            "title": .string("[\(repo):main] \(commits) new commit\(commits == 1 ? "" : "s")"),
            "url": .string("https://github.com/\(repo)/compare/main"),
            "description": .string(lines.joined(separator: "\n")),
            "color": 7_506_394,
            "author": ["name": .string(owner), "url": .string("https://github.com/\(Self.slug(owner))")],
        ]
        return ScriptedMessage(kind: .webhookMessage, channel: channel, author: nil, content: "", isWebhook: true, embed: embed)
    }

    /// Fills `{slot}`s from the pools; see `MessagePools` for the special slots.
    private mutating func fill(_ template: String, author: String) -> String {
        var output = ""
        var rest = Substring(template)
        var project: String?
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            switch name {
            case "user":
                let others = ScriptedGuild.usernames(.regular).filter { $0 != author }
                output += "<@\(userIDs[random.pick(others)]!)>"
            case "bot": output += "<@\(botUserID)>"
            case "handle": output += Self.slug(author)
            case "first": output += (globalNames[author] ?? author).split(separator: " ").first.map(String.init) ?? author
            case "code": output += randomCode()
            case "project", "repo":
                let chosen = project ?? random.pick(MessagePools.slots["project"]!)
                project = chosen
                output += name == "project" ? chosen : "https://github.com/\(Self.slug(author))/\(Self.slug(chosen))"
            default:
                if let pool = MessagePools.slots[name] { output += random.pick(pool) } else { output += "{\(name)}" }
            }
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    private mutating func randomCode() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<8).map { _ in random.pick(alphabet) })
    }

    /// A URL-friendly form of a name: lowercase, dashes for anything else.
    static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
