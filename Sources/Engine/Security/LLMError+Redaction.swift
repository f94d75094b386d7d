extension LLMError {
    /// The same error with every secret `redactor` knows removed from the
    /// server's words, which is where an echoed key would be.
    func redacted(by redactor: SecretRedactor) -> LLMError {
        switch self {
        case .quotaExhausted(let message): return .quotaExhausted(redactor.clean(message))
        case .rateLimited(let message): return .rateLimited(redactor.clean(message))
        case .http(let status, let type, let code, let message):
            return .http(status: status, type: type.map(redactor.clean), code: code.map(redactor.clean), message: redactor.clean(message))
        case .malformed(let detail): return .malformed(redactor.clean(detail))
        case .noContent(let finish, let refusal): return .noContent(finishReason: finish, refusal: refusal.map(redactor.clean))
        case .transport: return self
        }
    }
}
