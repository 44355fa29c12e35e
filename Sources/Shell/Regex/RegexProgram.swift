/// A regular expression compiled to a Thompson NFA and run by simulating every thread at once,
/// so matching takes time linear in the line's length whatever the pattern.
struct RegexProgram {
    /// One step of the NFA: consume a character, test a position, branch, or accept.
    private enum Instruction {
        case scalars([Unicode.Scalar])
        case any
        case bracket(BracketExpression)
        case assertion(RegexAssertion)
        case split(Int, Int)
        case jump(Int)
        case match
    }

    private var instructions: [Instruction] = []
    private let ignoresCase: Bool

    static let maximumSize = 100_000

    init(_ node: RegexNode, ignoringCase: Bool) throws(RegexError) {
        ignoresCase = ignoringCase
        try emit(node)
        instructions.append(.match)
    }

    private mutating func emit(_ node: RegexNode) throws(RegexError) {
        guard instructions.count < Self.maximumSize else { throw .tooBig }
        switch node {
        case .empty: break
        case .scalar(let c): instructions.append(.scalars(ignoresCase ? [c] + caseVariants(of: c) : [c]))
        case .any: instructions.append(.any)
        case .bracket(let expression): instructions.append(.bracket(expression))
        case .assertion(let assertion): instructions.append(.assertion(assertion))
        case .sequence(let items): for item in items { try emit(item) }
        case .group(_, let inner): try emit(inner)
        case .alternation(let branches):
            var jumps: [Int] = []
            for (number, branch) in branches.enumerated() {
                if number < branches.count - 1 {
                    let split = instructions.count
                    instructions.append(.split(split + 1, 0))
                    try emit(branch)
                    jumps.append(instructions.count)
                    instructions.append(.jump(0))
                    instructions[split] = .split(split + 1, instructions.count)
                } else {
                    try emit(branch)
                }
            }
            for jump in jumps { instructions[jump] = .jump(instructions.count) }
        case .repetition(let body, let minimum, let maximum):
            for _ in 0..<minimum { try emit(body) }
            if let maximum {
                var splits: [Int] = []
                for _ in minimum..<max(minimum, maximum) {
                    splits.append(instructions.count)
                    instructions.append(.split(instructions.count + 1, 0))
                    try emit(body)
                }
                for split in splits { instructions[split] = .split(split + 1, instructions.count) }
            } else {
                let split = instructions.count
                instructions.append(.split(split + 1, 0))
                try emit(body)
                instructions.append(.jump(split))
                instructions[split] = .split(split + 1, instructions.count)
            }
        }
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: [Unicode.Scalar]) -> Bool {
        search(text, from: 0, firstOnly: true) != nil
    }

    /// The leftmost-longest match starting at or after `start`.
    func firstMatch(in text: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        search(text, from: start, firstOnly: false)
    }

    private func search(_ text: [Unicode.Scalar], from start: Int, firstOnly: Bool) -> Range<Int>? {
        var current: [(pc: Int, start: Int)] = []
        var next: [(pc: Int, start: Int)] = []
        var marks = [Int](repeating: -1, count: instructions.count)
        var best: Range<Int>?
        var stack: [(pc: Int, start: Int)] = []
        var seeds: [(pc: Int, start: Int)] = []
        var live: [(pc: Int, start: Int)] = []
        var position = start
        while true {
            // With no thread running and none found, a new thread that must first read one of a
            // few characters dies at every other one: go straight to the next place it can live.
            if current.isEmpty, best == nil, case .scalars(let first) = instructions[0] {
                while position < text.count && !first.contains(text[position]) { position += 1 }
            }
            let before = position > 0 ? text[position - 1] : nil
            let after = position < text.count ? text[position] : nil
            // Threads already running started earlier, so they keep priority over a new one.
            seeds.removeAll(keepingCapacity: true)
            seeds.append(contentsOf: current)
            if best == nil { seeds.append((0, position)) }
            live.removeAll(keepingCapacity: true)
            for seed in seeds {
                stack.append(seed)
                while let (pc, threadStart) = stack.popLast() {
                    guard marks[pc] != position else { continue }
                    marks[pc] = position
                    switch instructions[pc] {
                    case .jump(let target): stack.append((target, threadStart))
                    case .split(let first, let second):
                        stack.append((second, threadStart))
                        stack.append((first, threadStart))
                    case .assertion(let assertion):
                        if assertion.holds(before: before, after: after) { stack.append((pc + 1, threadStart)) }
                    case .match:
                        if firstOnly { return threadStart..<position }
                        if best.map({
                            threadStart < $0.lowerBound || (threadStart == $0.lowerBound && position > $0.upperBound)
                        }) ?? true {
                            best = threadStart..<position
                        }
                    default: live.append((pc, threadStart))
                    }
                }
            }
            if let best { live.removeAll { $0.start > best.lowerBound } }
            guard let c = after, !(live.isEmpty && best != nil) else { break }
            next.removeAll(keepingCapacity: true)
            for (pc, threadStart) in live where step(instructions[pc], c) {
                next.append((pc + 1, threadStart))
            }
            swap(&current, &next)
            position += 1
            // Marks are per position; a fresh position number keeps old marks from blocking.
        }
        return best
    }

    private func step(_ instruction: Instruction, _ c: Unicode.Scalar) -> Bool {
        switch instruction {
        case .scalars(let options): options.contains(c)
        case .any: true
        case .bracket(let expression): expression.matches(c, ignoringCase: ignoresCase)
        default: false
        }
    }
}
