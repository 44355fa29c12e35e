/// The language the tutor speaks: Traditional Chinese, the course's own, or English beside it.
public enum Language: String, Sendable, Equatable, CaseIterable {
    case zhTW = "zh-TW"
    case en = "en"

    /// Reads a language code as `--lang` and locales spell it: `zh-TW`, `zh_TW.UTF-8`, `zh`, `en_US`.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("zh") {
            self = .zhTW
        } else if lower.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }

    /// The language the locale asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): any Chinese
    /// locale gives zh-TW, everything else English.
    public static func preferred(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zhTW : .en
        }
        return .en
    }
}
