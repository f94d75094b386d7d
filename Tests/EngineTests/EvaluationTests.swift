import Foundation
import Testing
@testable import Engine

@Suite struct EvaluationTests {
    @Test func malformedLinesAreReportedWithTheirNumbers() {
        let text = """
            {"message": "hi", "author": "a", "channel_name": "general", "intent": "other", "action": "allow"}
            not json
            {"message": "x", "intent": "other"}
            {"message": "y", "intent": "maybe", "action": "allow"}

            {"message": "z", "intent": "other", "action": "ban", "extra": 1}
            {"message": "ok", "intent": "post_job", "action": "move", "ignored": [1, 2]}
            """
        let (rows, problems) = LabelledDataset.parse(Data(text.utf8))
        #expect(rows.map(\.line) == [1, 7])
        #expect(rows[1].channelName == "general", "channel defaults to general")
        #expect(problems.map(\.line) == [2, 3, 4, 6])
        #expect(problems[1].message.contains("action"))
        #expect(problems[2].message.contains("maybe"))
    }

    @Test func metricsAreComputedAsDefined() {
        func row(_ action: ModerationAction, _ line: Int) -> LabelledMessage {
            LabelledMessage(message: "m\(line)", author: "", channelName: "general", intent: .other, action: action, line: line)
        }
        func verdict(_ action: ModerationAction, _ confidence: Double = 0.9) -> Result<Verdict, ClassificationFailure> {
            .success(Verdict(intent: .other, action: action, reason: "", reasoning: "", confidence: confidence, classifier: "t", classifierVersion: "1"))
        }
        let rows = [row(.allow, 1), row(.allow, 2), row(.delete, 3), row(.delete, 4), row(.flag, 5)]
        let results = [verdict(.allow), verdict(.delete, 0.99), verdict(.delete), verdict(.allow, 0.6),
                       .failure(ClassificationFailure(classifier: "t", message: "x"))]
        let report = EvaluationReport(rows: rows, results: results, classifier: "t")
        #expect(report.count == 5 && report.failures == 1)
        #expect(report.accuracy == 2.0 / 5)
        #expect(report.perAction["allow"] == .init(precision: 0.5, recall: 0.5, f1: 0.5, support: 2))
        #expect(report.perAction["delete"] == .init(precision: 0.5, recall: 0.5, f1: 0.5, support: 2))
        #expect(report.confusion["allow"]?["delete"] == 1 && report.confusion["delete"]?["allow"] == 1)
        #expect(report.macroF1 == 0.5, "macro over the actions present (allow, delete; flag's only row failed)")
        #expect(report.worstMisses.map(\.line) == [2, 4], "most confident wrong answer first")
    }

    @Test func calibrationErrorIsTheGapBetweenConfidenceAndBeingRight() {
        // Sure and right, or 50% sure and right half the time: calibrated.
        #expect(EvaluationReport.calibrationError([(0.95, true), (0.95, true)]) < 0.051)
        #expect(abs(EvaluationReport.calibrationError([(0.55, true), (0.55, false)]) - 0.05) < 1e-9)
        // 90% sure and always wrong: as badly calibrated as it gets at 0.9.
        #expect(abs(EvaluationReport.calibrationError([(0.9, false), (0.9, false)]) - 0.9) < 1e-9)
        #expect(EvaluationReport.calibrationError([]) == 0)
    }
}
