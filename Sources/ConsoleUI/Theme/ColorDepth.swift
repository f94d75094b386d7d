/// How many colours the console may use, and how theme colours shrink to fit.
///
/// The depth is the minimum of what terminfo, the environment and tmux allow,
/// so a theme written for 256 colours still works on an 8-colour console, and
/// NO_COLOR turns colour off while keeping bold, reverse and the other
/// attributes.
public enum ColorDepth: Int, Sendable, Comparable {
    /// No colours: attributes only (NO_COLOR, TERM=dumb, monochrome terminals).
    case mono = 0
    /// The 8 normal ANSI colours.
    case eight = 8
    /// The 16 ANSI colours, bright ones included.
    case sixteen = 16
    /// The 256 xterm colours. 24-bit colours are shown as the nearest of these,
    /// because ncurses colour pairs take palette indices.
    case full256 = 256

    /// Orders depths by how many colours they allow.
    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The depth to draw with, given the process environment and terminfo's
    /// colour count (ncurses `COLORS`, or `tigetnum("colors")`; pass a negative
    /// number when terminfo has none).
    ///
    /// NO_COLOR (set and not empty, per no-color.org) always wins. Otherwise
    /// the smallest of terminfo, the environment and tmux limits applies.
    public static func detect(environment: [String: String], terminfoColors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono }
        return min(terminfoLimit(terminfoColors), environmentLimit(environment), tmuxLimit(environment))
    }

    /// What terminfo's colour count allows.
    static func terminfoLimit(_ colors: Int) -> ColorDepth {
        switch colors {
        case ..<8: return .mono
        case ..<16: return .eight
        case ..<256: return .sixteen
        default: return .full256
        }
    }

    /// What TERM and COLORTERM allow. COLORTERM=truecolor or 24bit and a TERM
    /// naming 256color allow everything, as does any other TERM; only
    /// TERM=dumb takes colour away. The environment never raises terminfo's
    /// count: ncurses can only set colours terminfo declares.
    static func environmentLimit(_ environment: [String: String]) -> ColorDepth {
        environment["TERM"] == "dumb" ? .mono : .full256
    }

    /// Inside tmux (TMUX set) with TERM "screen…" or "tmux…" but not a
    /// 256color variant, tmux itself only passes 16 colours through.
    static func tmuxLimit(_ environment: [String: String]) -> ColorDepth {
        guard environment["TMUX"] != nil, let term = environment["TERM"] else { return .full256 }
        let isMultiplexer = term.hasPrefix("screen") || term.hasPrefix("tmux")
        return isMultiplexer && !term.contains("256color") ? .sixteen : .full256
    }

    /// `color` as this depth can show it.
    ///
    /// - full256: 24-bit colours become the nearest xterm colour from the
    ///   6×6×6 cube or the grey ramp (16-255); palette colours stay.
    /// - sixteen: everything becomes the nearest of the 16 ANSI colours
    ///   (pure red #ff0000 is bright red, 9).
    /// - eight: as for sixteen, then bright n becomes n (bright red 9 → red 1),
    ///   except grey (bright black, 8), which becomes white (7) rather than
    ///   black so muted text does not vanish on a dark terminal.
    /// - mono: every colour becomes `.default`.
    public func resolve(_ color: Color) -> Color {
        switch self {
        case .mono:
            return .default
        case .eight:
            return XtermPalette.ansi16Index(of: color).map { .ansi($0.foldedToEight) } ?? .default
        case .sixteen:
            return XtermPalette.ansi16Index(of: color).map(Color.ansi) ?? .default
        case .full256:
            guard case .rgb(let red, let green, let blue) = color else { return color }
            return .indexed(XtermPalette.nearest256(RGB(red, green, blue)))
        }
    }

    /// `style` as this depth can show it: both colours resolved, attributes kept.
    ///
    /// At mono a style with a background colour gains `.reverse`: a coloured
    /// background marks a region (the selection as a blue bar, the status bar,
    /// an AUTO badge), and reverse video is how a region stays visible without
    /// colour. Foreground colours are simply dropped, since the text itself
    /// still shows; a style that needs more should set attributes, as the
    /// built-in mono theme does.
    public func resolve(_ style: Style) -> Style {
        resolve(style, canvas: .default)
    }

    /// Every style of `theme` resolved for this depth; what a renderer should
    /// draw with.
    ///
    /// Unlike resolving styles one by one, a background equal to the theme's
    /// base background counts as no background at mono: high-contrast paints
    /// black behind everything, and reversing everything would hide the
    /// selection.
    public func resolve(_ theme: Theme) -> Theme {
        let canvas = theme[.base].background
        let styles = StyleKey.allCases.map { ($0, resolve(theme[$0], canvas: canvas)) }
        return Theme(name: theme.name, styles: Dictionary(uniqueKeysWithValues: styles))
    }

    /// Resolves `style`; at mono a background other than `canvas` adds reverse.
    private func resolve(_ style: Style, canvas: Color) -> Style {
        guard self == .mono else {
            return Style(foreground: resolve(style.foreground), background: resolve(style.background),
                         attributes: style.attributes)
        }
        var attributes = style.attributes
        if style.background != .default && style.background != canvas { attributes.insert(.reverse) }
        return Style(attributes: attributes)
    }
}

