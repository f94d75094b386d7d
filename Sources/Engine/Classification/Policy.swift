import Foundation

/// How risky a message's content is, independent of where it was posted.
/// The local model predicts it; the policy turns it, the intent and the
/// channel's role into an action.
public enum ContentRisk: String, Sendable, Codable, CaseIterable, Hashable {
    /// Ordinary content: the channel decides.
    case clean
    /// Worth a human look (manipulation attempts, vague "DM me" offers, ...).
    case suspicious
    /// Scams, phishing, crypto "job offers", mass-mention spam.
    case abusive
}

/// The moderation policy every classifier shares (DESIGN.md "Verdict"):
/// - scams, phishing and spam are deleted in any channel;
/// - the genuinely unsure is flagged;
/// - job posts and job seekers belong in the jobs channel: allowed there,
///   moved from elsewhere;
/// - in a help channel, paying for help is fine, but a post that only recruits
///   is flagged;
/// - everything else is allowed.
public enum Policy {
    public static func action(intent: Intent, risk: ContentRisk, role: ChannelRole) -> ModerationAction {
        switch (risk, intent, role) {
        case (.abusive, _, _): return .delete
        case (.suspicious, _, _): return .flag
        case (.clean, .other, _): return .allow
        case (.clean, _, .jobs): return .allow
        case (.clean, .postJob, .help): return .flag
        case (.clean, _, _): return .move
        }
    }

    /// The risk a labelled (intent, action, role) example implies: the inverse
    /// of `action`, used to train the risk model from action labels.
    public static func risk(intent: Intent, action: ModerationAction, role: ChannelRole) -> ContentRisk {
        switch action {
        case .delete, .ban, .timeout: return .abusive
        case .flag: return Self.action(intent: intent, risk: .clean, role: role) == .flag ? .clean : .suspicious
        case .allow, .move: return .clean
        }
    }

    /// A channel's role: the configured one, else jobs for the jobs channel,
    /// help for names containing "help", general otherwise.
    public static func role(configured: ChannelRole?, isJobsChannel: Bool, name: String) -> ChannelRole {
        if let configured { return configured }
        if isJobsChannel { return .jobs }
        let lower = name.lowercased()
        if lower.contains("help") || lower.contains("support") { return .help }
        if lower == "jobs" || lower.hasPrefix("jobs-") || lower.hasSuffix("-jobs") || lower.contains("hiring") { return .jobs }
        return .general
    }

    /// The user-facing reason for an action, short enough for a DM.
    public static func reason(intent: Intent, risk: ContentRisk, role: ChannelRole, action: ModerationAction) -> String {
        switch action {
        case .delete: return "This message looks like spam or a scam, which is not allowed here."
        case .flag where risk == .clean: return "Recruiting posts belong in the jobs channel, not in a help channel; a moderator will review it."
        case .flag: return "A moderator will review this message."
        case .move where intent == .postJob: return "Job offers belong in the jobs channel, so your post was moved there."
        case .move: return "Posts looking for work belong in the jobs channel, so your post was moved there."
        case .allow where role == .jobs && intent != .other: return "Job posts are welcome in the jobs channel."
        default: return "This message fits the channel."
        }
    }
}
