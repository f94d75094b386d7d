import Foundation

/// The local classifier's learned part: two multinomial logistic regressions
/// over the same hashed features, one for the intent and one for the content
/// risk. The policy turns their probabilities and the channel into an action.
///
/// Saved as a small binary file: a header, then every weight as a Float16
/// (half the size of Float32, and far more precision than the model needs).
public struct LinearModel: Sendable {
    public static let magic = Array("MCLM".utf8)
    public static let formatVersion: UInt32 = 1
    static let intents = Intent.allCases
    static let risks = ContentRisk.allCases

    public let featureBits: Int
    /// Row-major: feature f, class c at f * 3 + c.
    var intentWeights: [Float]
    var riskWeights: [Float]
    var intentBias: [Float]
    var riskBias: [Float]
    /// Softmax temperatures fitted on held-out data, so probabilities are calibrated.
    var intentTemperature: Float
    var riskTemperature: Float

    init(featureBits: Int) {
        self.featureBits = featureBits
        let count = (1 << featureBits) * 3
        intentWeights = [Float](repeating: 0, count: count)
        riskWeights = [Float](repeating: 0, count: count)
        intentBias = [0, 0, 0]
        riskBias = [0, 0, 0]
        intentTemperature = 1
        riskTemperature = 1
    }

    /// A short id of the weights: two models with the same version decide
    /// alike. Reads every weight: compute it once, not per message.
    public var version: String {
        var hash: UInt64 = FeatureHasher.fnvOffset
        for value in serialized() { hash = (hash ^ UInt64(value)) &* FeatureHasher.fnvPrime }
        return "local-" + String(hash, radix: 16).prefix(10)
    }

    // MARK: - Scoring

    /// Raw class scores of one head for a vector.
    @inline(__always)
    static func logits(_ vector: FeatureHasher.Vector, weights: [Float], bias: [Float]) -> (Float, Float, Float) {
        var a = bias[0], b = bias[1], c = bias[2]
        weights.withUnsafeBufferPointer { w in
            for k in vector.indices.indices {
                let base = Int(vector.indices[k]) * 3
                let v = vector.values[k]
                a += w[base] * v
                b += w[base + 1] * v
                c += w[base + 2] * v
            }
        }
        return (a, b, c)
    }

    static func softmax(_ l: (Float, Float, Float), temperature: Float) -> [Double] {
        let t = Double(temperature)
        let x = (Double(l.0) / t, Double(l.1) / t, Double(l.2) / t)
        let top = max(x.0, x.1, x.2)
        let e = (exp(x.0 - top), exp(x.1 - top), exp(x.2 - top))
        let sum = e.0 + e.1 + e.2
        return [e.0 / sum, e.1 / sum, e.2 / sum]
    }

    /// The two heads' raw scores with the matched rules' logits added.
    func logits(_ vector: FeatureHasher.Vector, offsets: RuleOffsets) -> (intent: (Float, Float, Float), risk: (Float, Float, Float)) {
        var i = Self.logits(vector, weights: intentWeights, bias: intentBias)
        var r = Self.logits(vector, weights: riskWeights, bias: riskBias)
        i.0 += offsets.intent[0]; i.1 += offsets.intent[1]; i.2 += offsets.intent[2]
        r.0 += offsets.risk[0]; r.1 += offsets.risk[1]; r.2 += offsets.risk[2]
        return (i, r)
    }

    /// Calibrated probabilities of each intent and risk class.
    func probabilities(_ vector: FeatureHasher.Vector, offsets: RuleOffsets) -> (intent: [Double], risk: [Double]) {
        let (i, r) = logits(vector, offsets: offsets)
        return (Self.softmax(i, temperature: intentTemperature), Self.softmax(r, temperature: riskTemperature))
    }

    // MARK: - File format

    /// Why a model file could not be read.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "model file \(path): \(message); rebuild it with `modconsole train`" }
    }

    func serialized() -> [UInt16] {
        (intentWeights + riskWeights + intentBias + riskBias + [intentTemperature, riskTemperature])
            .map { Float16($0).bitPattern }
    }

    public func data() -> Data {
        var data = Data(Self.magic)
        withUnsafeBytes(of: Self.formatVersion.littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(featureBits).littleEndian) { data.append(contentsOf: $0) }
        for half in serialized() { withUnsafeBytes(of: half.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    public init(data: Data, path: String) throws(FormatError) {
        let bytes = [UInt8](data)
        func u32(_ at: Int) -> UInt32 { UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24 }
        guard bytes.count >= 12, Array(bytes[0..<4]) == Self.magic else {
            throw FormatError(path: path, message: "not a modconsole model (bad magic)")
        }
        guard u32(4) == Self.formatVersion else { throw FormatError(path: path, message: "format version \(u32(4)), expected \(Self.formatVersion)") }
        let bits = Int(u32(8))
        guard (10...24).contains(bits) else { throw FormatError(path: path, message: "feature bits \(bits) out of range") }
        let weights = (1 << bits) * 3
        let expected = 12 + (weights * 2 + 8) * 2
        guard bytes.count == expected else {
            throw FormatError(path: path, message: "\(bytes.count) bytes, expected \(expected) (truncated or corrupt)")
        }
        var floats = [Float](repeating: 0, count: weights * 2 + 8)
        for i in floats.indices {
            floats[i] = Float(Float16(bitPattern: UInt16(bytes[12 + 2 * i]) | UInt16(bytes[13 + 2 * i]) << 8))
        }
        guard floats.allSatisfy(\.isFinite) else { throw FormatError(path: path, message: "holds non-finite weights") }
        self.init(featureBits: bits)
        intentWeights = Array(floats[0..<weights])
        riskWeights = Array(floats[weights..<(2 * weights)])
        let tail = 2 * weights
        intentBias = Array(floats[tail..<(tail + 3)])
        riskBias = Array(floats[(tail + 3)..<(tail + 6)])
        intentTemperature = floats[tail + 6]
        riskTemperature = floats[tail + 7]
    }

    public init(contentsOf path: String) throws(FormatError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw FormatError(path: path, message: "cannot be read") }
        try self.init(data: data, path: path)
    }

    /// The model shipped with modconsole, trained on data/corpus-train.jsonl.
    public static func shipped() throws(FormatError) -> LinearModel {
        guard let url = Bundle.module.url(forResource: "local-model", withExtension: "bin") else {
            throw FormatError(path: "local-model.bin", message: "missing from the Engine bundle")
        }
        return try LinearModel(contentsOf: url.path)
    }
}