/// A colour's red, green and blue components.
private struct RGB {
    var red: Int, green: Int, blue: Int

    init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.init(red: Int(red), green: Int(green), blue: Int(blue))
    }

    init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// From a 0xRRGGBB number.
    init(hex: Int) {
        self.init(red: hex >> 16 & 0xff, green: hex >> 8 & 0xff, blue: hex & 0xff)
    }

    /// Squared distance in RGB space: enough to pick the nearest colour.
    func distance(to other: RGB) -> Int {
        let dr = red - other.red, dg = green - other.green, db = blue - other.blue
        return dr * dr + dg * dg + db * db
    }
}

/// The xterm 256-colour palette, for finding nearest colours.
private enum XtermPalette {
    /// Reference shades of the 16 ANSI colours (the xterm-256 table's, as
    /// charmbracelet/x uses). Real terminals let users change these, so they
    /// only guide the choice of the nearest colour.
    static let ansi = [
        0x000000, 0x800000, 0x008000, 0x808000, 0x000080, 0x800080, 0x008080, 0xc0c0c0,
        0x808080, 0xff0000, 0x00ff00, 0xffff00, 0x0000ff, 0xff00ff, 0x00ffff, 0xffffff,
    ].map(RGB.init(hex:))

    /// The six levels of each channel in the colour cube (indices 16-231).
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The shade of xterm colour `index`.
    static func rgb(ofIndex index: UInt8) -> RGB {
        switch index {
        case 0..<16:
            return ansi[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return RGB(red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
        default:
            let level = 8 + 10 * (Int(index) - 232)
            return RGB(red: level, green: level, blue: level)
        }
    }

    /// The 16-colour index (0-15) nearest to `color`, or nil for `.default`.
    /// Palette colours below 16 are ANSI colours already and stay as they are.
    static func ansi16Index(of color: Color) -> UInt8? {
        switch color {
        case .default: return nil
        case .ansi(let index) where index < 16, .indexed(let index) where index < 16: return index
        case .ansi(let index), .indexed(let index): return nearestANSI(rgb(ofIndex: index))
        case .rgb(let red, let green, let blue): return nearestANSI(RGB(red, green, blue))
        }
    }

    /// The nearest of the 16 ANSI reference shades; ties go to the lower index.
    static func nearestANSI(_ target: RGB) -> UInt8 {
        let nearest = ansi.indices.min { ansi[$0].distance(to: target) < ansi[$1].distance(to: target) }
        return UInt8(nearest ?? 0)
    }

    /// The nearest xterm colour among the cube and the grey ramp (16-255),
    /// leaving out 0-15, whose shades the user may have changed. Ties go to
    /// the cube.
    static func nearest256(_ target: RGB) -> UInt8 {
        let cubeIndex = 16 + 36 * cubeLevel(target.red) + 6 * cubeLevel(target.green) + cubeLevel(target.blue)
        let greyIndex = 232 + greyStep(target)
        let cubeDistance = rgb(ofIndex: UInt8(cubeIndex)).distance(to: target)
        let greyDistance = rgb(ofIndex: UInt8(greyIndex)).distance(to: target)
        return UInt8(greyDistance < cubeDistance ? greyIndex : cubeIndex)
    }

    /// The nearest of the six cube levels (0-5) to a channel value. Channels
    /// are independent, so the nearest level per channel gives the nearest
    /// cube colour. The thresholds are the midpoints between levels.
    static func cubeLevel(_ value: Int) -> Int {
        switch value {
        case ..<48: return 0
        case ..<115: return 1
        default: return (value - 35) / 40
        }
    }

    /// The nearest step (0-23) of the grey ramp 8, 18, ... 238: the grey
    /// closest to a colour is the one closest to the mean of its channels.
    static func greyStep(_ target: RGB) -> Int {
        let mean = Double(target.red + target.green + target.blue) / 3
        return min(max(Int(((mean - 8) / 10).rounded()), 0), 23)
    }
}

private extension UInt8 {
    /// A 16-colour index folded into the 8 normal colours: bright n becomes n,
    /// grey (8) becomes white (7), the nearest normal shade to it.
    var foldedToEight: UInt8 {
        switch self {
        case 0..<8: return self
        case 8: return 7
        default: return self - 8
        }
    }
}
