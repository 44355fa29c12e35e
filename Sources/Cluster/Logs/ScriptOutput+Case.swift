/// `case WORD in PATTERN|PATTERN) ...;; esac` in a container's script: the word, expanded
/// whole, is matched against each item's patterns in turn as `fnmatch` matches (`*` takes `/`
/// too; quoted characters match only themselves); the first item that matches runs, and the
/// status is its last command's, or 0 when none ran.
extension ScriptOutput {
    mutating func select(_ subject: ScriptSyntax.Word, _ items: [ScriptSyntax.CaseItem]) {
        let text = Array(expandJoined(subject))[...]
        for item in items where !stopped {
            for pattern in item.patterns {
                let characters = expandPattern(pattern)
                if stopped { return }
                guard ScriptGlob.matches(characters[...], text) else { continue }
                status = 0
                run(item.body)
                return
            }
        }
        status = 0
    }
}
