import Foundation

/// Text written to attack a terminal, generated rather than stored so every
/// byte is visible here: escapes of every kind (CSI, OSC with title and
/// clipboard, DCS with tmux passthrough, APC, PM, SOS), each C0 and 8-bit C1
/// control, bidi overrides and isolates, zalgo, NUL, very long text, ZWJ
/// sequences, wide CJK and emoji modifiers. Every string carries its own
/// payload, so a raw sequence found in the terminal's output can only have
/// come from a message.
enum HostileCorpus {
    static let esc = "\u{1B}"
    static let bel = "\u{07}"
    static let st = "\u{1B}\\"

    /// CSI sequences: screen clearing, cursor moves, colours, the alternate
    /// screen, mouse tracking, and the ones that make a terminal answer (DSR, DA, title report).
    static let csi = ["2J", "3J", "H", "1;1H", "31;1m", "0m", "?1049h", "?1049l", "?25l", "?1000h", "?2004h", "6n", "0c", "21t",
                      "8;1;1t", "5i", "K", "2K", "10A", "20C", "?3h", "4l", "r", "1;999r"]
        .map { "csi \(esc)[\($0)PAYLOAD-CSI" }

    /// OSC sequences ended by BEL and by ST: window title, clipboard (52), hyperlink, palette, cwd, notifications.
    static let osc: [String] = ["0;PWNED-TITLE", "2;PWNED-TITLE", "1;PWNED-ICON", "52;c;UFdORUQtQ0xJUA==", "52;p;?", "8;;https://evil.example/PWNED",
                                "4;1;rgb:ff/00/00", "7;file:///PWNED", "9;PWNED-NOTIFY", "777;notify;PWNED;x", "1337;SetMark", "104"]
        .flatMap { ["osc \(esc)]\($0)\(bel) after", "osc \(esc)]\($0)\(st) after"] }

    /// Device control, application program command, privacy message and start of string, tmux passthrough included.
    static let strings: [String] = [
        "dcs \(esc)P+q544e\(st) after", "dcs \(esc)Ptmux;\(esc)\(esc)]52;c;UFdORUQ=\(bel)\(st) passthrough",
        "dcs \(esc)P1$r0m\(st)", "decrqss \(esc)P$qm\(st)", "apc \(esc)_PWNED-APC\(st) after", "pm \(esc)^PWNED-PM\(st) after",
        "sos \(esc)XPWNED-SOS\(st) after", "sixel \(esc)Pq#0;2;0;0;0#1!6~-\(st)", "kitty \(esc)_Gf=100;PWNED\(st)",
        "unterminated osc \(esc)]0;PWNED-FOREVER", "unterminated dcs \(esc)PPWNED-FOREVER",
        "ris \(esc)c full reset", "decaln \(esc)#8 fills the screen", "charset \(esc)(0lqqk\(esc)(B", "save \(esc)7 restore \(esc)8",
        "index \(esc)D\(esc)M\(esc)E", "keypad \(esc)= \(esc)>", "nested \(esc)[\(esc)]0;x\(bel)31m",
    ]

    /// Every C0 control and DEL, in the middle of text.
    static let c0: [String] = (Array(0x00...0x1F) + [0x7F]).map { "c0 \(String(format: "%02x", $0)) [\(Character(Unicode.Scalar(UInt8($0))))] end" }

    /// Every 8-bit C1 control (U+0080...U+009F) as a character, plus CSI and OSC spelled with C1.
    static let c1: [String] = (0x80...0x9F).map { "c1 \(String(format: "%02x", $0)) [\(Character(Unicode.Scalar(UInt8($0))))] end" }
        + ["c1 csi \u{9B}2J\u{9B}31mPAYLOAD-C1", "c1 osc \u{9D}0;PWNED-C1-TITLE\u{9C} after", "c1 dcs \u{90}PWNED-C1-DCS\u{9C}"]

