import Engine
import Foundation

/// The parts of a message that are not the author's own words, for the
/// detail pane: the text of a message they forwarded, set apart under a note
/// saying where it came from, and the names of attached files.
enum ForwardAndFilesView {
    /// The forward note, the forwarded text (quoted, evidence highlighted), and the file list.
    static func lines(for suggestion: Suggestion, state: ConsoleState, tokens: [String], width: Int) -> [[Segment]] {
        var lines: [[Segment]] = []
        if let forwarded = suggestion.forwarded {
            lines += DetailView.wrapped("Forwarded", "not the author's words; " + origin(of: forwarded, in: suggestion, state: state),
                                        style: .statusWarning, width: width)
            let text = forwarded.text.isEmpty ? "(no text)" : forwarded.text
            for line in TextLayout.wrap(Sanitizer.clean(text, mode: .multiLine), width: max(width - 2, 10)) {
                lines.append([Segment(state.glyphs.quote, .muted)] + DetailView.highlight(line, tokens: tokens))
            }
        }
        if !suggestion.attachments.isEmpty {
            let names = suggestion.attachments.map { file in
                var name = file.filename.isEmpty ? "(unnamed file)" : file.filename
                if let description = file.description, !description.isEmpty { name += " (\"\(description)\")" }
                return file.forwarded ? name + " [forwarded]" : name
            }
            // `wrapped` passes every name through the Sanitizer: file names are the author's text too.
            lines += DetailView.wrapped("Files", names.joined(separator: state.glyphs.separator), style: .evidence, width: width)
        }
        return lines
    }

    /// "from #general in this server", "from another server (guild 12, channel 34)", "from a DM".
    static func origin(of forwarded: Forward, in suggestion: Suggestion, state: ConsoleState) -> String {
        guard let channelID = forwarded.channelID else { return "origin unknown" }
        guard let guildID = forwarded.guildID else { return "from a DM or group chat" }
        guard guildID == suggestion.guildID else { return "from another server (guild \(guildID), channel \(channelID))" }
        let known = (state.overview?.queue ?? []).first { $0.channelID == channelID }?.channelName
        return "from " + (known.map { "#" + $0 } ?? "channel \(channelID)") + " in this server"
    }

    /// One line for the queue: the author's words, else the forwarded text,
    /// else the file names, each marked so a forward never reads as the author's.
    static func snippet(_ suggestion: Suggestion) -> String {
        let text: String
        if !suggestion.content.isEmpty {
            text = suggestion.content
        } else if let forwarded = suggestion.forwarded {
            text = "[forwarded] " + forwarded.text
        } else if !suggestion.attachments.isEmpty {
            text = "[file] " + suggestion.attachments.map(\.filename).joined(separator: ", ")
        } else {
            text = ""
        }
        return TextLayout.replacing("\n", with: " ", in: text)
    }
}
