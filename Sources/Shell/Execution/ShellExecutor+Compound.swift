import Kubectl

extension ShellExecutor {
    /// Runs a compound command in the current shell, its redirections applying to all of it.
    func execute(
        _ compound: CompoundCommand, redirections: [Redirection], input: ShellInput, sink: any OutputSink,
        errorsToPipe: Bool
    ) -> Int32 {
        guard let streams = applyRedirections(redirections, input: input, sink: sink) else {
            return session.dialect.redirectionFailureStatus
        }
        defer { flush(streams.files) }
        if errorsToPipe { streams.sink.standardError = streams.sink.standardOutput }
        let status = run(compound, input: streams.input, sink: streams.sink)
        session.lastStatus = status
        return status
    }

    private func run(_ compound: CompoundCommand, input: ShellInput, sink: any OutputSink) -> Int32 {
        switch compound {
        case .ifClause(let branches, let otherwise):
            for branch in branches {
                conditionDepth += 1
                let condition = execute(branch.condition, input: input, sink: sink)
                conditionDepth -= 1
                if stopped { return condition }
                if condition == 0 { return execute(branch.body, input: input, sink: sink) }
            }
            return otherwise.map { execute($0, input: input, sink: sink) } ?? 0
        case .loop(let until, let condition, let body):
            return runLoop(input: input, sink: sink) { round in
                conditionDepth += 1
                let status = execute(condition, input: input, sink: sink)
                conditionDepth -= 1
                if stopped || (status == 0) == until { return nil }
                return execute(body, input: input, sink: sink)
            }
        case .forLoop(let name, let words, let body):
            var values: [String] = []
            do {
                for word in words ?? [] { values += try fields(of: word) }
            } catch {
                return abandon(error, sink: sink)
            }
            return runLoop(input: input, sink: sink, bounded: false) { round in
                guard round < values.count else { return nil }
                session.setVariable(name, values[round])
                return execute(body, input: input, sink: sink)
            }
        case .caseClause(let word, let items):
            return runCase(word, items, input: input, sink: sink)
        case .group(let list):
            return execute(list, input: input, sink: sink)
        case .arithmetic(let expression):
            guard let value = arithmeticCommand(expression, sink: sink) else { return 1 }
            return value != 0 ? 0 : 1
        case .arithmeticFor(let initial, let condition, let step, let body):
            guard arithmeticCommand(initial, sink: sink) != nil else { return 1 }
            var failed = false
            let status = runLoop(input: input, sink: sink) { round in
                if round > 0 && arithmeticCommand(step, sink: sink) == nil { failed = true }
                if failed { return nil }
                if condition.contains(where: { !$0.isWhitespace }) {
                    guard let value = arithmeticCommand(condition, sink: sink) else {
                        failed = true
                        return nil
                    }
                    if value == 0 { return nil }
                }
                return execute(body, input: input, sink: sink)
            }
            return failed ? 1 : status
        case .conditional(let words):
            do {
                var expression = ConditionalExpression(words: words, executor: self)
                return try expression.evaluate() ? 0 : 1
            } catch {
                sink.write(error.message, to: .stderr)
                if error.abandonsLine { aborted = true }
                return error.status
            }
        }
    }

    /// Runs rounds of a loop until `round` returns nil, handling `break` and `continue`.
    ///
    /// `while`, `until` and C-style `for` stop after `ShellLimits.loopRounds` rounds that read
    /// nothing from standard input, with a notice, so a loop that never ends cannot hang the
    /// session; rounds of a `while read` loop are bounded by what there is to read.
    private func runLoop(
        input: ShellInput, sink: any OutputSink, bounded: Bool = true, _ round: (Int) -> Int32?
    ) -> Int32 {
        session.loopDepth += 1
        defer { session.loopDepth -= 1 }
        var status: Int32 = 0
        var count = 0
        var idleRounds = 0
        while true {
            if bounded && idleRounds >= ShellLimits.loopRounds {
                sink.write(ShellLimits.loopMessage, to: .stderr)
                aborted = true
                return 1
            }
            let mark = input.mark
            guard let result = round(count) else { break }
            status = result
            count += 1
            if input.mark == mark { idleRounds += 1 }
            if let control = session.loopControl {
                if control.levels > 1 {
                    session.loopControl?.levels -= 1
                    break
                }
                session.loopControl = nil
                if control.breaks { break }
            }
            if stopped { break }
        }
        return status
    }

    private func runCase(_ word: ShellWord, _ items: [CaseItem], input: ShellInput, sink: any OutputSink) -> Int32 {
        let subject: String
        do {
            subject = try string(of: word)
        } catch {
            return abandon(error, sink: sink)
        }
        var status: Int32 = 0
        var index = 0
        var fallingThrough = false
        while index < items.count {
            let item = items[index]
            var matched = fallingThrough
            if !matched {
                for pattern in item.patterns {
                    guard let characters = try? patternCharacters(of: pattern) else { continue }
                    if VirtualFileSystem.globMatches(characters, Array(subject.unicodeScalars)) {
                        matched = true
                        break
                    }
                }
            }
            index += 1
            guard matched else { continue }
            status = execute(item.body, input: input, sink: sink)
            if stopped { return status }
            switch item.terminator {
            case .semicolonAnd: fallingThrough = true
            case .doubleSemicolonAnd: fallingThrough = false
            default: return status
            }
        }
        return status
    }
}
