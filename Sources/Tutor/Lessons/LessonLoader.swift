import Foundation
import Yams

/// Loads chapters from lesson YAML, reporting every problem with its file and line.
public enum LessonLoader {
    /// Reads one chapter; the chapter is nil when any problem was found.
    ///
    /// `expectedID`, the file's name without `.yaml`, is what the chapter's id must be.
    public static func load(yaml: String, file: String, expectedID: String? = nil) -> (
        chapter: Chapter?, diagnostics: [LintDiagnostic]
    ) {
        var reader = LessonReader(file: file)
        let root: Node?
        do {
            // The encoding is given: Yams' default reads the whole environment on every parse.
            root = try compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            let (line, message) = describe(error)
            reader.report(line: line, message)
            return (nil, reader.diagnostics)
        }
        guard let root else {
            reader.report(line: 1, emptyFile)
            return (nil, reader.diagnostics)
        }
        let chapter = reader.chapter(root, source: file, expectedID: expectedID)
        let diagnostics = reader.diagnostics.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return (diagnostics.isEmpty ? chapter : nil, diagnostics)
    }

    /// Reads one chapter file; `displayPath` is how messages name it.
    public static func load(contentsOf url: URL, displayPath: String) -> (
        chapter: Chapter?, diagnostics: [LintDiagnostic]
    ) {
        guard let data = try? Data(contentsOf: url) else {
            return (nil, [LintDiagnostic(file: displayPath, line: 1, message: unreadable)])
        }
        let expectedID = url.deletingPathExtension().lastPathComponent
        return load(yaml: String(decoding: data, as: UTF8.self), file: displayPath, expectedID: expectedID)
    }

    /// The line and a one-line message for a Yams error.
    private static func describe(_ error: any Error) -> (Int, String) {
        guard let yamlError = error as? YamlError else { return (1, "YAML: \(error)") }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (mark.line, "YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "YAML: duplicate key \(duplicates.sorted().joined(separator: ", "))")
        default:
            return (1, "YAML: \(yamlError)")
        }
    }
}

private let emptyFile = "the file is empty; a chapter needs chapter, title and steps"
private let unreadable = "cannot read the file"
