import Foundation

/// Trains the local model. Deterministic: the same examples, settings and
/// binary give a byte-identical model file (a seeded shuffle, no threads, no
/// clock), so `modconsole train` on the shipped corpus reproduces the
/// shipped model.
public struct LocalModelTrainer: Sendable {
    public struct Settings: Sendable {
        public var featureBits = 16
        public var epochs = 12
        public var learningRate: Float = 0.4
        /// L2 penalty per step on the weights an example touches. Chosen on the
        /// dev split (sweep of 5e-6...1e-3: 2e-4 gave the best macro-F1).
        public var l2: Float = 2e-4
        public var seed: UInt64 = 0x6D6F_6463_6F6E_736F  // "modconso"
        public init() {}
    }

    /// One labelled message, already reduced to what the heads predict.
    public struct Example: Sendable {
        public var text: String
        public var intent: Intent
        public var risk: ContentRisk
        public init(text: String, intent: Intent, risk: ContentRisk) {
            self.text = text
            self.intent = intent
            self.risk = risk
        }
    }

    public let settings: Settings
    public let rules: RuleSet

    public init(settings: Settings = Settings(), rules: RuleSet) {
        self.settings = settings
        self.rules = rules
    }

    /// Trains on `train`, then fits the softmax temperatures on `calibration`
    /// (held out: temperatures never change which class wins, only how sure).
    public func train(_ train: [Example], calibration: [Example]) -> LinearModel {
        let hasher = FeatureHasher(bits: settings.featureBits)
        var model = LinearModel(featureBits: settings.featureBits)
        let folded = train.map { TextNormalizer.fold($0.text) }
        let vectors = zip(train, folded).map { hasher.extract($0.text, folded: $1, keepSources: false).vector }
        let offsets = folded.map { RuleOffsets(rules.matches(folded: $0)) }
        let intentWeight = Self.balancedWeights(train.map { LinearModel.intents.firstIndex(of: $0.intent)! })
        let riskWeight = Self.balancedWeights(train.map { LinearModel.risks.firstIndex(of: $0.risk)! })

        var intentSquares = [Float](repeating: 1e-6, count: model.intentWeights.count)
        var riskSquares = [Float](repeating: 1e-6, count: model.riskWeights.count)
        var biasSquares = [Float](repeating: 1e-6, count: 6)
        var random = SplitMix64(seed: settings.seed)
        var order = Array(train.indices)

        for _ in 0..<settings.epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            for row in order {
                let vector = vectors[row]
                let intentClass = LinearModel.intents.firstIndex(of: train[row].intent)!
                let riskClass = LinearModel.risks.firstIndex(of: train[row].risk)!
                step(vector, target: intentClass, scale: intentWeight[intentClass], offsets: offsets[row].intent,
                     weights: &model.intentWeights, bias: &model.intentBias, squares: &intentSquares, biasSquares: &biasSquares, biasBase: 0)
                step(vector, target: riskClass, scale: riskWeight[riskClass], offsets: offsets[row].risk,
                     weights: &model.riskWeights, bias: &model.riskBias, squares: &riskSquares, biasSquares: &biasSquares, biasBase: 3)
            }
        }
        // Round to what the file stores before calibrating, so the fitted
        // temperatures belong to the weights that ship.
        model = (try? LinearModel(data: model.data(), path: "(in memory)")) ?? model
        let heldOut = calibration.map { example in
            (logits: model.logits(hasher.vector(example.text), offsets: RuleOffsets(rules.matches(example.text))), example: example)
        }
        model.intentTemperature = Self.fitTemperature(heldOut.map { h in
            ([h.logits.intent.0, h.logits.intent.1, h.logits.intent.2], LinearModel.intents.firstIndex(of: h.example.intent)!)
        })
        model.riskTemperature = Self.fitTemperature(heldOut.map { h in
            ([h.logits.risk.0, h.logits.risk.1, h.logits.risk.2], LinearModel.risks.firstIndex(of: h.example.risk)!)
        })
        return (try? LinearModel(data: model.data(), path: "(in memory)")) ?? model
    }

    /// One AdaGrad step of softmax cross-entropy on one head.
    private func step(_ vector: FeatureHasher.Vector, target: Int, scale: Float, offsets: [Float],
                      weights: inout [Float], bias: inout [Float], squares: inout [Float],
                      biasSquares: inout [Float], biasBase: Int)
    {
        var l = LinearModel.logits(vector, weights: weights, bias: bias)
        l.0 += offsets[0]; l.1 += offsets[1]; l.2 += offsets[2]
        let p = LinearModel.softmax(l, temperature: 1).map(Float.init)
        let gradient = (0..<3).map { (p[$0] - ($0 == target ? 1 : 0)) * scale }
        let rate = settings.learningRate, l2 = settings.l2
        weights.withUnsafeMutableBufferPointer { w in
            squares.withUnsafeMutableBufferPointer { g in
                for k in vector.indices.indices {
                    let base = Int(vector.indices[k]) * 3
                    let v = vector.values[k]
                    for c in 0..<3 {
                        let grad = gradient[c] * v + l2 * w[base + c]
                        g[base + c] += grad * grad
                        w[base + c] -= rate * grad / g[base + c].squareRoot()
                    }
                }
            }
        }
        for c in 0..<3 {
            biasSquares[biasBase + c] += gradient[c] * gradient[c]
            bias[c] -= rate * gradient[c] / biasSquares[biasBase + c].squareRoot()
        }
    }

    /// Per-class weights: the square root of inverse frequency, so rare
    /// classes (flag above all) count for more without being over-predicted
    /// (full inverse frequency cost flag precision on the dev split).
    static func balancedWeights(_ labels: [Int]) -> [Float] {
        (0..<3).map { c in
            let count = labels.filter { $0 == c }.count
            return count == 0 ? 1 : (Float(labels.count) / Float(3 * count)).squareRoot()
        }
    }

    /// The temperature minimising negative log-likelihood on held-out examples.
    static func fitTemperature(_ examples: [(logits: [Float], target: Int)]) -> Float {
        guard !examples.isEmpty else { return 1 }
        var best: (temperature: Float, loss: Double) = (1, .infinity)
        for step in 0...54 {
            let t = 0.3 + Float(step) * 0.05
            let loss = examples.reduce(0.0) { sum, example in
                let p = LinearModel.softmax((example.logits[0], example.logits[1], example.logits[2]), temperature: t)
                return sum - log(max(p[example.target], 1e-12))
            }
            if loss < best.loss { best = (t, loss) }
        }
        return best.temperature
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64),
/// for shuffles and test data that must come out the same on every run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
