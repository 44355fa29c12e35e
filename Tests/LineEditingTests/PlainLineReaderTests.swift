import Dispatch
import LineEditing
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `bytes` into a pipe and returns every line a `PlainLineReader` reads from it, up to the end.
private func linesRead(from bytes: [UInt8]) throws -> [String] {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    let (readEnd, writeEnd) = (ends[0], ends[1])
    // A pipe holds 64 kB; a separate writer lets longer input through while the reader drains it.
    DispatchQueue.global().async {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
        close(writeEnd)
    }
    let reader = PlainLineReader(fileDescriptor: readEnd)
    close(readEnd)  // The reader keeps its own copy.
    var lines: [String] = []
    while case .line(let line) = reader.readLine(prompt: "$ ") {
        lines.append(line)
    }
    #expect(reader.readLine(prompt: "$ ") == .endOfInput)
    return lines
}

private func linesRead(from text: String) throws -> [String] {
    try linesRead(from: Array(text.utf8))
}

@Suite struct PlainLineReaderTests {
    @Test func splitsLinesAndDropsTheirNewlines() throws {
        #expect(try linesRead(from: "kubectl get pods -A\nexit\n") == ["kubectl get pods -A", "exit"])
    }

    @Test func windowsLineEndingsLeaveNoCarriageReturn() throws {
        #expect(try linesRead(from: "kubectl get pods\r\nexit\r\n") == ["kubectl get pods", "exit"])
    }

    @Test func carriageReturnInsideALineIsKept() throws {
        #expect(try linesRead(from: "printf 'a\rb'\n") == ["printf 'a\rb'"])
    }

    @Test func lastLineWithoutNewlineIsStillRead() throws {
        #expect(try linesRead(from: "kubectl get ns\nkubectl get pods") == ["kubectl get ns", "kubectl get pods"])
    }

    @Test func emptyLinesAndSpacesArePreserved() throws {
        #expect(try linesRead(from: "\n  get  \n\n") == ["", "  get  ", ""])
    }

    @Test func emptyInputEndsAtOnce() throws {
        #expect(try linesRead(from: "") == [])
    }

    @Test func chineseTextSurvives() throws {
        #expect(try linesRead(from: "echo 部署 你好世界\n") == ["echo 部署 你好世界"])
    }

    @Test func aHundredKilobyteLineArrivesWhole() throws {
        let long = String(repeating: "abcdefghij", count: 10_000)
        let lines = try linesRead(from: long + "\nnext\n")
        #expect(lines.count == 2)
        #expect(lines.first?.utf8.count == 100_000)
        #expect(lines.first == long)
        #expect(lines.last == "next")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        let lines = try linesRead(from: [0x66, 0xFF, 0x6F, 0xC3, 0x0A, 0x6F, 0x6B, 0x0A])
        #expect(lines == ["f\u{FFFD}o\u{FFFD}", "ok"])
    }

    @Test func binaryBytesIncludingNULPassThrough() throws {
        let lines = try linesRead(from: [0x00, 0x01, 0x09, 0x1B, 0x5B, 0x41, 0x0A])
        #expect(lines == ["\u{0}\u{1}\t\u{1B}[A"])
    }

    @Test func unusableDescriptorReadsAsEndOfInput() {
        let reader = PlainLineReader(fileDescriptor: -1)
        #expect(reader.readLine(prompt: "$ ") == .endOfInput)
    }
}
