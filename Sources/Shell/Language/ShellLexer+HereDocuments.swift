extension ShellLexer {
    /// Reads the bodies of the here-documents started on the line just ended, each up to its delimiter.
    mutating func readHereDocumentBodies() throws(ShellSyntaxError) {
        let documents = pendingHereDocuments
        pendingHereDocuments = []
        for document in documents {
            var body = ""
            var found = false
            while index < text.count {
                let end = text[index...].firstIndex(of: "\n") ?? text.count
                var lineText = text[index..<end]
                index = min(end + 1, text.count)
                line += 1
                if document.stripsTabs { lineText = lineText.drop { $0 == "\t" } }
                let content = String(String.UnicodeScalarView(lineText))
                if content == document.delimiter {
                    found = true
                    break
                }
                body += content + "\n"
            }
            if !found { truncatedHereDocuments.append(document) }
            if document.expands {
                var bodyLexer = ShellLexer(body)
                document.body = try bodyLexer.readQuoted(terminator: nil)
            } else {
                document.body = [.quoted(body)]
            }
        }
    }
}
