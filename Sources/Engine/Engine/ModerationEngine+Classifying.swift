import DiscordREST
import Foundation

extension ModerationEngine {
    /// Verdicts for new messages, judged on their own words, forwarded text and
    /// file names; a classifier failure becomes a flag for a human, never a guess.
    ///
    /// A text is judged once, not once per copy (issue 13): a message whose
    /// author posted the same text (`CrossPost.sameTextKey`) within the
    /// cross-post window takes the verdict that text was given, where that
    /// verdict holds in this channel (`Configuration.verdict(_:from:holdsIn:)`:
    /// same role and guidance, or a delete), and the store then adds it to the
    /// open cross-post's suggestion. Channels are polled one after another, so
    /// copies posted in several channels between two polls meet the first
    /// channel's verdict here. Copies among the new messages themselves are
    /// grouped first: one call for each author's text.
    func classify(_ messages: [Message], in channel: Store.Channel) async throws(StoreError) -> [ClassifiedMessage] {
        let texts = messages.map { JudgedContent($0).classifierText }
        var verdicts = try await earlierVerdicts(for: messages, texts: texts, in: channel)
        var groups: [[Int]] = []
        var groupOfKey: [String: Int] = [:]
        for index in messages.indices where verdicts[index] == nil {
            let key = messages[index].author.id.description + "\u{1F}" + CrossPost.sameTextKey(texts[index])
            if let group = groupOfKey[key] {
                groups[group].append(index)
            } else {
                groupOfKey[key] = groups.count
                groups.append([index])
            }
        }
        let inputs = groups.map { configuration.classifierInput(text: texts[$0[0]], author: messages[$0[0]].author.displayName, in: channel) }
        let results = await classifier.classify(batch: inputs)
        for (group, result) in zip(groups, results) {
            let verdict = self.verdict(from: result)
            for index in group { verdicts[index] = verdict }
        }
        return zip(messages, verdicts).compactMap { message, verdict in verdict.map { ClassifiedMessage(message: message, verdict: $0) } }
    }

    /// For each message, the verdict its author's same text was given within
    /// the cross-post window, where it holds in `channel`; nil: to classify.
    /// A verdict from a failed call is never reused (the next copy asks again),
    /// nor one from another classifier than this engine's.
    func earlierVerdicts(for messages: [Message], texts: [String], in channel: Store.Channel) async throws(StoreError) -> [Verdict?] {
        let window = settings.crossPostWindow.seconds
        guard let earliest = messages.map(\.timestamp).min() else { return [] }
        var earlier: [Snowflake: [Store.EarlierVerdict]] = [:]
        var verdicts: [Verdict?] = []
        for (message, text) in zip(messages, texts) {
            let author = message.author.id
            if earlier[author] == nil {
                let keys = Set(messages.filter { $0.author.id == author }.map { CrossPost.sameTextKey($0.content) })
                earlier[author] = try await store.earlierVerdicts(author: author, since: earliest.addingTimeInterval(-window), ownTextKeys: keys)
            }
            let key = CrossPost.sameTextKey(text)
            let since = message.timestamp.addingTimeInterval(-window)
            var found: Verdict?
            for candidate in earlier[author] ?? [] {
                guard candidate.postedAt >= since, candidate.verdict.classifier == classifier.name,
                      candidate.verdict.classifierVersion != Self.failedVersion, CrossPost.sameTextKey(candidate.text) == key,
                      let source = channels.first(where: { $0.id == candidate.channelID }),
                      configuration.verdict(candidate.verdict, from: source, holdsIn: channel) else { continue }
                var verdict = candidate.verdict
                if source.id != channel.id {
                    verdict.reasoning += " (Judged once for the same text by this author in #\(source.name), suggestion \(candidate.suggestionID).)"
                }
                found = verdict
                break
            }
            verdicts.append(found)
        }
        return verdicts
    }

    /// The classifier version of a verdict that stands in for a failed call.
    static let failedVersion = "failed"

    /// A classifier's answer as a verdict: a failure is a flag for a human.
    func verdict(from result: Result<Verdict, ClassificationFailure>) -> Verdict {
        switch result {
        case .success(let verdict): return verdict
        case .failure(let failure):
            return Verdict(
                intent: .other, action: .flag, reason: "A moderator will review this message.",
                reasoning: redactor.clean("No verdict: \(failure). Flagged for a human instead of guessing."),
                confidence: 0, classifier: failure.classifier, classifierVersion: Self.failedVersion)
        }
    }
}
