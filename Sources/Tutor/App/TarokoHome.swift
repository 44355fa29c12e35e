import Foundation

/// Finds taroko's data: the folder holding `lessons/` (with `lessons/worlds/`).
public enum TarokoHome {
    /// `$TAROKO_HOME` when set; otherwise the first folder holding `lessons/worlds`, walking up
    /// from the executable's folder and then from the current directory.
    public static func locate(environment: [String: String], executable: URL?, currentDirectory: URL) -> URL? {
        if let home = environment["TAROKO_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home, isDirectory: true)
        }
        let starts = [executable?.resolvingSymlinksInPath().deletingLastPathComponent(), currentDirectory]
        for start in starts.compactMap({ $0 }) {
            var folder = start.standardizedFileURL
            while true {
                if holdsLessons(folder) { return folder }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    private static func holdsLessons(_ folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let worlds = folder.appendingPathComponent("lessons/worlds").path
        return FileManager.default.fileExists(atPath: worlds, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
