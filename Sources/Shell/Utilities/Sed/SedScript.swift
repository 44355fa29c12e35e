/// A line selector of a sed command.
enum SedAddress {
    case line(Int)
    case last
    /// `/re/`; nil means the last regular expression used.
    case regex(CapturingRegex?)
    /// `first~step` (GNU).
    case step(Int, Int)
    /// `addr1,+N` (GNU): the N lines after the first.
    case following(Int)
}

/// `s/regex/replacement/flags`.
struct SedSubstitution {
    var regex: CapturingRegex?
    var replacement: [SedReplacementPart]
    var global = false
    var occurrence = 1
    var print = false
    var writeFile: String?
}

/// A piece of an `s` replacement.
enum SedReplacementPart {
    case text(String)
    case whole
    case group(Int)
}

/// What a sed command does.
enum SedOperation {
    case substitute(SedSubstitution)
    case print, printFirstLine, delete, deleteFirstLine, lineNumber
    case quit(Int32, printing: Bool)
    case append(String)
    case insert(String)
    case change(String)
    case transliterate([Unicode.Scalar: Unicode.Scalar])
    case next, appendNext
    case hold, holdAppend, get, getAppend, exchange
    /// `{`: when the address does not match, jump past the matching `}`.
    case blockStart(end: Int)
    case blockEnd
    case label(String)
    case branch(String?)
    case branchIfSubstituted(String?)
    case branchUnlessSubstituted(String?)
    case write(String)
    case readFile(String)
}

/// A command with its addresses.
struct SedCommandLine {
    var first: SedAddress?
    var second: SedAddress?
    var negated = false
    var operation: SedOperation
}

/// Why a script was refused, worded as GNU sed words it.
struct SedScriptError: Error {
    var message: String
    /// The 0-based offset in the whole script where sed gave up (reported 1-based as `char N`).
    var offset: Int
}
