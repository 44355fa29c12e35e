import Cluster
import Foundation
import KubeAPI

/// A systemd service unit as the node's systemd loads it: its file under /etc/systemd/system or
/// /lib/systemd/system, then its drop-ins (`NAME.d/*.conf`, in name order), where a later
/// assignment adds to a list and an empty one (`ExecStart=`) clears it.
struct SystemdUnit {
    let name: String
    let fragmentPath: String
    let dropInPaths: [String]
    var description: String?
    var documentation: [String] = []
    /// Each `ExecStartPre=` command line, as written (a leading `-` means its failure is ignored).
    var execStartPre: [String] = []
    var execStart: String?
    var slice: String?
    var tasksMax: String?
    var type = "simple"
    var wantedBy: [String] = []
    /// `Environment=` assignments, then `EnvironmentFile=` paths (`-` first: may be missing).
    var environment: [(String, String)] = []
    var environmentFiles: [String] = []

    static let directories = ["/etc/systemd/system", "/lib/systemd/system"]

    /// The unit `name` (`kubelet` means `kubelet.service`), or nil when no directory has it.
    static func load(_ name: String, from fs: VirtualFileSystem) -> SystemdUnit? {
        let unit = canonicalName(name)
        guard let path = directories.map({ $0 + "/" + unit }).first(where: fs.isFile), let text = fs.read(path) else { return nil }
        let dropInDirectory = path + ".d"
        let dropIns = (fs.list(dropInDirectory) ?? []).filter { $0.hasSuffix(".conf") }.sorted()
            .map { dropInDirectory + "/" + $0 }
        var loaded = SystemdUnit(name: unit, fragmentPath: path, dropInPaths: dropIns)
        loaded.apply(text)
        for dropIn in dropIns { loaded.apply(fs.read(dropIn) ?? "") }
        return loaded
    }

    /// `kubelet` → `kubelet.service`; names with a unit type keep it.
    static func canonicalName(_ name: String) -> String {
        let types = [".service", ".socket", ".target", ".slice", ".mount", ".timer", ".scope", ".path", ".device", ".swap"]
        return types.contains(where: name.hasSuffix) ? name : name + ".service"
    }

    private mutating func apply(_ text: String) {
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingBlanks
            guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix(";"), !line.hasPrefix("["),
                let equals = line.firstIndex(of: "=")
            else { continue }
            let key = line[..<equals].trimmingBlanks
            let value = line[line.index(after: equals)...].trimmingBlanks
            switch key {
            case "Description": description = value
            case "Documentation": documentation = value.isEmpty ? [] : documentation + value.split(separator: " ").map(String.init)
            case "ExecStartPre": execStartPre = value.isEmpty ? [] : execStartPre + [value]
            case "ExecStart": execStart = value.isEmpty ? nil : value
            case "Slice": slice = value
            case "TasksMax": tasksMax = value
            case "Type": type = value
            case "WantedBy": wantedBy += value.split(separator: " ").map(String.init)
            case "Environment":
                for word in Self.words(value) {
                    guard let sign = word.firstIndex(of: "=") else { continue }
                    environment.append((String(word[..<sign]), String(word[word.index(after: sign)...])))
                }
            case "EnvironmentFile": environmentFiles.append(value)
            default: continue
            }
        }
    }

    /// The service's variables: `Environment=` first, then each environment file's `KEY=VALUE` lines.
    func variables(in fs: VirtualFileSystem) -> [String: String] {
        var values: [String: String] = [:]
        for (key, value) in environment { values[key] = value }
        for entry in environmentFiles {
            let path = entry.hasPrefix("-") ? String(entry.dropFirst()) : entry
            for line in (fs.read(path) ?? "").split(separator: "\n") {
                let text = line.trimmingBlanks
                guard !text.hasPrefix("#"), let sign = text.firstIndex(of: "=") else { continue }
                let value = Self.words(String(text[text.index(after: sign)...])).joined(separator: " ")
                values[String(text[..<sign])] = value
            }
        }
        return values
    }

    /// A command line's argument vector: quotes removed, a leading `-`/`@`/`+`/`!` dropped, `${VAR}`
    /// replaced in place and a bare `$VAR` word split at whitespace (empty when unset), as systemd does.
    func argv(_ command: String, in fs: VirtualFileSystem) -> [String] {
        let values = variables(in: fs)
        var words: [String] = []
        for (index, word) in Self.words(command).enumerated() {
            var word = word
            if index == 0 { word = String(word.drop { "-@+!:".contains($0) }) }
            if word.hasPrefix("$"), !word.hasPrefix("${"), word.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                words += (values[String(word.dropFirst())] ?? "").split(separator: " ").map(String.init)
                continue
            }
            for (key, value) in values { word = word.replacing("${\(key)}", with: value) }
            words.append(word)
        }
        return words
    }

    /// Splits at whitespace outside double or single quotes, removing the quotes.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var started = false
        for char in text {
            if let open = quote {
                if char == open { quote = nil } else { current.append(char) }
            } else if char == "\"" || char == "'" {
                quote = char
                started = true
            } else if char == " " || char == "\t" {
                if started || !current.isEmpty { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(char)
            }
        }
        if started || !current.isEmpty { words.append(current) }
        return words
    }
}
