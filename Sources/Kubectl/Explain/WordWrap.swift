/// Word wrapping as kubectl's explain templates do it (`wrap` and `indent`).
enum WordWrap {
    /// Breaks `text` at spaces so no line is longer than `limit` characters; a word longer than
    /// the limit stays whole. Newlines in the text start new lines; the spaces at a break are dropped.
    static func wrap(_ text: String, limit: Int) -> String {
        var out = ""
        var lineLength = 0
        var word = ""
        var spaces = ""
        for character in text {
            if character == "\n" {
                out += spaces + word + "\n"
                spaces = ""
                word = ""
                lineLength = 0
            } else if character.isWhitespace && character != "\u{00A0}" {
                if spaces.isEmpty || !word.isEmpty {
                    lineLength += spaces.count + word.count
                    out += spaces + word
                    spaces = ""
                    word = ""
                }
                spaces.append(character)
            } else {
                word.append(character)
                if lineLength + spaces.count + word.count > limit && word.count < limit {
                    out += "\n"
                    lineLength = 0
                    spaces = ""
                }
            }
        }
        if word.isEmpty {
            if lineLength + spaces.count <= limit { out += spaces }
        } else {
            out += spaces + word
        }
        return out
    }

    /// Puts `amount` spaces before every line of `text`, the empty one after a final newline included.
    static func indent(_ text: String, by amount: Int) -> String {
        let pad = String(repeating: " ", count: amount)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }
}
