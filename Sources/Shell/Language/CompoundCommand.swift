/// A compound command of the shell language: `if`, loops, `case`, `{ ...; }` and `[[ ... ]]`.
indirect enum CompoundCommand {
    /// `if LIST; then LIST; [elif LIST; then LIST;]... [else LIST;] fi`.
    case ifClause(branches: [(condition: CommandList, body: CommandList)], otherwise: CommandList?)
    /// `while LIST; do LIST; done`, or `until` when `until` is true.
    case loop(until: Bool, condition: CommandList, body: CommandList)
    /// `for NAME [in WORDS]; do LIST; done`; `words` is nil without `in`.
    case forLoop(name: String, words: [ShellWord]?, body: CommandList)
    /// `case WORD in PATTERN) LIST ;; ... esac`.
    case caseClause(word: ShellWord, items: [CaseItem])
    /// `{ LIST; }`: runs in the current shell.
    case group(CommandList)
    /// `[[ EXPRESSION ]]`: the words between the brackets, operators included as words.
    case conditional([ShellWord])
    /// `(( EXPRESSION ))`: status 0 when the value is not zero.
    case arithmetic(String)
    /// `for (( INITIAL; CONDITION; STEP )); do LIST; done`; an empty condition is true.
    case arithmeticFor(initial: String, condition: String, step: String, body: CommandList)
}

/// One `PATTERN | PATTERN) LIST ;;` of a `case`.
struct CaseItem {
    var patterns: [ShellWord]
    var body: CommandList
    /// What ends the item: `;;` stops, `;&` runs the next body too, `;;&` tests the next patterns.
    var terminator: ShellOperator = .doubleSemicolon
}
