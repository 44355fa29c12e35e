import Dispatch
import Foundation
import KubeAPI

extension World {
    /// Every object in the world's object files, in file and document order. The documents are
    /// parsed on every core, since reading them is most of a lab's start.
    static func objects(inFiles files: [String], directory: String) throws(LoadError) -> [KubeObject] {
        var texts: [(path: String, text: String)] = []
        for file in files {
            let path = "\(directory)/\(file)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw LoadError(description: "\(path): cannot read")
            }
            texts.append((path, text))
        }
        let pieces = texts.flatMap { file in YAMLDocumentMarkers.documents(of: file.text).map { (file.path, $0) } }
        let parsed = parseInParallel(pieces.map { String($0.1) })
        var objects: [KubeObject] = []
        for (index, result) in parsed.enumerated() {
            switch result {
            case .success(let values): objects += values.map(KubeObject.init)
            case .failure:
                // Parse the whole file again for the error's line, counted from the file's start.
                let path = pieces[index].0
                do {
                    _ = try YAMLDecoding.documents(texts.first { $0.path == path }?.text ?? "")
                } catch {
                    throw LoadError(description: "\(path): \(error.message)")
                }
                throw LoadError(description: "\(path): cannot parse")
            }
        }
        return objects
    }

    private static func parseInParallel(_ texts: [String]) -> [Result<[JSONValue], YAMLDecoding.DecodeError>] {
        let slots = ParseSlots(count: texts.count)
        defer { slots.free() }
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            slots.buffer[index] = Result { () throws(YAMLDecoding.DecodeError) in try YAMLDecoding.documents(texts[index]) }
        }
        return Array(slots.buffer)
    }
}

/// One result slot per text; each parse writes only its own slot, so sharing them is safe.
private struct ParseSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Result<[JSONValue], YAMLDecoding.DecodeError>>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: .success([]))
    }

    func free() {
        buffer.deinitialize()
        buffer.deallocate()
    }
}

/// Splits a YAML stream at its document markers: a line that starts with `---` and then ends or
/// goes on with a space. YAML forbids such a line inside a document, so no content is cut.
enum YAMLDocumentMarkers {
    static func documents(of text: String) -> [Substring] {
        var documents: [Substring] = []
        var start = text.startIndex
        var lineStart = text.startIndex
        let utf8 = text.utf8
        while lineStart < text.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            if isMarker(utf8[lineStart..<lineEnd]) {
                if lineStart > start { documents.append(text[start..<lineStart]) }
                start = lineStart
            }
            lineStart = lineEnd < text.endIndex ? utf8.index(after: lineEnd) : text.endIndex
        }
        if start < text.endIndex { documents.append(text[start...]) }
        return documents
    }

    private static func isMarker(_ line: Substring.UTF8View) -> Bool {
        guard line.starts(with: "---".utf8) else { return false }
        let rest = line.dropFirst(3)
        return rest.isEmpty || rest.first == UInt8(ascii: " ") || rest.first == UInt8(ascii: "\r")
    }
}
