import Synchronization

/// A stop request that work checks between units (one action, one cycle)
/// instead of being cancelled mid-way: what has started finishes.
final class StopSignal: Sendable {
    private let raised = Atomic<Bool>(false)

    var isRaised: Bool { raised.load(ordering: .acquiring) }

    func raise() { raised.store(true, ordering: .releasing) }
}
