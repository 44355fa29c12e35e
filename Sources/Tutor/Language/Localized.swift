/// A text in both of the tutor's languages.
public struct Localized: Sendable, Equatable {
    public var zhTW: String
    public var en: String

    public init(zhTW: String, en: String) {
        self.zhTW = zhTW
        self.en = en
    }

    /// The same text in both languages, for commands, names and numbers.
    public init(both text: String) {
        self.init(zhTW: text, en: text)
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .zhTW: zhTW
        case .en: en
        }
    }
}
