import Kubectl
import LineEditing
import Testing
import Tutor

/// Lines typed to a running command, through the session, the recorder and transcripts.
@Suite("Typed input")
struct TypedInputTests {
    /// A sandbox session on the real lab reading `inputs`; returns what it printed and the prompts asked.
    private func session(_ inputs: [LineInput], interactive: Bool) throws -> (output: String, prompts: [String]) {
        let reader = ScriptedLineReader(inputs: inputs)
        let buffer = OutputBuffer()
        let lab = try SimulatedLabTests.lab()
        let session = Session(
            mode: .sandbox(world: "tk8s"), settings: SessionSettings(language: .en, interactive: interactive, showBanner: false),
            course: Fixtures.course, labFactory: { _ in lab }, reader: reader, sink: buffer,
            progressStore: MemoryProgressStore())
        _ = session.run()
        return (buffer.combined, reader.prompts)
    }

    @Test("read takes the next line the learner types, with -p's prompt where prompts show")
    func readAtThePrompt() throws {
        let inputs: [LineInput] = [.line("read -p 'Name: ' name"), .line("Ada"), .line("echo \"hi $name\"")]
        let shown = try session(inputs, interactive: true)
        #expect(shown.output.contains("hi Ada\n"))
        #expect(shown.prompts.prefix(3) == ["bigred@taroko:~$ ", "Name: ", "bigred@taroko:~$ "])
        let plain = try session(inputs, interactive: false)
        #expect(plain.output == "hi Ada\n")
        #expect(plain.prompts.prefix(2) == ["", ""])
    }

    @Test("Ctrl-D ends a command's input, not the session")
    func ctrlDEndsCommandOnly() throws {
        let run = try session([.line("cat"), .line("x"), .endOfInput, .line("echo still here")], interactive: false)
        #expect(run.output == "x\nstill here\n")
    }

    @Test("exec with a program ends the session once it ran, with its status; lines after it are not run")
    func execEndsTheSession() throws {
        let reader = ScriptedLineReader(lines: ["exec nosuch", "exec sh -c 'echo bye; exit 3'", "echo never"])
        let buffer = OutputBuffer()
        let lab = try SimulatedLabTests.lab()
        let session = Session(
            mode: .sandbox(world: "tk8s"), settings: SessionSettings(language: .en, interactive: false, showBanner: false),
            course: Fixtures.course, labFactory: { _ in lab }, reader: reader, sink: buffer, progressStore: MemoryProgressStore())
        let status = session.run()
        #expect(buffer.combined == "bash: exec: nosuch: not found\nbye\n")
        #expect(status == 3)
    }

    @Test("Ctrl-C ends a port forward brought to the foreground with fg, which kubectl takes as a clean stop")
    func foregroundForward() throws {
        let run = try session(
            [.line("kubectl port-forward pod/goweb 9090:8080 &"), .line("fg"), .interrupted, .line("echo $?; jobs; curl -s localhost:9090")],
            interactive: false)
        #expect(run.output == """
            [1] 2482
            Forwarding from 127.0.0.1:9090 -> 8080
            Forwarding from [::1]:9090 -> 8080
            kubectl port-forward pod/goweb 9090:8080
            0

            """)
    }

    @Test("in transcripts ^D and ^C stand for the keys, and the recorder writes them so")
    func transcriptMarkers() throws {
        let terminal = OutputBuffer()
        let recorder = TranscriptRecorder(
            reader: ScriptedLineReader(inputs: [.line("cat"), .line("typed"), .endOfInput, .line("read x"), .interrupted]),
            sink: terminal)
        let lab = try SimulatedLabTests.lab()
        let session = Session(
            mode: .sandbox(world: "tk8s"), settings: SessionSettings(language: .en, interactive: false), course: Fixtures.course,
            labFactory: { _ in lab }, reader: recorder.reader, sink: recorder.sink, progressStore: MemoryProgressStore())
        recorder.attach(to: session)
        _ = session.run()
        let transcript = recorder.transcript(header: [])
        #expect(transcript.commands.map(\.input) == [["cat", "typed", "^D"], ["read x", "^C"]])
        #expect(transcript.commands.map(\.output) == ["typed\n", ""])
        let replayed = Replayer(course: Fixtures.course, labFactory: { _ in try SimulatedLabTests.lab() })
            .replay(try Transcript(parsing: transcript.rendered()), file: "typed.t")
        #expect(replayed.matches, "\(replayed.diff)")
    }
}
