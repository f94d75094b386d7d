import Foundation

/// A pattern a moderator can read and change: when it matches, `weight`
/// logits are added toward `action` (delete, flag or allow: the content's
/// risk), or toward `intent` when the rule names one instead (a phrase that
/// says "I am looking for work"). Rules are matched against the message
/// folded as the model sees it (NFKC, lowercase, no invisible characters,
/// look-alike letters made Latin), so a pattern need not chase disguises.
public struct Rule: Sendable, Hashable {
    public var name: String
    public var pattern: String
    /// delete, flag or allow; nil for an intent rule.
    public var action: ModerationAction?
    /// The intent an intent rule pushes toward; nil for an action rule.
    public var intent: Intent?
    public var weight: Double
    public var description: String
    /// Lowercase strings of which every match of `pattern` contains at least
    /// one (empty: no such promise). A message holding none of them cannot
    /// match, so the regular expression, the costliest step of classifying,
    /// is not run at all. Built-in rules carry them; a test checks each
    /// promise against every message of the corpus.
    public var triggers: [String]
    /// A second promise of the same kind: every match also contains at least
    /// one of these (empty: none), for rules whose triggers are common words.
    public var alsoTriggers: [String]
    /// Whether every match holds a decimal digit (of any script, as `\d`
    /// means): a message without one cannot match either.
    public var needsDigit: Bool

    public init(name: String, pattern: String, action: ModerationAction, weight: Double, description: String, triggers: [String] = [],
                alsoTriggers: [String] = [], needsDigit: Bool = false) {
        self.name = name
        self.pattern = pattern
        self.action = action
        self.weight = weight
        self.description = description
        self.triggers = triggers
        self.alsoTriggers = alsoTriggers
        self.needsDigit = needsDigit
    }

    public init(name: String, pattern: String, intent: Intent, weight: Double, description: String, triggers: [String] = [],
                alsoTriggers: [String] = [], needsDigit: Bool = false) {
        self.name = name
        self.pattern = pattern
        self.intent = intent
        self.weight = weight
        self.description = description
        self.triggers = triggers
        self.alsoTriggers = alsoTriggers
        self.needsDigit = needsDigit
    }

    /// The content risk an action rule pushes toward.
    var risk: ContentRisk? {
        switch action {
        case .delete?, .ban?, .timeout?: return .abusive
        case .flag?: return .suspicious
        case .allow?, .move?: return .clean
        case nil: return nil
        }
    }
}

/// The logits matched rules add to each head, in class order.
struct RuleOffsets: Sendable {
    var intent: [Float] = [0, 0, 0]
    var risk: [Float] = [0, 0, 0]

    init(_ matches: [(rule: Rule, matched: String)]) {
        for (rule, _) in matches {
            if let risk = rule.risk { self.risk[LinearModel.risks.firstIndex(of: risk)!] += Float(rule.weight) }
            if let intent = rule.intent { self.intent[LinearModel.intents.firstIndex(of: intent)!] += Float(rule.weight) }
        }
    }
}

/// Why a rule could not be used; names the rule and the problem.
public struct RuleError: Error, Sendable, CustomStringConvertible {
    public var rule: String
    public var message: String
    public var description: String { "rule \(rule): \(message)" }
}

/// Compiled rules, matched together against one message.
public struct RuleSet: @unchecked Sendable {
    // NSRegularExpression is immutable once built and documented thread-safe.
    private let compiled: [(rule: Rule, regex: NSRegularExpression)]
    /// Which rules a message may match, in one pass over it.
    private let triggers: TriggerMatcher

    public var rules: [Rule] { compiled.map(\.rule) }

    public init(_ rules: [Rule]) throws(RuleError) {
        var compiled: [(Rule, NSRegularExpression)] = []
        for rule in rules {
            guard (rule.action == nil) != (rule.intent == nil) else {
                throw RuleError(rule: rule.name, message: "give exactly one of action (delete, flag, allow) or intent (post_job, seek_job, other)")
            }
            if let action = rule.action, ![.delete, .flag, .allow].contains(action) {
                throw RuleError(rule: rule.name, message: "action must be delete, flag or allow, not \(action.rawValue)")
            }
            guard rule.weight.isFinite, abs(rule.weight) <= 20 else {
                throw RuleError(rule: rule.name, message: "weight must be a number from -20 to 20, got \(rule.weight)")
            }
            do {
                compiled.append((rule, try NSRegularExpression(pattern: rule.pattern, options: [.caseInsensitive])))
            } catch {
                throw RuleError(rule: rule.name, message: "pattern is not a valid regular expression: \(rule.pattern)")
            }
        }
        self.compiled = compiled
        triggers = TriggerMatcher(rules)
    }