    /// Bidi embeddings, overrides, isolates and marks, each reversing or isolating what follows.
    static let bidi: [String] = [0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        .map { "invoice_\(Character(Unicode.Scalar($0)!))gnp.exe please open" }
        + ["line\u{2028}separator\u{2029}paragraph", "\u{202E}\u{2067}nested\u{2069}\u{202C} \u{202D}ltr override"]

    /// Text buried under combining marks, deterministic.
    static let zalgo: [String] = (1...6).map { depth in
        "z" + String(repeating: "\u{0336}\u{0301}\u{0317}\u{0489}\u{20DD}", count: depth * 6) + "algo " + String(repeating: "e\u{0301}\u{0302}\u{0303}", count: depth * 10)
    }

    /// Long messages: over 4,000 characters, with escapes buried deep inside.
    static let long: [String] = [
        String(repeating: "a", count: 4_100),
        String(repeating: "spam 🎁 FREE NITRO 求职 ", count: 220),
        String(repeating: "x", count: 3_990) + "\(esc)]52;c;TEFURS1QV05FRA==\(bel)" + String(repeating: "y", count: 200),
        String(repeating: "全角", count: 2_100),
        String(repeating: "word ", count: 900) + "\(esc)[2J",
        String(repeating: "\u{202E}", count: 500) + String(repeating: "b", count: 3_600),
    ]

    /// Width traps: ZWJ families, flags, skin tones, keycaps, wide CJK, fullwidth forms, zero-width spaces.
    static let width: [String] = [
        "👨‍👩‍👧‍👦 family", "🏳️‍🌈 rainbow flag", "🏴‍☠️ pirate", "👩🏽‍💻 dev", "🧑🏿‍🤝‍🧑🏻 holding hands", "👍🏻👍🏼👍🏽👍🏾👍🏿 thumbs",
        "🇩🇪🇯🇵🇺🇸 flags", "1️⃣2️⃣#️⃣ keycaps", "❤️ ❤︎ heart styles", "これはテストです 全角の文字", "求职：五年 Swift 经验 한국어 메시지",
        "ＦＵＬＬＷＩＤＴＨ　ｔｅｘｔ", "zero\u{200B}width\u{200C}non\u{2060}joiner\u{FEFF}bom", "🏻 lone modifier", "\u{200D}\u{200D}\u{200D} lone zwj",
        "ｱｲｳ halfwidth katakana", "𝕳𝖆𝖈𝖐 math letters", "\u{FFFD}\u{FFFF}\u{FFFE} noncharacters", "🧑‍🧑‍🧒‍🧒 new family", "a\u{0301}\u{0301}\u{0301} stacked",
    ]

    /// Tabs, carriage returns and backspaces rewriting what was already drawn.
    static let rewriting: [String] = [
        "tab\tseparated\tcolumns\there", "\t\t\t\tleading tabs", "overwrite\rPWNED-CR", "hidden\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}PWNED-BS",
        "crlf\r\nline two\r\nline three", "form\u{0C}feed vertical\u{0B}tab", "del\u{7F}\u{7F}\u{7F}", "\r\r\r\rPWNED-CR-ONLY",
        "nul\u{0}in\u{0}the\u{0}middle", "\u{0}leading nul", "bell\u{07}\u{07}\u{07}", "escape at end \(esc)", "lone esc \(esc) space",
    ]

    /// Several attacks in one message, as a real one would try.
    static let combined: [String] = [
        "\(esc)[2J\(esc)[H\(esc)[31mSYSTEM: your session expired, log in again\(esc)[0m",
        "\(esc)]0;modconsole: all clear\(bel)nothing to see here \u{202E}txt.exe",
        "beep\(bel)\(bel) carriage\rreturn and back\u{8}\u{8}space \u{9B}2J",
        "\(esc)[?1049l\(esc)[2J fake shell prompt $ \(esc)[?1049h",
        "\(esc)]52;c;cm0gLXJmIH4=\(bel) copied `rm -rf ~` to your clipboard",
        "👨‍👩‍👧‍👦\u{202E}全角\(esc)[5m blink \u{0}\t\r zalgo z\u{0336}\u{0301}",
        "\(esc)[8m hidden text \(esc)[28m visible", "\(esc)[38;2;255;0;0m truecolor \(esc)[48;5;196m bg",
        "\(esc)[1;31r\(esc)[31;1H scroll region", "\(esc)[s\(esc)[1;1H\(esc)[K\(esc)[u saved cursor",
        "\u{1B}[0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0m many params",
        "ping @everyone and @here <@&1> with \(esc)[7m reverse",
    ]

    /// Every message text: at least 200.
    static var messages: [String] { csi + osc + strings + c0 + c1 + bidi + zalgo + long + width + rewriting + combined }

    /// Author names: the same attacks, short enough to be a display name.
    static let authors: [String] = [
        "\(esc)[2Jevil", "\(esc)]0;PWNED-NAME\(bel)name", "\(esc)]52;c;TkFNRQ==\(bel)", "\u{9B}31mc1name", "\u{202E}nimda", "adm\u{2067}in\u{2069}",
        "nul\u{0}name", "tab\tname", "cr\rPWNED-NAME-CR", "bs\u{8}\u{8}name", "z\u{0336}\u{0301}\u{0317}\u{0336}\u{0301}\u{0317}algo", "👨‍👩‍👧‍👦🏽",
        "全角の名前テスト", "\(esc)P+q\(st)dcs", "\(esc)_apc\(st)", String(repeating: "W", count: 120), "line\u{2028}sep", "ＦＵＬＬ",
    ]

    /// Raw fragments of the corpus that must never reach the terminal: each
    /// control character (ESC, C1, bidi, NUL, BEL, BS, CR) of a message or
    /// name with the eight characters that follow it, as UTF-8 bytes. ncurses
    /// writes its own escapes, but never one followed by a message's own text.
    static var forbiddenFragments: Set<[UInt8]> {
        var fragments: Set<[UInt8]> = []
        for text in messages + authors {
            let scalars = Array(text.unicodeScalars)
            for (index, scalar) in scalars.enumerated() where isDangerous(scalar) {
                let tail = scalars[index..<min(index + 9, scalars.count)]
                // A control at the very end has no payload that could tell it from ncurses' own.
                guard tail.count == 9 else { continue }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: tail)
                fragments.insert(Array(String(view).utf8))
            }
        }
        return fragments
    }

    static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
        [0x1B, 0x00, 0x07, 0x08, 0x0D].contains(scalar.value) || (0x80...0x9F).contains(scalar.value)
            || [0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029].contains(scalar.value)
    }
}
