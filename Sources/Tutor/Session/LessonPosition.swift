/// A place in the course as learners type it: `service-discovery`, `service-discovery/endpoints`,
/// `3/4` (chapter and step numbers also work).
public struct LessonPosition: Sendable, Equatable, CustomStringConvertible {
    public var chapter: String
    public var step: String?

    public init(chapter: String, step: String? = nil) {
        self.chapter = chapter
        self.step = step
    }

    /// Reads `CHAPTER[/STEP]`; nil when the chapter part is empty.
    public init?(parsing text: String) {
        let parts = text.trimmingWhitespace.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty else { return nil }
        chapter = String(first)
        step = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
    }

    public var description: String { step.map { "\(chapter)/\($0)" } ?? chapter }

    /// The chapter and step indexes this position names in `course`, or nil when it names none.
    public func resolve(in course: Course) -> (chapter: Int, step: Int)? {
        guard let chapterIndex = course.chapterIndex(chapter) else { return nil }
        guard let step else { return (chapterIndex, 0) }
        guard let stepIndex = course.chapters[chapterIndex].stepIndex(step) else { return nil }
        return (chapterIndex, stepIndex)
    }
}

extension String {
    var trimmingWhitespace: String { self[...].trimmingWhitespace }
}
