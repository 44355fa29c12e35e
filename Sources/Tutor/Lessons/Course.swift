import Foundation

/// Every chapter found in a lessons folder, in course order, with the problems that kept any out.
public struct Course: Sendable {
    public var chapters: [Chapter]
    /// Problems in chapter files; a chapter with any is left out of `chapters`.
    public var diagnostics: [LintDiagnostic]

    public init(chapters: [Chapter], diagnostics: [LintDiagnostic] = []) {
        self.chapters = chapters.sorted(by: Self.courseOrder)
        self.diagnostics = diagnostics
    }

    /// Loads every `*.yaml` directly in `directory` (not `worlds/`); messages name files as
    /// `displayFolder/name.yaml`.
    public static func load(directory: URL, displayFolder: String = "lessons") -> Course {
        var chapters: [Chapter] = []
        var diagnostics: [LintDiagnostic] = []
        for url in chapterFiles(in: directory) {
            let display = displayFolder.isEmpty ? url.lastPathComponent : "\(displayFolder)/\(url.lastPathComponent)"
            let (chapter, problems) = LessonLoader.load(contentsOf: url, displayPath: display)
            diagnostics += problems
            if let chapter { chapters.append(chapter) }
        }
        return Course(chapters: chapters, diagnostics: diagnostics)
    }

    /// The chapter files of a lessons folder, sorted by name.
    public static func chapterFiles(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    public func chapterIndex(_ id: String) -> Int? {
        if let index = chapters.firstIndex(where: { $0.id == id }) { return index }
        if let number = Int(id) { return chapters.firstIndex { $0.order == number } }
        return nil
    }

    /// The chapter's number as learners see it: its `order`, else its place in the course.
    public func number(ofChapter index: Int) -> Int {
        chapters[index].order ?? index + 1
    }

    private static func courseOrder(_ a: Chapter, _ b: Chapter) -> Bool {
        switch (a.order, b.order) {
        case (let x?, let y?) where x != y: x < y
        case (.some, nil): true
        case (nil, .some): false
        default: a.id < b.id
        }
    }
}
