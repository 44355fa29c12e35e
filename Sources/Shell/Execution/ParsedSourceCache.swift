import Synchronization

/// The commands of long sources parsed before, so a script run again (kubectl's completion
/// script, sourced at the login of every new lab) is parsed once per process.
///
/// A source is parsed one command at a time with the aliases of that moment, so each step is
/// kept with the aliases it was parsed with and the parser's state after it: a later run
/// reuses steps while its aliases match, and parses on from the last one where they differ.
/// Steps that warned (a here-document cut short) or failed are never kept.
enum ParsedSourceCache {
    struct Key: Hashable, Sendable {
        let source: String
        /// The shell whose language parsed it (each has one dialect).
        let flavour: ShellFlavour
        let firstLine: Int
    }

    /// A parsed command and the parser after it: value types throughout, as a source without
    /// here-documents (whose bodies the lexer fills in later, in a class) has no reference in
    /// them, so a step can be shared between sessions.
    struct Step: @unchecked Sendable {
        let aliases: [String: String]
        /// The command parsed; nil at the end of the source.
        let list: CommandList?
        let parser: ShellParser
    }

    /// Shorter sources (a typed line, most `$(...)`) parse faster than they would be looked up.
    static let minimumBytes = 1024
    /// Sources kept at most; the cache starts afresh when it is full.
    static let capacity = 32
    /// Longer sources are not kept.
    static let maximumBytes = 256 << 10

    private static let entries = Mutex<[Key: [Step]]>([:])

    /// The key `source` is kept under, or nil when it is not kept: too short to be worth it, too
    /// long, or with a here-document (or anything else spelt `<<`).
    static func key(_ source: String, flavour: ShellFlavour, firstLine: Int) -> Key? {
        let bytes = source.utf8.count
        guard bytes >= minimumBytes, bytes <= maximumBytes, !spellsHereDocument(source) else { return nil }
        return Key(source: source, flavour: flavour, firstLine: firstLine)
    }

    /// Whether `<<` appears anywhere, read as bytes (a search by characters took longer than
    /// the lookup it guards).
    private static func spellsHereDocument(_ source: String) -> Bool {
        var previous: UInt8 = 0
        for byte in source.utf8 {
            if byte == UInt8(ascii: "<"), previous == byte { return true }
            previous = byte
        }
        return false
    }

    static func steps(for key: Key) -> [Step] {
        entries.withLock { $0[key] ?? [] }
    }

    static func store(_ steps: [Step], for key: Key) {
        entries.withLock { entries in
            if entries[key] == nil, entries.count >= capacity { entries.removeAll() }
            entries[key] = steps
        }
    }
}
