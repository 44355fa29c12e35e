/// The list of chapters with the learner's progress, as `:lessons` and `taroko lessons` print it.
public struct CourseListing {
    public var course: Course
    public var progress: Progress
    public var language: Language

    public init(course: Course, progress: Progress, language: Language) {
        self.course = course
        self.progress = progress
        self.language = language
    }

    /// One line per chapter: number, id, steps done, title; `current` is marked.
    public func render(current: Int? = nil) -> String {
        guard !course.chapters.isEmpty else { return noChapters.text(language) }
        let idWidth = course.chapters.map(\.id.count).max() ?? 0
        var lines = [header.text(language)]
        for (index, chapter) in course.chapters.enumerated() {
            let number = String(course.number(ofChapter: index))
            let id = chapter.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let count = "\(progress.doneCount(in: chapter))/\(chapter.steps.count)"
            var line =
                "  \(String(repeating: " ", count: max(0, 2 - number.count)))\(number). \(id)  "
                + "\(count.padding(toLength: 5, withPad: " ", startingAt: 0)) \(chapter.title.text(language))"
            if index == current { line += currentMark.text(language) }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(toLength length: Int, withPad pad: String, startingAt: Int) -> String {
        count >= length ? self : self + String(repeating: pad, count: length - count)
    }
}

private let header = Localized(zhTW: "章節（用 :goto 章節 跳過去）：", en: "Chapters (:goto CHAPTER jumps there):")
private let currentMark = Localized(zhTW: "  ← 目前", en: "  ← current")
private let noChapters = Localized(zhTW: "沒有任何章節。", en: "No chapters.")
