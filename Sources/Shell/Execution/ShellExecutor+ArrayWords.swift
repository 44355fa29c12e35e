/// One element of `NAME=(...)`: `[KEY]=value`, or a value for the next index.
struct ArrayItem: Equatable {
    var key: String?
    var value: String
}

extension ShellExecutor {
    /// The elements of `NAME=(WORDS)`: a `[KEY]=value` word is one element, its key and value
    /// expanded without splitting; any other word gives one element per field.
    func arrayItems(_ words: [ShellWord]) throws(ExpansionError) -> [ArrayItem] {
        var items: [ArrayItem] = []
        for word in words {
            if let (key, value) = word.subscripted {
                items.append(ArrayItem(key: try expandedText(key), value: try expandedText(value)))
            } else {
                items += try fields(of: word).map { ArrayItem(key: nil, value: $0) }
            }
        }
        return items
    }
}
