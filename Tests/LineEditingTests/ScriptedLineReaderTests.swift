import LineEditing
import Testing

@Suite struct ScriptedLineReaderTests {
    @Test func returnsLinesInOrderThenEndOfInput() {
        let reader = ScriptedLineReader(lines: ["kubectl get pods", "", "部署"])
        #expect(reader.readLine(prompt: "$ ") == .line("kubectl get pods"))
        #expect(reader.readLine(prompt: "$ ") == .line(""))
        #expect(reader.readLine(prompt: "> ") == .line("部署"))
        #expect(reader.readLine(prompt: "$ ") == .endOfInput)
        #expect(reader.readLine(prompt: "$ ") == .endOfInput)
    }

    @Test func recordsEveryPromptItWasAskedWith() {
        let reader = ScriptedLineReader(lines: ["cat <<EOF", "a"])
        _ = reader.readLine(prompt: "$ ")
        _ = reader.readLine(prompt: "> ")
        _ = reader.readLine(prompt: "$ ")
        #expect(reader.prompts == ["$ ", "> ", "$ "])
    }

    @Test func replaysInterruptionsAmongLines() {
        let reader = ScriptedLineReader(inputs: [.line("kubectl get"), .interrupted, .line("exit")])
        #expect(reader.readLine(prompt: "$ ") == .line("kubectl get"))
        #expect(reader.readLine(prompt: "$ ") == .interrupted)
        #expect(reader.readLine(prompt: "$ ") == .line("exit"))
        #expect(reader.readLine(prompt: "$ ") == .endOfInput)
    }

    @Test func emptyScriptEndsAtOnce() {
        let reader = ScriptedLineReader(lines: [])
        #expect(reader.readLine(prompt: "$ ") == .endOfInput)
        #expect(reader.prompts == ["$ "])
    }
}
