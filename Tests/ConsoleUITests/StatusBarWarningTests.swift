import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// What stops the engine or loses work is said in the status bar, in words,
/// and stays when a narrow terminal drops everything else.
@Suite struct StatusBarWarningTests {
    @Test("a rejected token takes the mode's place: the engine stopped, even at 40 columns")
    func tokenRejected() {
        var overview = Fixtures.overview()
        overview.fatalProblem = .tokenRejected
        #expect(StatusBarTests.bar(overview, width: 120).contains("STOPPED: token rejected (401)"))
        #expect(StatusBarTests.bar(overview, width: 40).hasPrefix("  STOPPED: token rejected (401) "))
    }

    @Test("a full disk says the store is not saving")
    func storeFull() {
        var overview = Fixtures.overview()
        overview.storeFailure = StoreError("cannot write the store at /x: the disk is full", kind: .full)
        #expect(StatusBarTests.bar(overview, width: 120).contains("STORE NOT SAVING: disk full"))
        #expect(StatusBarTests.bar(overview, width: 50).contains("DISK FULL"))
    }

    @Test("a missing jobs channel is warned of while there is room")
    func jobsChannelMissing() {
        var overview = Fixtures.overview()
        overview.jobsChannelMissing = true
        #expect(StatusBarTests.bar(overview, width: 120).contains("no jobs channel: moves refused"))
        #expect(!StatusBarTests.bar(Fixtures.overview(), width: 120).contains("jobs"))
    }
}