    /// The text rules are matched against.
    public static func view(_ text: String) -> String {
        view(folded: TextNormalizer.fold(text))
    }

    /// Each rule that matches, with the text it matched.
    public func matches(_ text: String) -> [(rule: Rule, matched: String)] {
        matches(view: Self.view(folded: TextNormalizer.fold(text)))
    }

    /// `matches(_:)` for text already folded by `TextNormalizer.fold`.
    func matches(folded: String) -> [(rule: Rule, matched: String)] {
        matches(view: Self.view(folded: folded))
    }

    private func matches(view: String) -> [(rule: Rule, matched: String)] {
        let candidates = triggers.candidates(view)
        guard candidates.contains(true) else { return [] }
        let range = NSRange(view.startIndex..., in: view)
        return compiled.indices.compactMap { index in
            let (rule, regex) = compiled[index]
            guard candidates[index], let match = regex.firstMatch(in: view, range: range),
                  let found = Range(match.range, in: view) else { return nil }
            return (rule, String(view[found]))
        }
    }

    /// The view of text already folded.
    static func view(folded: String) -> String {
        // No look-alike is ASCII, nor outside their few blocks.
        if TextNormalizer.isASCII(folded) || !TextNormalizer.mayHoldConfusable(folded) { return folded }
        return String(folded.map { TextNormalizer.confusables[$0] ?? $0 })
    }

    /// Every spelling `d[i1l](s[ck]|[ck]s)[o0]r[dt]` allows: the look-alike
    /// rule's triggers for Discord, spelled out (48 of them).
    static let discordLookAlikes: [String] = {
        var spellings: [String] = []
        for i in ["i", "1", "l"] {
            for sc in ["sc", "sk", "cs", "ks"] {
                for o in ["o", "0"] {
                    for end in ["rd", "rt"] { spellings.append("d" + i + sc + o + end) }
                }
            }
        }
        return spellings
    }()

