import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress kept as JSON in `progress.json` under the state folder, replaced atomically on save.
public final class FileProgressStore: ProgressStore {
    public let directory: URL
    public var file: URL { directory.appendingPathComponent("progress.json") }

    /// Set when an unreadable file could not be moved aside, so saving would destroy it.
    private var mustNotOverwrite = false

    public init(directory: URL) {
        self.directory = directory
    }

    /// The state folder: `$TAROKO_STATE_DIR`, else `$XDG_STATE_HOME/taroko`, else
    /// `~/.local/state/taroko`.
    public static func defaultDirectory(environment: [String: String]) -> URL {
        if let dir = environment["TAROKO_STATE_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir, isDirectory: true)
        }
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("taroko", isDirectory: true)
        }
        let home =
            environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/state/taroko", isDirectory: true)
    }

    /// Reads the saved progress; a file that is not valid progress is set aside (never deleted)
    /// and the learner starts fresh.
    public func load() -> (progress: Progress, problem: ProgressProblem?) {
        guard let data = try? Data(contentsOf: file) else { return (Progress(), nil) }
        if let progress = try? JSONDecoder().decode(Progress.self, from: data) { return (progress, nil) }
        let backup = setAside()
        mustNotOverwrite = backup == nil
        return (Progress(), .corrupt(path: file.path, backup: backup?.path))
    }

    /// Writes the progress to a temporary file beside `progress.json`, then renames it over.
    public func save(_ progress: Progress) throws {
        guard !mustNotOverwrite else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file.path])
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(progress) + Data("\n".utf8)
        let temporary = directory.appendingPathComponent(".progress.json.\(getpid()).tmp")
        try data.write(to: temporary)
        guard rename(temporary.path, file.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path, "errno": code])
        }
    }

    /// Moves an unreadable progress file to the first free `progress.json.corrupt-N`.
    private func setAside() -> URL? {
        for number in 1...999 {
            let backup = directory.appendingPathComponent("progress.json.corrupt-\(number)")
            guard !FileManager.default.fileExists(atPath: backup.path) else { continue }
            return rename(file.path, backup.path) == 0 ? backup : nil
        }
        return nil
    }
}
