import Kubectl

/// `tr`: translates, deletes (`-d`) or squeezes (`-s`) bytes, as GNU tr does byte by byte.
struct TrCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.options.parse(program: "tr", context, failure: 1)
        } catch {
            return error.status
        }
        let keys = Set(parsed.options.map(\.key))
        let delete = keys.contains("d")
        let squeeze = keys.contains("s")
        let complement = keys.contains("c") || keys.contains("C")
        let operands = parsed.operands
        let translating = !delete && operands.count >= 2
        let minimum = delete == squeeze || !delete && !squeeze ? 2 : 1
        let maximum = delete && !squeeze ? 1 : 2
        guard let firstOperand = operands.first else {
            context.io.err(missingOperand + GNUMessages.tryHelp("tr"))
            return 1
        }
        if operands.count < minimum {
            context.io.err(missingOperandAfter(firstOperand, deleting: delete) + GNUMessages.tryHelp("tr"))
            return 1
        }
        if operands.count > maximum {
            context.io.err(extraOperand(operands[maximum], onlyOne: delete && !squeeze) + GNUMessages.tryHelp("tr"))
            return 1
        }
        if operands.contains(where: { $0.reversed().prefix { $0 == "\\" }.count % 2 == 1 }) {
            context.io.err(backslashWarning)
        }
        do {
            let set1 = try TrSet(operands[0])
            let set2 = operands.count > 1 ? try TrSet(operands[1]) : nil
            var first = set1.expanded()
            if complement { first = (0...255).map { UInt8($0) }.filter { !first.contains($0) } }
            var map = Array(0...255).map { UInt8($0) }
            var deleted = [Bool](repeating: false, count: 256)
            var squeezed = [Bool](repeating: false, count: 256)
            if delete { for byte in first { deleted[Int(byte)] = true } }
            if translating, let set2 {
                try Self.checkCaseAlignment(set1, set2)
                var second = set2.expanded(fill: first.count, limit: max(first.count, 256))
                if second.isEmpty { second = [first.last ?? 0] }
                while second.count < first.count, !keys.contains("t") { second.append(second.last ?? 0) }
                for (from, to) in zip(first, second) { map[Int(from)] = to }
            }
            let squeezeSet = delete || translating ? (set2?.expanded() ?? []) : first
            if squeeze { for byte in squeezeSet { squeezed[Int(byte)] = true } }
            var output: [UInt8] = []
            // The bytes the text stands for, not-UTF-8 ones included (`RawBytes`), as GNU tr reads them.
            let input = RawBytes.bytes(context.io.input)
            output.reserveCapacity(input.count)
            for byte in input where !deleted[Int(byte)] {
                let mapped = map[Int(byte)]
                if squeezed[Int(mapped)], output.last == mapped { continue }
                output.append(mapped)
            }
            context.io.out(RawBytes.string(output))
            return 0
        } catch {
            context.io.err(error.message)
            return 1
        }
    }

    /// `[:upper:]` and `[:lower:]` in set 2 must face a case class in set 1; other classes may not appear.
    private static func checkCaseAlignment(_ set1: TrSet, _ set2: TrSet) throws(TrSet.Failure) {
        for (index, element) in set2.elements.enumerated() {
            guard case .characterClass(let characterClass) = element else { continue }
            guard characterClass == .upper || characterClass == .lower else { throw .classInSecondSet }
            guard index < set1.elements.count, case .characterClass(let other) = set1.elements[index],
                other == .upper || other == .lower
            else { throw .misalignedCase }
        }
    }

    private static let options = OptionParser(
        short: "cCdst",
        long: [
            .init("complement", key: "c"), .init("delete", key: "d"), .init("squeeze-repeats", key: "s"),
            .init("truncate-set1", key: "t"),
        ])
}

private let missingOperand = "tr: missing operand\n"
private let backslashWarning = "tr: warning: an unescaped backslash at end of string is not portable\n"

private func missingOperandAfter(_ operand: String, deleting: Bool) -> String {
    "tr: missing operand after \(GNUMessages.quote(operand))\n"
        + (deleting
            ? "Two strings must be given when both deleting and squeezing repeats.\n"
            : "Two strings must be given when translating.\n")
}

private func extraOperand(_ operand: String, onlyOne: Bool) -> String {
    "tr: extra operand \(GNUMessages.quote(operand))\n"
        + (onlyOne ? "Only one string may be given when deleting without squeezing repeats.\n" : "")
}