    /// The built-in rules: the shapes of abuse every developer community sees.
    public static let builtIn: [Rule] = [
        Rule(name: "scam-money-offer",
             pattern: #"(earn|make|making|made|profit|receive|get)\s+(up\s+to\s+)?[$€£]?\s?\d[\d,.]*\s?k?\s*(\$|usd|usdt|dollars|euros?)?\s*(per|a|/|every|each|in\s+(a|one))\s*(day|week|hour|24\s?h)|[$€£]\s?\d[\d,.]*k?\s*(daily|per\s+day|a\s+day|weekly|per\s+week)"#,
             action: .delete, weight: 2.0,
             description: "promises of easy money per day or week",
             triggers: ["earn", "mak", "made", "profit", "receive", "get", "$", "€", "£"],
             alsoTriggers: ["day", "dai", "week", "hour", "24"], needsDigit: true),
        Rule(name: "crypto-recruiting",
             pattern: #"\b(crypto|web3|nft|defi|forex|binary\s+options|airdrop|memecoin|usdt)\b.{0,80}\b(hiring|recruit|earn|profit|passive\s+income|investors?|opportunity|no\s+experience)\b|\b(hiring|recruit|passive\s+income|no\s+experience)\b.{0,80}\b(crypto|web3|nft|defi|forex|usdt)\b"#,
             action: .delete, weight: 1.2,
             description: "crypto or web3 \"opportunities\" and recruiting",
             triggers: ["crypto", "web3", "nft", "defi", "forex", "binary", "airdrop", "memecoin", "usdt"]),
        Rule(name: "off-platform-lure",
             pattern: #"\b(dm|pm|message|text|contact|add|reach)\s+(me\s+)?(on|via|at|through)?\s*(telegram|whatsapp|signal|wechat|viber)\b|\b(telegram|whatsapp)\s*[:@+]\s*\S+|\b(t\.me|wa\.me)/"#,
             action: .delete, weight: 1.5,
             description: "moves the conversation to Telegram, WhatsApp and the like",
             triggers: ["telegram", "whatsapp", "signal", "wechat", "viber", "t.me/", "wa.me/"]),
        Rule(name: "gift-phishing",
             pattern: #"\b(free|gift|giveaway|claim|win)\b.{0,40}\b(nitro|steam|airdrop|robux|skins?)\b|\b(nitro|steam)\b.{0,40}\b(free|giveaway|claim)\b"#,
             action: .delete, weight: 1.8,
             description: "free Nitro, Steam gifts and airdrops",
             triggers: ["nitro", "steam", "airdrop", "robux", "skin"]),
        Rule(name: "look-alike-domain",
             pattern: #"\b(?!discord\.(com|gg|media|new|dev|gift|co)\b)(?!discordapp\.(com|net)\b)(?!discordstatus\.com\b)[a-z0-9-]*(d[i1l](s[ck]|[ck]s)[o0]r[dt]|dlscord|discrod|d1scord)[a-z0-9-]*\.[a-z]{2,}|\b(?!steamcommunity\.com\b)(?!steampowered\.com\b)[a-z0-9-]*(steamcomm?un[il1]ty|steampowered|stearn|steamcornmunity)[a-z0-9-]*\.[a-z]{2,}"#,
             action: .delete, weight: 2.5,
             description: "domains dressed up as Discord or Steam",
             triggers: discordLookAlikes + ["dlscord", "discrod", "d1scord", "steamco", "steamp", "stearn"]),
        Rule(name: "server-invite",
             pattern: #"\b(discord\.gg|discord(app)?\.com/invite|dsc\.gg|discord\.me)/[a-z0-9-]+"#,
             action: .delete, weight: 0.8,
             description: "invite links to other servers",
             triggers: ["discord", "dsc.gg"]),
        Rule(name: "link-shortener",
             pattern: #"\b(bit\.ly|tinyurl\.com|t\.ly|rb\.gy|is\.gd|cutt\.ly|shorturl\.at|tiny\.cc|goo\.su|v\.gd|ow\.ly)/\S+"#,
             action: .delete, weight: 1.0,
             description: "a shortened link that hides where it goes",
             triggers: ["bit.ly/", "tinyurl.com/", "t.ly/", "rb.gy/", "is.gd/", "cutt.ly/", "shorturl.at/", "tiny.cc/", "goo.su/",
                        "v.gd/", "ow.ly/"]),
        Rule(name: "advance-fee-job",
             pattern: #"\b(onboarding|registration|training|activation|equipment|starter)\s+(fee|deposit|kit\s+fee)\b|\bpay\b.{0,30}\b(fee|deposit)\b.{0,40}\b(job|position|role|laptop|start)\b|\binstall\b.{0,30}\b(our|this|the)\b.{0,20}\b(meeting|interview|video)\s+app\b"#,
             action: .delete, weight: 2.0,
             description: "a job that asks the applicant to pay or install something first",
             triggers: ["fee", "deposit", "install"]),
        Rule(name: "crypto-pump",
             pattern: #"\b\d{2,4}x\b.{0,60}\b(coin|token|presale|listing|moon)\b|\b(presale|pre-sale|new\s+coin|memecoin)\b.{0,80}\b(buy|ends|listing|early)\b|\bbuy\s+before\s+(the\s+)?listing\b"#,
             action: .delete, weight: 1.8,
             description: "pump-and-dump coin promotion",
             triggers: ["coin", "token", "presale", "pre-sale", "listing", "moon"]),
        Rule(name: "bot-manipulation",
             pattern: #"\b(ignore|disregard|forget)\s+(all\s+)?(the\s+)?(previous|prior|above|earlier)\s+(instructions|rules|prompts?)\b|^\s*(system|assistant)\s*:|\[\s?\[\s*##|\b(moderation|mod)\s+(bot|system|ai)\b|\b(do\s+not|don'?t)\s+(flag|delete|move|moderate)\b|\b(approved|whitelisted)\s+(by\s+the\s+)?(mod|moderat|admin)|"(intent|action)"\s*:"#,
             action: .flag, weight: 2.5,
             description: "text that tries to instruct the moderation system",
             triggers: ["ignore", "disregard", "forget", "system", "assistant", "##", "mod", "flag", "delete", "move", "approved", "whitelisted",
                        "\"intent\"", "\"action\""]),
        Rule(name: "looking-for-work",
             pattern: #"\b(looking\s+for|seeking|searching\s+for|open\s+to|available\s+for)\s+(my\s+first\s+)?(a\s+|an\s+)?(new\s+)?(paid\s+)?(junior\s+|senior\s+|entry[- ]level\s+)?(\w+\s+)?(job|role|position|internship|work|opportunit|gig|contract)|\b(refer\s+me|hire\s+me|any\s+teams?\s+hiring|anyone\s+hiring)\b"#,
             intent: .seekJob, weight: 1.2,
             description: "the author says they are looking for work",
             triggers: ["looking", "seeking", "searching", "open", "available", "refer", "hire", "hiring"]),
        Rule(name: "mass-mention",
             pattern: #"@(everyone|here)\b"#,
             action: .delete, weight: 2.0,
             description: "@everyone or @here from an ordinary member",
             triggers: ["@everyone", "@here"]),
    ]
}
