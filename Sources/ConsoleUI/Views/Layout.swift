/// Where each pane goes for a terminal size. At 80x24 and wider all four
/// are visible (status bar, queue and detail side by side, audit below);
/// smaller terminals keep the status bar and show one pane at a time as tabs.
public struct Layout: Sendable, Equatable {
    public static let fullWidth = 80
    public static let fullHeight = 24

    public let size: Size
    public let status: Rect
    public let hints: Rect
    /// True when panes are shown one at a time.
    public let tabbed: Bool
    /// The tab strip, when tabbed.
    public let tabs: Rect
    public let queue: Rect
    public let detail: Rect
    public let audit: Rect

    public init(size: Size) {
        self.size = size
        status = Rect(x: 0, y: 0, width: size.width, height: min(1, size.height))
        hints = Rect(x: 0, y: max(size.height - 1, 1), width: size.width, height: size.height >= 3 ? 1 : 0)
        let body = Rect(x: 0, y: 1, width: size.width, height: max(size.height - 2, 0))
        tabbed = size.width < Self.fullWidth || size.height < Self.fullHeight
        if tabbed {
            tabs = Rect(x: 0, y: body.y, width: body.width, height: min(1, body.height))
            let pane = Rect(x: 0, y: body.y + 1, width: body.width, height: max(body.height - 1, 0))
            (queue, detail, audit) = (pane, pane, pane)
        } else {
            tabs = Rect(x: 0, y: body.y, width: 0, height: 0)
            let auditHeight = max(6, body.height * 3 / 10)
            let top = body.height - auditHeight
            let queueWidth = body.width * (body.width >= 120 ? 11 : 12) / 20
            queue = Rect(x: 0, y: body.y, width: queueWidth, height: top)
            detail = Rect(x: queueWidth, y: body.y, width: body.width - queueWidth, height: top)
            audit = Rect(x: 0, y: body.y + top, width: body.width, height: auditHeight)
        }
    }

    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .queue: return queue
        case .detail: return detail
        case .audit: return audit
        }
    }
}
