import Foundation
import Kubectl

extension TutorApp {
    /// `taroko replay PATH... [--update]`: replays transcripts (every `*.t` below a folder), prints
    /// a diff for each mismatch, and with `update` rewrites expected output in place.
    public func replay(paths: [String], update: Bool) -> Int32 {
        var files: [String] = []
        for path in paths {
            guard let found = transcriptFiles(at: path) else {
                say(noSuchPath(path), to: .stderr)
                return 2
            }
            files += found
        }
        let replayer = Replayer(course: loadCourse(warn: false), labFactory: labFactory(clock: .manual))
        var failed = 0
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                say(noSuchPath(file), to: .stderr)
                failed += 1
                continue
            }
            let transcript: Transcript
            do {
                transcript = try Transcript(parsing: text, file: file)
            } catch {
                say(error.description, to: .stderr)
                failed += 1
                continue
            }
            let outcome = replayer.replay(transcript, file: file)
            guard !outcome.matches else { continue }
            terminal.write(outcome.diff, to: .stdout)
            if update {
                do {
                    try Data(outcome.actual.rendered().utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
                    say(updated(file))
                } catch {
                    say(cannotWrite(file, "\(error)"), to: .stderr)
                    failed += 1
                }
            } else {
                failed += 1
            }
        }
        say(replaySummary(files.count, failed))
        return failed == 0 ? 0 : 1
    }

    /// The transcript at `path`, or every `*.t` below it sorted; nil when nothing is there.
    private func transcriptFiles(at path: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return [path] }
        let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
        let enumerator = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".t") { found.append("\(prefix)/\(relative)") }
        }
        return found.sorted()
    }
}

private func updated(_ file: String) -> String { "updated \(file)" }

func cannotWrite(_ file: String, _ reason: String) -> String { "taroko: cannot write \(file): \(reason)" }

private func replaySummary(_ count: Int, _ failed: Int) -> String {
    "# Ran \(count) transcript\(count == 1 ? "" : "s"), \(failed) failed."
}
