import Foundation
import Kubectl

extension TutorApp {
    /// `taroko lint [PATH...]`: checks lesson files (every chapter when no path is given) and
    /// prints each problem as `file:line: message`; non-zero when any was found.
    public func lint(paths: [String]) -> Int32 {
        var files: [(url: URL, display: String)] = []
        if paths.isEmpty {
            guard let home else { return homeMissing() }
            files = Course.chapterFiles(in: home.appendingPathComponent("lessons"))
                .map { ($0, "lessons/\($0.lastPathComponent)") }
        }
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                say(noSuchPath(path), to: .stderr)
                return 2
            }
            if isDirectory.boolValue {
                let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
                files += Course.chapterFiles(in: url).map { ($0, "\(prefix)/\($0.lastPathComponent)") }
            } else {
                files.append((url, path))
            }
        }
        var problems: [LintDiagnostic] = []
        for file in files {
            problems += LessonLoader.load(contentsOf: file.url, displayPath: file.display).diagnostics
        }
        for problem in problems { say(problem.description) }
        say(lintSummary(files.count, problems.count), to: problems.isEmpty ? .stdout : .stderr)
        return problems.isEmpty ? 0 : 1
    }
}

func noSuchPath(_ path: String) -> String { "taroko: \(path): no such file or directory" }

private func lintSummary(_ files: Int, _ problems: Int) -> String {
    let fileWord = files == 1 ? "file" : "files"
    let problemWord = problems == 1 ? "problem" : "problems"
    return problems == 0
        ? "\(files) lesson \(fileWord) checked, no problems"
        : "\(problems) \(problemWord) in \(files) lesson \(fileWord)"
}
