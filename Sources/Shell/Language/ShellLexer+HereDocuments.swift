extension ShellLexer {
    /// Reads the bodies of the here-documents started on the line just ended, each up to its delimiter.
    mutating func readHereDocumentBodies() throws(ShellSyntaxError) {
        let documents = pendingHereDocuments
        pendingHereDocuments = []
        for document in documents {
            let delimiter = Array(document.delimiter.unicodeScalars)
            var bodyBytes: [UInt8] = []
            var found = false
            while index < text.count {
                let end = text[index...].firstIndex(of: "\n") ?? text.count
                var lineText = text[index..<end]
                index = min(end + 1, text.count)
                line += 1
                if document.stripsTabs { lineText = lineText.drop { $0 == "\t" } }
                if lineText.elementsEqual(delimiter) {
                    found = true
                    break
                }
                guard !skipsHereDocumentBodies else { continue }
                for scalar in lineText { UTF8.encode(scalar) { bodyBytes.append($0) } }
                bodyBytes.append(UInt8(ascii: "\n"))
            }
            if !found { truncatedHereDocuments.append(document) }
            let body = String(decoding: bodyBytes, as: UTF8.self)
            document.source = body
            if document.expands {
                var bodyLexer = ShellLexer(body)
                document.body = try bodyLexer.readQuoted(terminator: nil)
            } else {
                document.body = [.quoted(body)]
            }
        }
    }
}
